// HCL's native-syntax scanner (hclsyntax's scan_tokens.rl), by hand: one pass over the text, no
// backtracking regexes. Scanning switches modes as HCL's does: expression tokens; a quoted template's
// literal text; a heredoc's lines; a whole file as a template. `${` and `%{` open an expression inside a
// template, and the `}` that balances them returns to the template; the mode stack nests without limit.
// Characters the language does not use are reported here, once, as HCL's scanner does.

import { errorAt, type Diagnostic } from '../diagnostics.js';
import type { PositionedText } from './source.js';
import type { Token, TokenType } from './tokens.js';

export type ScanMode = 'config' | 'template';

interface HeredocMode {
  readonly kind: 'heredoc';
  readonly marker: string;
  startOfLine: boolean;
}
type Mode = { readonly kind: 'main' | 'string' | 'bare' } | HeredocMode;

const SINGLE: Readonly<Record<string, TokenType>> = {
  '[': '[',
  ']': ']',
  '(': '(',
  ')': ')',
  '.': '.',
  ',': ',',
  '*': '*',
  '/': '/',
  '%': '%',
  '+': '+',
  '-': '-',
  '=': '=',
  '<': '<',
  '>': '>',
  '!': '!',
  '?': '?',
  ':': ':'
};

const DOUBLE: Readonly<Record<string, TokenType>> = {
  '==': '==',
  '!=': '!=',
  '>=': '>=',
  '<=': '<=',
  '&&': '&&',
  '||': '||',
  '::': '::',
  '=>': '=>'
};

const BITWISE_HINTS: Readonly<Record<string, string>> = {
  '&': ' Did you mean boolean AND ("&&")?',
  '|': ' Did you mean boolean OR ("||")?',
  '~': ' Did you mean boolean NOT ("!")?'
};

const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isAsciiIdentStart = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isAsciiIdentContinue = (code: number): boolean =>
  isAsciiIdentStart(code) || isDigit(code) || code === 45;

/** The length of the identifier starting at `index` (0 when none starts there). */
export function identifierLength(text: string, index: number): number {
  let at = index;
  const first = text.codePointAt(at);
  if (first === undefined) return 0;
  if (first < 0x80 ? !isAsciiIdentStart(first) : !ID_START.test(String.fromCodePoint(first))) return 0;
  at += first > 0xffff ? 2 : 1;
  for (;;) {
    const code = text.codePointAt(at);
    if (code === undefined) break;
    if (code < 0x80 ? !isAsciiIdentContinue(code) : !ID_CONTINUE.test(String.fromCodePoint(code))) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at - index;
}

export interface ScanResult {
  readonly tokens: Token[];
  readonly diagnostics: Diagnostic[];
}

export function scanTokens(source: PositionedText, mode: ScanMode): ScanResult {
  return new Scanner(source).run(mode);
}

class Scanner {
  private readonly text: string;
  private readonly tokens: Token[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly modes: Mode[] = [];
  private braces = 0;
  /** The brace depth at which each open `${` / `%{` closes. */
  private readonly returnBraces: number[] = [];
  private told = { bitwise: 0, apostrophe: 0, backtick: 0, semicolon: 0 };

  constructor(private readonly source: PositionedText) {
    this.text = source.text;
  }

  run(mode: ScanMode): ScanResult {
    let index = this.text.startsWith('\uFEFF') ? 1 : 0;
    this.modes.push({ kind: mode === 'config' ? 'main' : 'bare' });
    while (index < this.text.length) {
      const current = this.modes[this.modes.length - 1]!;
      switch (current.kind) {
        case 'main':
          index = this.scanMain(index);
          break;
        case 'string':
          index = this.scanString(index);
          break;
        case 'heredoc':
          index = this.scanHeredoc(index, current);
          break;
        case 'bare':
          index = this.scanBare(index);
          break;
      }
    }
    this.emit('EOF', this.text.length, this.text.length);
    return { tokens: this.tokens, diagnostics: this.diagnostics };
  }

  private emit(type: TokenType, start: number, end: number): void {
    this.tokens.push({
      type,
      text: this.text.slice(start, end),
      range: this.source.rangeOf(start, end),
      start,
      end
    });
  }

  private scanMain(index: number): number {
    const text = this.text;
    const char = text[index]!;
    const code = text.charCodeAt(index);
    if (char === ' ' || char === '\t') {
      let end = index + 1;
      while (text[end] === ' ' || text[end] === '\t') end++;
      return end;
    }
    if (char === '\n') return this.token('Newline', index, index + 1);
    if (char === '\r' && text[index + 1] === '\n') return this.token('Newline', index, index + 2);
    if (isDigit(code)) return this.token('NumberLit', index, numberEnd(text, index));
    if (char === '#' || (char === '/' && text[index + 1] === '/')) return this.lineComment(index);
    if (char === '/' && text[index + 1] === '*') return this.inlineComment(index);
    const identLength = identifierLength(text, index);
    if (identLength > 0) return this.token('Ident', index, index + identLength);
    if (char === '"') {
      this.modes.push({ kind: 'string' });
      return this.token('OQuote', index, index + 1);
    }
    if (char === '<' && text[index + 1] === '<') {
      const end = this.heredocIntroducer(index);
      if (end > 0) return end;
    }
    if (char === '{') {
      this.braces++;
      return this.token('{', index, index + 1);
    }
    if (char === '}') return this.closeBrace(index, index + 1);
    if (char === '~' && text[index + 1] === '}') return this.closeBrace(index, index + 2);
    if (text.startsWith('...', index)) return this.token('...', index, index + 3);
    const double = DOUBLE[text.slice(index, index + 2)];
    if (double !== undefined) return this.token(double, index, index + 2);
    const single = SINGLE[char];
    if (single !== undefined) return this.token(single, index, index + 1);
    return this.invalid(index);
  }

  private token(type: TokenType, start: number, end: number): number {
    this.emit(type, start, end);
    return end;
  }

  private lineComment(index: number): number {
    const newline = this.text.indexOf('\n', index);
    if (newline === -1) return this.text.length;
    // A line comment counts as the newline that ends it (an attribute may end with a comment).
    const start = this.text[newline - 1] === '\r' ? newline - 1 : newline;
    return this.token('Newline', start, newline + 1);
  }

  private inlineComment(index: number): number {
    const close = this.text.indexOf('*/', index + 2);
    if (close !== -1) return close + 2;
    this.diagnostics.push(
      errorAt(
        this.source.rangeOf(index, index + 2),
        'Unterminated comment',
        'There is no "*/" closing this comment before the end of the file.'
      )
    );
    return this.text.length;
  }

  /** `<<EOT` or `<<-EOT` followed by a newline opens a heredoc; returns 0 when this is not one. */
  private heredocIntroducer(index: number): number {
    const text = this.text;
    let at = index + 2;
    if (text[at] === '-') at++;
    const length = identifierLength(text, at);
    if (length === 0) return 0;
    const marker = text.slice(at, at + length);
    let end = at + length;
    if (text[end] === '\r') end++;
    if (text[end] !== '\n') return 0;
    this.modes.push({ kind: 'heredoc', marker, startOfLine: true });
    return this.token('OHeredoc', index, end + 1);
  }

  private closeBrace(start: number, end: number): number {
    const returns = this.returnBraces;
    if (returns.length > 0 && returns[returns.length - 1] === this.braces) {
      this.braces--;
      returns.pop();
      this.modes.pop();
      return this.token('TemplateSeqEnd', start, end);
    }
    this.braces--;
    // `~}` balancing a plain brace is still a sequence end, so the parser can say it is misplaced.
    return this.token(end - start === 2 ? 'TemplateSeqEnd' : '}', start, end);
  }

  /** `${`, `${~`, `%{` or `%{~` at `index`: opens an expression inside a template. */
  private templateSequence(index: number): number {
    const end = this.text[index + 2] === '~' ? index + 3 : index + 2;
    this.braces++;
    this.returnBraces.push(this.braces);
    this.modes.push({ kind: 'main' });
    const top = this.modes[this.modes.length - 2];
    if (top?.kind === 'heredoc') top.startOfLine = false;
    return this.token(this.text[index] === '$' ? 'TemplateInterp' : 'TemplateControl', index, end);
  }

  private opensSequence(index: number): boolean {
    const char = this.text[index];
    return (char === '$' || char === '%') && this.text[index + 1] === '{';
  }

  private scanString(index: number): number {
    const text = this.text;
    if (this.opensSequence(index)) return this.templateSequence(index);
    const char = text[index];
    if (char === '"') {
      this.modes.pop();
      return this.token('CQuote', index, index + 1);
    }
    if (char === '\n' || char === '\r') {
      // A quoted string ends at the end of its line: the error is reported once, and the rest of the
      // file is read as it was written instead of as the inside of a string.
      const end = char === '\r' && text[index + 1] === '\n' ? index + 2 : index + 1;
      this.modes.pop();
      this.emit('QuotedNewline', index, end);
      return index;
    }
    let end = index;
    while (end < text.length) {
      const at = text[end]!;
      if (at === '"' || at === '\n' || at === '\r' || this.opensSequence(end)) break;
      if (at === '\\' && end + 1 < text.length && text[end + 1] !== '\n' && text[end + 1] !== '\r') end += 2;
      else end += escapedSequenceLength(text, end);
    }
    return this.token('QuotedLit', index, end);
  }

  private scanHeredoc(index: number, mode: HeredocMode): number {
    const text = this.text;
    if (this.opensSequence(index)) return this.templateSequence(index);
    const newline = text.indexOf('\n', index);
    const lineEnd = newline === -1 ? text.length : newline;
    if (mode.startOfLine && text.slice(index, lineEnd).trim() === mode.marker) {
      if (newline === -1) {
        this.diagnostics.push(
          errorAt(
            this.source.rangeOf(index, lineEnd),
            'Unterminated template string',
            `No closing marker was found for the string: the marker "${mode.marker}" must be followed by a newline, and the file ends right after it.`
          )
        );
        // Closed here all the same, so the parser does not report the same string again.
        this.modes.pop();
        this.emit('CHeredoc', index, lineEnd);
        return text.length;
      }
      const markerEnd = text[newline - 1] === '\r' ? newline - 1 : newline;
      this.emit('CHeredoc', index, markerEnd);
      this.emit('Newline', markerEnd, newline + 1);
      this.modes.pop();
      return newline + 1;
    }
    const end = this.literalEnd(index, lineEnd);
    mode.startOfLine = end === lineEnd + 1;
    return this.token('StringLit', index, end);
  }

  private scanBare(index: number): number {
    if (this.opensSequence(index)) return this.templateSequence(index);
    const newline = this.text.indexOf('\n', index);
    return this.token(
      'StringLit',
      index,
      this.literalEnd(index, newline === -1 ? this.text.length : newline)
    );
  }

  /** Literal template text from `index` up to an interpolation or directive, or through the newline at `lineEnd`. */
  private literalEnd(index: number, lineEnd: number): number {
    let end = index;
    while (end < lineEnd && !this.opensSequence(end)) end += escapedSequenceLength(this.text, end);
    return end < lineEnd ? end : Math.min(lineEnd + 1, this.text.length);
  }

  private invalid(index: number): number {
    const char = String.fromCodePoint(this.text.codePointAt(index)!);
    const end = index + char.length;
    const range = this.source.rangeOf(index, end);
    const report = (summary: string, detail: string): void => {
      this.diagnostics.push(errorAt(range, summary, detail));
    };
    const told = this.told;
    switch (char) {
      case '&':
      case '|':
      case '^':
      case '~':
        if (told.bitwise++ < 4)
          report('Unsupported operator', `Bitwise operators are not supported.${BITWISE_HINTS[char] ?? ''}`);
        break;
      case "'":
        // Quotes come in pairs: one message for `'text'`, not two.
        if (told.apostrophe++ % 2 === 0)
          report(
            'Invalid character',
            'Single quotes are not valid. Use double quotes (") to enclose strings.'
          );
        break;
      case '`':
        if (told.backtick++ % 2 === 0)
          report(
            'Invalid character',
            'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".'
          );
        break;
      case ';':
        if (told.semicolon++ < 1)
          report(
            'Invalid character',
            'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.'
          );
        break;
      case '\u201c':
      case '\u201d':
        report(
          'Invalid character',
          '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".'
        );
        break;
      default:
        report(
          'Invalid character',
          `This character is not used within the language: found ${JSON.stringify(char)}.`
        );
    }
    return this.token('Invalid', index, end);
  }
}

/** How far a literal run goes at `index`: `$${` and `%%{` (escaped sequence openers) are taken whole. */
function escapedSequenceLength(text: string, index: number): number {
  const char = text[index];
  if ((char === '$' || char === '%') && text[index + 1] === char && text[index + 2] === '{') return 3;
  return 1;
}

/**
 * Where a number literal starting at `index` ends: digits, `.`, and an exponent with an optional sign,
 * never ending on a `.` (so `foo.0.bar` has the number `0`, and `1...` is `1` then `...`).
 */
function numberEnd(text: string, index: number): number {
  let at = index + 1;
  let lastGood = at;
  for (;;) {
    const code = text.charCodeAt(at);
    if (isDigit(code)) {
      at++;
      lastGood = at;
    } else if (code === 46 /* . */) {
      at++;
    } else if (code === 101 || code === 69 /* e E */) {
      const sign = text[at + 1] === '+' || text[at + 1] === '-' ? 1 : 0;
      if (!isDigit(text.charCodeAt(at + 1 + sign))) break;
      at += 2 + sign;
      lastGood = at;
    } else break;
  }
  return lastGood;
}
