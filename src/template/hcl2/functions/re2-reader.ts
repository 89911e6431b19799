// Reading RE2 escapes and character classes for the translation (re2.ts), at a cursor over the pattern's
// code points: what they match, as code point ranges or as an atom already written for JavaScript.

import { Re2SyntaxError } from './re2-error.js';
import {
  complement,
  foldRanges,
  MAX_CODE_POINT,
  PERL,
  POSIX,
  rangeText,
  unicodeClass
} from './re2-classes.js';

export class Re2Reader {
  readonly chars: string[];
  index = 0;
  constructor(pattern: string) {
    this.chars = Array.from(pattern);
  }

  text(from: number, to: number): string {
    return this.chars.slice(from, to).join('');
  }

  /** An escape just after its backslash: code point ranges, or an atom written for JavaScript. */
  escape(inClass: boolean): { ranges?: [number, number][]; atom?: string } {
    const start = this.index - 1;
    const c = this.chars[this.index++];
    if (c === undefined) throw new Re2SyntaxError('trailing backslash at end of expression', '');
    const simple: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (simple[c] !== undefined) return { ranges: [[simple[c]!, simple[c]!]] };
    if (/[0-7]/.test(c) && (c === '0' || /[0-7]/.test(this.chars[this.index] ?? ''))) {
      let digits = c;
      while (digits.length < 3 && /[0-7]/.test(this.chars[this.index] ?? ''))
        digits += this.chars[this.index++];
      const code = parseInt(digits, 8);
      return { ranges: [[code, code]] };
    }
    if (c === 'x') {
      let hex: string;
      if (this.chars[this.index] === '{') {
        const close = this.chars.indexOf('}', this.index);
        hex = close < 0 ? '' : this.text(this.index + 1, close);
        if (close < 0 || !/^[0-9A-Fa-f]+$/.test(hex) || parseInt(hex, 16) > MAX_CODE_POINT)
          throw new Re2SyntaxError(
            'invalid escape sequence',
            this.text(start, close < 0 ? this.chars.length : close + 1)
          );
        this.index = close + 1;
      } else {
        hex = this.text(this.index, this.index + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex))
          throw new Re2SyntaxError('invalid escape sequence', this.text(start, this.index + 2));
        this.index += 2;
      }
      const code = parseInt(hex, 16);
      return { ranges: [[code, code]] };
    }
    if (c === 'd' || c === 'w' || c === 's') return { ranges: PERL[c]! };
    if (c === 'D' || c === 'W' || c === 'S') return { ranges: complement(PERL[c.toLowerCase()]!) };
    if (c === 'p' || c === 'P') {
      let name = this.chars[this.index++] ?? '';
      if (name === '{') {
        const close = this.chars.indexOf('}', this.index);
        if (close < 0)
          throw new Re2SyntaxError('invalid character class range', this.text(start, this.chars.length));
        name = this.text(this.index, close);
        this.index = close + 1;
      }
      const negated = (c === 'P') !== name.startsWith('^');
      return { atom: unicodeClass(name.replace(/^\^/, ''), negated, this.text(start, this.index)) };
    }
    if (!inClass && (c === 'A' || c === 'z' || c === 'b' || c === 'B')) {
      const assertions: Record<string, string> = {
        A: '(?:(?<![\\s\\S]))',
        z: '(?:(?![\\s\\S]))',
        b: '(?:\\b)',
        B: '(?:\\B)'
      };
      return { atom: assertions[c] };
    }
    const code = c.codePointAt(0)!;
    if (code < 0x80 && !/[0-9A-Za-z]/.test(c)) return { ranges: [[code, code]] };
    throw new Re2SyntaxError('invalid escape sequence', this.text(start, this.index));
  }

  /** A [...] class at the reader, `fold` when (?i) is on. */
  charClass(fold: boolean): string {
    const start = this.index++;
    const negated = this.chars[this.index] === '^';
    if (negated) this.index++;
    const ranges: [number, number][] = [];
    const properties: string[] = [];
    let first = true;
    while (first || this.chars[this.index] !== ']') {
      if (this.index >= this.chars.length)
        throw new Re2SyntaxError('missing closing ]', this.text(start, this.chars.length));
      first = false;
      const itemStart = this.index;
      if (this.chars[this.index] === '[' && this.chars[this.index + 1] === ':') {
        const close = this.text(this.index, this.chars.length).indexOf(':]');
        const name = close < 0 ? '' : this.text(this.index + 2, this.index + close);
        const posix = POSIX[name.replace(/^\^/, '')];
        if (posix !== undefined) {
          ranges.push(...(name.startsWith('^') ? complement(posix) : posix));
          this.index += close + 2;
          continue;
        }
      }
      let low: number;
      if (this.chars[this.index] === '\\') {
        this.index++;
        const escaped = this.escape(true);
        if (escaped.atom !== undefined) {
          properties.push(escaped.atom);
          continue;
        }
        if (escaped.ranges!.length !== 1 || escaped.ranges![0]![0] !== escaped.ranges![0]![1]) {
          ranges.push(...escaped.ranges!);
          continue;
        }
        low = escaped.ranges![0]![0];
      } else low = this.chars[this.index++]!.codePointAt(0)!;
      let high = low;
      if (
        this.chars[this.index] === '-' &&
        this.chars[this.index + 1] !== ']' &&
        this.index + 1 < this.chars.length
      ) {
        this.index++;
        if (this.chars[this.index] === '\\') {
          this.index++;
          const escaped = this.escape(true);
          if (escaped.ranges?.length !== 1 || escaped.ranges[0]![0] !== escaped.ranges[0]![1])
            throw new Re2SyntaxError('invalid character class range', this.text(itemStart, this.index));
          high = escaped.ranges[0]![0];
        } else high = this.chars[this.index++]!.codePointAt(0)!;
        if (high < low)
          throw new Re2SyntaxError('invalid character class range', this.text(itemStart, this.index));
      }
      ranges.push([low, high]);
    }
    this.index++;
    const body = rangeText(fold ? foldRanges(ranges) : ranges) + properties.join('');
    return body === '' ? (negated ? '[\\s\\S]' : '[]') : `[${negated ? '^' : ''}${body}]`;
  }
}
