// What the function files share: parameter shorthands, cty's whole-number reading of arguments, grapheme
// clusters, and the two kinds of error cty raises (about one argument, or about the call).

import { ANY, BOOL, NUMBER, STRING, type HclType, type HclValue } from '../value.js';
import { HclFunctionError, type HclFunction, type HclParam } from './types.js';

export const stringParam = (name: string): HclParam => ({ name, type: STRING });
export const numberParam = (name: string): HclParam => ({ name, type: NUMBER });
export const boolParam = (name: string): HclParam => ({ name, type: BOOL });
export const anyParam = (name: string, allowNull = false): HclParam =>
  allowNull ? { name, type: ANY, allowNull } : { name, type: ANY };
export const listOf = (element: HclType): HclType => ({ kind: 'list', element });
export const setOf = (element: HclType): HclType => ({ kind: 'set', element });

/** A function of strings only, the most common shape in the library. */
export function stringFunction(names: readonly string[], run: (...args: string[]) => HclValue): HclFunction {
  return { params: names.map(stringParam), run: args => run(...(args as string[])) };
}

/** cty's function.NewArgErrorf: about the argument at `index` (0-based, variadic ones counted too). */
export const argumentError = (index: number, message: string): HclFunctionError =>
  new HclFunctionError(message, index);

/** An error about the call as a whole (HCL: "Call to function "x" failed: ..."). */
export const callError = (message: string): HclFunctionError => new HclFunctionError(message);

// Go's int is 64 bits; a double holds every int64 up to 2^63 - 1024, and 2^63 itself is already out.
const INT64_LIMIT = 9223372036854775808;
const WHOLE_NUMBER = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';

/**
 * gocty.FromCtyValue into a Go int: a whole number within int64, or cty's message for what it is not.
 * `wrap` adds the caller's prefix (element's "invalid index: "); `argument` marks it as an argument error.
 */
export function wholeNumber(value: number, options: { argument?: number; wrap?: string } = {}): number {
  if (Number.isInteger(value) && value >= -INT64_LIMIT && value < INT64_LIMIT) return value;
  throw new HclFunctionError(`${options.wrap ?? ''}${WHOLE_NUMBER}`, options.argument);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A string's grapheme clusters, as cty counts and slices strings (length, substr, strrev, %.3s). */
export const graphemes = (text: string): string[] =>
  Array.from(segmenter.segment(text), part => part.segment);

/** Byte length of a string in UTF-8: cty's offsets in messages are byte offsets, as Go's strings are bytes. */
export const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Go's %q for a string in messages: double quotes, backslash escapes. */
export const goQuote = (text: string): string =>
  JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );

/** cty's FriendlyName of a value's type, for messages about an argument of the wrong kind. */
export const typeNameOf = (value: unknown): string =>
  value === null
    ? 'dynamic'
    : typeof value === 'object'
      ? Array.isArray(value)
        ? 'tuple'
        : 'object'
      : typeof value === 'boolean'
        ? 'bool'
        : typeof value;
