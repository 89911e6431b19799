// What identifies a build's image, whatever format its template was written in: the build plan itself,
// as loaded for a fixed instant, uuid and random number (so `{{timestamp}}` or `timestamp()` in a name does
// not make every run look new), with secrets masked (a fingerprint is a tag anyone with read access sees)
// and paths under the working directory made relative (the same checkout elsewhere is the same build).
// An HCL2 template and its JSON twin give the same plans, so the same identities and the same fingerprint.

import { canonicalJson } from '../fingerprint.js';
import type { BuildPlan } from './types.js';

/** The run every identity is loaded for. */
export const STABLE_RUN = {
  clock: () => new Date(0),
  uuid: () => '00000000-0000-4000-8000-000000000000',
  random: () => 0
} as const;

export function planIdentities(
  builds: readonly BuildPlan[],
  cwd: string,
  mask: (text: string) => string
): Readonly<Record<string, string>> {
  const prefix = JSON.stringify(cwd.endsWith('/') ? cwd : `${cwd}/`).slice(1, -1);
  return Object.fromEntries(
    builds.map(build => [build.name, mask(canonicalJson(build)).split(`"${prefix}`).join('"./')])
  );
}
