// RE2 (Go's regexp/syntax, Perl flags) translated to a JavaScript RegExp with the same matches: named
// groups (?P<name>x), flags (?i) (?m) (?s) (?U) scoped or not, \A \z \Q...\E, POSIX classes, Go's ASCII
// \s, and `.` that stops only at \n. Every capture becomes a plain JS group; names are kept beside it, so a
// name JavaScript would refuse (Go allows "1st") still works. Syntax errors carry Go's code and fragment.

import { Re2SyntaxError } from './re2-error.js';
import { caseVariants, classChar, rangeText } from './re2-classes.js';
import { Re2Reader } from './re2-reader.js';

export { Re2SyntaxError };

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

/** Translates an RE2 pattern; throws Re2SyntaxError as Go's regexp.Compile would fail. */
export function translateRe2(pattern: string): TranslatedPattern {
  const reader = new Re2Reader(pattern);
  const groupNames: string[] = [];
  let flags: Flags = { i: false, m: false, s: false, U: false };
  const groups: { flags: Flags; start: number }[] = []; // open groups: flags to restore, where they begin in `out`
  let out = '';
  let lastAtom = -1; // where in `out` the last repeatable atom starts; -1: nothing to repeat
  let lastRepeat = -1; // where in `pattern` the previous repetition operator began, if the last thing was one

  const emitAtom = (atom: string): void => {
    lastAtom = out.length;
    out += atom;
    lastRepeat = -1;
  };
  const literal = (code: number): string => {
    const variants = flags.i ? caseVariants(code) : [code];
    return variants.length > 1 ? `[${variants.map(classChar).join('')}]` : `[${classChar(code)}]`;
  };

  function repetition(op: string, opStart: number): void {
    if (lastRepeat >= 0)
      throw new Re2SyntaxError('invalid nested repetition operator', reader.text(lastRepeat, reader.index));
    if (lastAtom < 0)
      throw new Re2SyntaxError('missing argument to repetition operator', reader.text(opStart, reader.index));
    let lazy = false;
    if (reader.chars[reader.index] === '?') {
      lazy = true;
      reader.index++;
    }
    if (flags.U) lazy = !lazy;
    out += op + (lazy ? '?' : '');
    lastRepeat = opStart;
  }

  while (reader.index < reader.chars.length) {
    const c = reader.chars[reader.index]!;
    const start = reader.index;
    if (c === '\\' && reader.chars[reader.index + 1] === 'Q') {
      reader.index += 2;
      while (
        reader.index < reader.chars.length &&
        !(reader.chars[reader.index] === '\\' && reader.chars[reader.index + 1] === 'E')
      )
        emitAtom(literal(reader.chars[reader.index++]!.codePointAt(0)!));
      reader.index += 2;
      continue;
    }
    if (c === '*' || c === '+' || c === '?') {
      reader.index++;
      repetition(c, start);
      continue;
    }
    if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(reader.text(reader.index, reader.chars.length));
      if (match !== null) {
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === '' ? -1 : Number(match[3]);
        reader.index += Array.from(match[0]).length;
        if (min > 1000 || max > 1000 || (max >= 0 && max < min))
          throw new Re2SyntaxError('invalid repeat count', match[0]);
        repetition(match[0], start);
        continue;
      }
    }
    reader.index++;
    if (c === '(') {
      if (reader.chars[reader.index] === '?') {
        const rest = reader.text(reader.index, reader.chars.length);
        const named = /^\?P?<([^>]*)>/.exec(rest);
        if (named !== null) {
          if (!/^[A-Za-z0-9_]+$/.test(named[1]!) || groupNames.includes(named[1]!))
            throw new Re2SyntaxError(
              'invalid named capture',
              reader.text(start, reader.index + Array.from(named[0]).length)
            );
          reader.index += Array.from(named[0]).length;
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
            reader.text(start, Math.min(reader.index + 2, reader.chars.length))
          );
        reader.index += flagGroup[0].length;
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
      reader.index--;
      emitAtom(reader.charClass(flags.i));
      continue;
    }
    if (c === '.') emitAtom(flags.s ? '[\\s\\S]' : '[^\\n]');
    else if (c === '^') emitAtom(flags.m ? '(?:(?<![^\\n]))' : '(?:^)');
    else if (c === '$') emitAtom(flags.m ? '(?:(?![^\\n]))' : '(?:$)');
    else if (c === '\\') {
      const escaped = reader.escape(false);
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
