// Character sets for the RE2 translation (re2.ts): POSIX and Perl classes as code point ranges, their
// complements, Go's simple case folding, Unicode classes, and how a set is written in a JavaScript class.

import { Re2SyntaxError } from './re2-error.js';

export const MAX_CODE_POINT = 0x10ffff;
export const POSIX: Readonly<Record<string, [number, number][]>> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a]
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a]
  ],
  ascii: [[0, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20]
  ],
  cntrl: [
    [0, 0x1f],
    [0x7f, 0x7f]
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e]
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20]
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a]
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66]
  ]
};
export const PERL: Readonly<Record<string, [number, number][]>> = {
  d: POSIX.digit!,
  w: POSIX.word!,
  s: [
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0x20, 0x20]
  ]
};

export function complement(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let next = 0;
  for (const [low, high] of sorted) {
    if (low > next) out.push([next, low - 1]);
    next = Math.max(next, high + 1);
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export const classChar = (code: number): string => `\\u{${code.toString(16)}}`;
export const rangeText = (ranges: readonly [number, number][]): string =>
  ranges
    .map(([low, high]) => (low === high ? classChar(low) : `${classChar(low)}-${classChar(high)}`))
    .join('');

/** The other cases of a code point, as Go's simple folding would match them (ASCII and one-rune mappings). */
export function caseVariants(code: number): number[] {
  const char = String.fromCodePoint(code);
  const variants = new Set([code]);
  for (const other of [char.toLowerCase(), char.toUpperCase()])
    if (Array.from(other).length === 1) variants.add(other.codePointAt(0)!);
  return [...variants];
}

export function foldRanges(ranges: readonly [number, number][]): [number, number][] {
  const out = [...ranges];
  for (const [low, high] of ranges)
    for (let code = low; code <= Math.min(high, low + 0x2ff); code++)
      for (const variant of caseVariants(code)) if (variant !== code) out.push([variant, variant]);
  return out;
}

const UNICODE_CATEGORY = /^(?:[LMNPSZC][a-z]?)$/;

export function unicodeClass(name: string, negated: boolean, expr: string): string {
  let body: string;
  if (name === 'Any') body = '\\u{0}-\\u{10ffff}';
  else body = UNICODE_CATEGORY.test(name) ? `\\p{${name}}` : `\\p{Script=${name}}`;
  try {
    new RegExp(`[${body}]`, 'u');
  } catch {
    throw new Re2SyntaxError('invalid character class range', expr);
  }
  return negated ? (name === 'Any' ? '' : body.replace('\\p', '\\P')) : body;
}
