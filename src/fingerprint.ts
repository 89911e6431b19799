// A fingerprint of what determines the image: the resolved template, the variables and the
// content of every local file the build reads (scripts, uploaded files). The same inputs give
// the same fingerprint on any machine, so a tag on the AMI says exactly what it was built from.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** JSON with sorted keys, so key order in the template does not change the fingerprint. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))
        )
      : v
  );
}

function addFile(hash: ReturnType<typeof createHash>, path: string, base: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    hash.update(`missing:${relative(base, path)}\n`);
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) addFile(hash, join(path, name), base);
    return;
  }
  hash.update(`file:${relative(base, path)}:${stat.size}\n`);
  hash.update(readFileSync(path));
}

export function fingerprint(input: {
  template: unknown;
  variables: Record<string, string>;
  files: string[];
  baseDir: string;
}): string {
  const hash = createHash('sha256');
  hash.update(canonicalJson(input.template));
  hash.update(canonicalJson(input.variables));
  for (const file of [...new Set(input.files)].sort()) addFile(hash, file, input.baseDir);
  return `sha256:${hash.digest('hex').slice(0, 32)}`;
}
