// The subset of Go's text/template that Packer JSON templates use: actions holding a pipeline of function
// calls with string ("..." or `...`) and integer arguments, fields such as .SourceAMIName, parentheses and
// `|`. Control structures ({{if}}, {{range}}, variables) are refused with a clear message.
//
// A pipeline is turned into nested calls here (`a | f x` is f(x, a), as Go passes the piped value last),
// so evaluation only ever sees literals, fields and calls.

import { BuildAmiError } from '../errors.js';

export type Expr =
  | { readonly kind: 'literal'; readonly value: string | number }
  | { readonly kind: 'field'; readonly path: readonly string[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] };

export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'action'; readonly expr: Expr; readonly source: string };

/** A template string that cannot be parsed or evaluated; the caller adds the location. */
export class TemplateError extends BuildAmiError {
  constructor(details: { message: string; cause?: unknown }) {
    super(details.message, details);
  }
}

const UNSUPPORTED_KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'break',
  'continue',
  'nil',
  'true',
  'false'
]);

type Token =
  | {
      readonly kind: 'string' | 'number' | 'identifier';
      readonly text: string;
      readonly value: string | number;
    }
  | { readonly kind: 'field'; readonly text: string; readonly path: readonly string[] }
  | { readonly kind: '|' | '(' | ')'; readonly text: string };

/** Splits a string into literal text and actions. Strings without `{{` come back as one text segment. */
export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  let index = 0;
  let trimNextText = false;
  while (index < text.length) {
    const open = text.indexOf('{{', index);
    let literal = text.slice(index, open === -1 ? text.length : open);
    if (trimNextText) literal = literal.replace(/^\s+/, '');
    const trimBefore = open !== -1 && /^\{\{- /.test(text.slice(open));
    if (trimBefore) literal = literal.replace(/\s+$/, '');
    if (literal !== '') segments.push({ kind: 'text', text: literal });
    if (open === -1) break;

    const bodyStart = open + (trimBefore ? 3 : 2);
    const { tokens, end, trimAfter } = lexAction(text, bodyStart);
    trimNextText = trimAfter;
    const source = text.slice(open, end);
    index = end;
    if (tokens === 'comment') continue;
    segments.push({ kind: 'action', expr: new ActionParser(tokens, source).parse(), source });
  }
  return mergeText(segments);
}

function mergeText(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (segment.kind === 'text' && last?.kind === 'text') {
      merged[merged.length - 1] = { kind: 'text', text: last.text + segment.text };
    } else merged.push(segment);
  }
  return merged;
}

/** Reads the tokens of one action, up to and including its closing `}}` (or ` -}}`). */
function lexAction(
  text: string,
  start: number
): { tokens: Token[] | 'comment'; end: number; trimAfter: boolean } {
  const commentMatch = /^\s*\/\*[\s\S]*?\*\/\s*(-?)\}\}/.exec(text.slice(start));
  if (commentMatch !== null) {
    return { tokens: 'comment', end: start + commentMatch[0].length, trimAfter: commentMatch[1] === '-' };
  }
  const tokens: Token[] = [];
  let index = start;
  for (;;) {
    const rest = text.slice(index);
    const space = /^\s+/.exec(rest)?.[0] ?? '';
    if (/^\s-\}\}/.test(rest)) return { tokens, end: index + space.length + 3, trimAfter: true };
    index += space.length;
    const here = text.slice(index);
    if (here === '') throw new TemplateError({ message: 'unclosed action: "{{" has no matching "}}"' });
    if (here.startsWith('}}')) return { tokens, end: index + 2, trimAfter: false };
    const token = readToken(here);
    tokens.push(token);
    index += token.text.length;
  }
}

function readToken(text: string): Token {
  const char = text[0]!;
  if (char === '|' || char === '(' || char === ')') return { kind: char, text: char };
  if (char === '`') {
    const close = text.indexOf('`', 1);
    if (close === -1)
      throw new TemplateError({ message: 'unterminated raw string (missing closing backtick)' });
    return { kind: 'string', text: text.slice(0, close + 1), value: text.slice(1, close) };
  }
  if (char === '"') return readQuotedString(text);
  const number = /^-?[0-9][0-9_.eExXa-fA-F+]*/.exec(text)?.[0];
  if (number !== undefined) {
    if (!/^-?[0-9]+$/.test(number)) {
      throw new TemplateError({ message: `number ${number} is not supported here (only whole numbers)` });
    }
    return { kind: 'number', text: number, value: Number(number) };
  }
  const field = /^(\.[A-Za-z_][A-Za-z0-9_]*)+/.exec(text)?.[0];
  if (field !== undefined) return { kind: 'field', text: field, path: field.slice(1).split('.') };
  if (char === '.')
    throw new TemplateError({ message: '"." (the whole build data) cannot be printed; name a field' });
  if (char === '$') throw new TemplateError({ message: 'template variables ($name) are not supported' });
  const identifier = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text)?.[0];
  if (identifier !== undefined) {
    if (UNSUPPORTED_KEYWORDS.has(identifier)) {
      throw new TemplateError({ message: `"${identifier}" is not supported in Packer JSON templates here` });
    }
    return { kind: 'identifier', text: identifier, value: identifier };
  }
  throw new TemplateError({ message: `unexpected ${JSON.stringify(char)} in an action` });
}

const GO_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"'
};

function readQuotedString(text: string): Token {
  let value = '';
  let index = 1;
  for (;;) {
    const char = text[index];
    if (char === undefined || char === '\n') {
      throw new TemplateError({ message: 'unterminated quoted string' });
    }
    if (char === '"') return { kind: 'string', text: text.slice(0, index + 1), value };
    if (char !== '\\') {
      value += char;
      index++;
      continue;
    }
    const escape = text[index + 1] ?? '';
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(text.slice(index + 1));
    if (hex !== null) {
      value += String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16));
      index += 1 + hex[0].length;
    } else if (GO_ESCAPES[escape] !== undefined) {
      value += GO_ESCAPES[escape];
      index += 2;
    } else {
      throw new TemplateError({ message: `unknown escape sequence \\${escape} in a quoted string` });
    }
  }
}

/** How deep parentheses may nest in one {{ }} action. */
const MAX_PAREN_DEPTH = 1000;

class ActionParser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly source: string
  ) {}

  parse(): Expr {
    const expr = this.pipeline();
    const extra = this.tokens[this.index];
    if (extra !== undefined)
      throw new TemplateError({ message: `unexpected "${extra.text}" in ${this.source}` });
    return expr;
  }

  private pipeline(): Expr {
    let expr = this.command(undefined);
    while (this.tokens[this.index]?.kind === '|') {
      this.index++;
      expr = this.command(expr);
    }
    return expr;
  }

  /** One command; `piped` is the value of the commands before the `|`, which Go passes as the last argument. */
  private command(piped: Expr | undefined): Expr {
    const operands: { expr: Expr; isName: boolean }[] = [];
    for (;;) {
      const token = this.tokens[this.index];
      if (token === undefined || token.kind === '|' || token.kind === ')') break;
      operands.push(this.operand());
    }
    const [head, ...args] = operands;
    if (head === undefined)
      throw new TemplateError({ message: `missing value for command in ${this.source}` });
    if (!head.isName) {
      if (args.length > 0 || piped !== undefined) {
        throw new TemplateError({ message: `only a function can take arguments, in ${this.source}` });
      }
      return head.expr;
    }
    const name = (head.expr as { name: string }).name;
    return { kind: 'call', name, args: [...args.map(arg => arg.expr), ...(piped ? [piped] : [])] };
  }

  private operand(): { expr: Expr; isName: boolean } {
    const token = this.tokens[this.index]!;
    this.index++;
    switch (token.kind) {
      case 'string':
      case 'number':
        return { expr: { kind: 'literal', value: token.value }, isName: false };
      case 'field':
        return { expr: { kind: 'field', path: token.path }, isName: false };
      case 'identifier':
        // In argument position a bare function name is a call without arguments, as in Go.
        return { expr: { kind: 'call', name: String(token.value), args: [] }, isName: true };
      case '(': {
        // Parsing, folding and evaluating recurse once per level: bound it, as Go's text/template does.
        if (++this.depth > MAX_PAREN_DEPTH) {
          throw new TemplateError({
            message: `parentheses nested more than ${MAX_PAREN_DEPTH} levels deep in ${this.source}`
          });
        }
        const inner = this.pipeline();
        this.depth--;
        if (this.tokens[this.index]?.kind !== ')') {
          throw new TemplateError({ message: `unclosed parenthesis in ${this.source}` });
        }
        this.index++;
        return { expr: inner, isName: false };
      }
      default:
        throw new TemplateError({ message: `unexpected "${token.text}" in ${this.source}` });
    }
  }
}
