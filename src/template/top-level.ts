// The template's own keys (hashicorp/packer-plugin-sdk template/parse.go): anything else is an error
// ("Unknown root level key"), except `_`-prefixed string keys, which Packer keeps as comments, and `push`
// (Atlas push, gone since Packer 1.5), which its rawTemplate still decodes and then ignores: so do we, with
// a warning.

import { InputError } from '../errors.js';
import { childPath } from './json-path.js';
import { describeNode, findEntry, type JsonObject } from './json-positions.js';
import { closestName } from './suggest.js';

const TOP_LEVEL_KEYS = [
  'description',
  'min_packer_version',
  'variables',
  'sensitive-variables',
  'builders',
  'provisioners',
  'post-processors',
  'error-cleanup-provisioner'
];

/** Keys Packer's JSON parser reads and then does nothing with. */
const IGNORED_KEYS = ['push'];

export function checkTopLevel(root: JsonObject, warning: (message: string) => void = () => {}): void {
  for (const entry of root.entries) {
    if (TOP_LEVEL_KEYS.includes(entry.key)) continue;
    if (IGNORED_KEYS.includes(entry.key)) {
      const at = `${entry.keyLoc.file}:${entry.keyLoc.line}:${entry.keyLoc.column}`;
      warning(`${at}: ${entry.key}: Packer ignores this top-level key, and so does build-ami`);
      continue;
    }
    if (entry.key.startsWith('_')) {
      if (entry.value.kind !== 'string') {
        throw new InputError({
          at: entry.value.loc,
          field: childPath('', entry.key),
          detail: `a comment must be a string, found ${describeNode(entry.value)}`
        });
      }
      continue;
    }
    const suggestion = closestName(entry.key, TOP_LEVEL_KEYS);
    const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
    throw new InputError({
      at: entry.keyLoc,
      field: childPath('', entry.key),
      detail: `unknown top-level key ${entry.key}${hint}`
    });
  }
}

export function readDescription(root: JsonObject): { description?: string } {
  const entry = findEntry(root, 'description');
  if (entry === undefined || entry.value.kind === 'null') return {};
  if (entry.value.kind !== 'string') {
    throw new InputError({
      at: entry.value.loc,
      field: 'description',
      detail: `expected a string, found ${describeNode(entry.value)}`
    });
  }
  return { description: entry.value.value };
}

/** Fails when the template asks for a newer Packer than the one we behave as. */
export function checkMinPackerVersion(root: JsonObject, ourVersion: string): void {
  const entry = findEntry(root, 'min_packer_version');
  if (entry === undefined || entry.value.kind === 'null') return;
  const wanted = entry.value.kind === 'string' ? parseVersion(entry.value.value) : undefined;
  if (entry.value.kind !== 'string' || wanted === undefined) {
    throw new InputError({
      at: entry.value.loc,
      field: 'min_packer_version',
      detail: `expected a version such as "1.7.0", found ${describeNode(entry.value)}`
    });
  }
  const ours = parseVersion(ourVersion) ?? [0];
  if (compareVersions(ours, wanted) < 0) {
    throw new InputError({
      at: entry.value.loc,
      field: 'min_packer_version',
      detail: `this template requires Packer ${entry.value.value} or newer; build-ami behaves as Packer ${ourVersion}`
    });
  }
}

function parseVersion(text: string): number[] | undefined {
  const match = /^v?(\d+(?:\.\d+)*)(?:[-+].*)?$/.exec(text.trim());
  return match === null ? undefined : match[1]!.split('.').map(Number);
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
