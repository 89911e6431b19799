// Relative local paths (script, scripts, file sources) start where Packer would start them, the
// working directory. An action cannot choose its working directory (a `uses:` step has no
// `working-directory`), so a path that is not there is also looked for next to the template,
// where a template run as `cd packer && packer build .` expects it.
import { access } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { ProvisionerError } from '../errors.js';
import type { ProvisionerContext } from './types.js';

export async function resolveLocalPath(
  ctx: ProvisionerContext,
  provisioner: string,
  path: string
): Promise<string> {
  if (isAbsolute(path)) return path;
  const cwd = ctx.cwd ?? process.cwd();
  const candidates = [...new Set([resolve(cwd, path), resolve(ctx.templateDir, path)])];
  for (const candidate of candidates) {
    if (await exists(candidate)) return candidate;
  }
  throw new ProvisionerError({
    provisioner: provisioner,
    message:
      `${path}: no such file or directory (looked in ${cwd}` +
      (candidates.length > 1 ? ` and next to the template in ${ctx.templateDir})` : ')')
  });
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false
  );
