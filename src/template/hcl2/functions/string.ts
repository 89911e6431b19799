// String functions, as cty's stdlib (string.go, string_replace.go) and Packer's own (startswith, endswith,
// strcontains) define them. Go works on UTF-8 runes where JavaScript has UTF-16 units, so everything that
// walks characters here walks code points (Array.from) or grapheme clusters (graphemes).

import { STRING, type HclValue } from '../value.js';
import type { HclFunction } from './types.js';
import {
  argumentError,
  callError,
  graphemes,
  listOf,
  numberParam,
  stringFunction,
  stringParam,
  wholeNumber
} from './support.js';

/** Go's unicode.IsSpace: what strings.TrimSpace trims (JavaScript's trim() also trims U+FEFF, Go does not). */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM_SPACE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'gu');
const IS_SPACE = new RegExp(`^[${GO_SPACE}]$`, 'u');

/** Go's simple case mapping, one rune to one rune: "ß" stays "ß" in upper(), "İ" lowers to "i". */
const mapRunes = (text: string, map: (rune: string) => string, expanding: 'keep' | 'first'): string =>
  Array.from(text, rune => {
    const mapped = Array.from(map(rune));
    if (mapped.length === 1) return mapped[0]!;
    return expanding === 'keep' ? rune : mapped[0]!;
  }).join('');

export const toUpper = (text: string): string => mapRunes(text, rune => rune.toUpperCase(), 'keep');
export const toLower = (text: string): string => mapRunes(text, rune => rune.toLowerCase(), 'first');

/** strings.Title's word boundaries: ASCII letters, digits and '_' join words; so do non-ASCII letters and digits. */
function isTitleSeparator(rune: string): boolean {
  if (rune.codePointAt(0)! <= 0x7f) return !/[0-9A-Za-z_]/.test(rune);
  if (/[\p{L}\p{Nd}]/u.test(rune)) return false;
  return IS_SPACE.test(rune);
}

/** The letters whose title case is not their upper case (unicode.ToTitle): the Latin digraphs. */
const TITLE_CASE: Readonly<Record<string, string>> = {
  Ǆ: 'ǅ',
  ǅ: 'ǅ',
  ǆ: 'ǅ',
  Ǉ: 'ǈ',
  ǈ: 'ǈ',
  ǉ: 'ǈ',
  Ǌ: 'ǋ',
  ǋ: 'ǋ',
  ǌ: 'ǋ',
  Ǳ: 'ǲ',
  ǲ: 'ǲ',
  ǳ: 'ǲ'
};

function title(text: string): string {
  let previous = ' ';
  return Array.from(text, rune => {
    const out = isTitleSeparator(previous) ? (TITLE_CASE[rune] ?? toUpper(rune)) : rune;
    previous = rune;
    return out;
  }).join('');
}

/** strings.Trim: drops leading and trailing runes found in the cutset. */
function trim(text: string, cutset: string): string {
  const cut = new Set(Array.from(cutset));
  const runes = Array.from(text);
  let start = 0;
  let end = runes.length;
  while (start < end && cut.has(runes[start]!)) start++;
  while (end > start && cut.has(runes[end - 1]!)) end--;
  return runes.slice(start, end).join('');
}

/** strings.Replace with n = -1; an empty `search` inserts `replacement` around every rune, as Go does. */
function replaceAll(text: string, search: string, replacement: string): string {
  if (search !== '') return text.split(search).join(replacement);
  return replacement + Array.from(text, rune => rune + replacement).join('');
}

/** strings.Split; an empty separator splits into runes (and an empty string into nothing). */
function split(separator: string, text: string): string[] {
  return separator === '' ? Array.from(text) : text.split(separator);
}

/** cty's substr, quirks included: offsets and lengths count grapheme clusters; a negative offset counts from the end. */
function substr(text: string, offsetArg: number, lengthArg: number): string {
  let offset = wholeNumber(offsetArg);
  const length = wholeNumber(lengthArg);
  const clusters = graphemes(text);
  if (offset < 0) offset += clusters.length;
  else if (length === 0) return '';
  if (offset > clusters.length) return '';
  const rest = offset > 0 ? clusters.slice(offset) : clusters;
  // cty counts clusters until it has `length` of them, so a zero length (reached with a negative offset) takes all.
  if (length <= 0) return rest.join('');
  return rest.slice(0, length).join('');
}

function indent(spacesArg: number, text: string): string {
  const spaces = wholeNumber(spacesArg);
  // strings.Repeat panics on a negative count; cty reports a panic in a function as a failed call.
  if (spaces < 0) throw callError('panic in function implementation: strings: negative Repeat count');
  return text.replaceAll('\n', '\n' + ' '.repeat(spaces));
}

const join: HclFunction = {
  params: [stringParam('separator')],
  variadic: { name: 'lists', type: listOf(STRING) },
  run: args => {
    const [separator, ...lists] = args as [string, ...(readonly HclValue[])[]];
    if (lists.length === 0) throw callError('at least one list is required');
    const items: string[] = [];
    lists.forEach((list, listIndex) =>
      list.forEach((item, itemIndex) => {
        if (item === null) {
          const where =
            lists.length > 1 ? `element ${itemIndex} of list ${listIndex + 1}` : `element ${itemIndex}`;
          throw argumentError(listIndex + 1, `${where} is null; cannot concatenate null values`);
        }
        items.push(item as string);
      })
    );
    return items.join(separator);
  }
};

export const STRING_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  upper: stringFunction(['str'], toUpper),
  lower: stringFunction(['str'], toLower),
  title: stringFunction(['str'], title),
  trimspace: stringFunction(['str'], text => text.replace(TRIM_SPACE, '')),
  trim: stringFunction(['str', 'cutset'], trim),
  trimprefix: stringFunction(['str', 'prefix'], (text, prefix) =>
    text.startsWith(prefix) ? text.slice(prefix.length) : text
  ),
  trimsuffix: stringFunction(['str', 'suffix'], (text, suffix) =>
    suffix !== '' && text.endsWith(suffix) ? text.slice(0, text.length - suffix.length) : text
  ),
  chomp: stringFunction(['str'], text => text.replace(/(?:\r\n?|\n)*$/, '')),
  indent: {
    params: [numberParam('spaces'), stringParam('str')],
    run: ([spaces, text]) => indent(spaces as number, text as string)
  },
  replace: stringFunction(['str', 'substr', 'replace'], replaceAll),
  strrev: stringFunction(['str'], text => graphemes(text).reverse().join('')),
  substr: {
    params: [stringParam('str'), numberParam('offset'), numberParam('length')],
    run: ([text, offset, length]) => substr(text as string, offset as number, length as number)
  },
  split: stringFunction(['separator', 'str'], split),
  join,
  startswith: stringFunction(['str', 'prefix'], (text, prefix) => text.startsWith(prefix)),
  endswith: stringFunction(['str', 'suffix'], (text, suffix) => text.endsWith(suffix)),
  strcontains: stringFunction(['str', 'substr'], (text, search) => text.includes(search))
};
