// regex, regexall and regex_replace (cty's regexp.go and string_replace.go) over patterns translated from
// RE2 (re2.ts). Matching walks the string as Go's regexp does: successive non-overlapping matches, an empty
// match right after a previous match skipped, replacement templates expanded as Go's Regexp.Expand.

import { objectOf, type HclValue } from '../value.js';
import type { HclFunction } from './types.js';
import { Re2SyntaxError, translateRe2, type TranslatedPattern } from './re2.js';
import { argumentError, callError, stringFunction } from './support.js';

type Shape = 'string' | 'tuple' | 'object';

/** The pattern for regex / regexall, with the shape its results take (cty's regexPatternResultType). */
function compileForMatch(pattern: string): TranslatedPattern & { shape: Shape } {
  let translated: TranslatedPattern;
  try {
    translated = translateRe2(pattern);
  } catch (error) {
    if (error instanceof Re2SyntaxError)
      throw argumentError(0, `invalid regexp pattern: ${error.code} in ${error.expr}`);
    throw argumentError(0, `error parsing pattern: ${(error as Error).message}`);
  }
  const named = translated.groupNames.filter(name => name !== '').length;
  const unnamed = translated.groupNames.length - named;
  if (named > 0 && unnamed > 0)
    throw argumentError(0, 'invalid regexp pattern: cannot mix both named and unnamed capture groups');
  return { ...translated, shape: named > 0 ? 'object' : unnamed > 0 ? 'tuple' : 'string' };
}

/** Width of the code point at `index` in UTF-16 units: how far Go steps past an empty match. */
const runeWidth = (text: string, index: number): number => (text.codePointAt(index)! > 0xffff ? 2 : 1);

function matchAt(regexp: RegExp, text: string, position: number): RegExpExecArray | null {
  regexp.lastIndex = position;
  return regexp.exec(text);
}

/** Go's allMatches: every match, an empty one abutting the previous match left out. */
function allMatches(regexp: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let previousEnd = -1;
  for (let position = 0; position <= text.length;) {
    const match = matchAt(regexp, text, position);
    if (match === null) break;
    const end = match.index + match[0].length;
    let accept = true;
    if (end === position) {
      if (match.index === previousEnd) accept = false;
      position += position < text.length ? runeWidth(text, position) : 1;
    } else position = end;
    previousEnd = end;
    if (accept) matches.push(match);
  }
  return matches;
}

function result(match: RegExpExecArray, shape: Shape, names: readonly string[]): HclValue {
  if (shape === 'string') return match[0];
  const groups = match.slice(1).map(group => group ?? null);
  if (shape === 'tuple') return groups;
  return objectOf(names.map((name, index) => [name, groups[index]!]));
}

function regex(pattern: string, text: string): HclValue {
  const { regexp, shape, groupNames } = compileForMatch(pattern);
  const match = matchAt(regexp, text, 0);
  if (match === null) throw callError('pattern did not match any part of the given string');
  return result(match, shape, groupNames);
}

function regexall(pattern: string, text: string): HclValue {
  const { regexp, shape, groupNames } = compileForMatch(pattern);
  return allMatches(regexp, text).map(match => result(match, shape, groupNames));
}

/** Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$; a malformed reference is copied as text. */
function expand(template: string, match: RegExpExecArray, names: readonly string[]): string {
  let out = '';
  let rest = template;
  for (let dollar = rest.indexOf('$'); dollar >= 0; dollar = rest.indexOf('$')) {
    out += rest.slice(0, dollar);
    rest = rest.slice(dollar + 1);
    if (rest.startsWith('$')) {
      out += '$';
      rest = rest.slice(1);
      continue;
    }
    const reference = /^(?:\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+))/u.exec(rest);
    if (reference === null) {
      out += '$';
      continue;
    }
    rest = rest.slice(reference[0].length);
    const name = reference[1] ?? reference[2]!;
    const number = /^(?:0|[1-9][0-9]{0,7})$/.test(name) ? Number(name) : -1;
    const group = number >= 0 ? number : names.indexOf(name) + 1;
    if (group > 0 || number === 0) out += match[group] ?? '';
  }
  return out + rest;
}

/** Go's replaceAll: every match replaced, advancing at least one rune, an empty match after a match left alone. */
function regexReplace(text: string, pattern: string, replacement: string): string {
  let translated: TranslatedPattern;
  try {
    translated = translateRe2(pattern);
  } catch (error) {
    throw callError((error as Error).message);
  }
  const { regexp, groupNames } = translated;
  let out = '';
  let lastMatchEnd = 0;
  let searchPosition = 0;
  while (searchPosition <= text.length) {
    const match = matchAt(regexp, text, searchPosition);
    if (match === null) break;
    const end = match.index + match[0].length;
    out += text.slice(lastMatchEnd, match.index);
    if (end > lastMatchEnd || match.index === 0) out += expand(replacement, match, groupNames);
    lastMatchEnd = end;
    const width = searchPosition < text.length ? runeWidth(text, searchPosition) : 0;
    if (searchPosition + width > end) searchPosition += width;
    else if (searchPosition + 1 > end) searchPosition++;
    else searchPosition = end;
  }
  return out + text.slice(lastMatchEnd);
}

export const REGEX_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  regex: stringFunction(['pattern', 'string'], regex),
  regexall: stringFunction(['pattern', 'string'], regexall),
  regex_replace: stringFunction(['str', 'pattern', 'replace'], regexReplace)
};
