// RE2 (Go's regexp/syntax, Perl flags) translated to a JavaScript RegExp with the same matches: named
// groups (?P<name>x), flags (?i) (?m) (?s) (?U) scoped or not, \A \z \Q...\E, POSIX classes, Go's ASCII
// \s, and `.` that stops only at \n. Every capture becomes a plain JS group; names are kept beside it, so a
// name JavaScript would refuse (Go allows "1st") still works. Syntax errors carry Go's code and fragment.

export class Re2SyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string
  ) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
    this.name = 'Re2SyntaxError';
  }
}

export interface TranslatedPattern {
  readonly regexp: RegExp;
  /** One entry per capture group, in order: its name, or '' when unnamed. */
  readonly groupNames: readonly string[];
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

const MAX_CODE_POINT = 0x10ffff;
const POSIX: Readonly<Record<string, [number, number][]>> = {
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
const PERL: Readonly<Record<string, [number, number][]>> = {
  d: POSIX.digit!,
  w: POSIX.word!,
  s: [
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0x20, 0x20]
  ]
};

function complement(ranges: readonly [number, number][]): [number, number][] {
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

const classChar = (code: number): string => `\\u{${code.toString(16)}}`;
const rangeText = (ranges: readonly [number, number][]): string =>
  ranges
    .map(([low, high]) => (low === high ? classChar(low) : `${classChar(low)}-${classChar(high)}`))
    .join('');

/** The other cases of a code point, as Go's simple folding would match them (ASCII and one-rune mappings). */
function caseVariants(code: number): number[] {
  const char = String.fromCodePoint(code);
  const variants = new Set([code]);
  for (const other of [char.toLowerCase(), char.toUpperCase()])
    if (Array.from(other).length === 1) variants.add(other.codePointAt(0)!);
  return [...variants];
}

function foldRanges(ranges: readonly [number, number][]): [number, number][] {
  const out = [...ranges];
  for (const [low, high] of ranges)
    for (let code = low; code <= Math.min(high, low + 0x2ff); code++)
      for (const variant of caseVariants(code)) if (variant !== code) out.push([variant, variant]);
  return out;
}

const UNICODE_CATEGORY = /^(?:[LMNPSZC][a-z]?)$/;

function unicodeClass(name: string, negated: boolean, expr: string): string {
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

/** Translates an RE2 pattern; throws Re2SyntaxError as Go's regexp.Compile would fail. */
export function translateRe2(pattern: string): TranslatedPattern {
  const chars = Array.from(pattern);
  const groupNames: string[] = [];
  let index = 0;
  let flags: Flags = { i: false, m: false, s: false, U: false };
  const groups: { flags: Flags; start: number }[] = []; // open groups: flags to restore, where they begin in `out`
  let out = '';
  let lastAtom = -1; // where in `out` the last repeatable atom starts; -1: nothing to repeat
  let lastRepeat = -1; // where in `pattern` the previous repetition operator began, if the last thing was one
  const text = (from: number, to: number): string => chars.slice(from, to).join('');

  const emitAtom = (atom: string): void => {
    lastAtom = out.length;
    out += atom;
    lastRepeat = -1;
  };
  const literal = (code: number): string => {
    const variants = flags.i ? caseVariants(code) : [code];
    return variants.length > 1 ? `[${variants.map(classChar).join('')}]` : `[${classChar(code)}]`;
  };

  /** An escape at `index` (just after the backslash): [ranges or text atom, next index]. */
  function escape(inClass: boolean): { ranges?: [number, number][]; atom?: string } {
    const start = index - 1;
    const c = chars[index++];
    if (c === undefined) throw new Re2SyntaxError('trailing backslash at end of expression', '');
    const simple: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (simple[c] !== undefined) return { ranges: [[simple[c]!, simple[c]!]] };
    if (/[0-7]/.test(c) && (c === '0' || /[0-7]/.test(chars[index] ?? ''))) {
      let digits = c;
      while (digits.length < 3 && /[0-7]/.test(chars[index] ?? '')) digits += chars[index++];
      const code = parseInt(digits, 8);
      return { ranges: [[code, code]] };
    }
    if (c === 'x') {
      let hex: string;
      if (chars[index] === '{') {
        const close = chars.indexOf('}', index);
        hex = close < 0 ? '' : text(index + 1, close);
        if (close < 0 || !/^[0-9A-Fa-f]+$/.test(hex) || parseInt(hex, 16) > MAX_CODE_POINT)
          throw new Re2SyntaxError(
            'invalid escape sequence',
            text(start, close < 0 ? chars.length : close + 1)
          );
        index = close + 1;
      } else {
        hex = text(index, index + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex))
          throw new Re2SyntaxError('invalid escape sequence', text(start, index + 2));
        index += 2;
      }
      const code = parseInt(hex, 16);
      return { ranges: [[code, code]] };
    }
    if (c === 'd' || c === 'w' || c === 's') return { ranges: PERL[c]! };
    if (c === 'D' || c === 'W' || c === 'S') return { ranges: complement(PERL[c.toLowerCase()]!) };
    if (c === 'p' || c === 'P') {
      let name = chars[index++] ?? '';
      if (name === '{') {
        const close = chars.indexOf('}', index);
        if (close < 0) throw new Re2SyntaxError('invalid character class range', text(start, chars.length));
        name = text(index, close);
        index = close + 1;
      }
      const negated = (c === 'P') !== name.startsWith('^');
      return { atom: unicodeClass(name.replace(/^\^/, ''), negated, text(start, index)) };
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
    throw new Re2SyntaxError('invalid escape sequence', text(start, index));
  }

  function charClass(): string {
    const start = index++;
    const negated = chars[index] === '^';
    if (negated) index++;
    const ranges: [number, number][] = [];
    const properties: string[] = [];
    let first = true;
    while (first || chars[index] !== ']') {
      if (index >= chars.length) throw new Re2SyntaxError('missing closing ]', text(start, chars.length));
      first = false;
      const itemStart = index;
      if (chars[index] === '[' && chars[index + 1] === ':') {
        const close = text(index, chars.length).indexOf(':]');
        const name = close < 0 ? '' : text(index + 2, index + close);
        const posix = POSIX[name.replace(/^\^/, '')];
        if (posix !== undefined) {
          ranges.push(...(name.startsWith('^') ? complement(posix) : posix));
          index += close + 2;
          continue;
        }
      }
      let low: number;
      if (chars[index] === '\\') {
        index++;
        const escaped = escape(true);
        if (escaped.atom !== undefined) {
          properties.push(escaped.atom);
          continue;
        }
        if (escaped.ranges!.length !== 1 || escaped.ranges![0]![0] !== escaped.ranges![0]![1]) {
          ranges.push(...escaped.ranges!);
          continue;
        }
        low = escaped.ranges![0]![0];
      } else low = chars[index++]!.codePointAt(0)!;
      let high = low;
      if (chars[index] === '-' && chars[index + 1] !== ']' && index + 1 < chars.length) {
        index++;
        if (chars[index] === '\\') {
          index++;
          const escaped = escape(true);
          if (escaped.ranges?.length !== 1 || escaped.ranges[0]![0] !== escaped.ranges[0]![1])
            throw new Re2SyntaxError('invalid character class range', text(itemStart, index));
          high = escaped.ranges[0]![0];
        } else high = chars[index++]!.codePointAt(0)!;
        if (high < low) throw new Re2SyntaxError('invalid character class range', text(itemStart, index));
      }
      ranges.push([low, high]);
    }
    index++;
    const body = rangeText(flags.i ? foldRanges(ranges) : ranges) + properties.join('');
    return body === '' ? (negated ? '[\\s\\S]' : '[]') : `[${negated ? '^' : ''}${body}]`;
  }

  function repetition(op: string, opStart: number): void {
    if (lastRepeat >= 0)
      throw new Re2SyntaxError('invalid nested repetition operator', text(lastRepeat, index));
    if (lastAtom < 0)
      throw new Re2SyntaxError('missing argument to repetition operator', text(opStart, index));
    let lazy = false;
    if (chars[index] === '?') {
      lazy = true;
      index++;
    }
    if (flags.U) lazy = !lazy;
    out += op + (lazy ? '?' : '');
    lastRepeat = opStart;
  }

  while (index < chars.length) {
    const c = chars[index]!;
    const start = index;
    if (c === '\\' && chars[index + 1] === 'Q') {
      index += 2;
      while (index < chars.length && !(chars[index] === '\\' && chars[index + 1] === 'E'))
        emitAtom(literal(chars[index++]!.codePointAt(0)!));
      index += 2;
      continue;
    }
    if (c === '*' || c === '+' || c === '?') {
      index++;
      repetition(c, start);
      continue;
    }
    if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(text(index, chars.length));
      if (match !== null) {
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === '' ? -1 : Number(match[3]);
        index += Array.from(match[0]).length;
        if (min > 1000 || max > 1000 || (max >= 0 && max < min))
          throw new Re2SyntaxError('invalid repeat count', match[0]);
        repetition(match[0], start);
        continue;
      }
    }
    index++;
    if (c === '(') {
      if (chars[index] === '?') {
        const rest = text(index, chars.length);
        const named = /^\?P?<([^>]*)>/.exec(rest);
        if (named !== null) {
          if (!/^[A-Za-z0-9_]+$/.test(named[1]!) || groupNames.includes(named[1]!))
            throw new Re2SyntaxError(
              'invalid named capture',
              text(start, index + Array.from(named[0]).length)
            );
          index += Array.from(named[0]).length;
          groupNames.push(named[1]!);
          groups.push({ flags: { ...flags }, start: out.length });
          out += '(';
          lastAtom = -1;
          lastRepeat = -1;
          continue;
        }
        const flagGroup = /^\?(-?[imsU]+|[imsU]+-[imsU]*|)([:)])/.exec(rest);
        if (flagGroup === null || (flagGroup[1] === '' && flagGroup[2] === ')'))
          throw new Re2SyntaxError(
            'invalid or unsupported Perl syntax',
            text(start, Math.min(index + 2, chars.length))
          );
        index += flagGroup[0].length;
        const next = { ...flags };
        let on = true;
        for (const letter of flagGroup[1]!) {
          if (letter === '-') on = false;
          else next[letter as keyof Flags] = on;
        }
        if (flagGroup[2] === ')') {
          flags = next;
          continue;
        }
        groups.push({ flags: { ...flags }, start: out.length });
        flags = next;
        out += '(?:';
        lastAtom = -1;
        lastRepeat = -1;
        continue;
      }
      groupNames.push('');
      groups.push({ flags: { ...flags }, start: out.length });
      out += '(';
      lastAtom = -1;
      lastRepeat = -1;
      continue;
    }
    if (c === ')') {
      const group = groups.pop();
      if (group === undefined) throw new Re2SyntaxError('unexpected )', pattern);
      flags = group.flags;
      out += ')';
      lastAtom = group.start; // the group as a whole is what a following repetition applies to
      lastRepeat = -1;
      continue;
    }
    if (c === '|') {
      out += '|';
      lastAtom = -1;
      lastRepeat = -1;
      continue;
    }
    if (c === '[') {
      index--;
      emitAtom(charClass());
      continue;
    }
    if (c === '.') emitAtom(flags.s ? '[\\s\\S]' : '[^\\n]');
    else if (c === '^') emitAtom(flags.m ? '(?:(?<![^\\n]))' : '(?:^)');
    else if (c === '$') emitAtom(flags.m ? '(?:(?![^\\n]))' : '(?:$)');
    else if (c === '\\') {
      const escaped = escape(false);
      if (escaped.atom !== undefined)
        emitAtom(escaped.atom.startsWith('(') ? escaped.atom : `[${escaped.atom}]`);
      else {
        const ranges = escaped.ranges!;
        const single = ranges.length === 1 && ranges[0]![0] === ranges[0]![1];
        emitAtom(single ? literal(ranges[0]![0]) : `[${rangeText(ranges)}]`);
      }
    } else emitAtom(literal(c.codePointAt(0)!));
  }
  if (groups.length > 0) throw new Re2SyntaxError('missing closing )', pattern);
  return { regexp: new RegExp(out, 'gu'), groupNames };
}
