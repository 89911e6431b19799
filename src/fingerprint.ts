// A fingerprint of what determines an image: the build's plan (what the template and its variables
// make of it, whichever format the template is written in) and the content of every other local file
// the build reads (scripts, uploaded files, playbooks). The same inputs give the same fingerprint on
// any machine and in any run; values that change every run by design ({{timestamp}} in ami_name) do
// not enter it, so an image already built from the same inputs can be found and reused.
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
  build: string;
  /** The build's plan identity (LoadedTemplate.planIdentities): what the template and variables make of it. */
  plan: string;
  /** The files the build reads besides the template and var-files: scripts, uploads, playbooks. */
  files: readonly string[];
  baseDir: string;
}): string {
  const hash = createHash('sha256');
  hash.update(`build:${input.build}\n`);
  hash.update(`plan:${input.plan}\n`);
  for (const file of [...new Set(input.files)].sort()) addFile(hash, file, input.baseDir);
  return `sha256:${hash.digest('hex').slice(0, 32)}`;
}
