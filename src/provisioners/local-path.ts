// A provisioner's local path at run time, by the same rule the template was validated with
// (template/local-path.ts: relative paths start at the working directory, as in Packer). Paths from a
// plan are already absolute; checking again here catches a `generated` source that never appeared.
import { access } from 'node:fs/promises';
import { ProvisionerError } from '../errors.js';
import { missingLocalPath, resolveLocalPath, withoutTrailingSlash } from '../template/local-path.js';
import type { ProvisionerContext } from './types.js';

export async function findLocalPath(
  ctx: Pick<ProvisionerContext, 'cwd'>,
  provisioner: string,
  path: string
): Promise<string> {
  const resolved = withoutTrailingSlash(resolveLocalPath(ctx.cwd ?? process.cwd(), path));
  if (await exists(resolved)) return resolved;
  throw new ProvisionerError({ provisioner, message: missingLocalPath(path, resolved) });
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false
  );
