// Packer decodes options with mapstructure's WeakDecode, and real templates rely on it: "true" and "22" as
// strings, a number where a string is expected, a single value where a list is expected, a list of maps
// where a map is expected. These conversions take one JSON value whose strings are already rendered.
//
// Two deliberate differences, both refusals of values that are surely mistakes: a fractional number for
// an integer option (mapstructure truncates it) and a bare number for a duration (Go reads nanoseconds).

import { InputError } from '../errors.js';
import { parseGoDuration } from './go-duration.js';
import { describeNode, type JsonEntry, type JsonNode } from './json-positions.js';

const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

function fail(node: JsonNode, field: string, expected: string): never {
  throw new InputError({
    at: node.loc,
    field: field,
    detail: `expected ${expected}, found ${describeNode(node)}`
  });
}

/** A string; numbers and booleans convert as mapstructure does (true is "1"; from HCL2, "true"). */
export function weakString(node: JsonNode, field: string): string {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
      return Number.isInteger(node.value) ? BigInt(node.value).toString() : String(node.value);
    case 'boolean':
      return node.asText ?? (node.value ? '1' : '0');
    default:
      return fail(node, field, 'a string');
  }
}

/** A boolean; strings as Go's strconv.ParseBool reads them, numbers as non-zero. */
export function weakBool(node: JsonNode, field: string): boolean {
  if (node.kind === 'boolean') return node.value;
  if (node.kind === 'number') return node.value !== 0;
  if (node.kind === 'string') {
    if (TRUE_WORDS.has(node.value)) return true;
    if (FALSE_WORDS.has(node.value)) return false;
  }
  return fail(node, field, 'a boolean (true or false)');
}

/** A whole number; strings as Go's strconv.ParseInt(s, 0, 64) reads them ("22", "0x16"), true as 1. */
export function weakInt(node: JsonNode, field: string): number {
  if (node.kind === 'number' && Number.isInteger(node.value)) return node.value;
  if (node.kind === 'boolean') return node.value ? 1 : 0;
  if (node.kind === 'string') {
    const parsed = parseGoInt(node.value);
    if (parsed !== undefined) return parsed;
  }
  return fail(node, field, 'a whole number');
}

/** A Go duration ("5m", "30s", "1h30m"), in milliseconds. */
export function weakDuration(node: JsonNode, field: string): number {
  const parsed = node.kind === 'string' ? parseGoDuration(node.value) : undefined;
  if (parsed !== undefined) return parsed;
  return fail(node, field, 'a duration such as "30s", "5m" or "1h30m"');
}

/** The items of a list; a single value (not null) stands for a list of one, as mapstructure lifts it. */
export function weakList(node: JsonNode): readonly JsonNode[] {
  if (node.kind === 'array') return node.items;
  if (node.kind === 'null') return [];
  return [node];
}

/** The entries of a map; a list of maps is merged in order, as mapstructure does. */
export function weakMapEntries(node: JsonNode, field: string): readonly JsonEntry[] {
  if (node.kind === 'object') return node.entries;
  if (node.kind === 'null') return [];
  if (node.kind === 'array') {
    const merged = new Map<string, JsonEntry>();
    for (const item of node.items) {
      if (item.kind !== 'object') fail(item, field, 'a map');
      for (const entry of item.entries) merged.set(entry.key, entry);
    }
    return [...merged.values()];
  }
  return fail(node, field, 'a map of names to values');
}

function parseGoInt(text: string): number | undefined {
  const match = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
  if (match === null) return undefined;
  const [, sign, digits] = match as unknown as [string, string, string];
  const clean = digits.replace(/_/g, '');
  let value: number;
  if (/^0[xX]/.test(clean)) value = parseInt(clean.slice(2), 16);
  else if (/^0[oO]/.test(clean)) value = parseInt(clean.slice(2), 8);
  else if (/^0[bB]/.test(clean)) value = parseInt(clean.slice(2), 2);
  else if (clean.length > 1 && clean.startsWith('0')) value = parseInt(clean.slice(1), 8);
  else value = parseInt(clean, 10);
  return sign === '-' ? -value : value;
}
