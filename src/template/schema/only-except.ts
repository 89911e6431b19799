// `only` and `except` on provisioners and post-processors: lists of builder names (Packer's OnlyExcept).

import { InputError } from '../../errors.js';
import { childPath } from '../json-path.js';
import { findEntry, type JsonNode, type JsonObject } from '../json-positions.js';
import { weakList, weakString } from '../weak-decode.js';

export interface OnlyExcept {
  readonly only: readonly string[];
  readonly except: readonly string[];
  /** True when the build called `name` leaves this out. */
  readonly skips: (name: string) => boolean;
}

/** A list of names as written (no template rendering, as in Packer); a single string is a list of one. */
export function readNameList(node: JsonNode, field: string): string[] {
  const isList = node.kind === 'array';
  return weakList(node).map((item, index) => weakString(item, isList ? childPath(field, index) : field));
}

export function readOnlyExcept(node: JsonObject, path: string, builderNames: readonly string[]): OnlyExcept {
  const lists = (['only', 'except'] as const).map(key => {
    const entry = findEntry(node, key);
    if (entry === undefined) return [];
    const field = childPath(path, key);
    const names = readNameList(entry.value, field);
    names.forEach((name, index) => {
      if (!builderNames.includes(name)) {
        const item = entry.value.kind === 'array' ? entry.value.items[index]! : entry.value;
        const itemField = entry.value.kind === 'array' ? childPath(field, index) : field;
        throw new InputError({
          at: item.loc,
          field: itemField,
          detail: `there is no builder named ${name} (builders: ${builderNames.join(', ')})`
        });
      }
    });
    return names;
  });
  const [only, except] = lists as [string[], string[]];
  if (only.length > 0 && except.length > 0) {
    throw new InputError({
      at: findEntry(node, 'except')!.keyLoc,
      field: childPath(path, 'except'),
      detail: 'give only or except, not both'
    });
  }
  return {
    only,
    except,
    skips: name => (only.length > 0 ? !only.includes(name) : except.includes(name))
  };
}
