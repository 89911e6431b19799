// Decodes the literal text of a template token: in a quoted string the backslash escapes (\n, \r, \t, \",
// \\, \uNNNN, \UNNNNNNNN), and everywhere the doubled openers `$${` and `%%{`, which stand for a literal
// `${` and `%{`. A bad escape is reported at its own characters and decoding goes on.

import { errorAt, type Diagnostic } from '../diagnostics.js';
import type { PositionedText } from './source.js';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

const isHex = (char: string | undefined): boolean =>
  char !== undefined &&
  ((char >= '0' && char <= '9') || (char >= 'a' && char <= 'f') || (char >= 'A' && char <= 'F'));

/**
 * The value of the literal text between `start` and `end` of `source`; `quoted` for a quoted string's
 * text (escapes apply), false for a heredoc's or a template file's.
 */
export function decodeLiteral(
  source: PositionedText,
  { start, end }: { readonly start: number; readonly end: number },
  { quoted, diagnostics }: { readonly quoted: boolean; readonly diagnostics: Diagnostic[] }
): string {
  const text = source.text;
  let value = '';
  let plainFrom = start;
  let index = start;
  const flush = (to: number): void => {
    if (to > plainFrom) value += text.slice(plainFrom, to);
  };
  while (index < end) {
    const char = text[index]!;
    if (
      (char === '$' || char === '%') &&
      text[index + 1] === char &&
      text[index + 2] === '{' &&
      index + 2 < end
    ) {
      flush(index);
      value += `${char}{`;
      index += 3;
      plainFrom = index;
      continue;
    }
    if (!quoted || char !== '\\') {
      index++;
      continue;
    }
    flush(index);
    const escape = decodeEscape(source, { start: index, end }, diagnostics);
    value += escape.value;
    index = escape.end;
    plainFrom = index;
  }
  flush(end);
  return value;
}

/** The escape starting at `start` (a backslash), within a literal ending at `end`. */
function decodeEscape(
  source: PositionedText,
  { start: index, end }: { readonly start: number; readonly end: number },
  diagnostics: Diagnostic[]
): { value: string; end: number } {
  const text = source.text;
  const report = (to: number, detail: string): void => {
    diagnostics.push(errorAt(source.rangeOf(index, to), 'Invalid escape sequence', detail));
  };
  if (index + 1 >= end) {
    report(index + 1, 'Backslash must be followed by an escape sequence selector character.');
    return { value: '\\', end: index + 1 };
  }
  const selector = String.fromCodePoint(text.codePointAt(index + 1)!);
  const simple = SIMPLE_ESCAPES[selector];
  if (simple !== undefined) return { value: simple, end: index + 2 };
  if (selector === 'u' || selector === 'U') {
    const wanted = selector === 'u' ? 4 : 8;
    let digitsEnd = index + 2;
    while (digitsEnd < end && digitsEnd - index - 2 < wanted && isHex(text[digitsEnd])) digitsEnd++;
    if (digitsEnd - index - 2 !== wanted) {
      report(
        digitsEnd,
        `The \\${selector} escape sequence must be followed by ${wanted === 4 ? 'four' : 'eight'} hexadecimal digits.`
      );
      return { value: text.slice(index, digitsEnd), end: digitsEnd };
    }
    const codePoint = parseInt(text.slice(index + 2, digitsEnd), 16);
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      report(digitsEnd, `Cannot encode character U+${codePoint.toString(16).padStart(4, '0')} in UTF-8.`);
      return { value: text.slice(index, digitsEnd), end: digitsEnd };
    }
    return { value: String.fromCodePoint(codePoint), end: digitsEnd };
  }
  const selectorEnd = index + 1 + selector.length;
  report(selectorEnd, `The symbol ${JSON.stringify(selector)} is not a valid escape sequence selector.`);
  return { value: selector, end: selectorEnd };
}
