// The tokens of HCL's native syntax, as hclsyntax's scanner produces them. Comments are not tokens: a
// line comment leaves the newline that ends it (it counts as one), an inline comment leaves nothing.

import type { Range } from '../diagnostics.js';

export type TokenType =
  | '{'
  | '}'
  | '['
  | ']'
  | '('
  | ')'
  | '*'
  | '/'
  | '+'
  | '-'
  | '%'
  | '='
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '&&'
  | '||'
  | '!'
  | '.'
  | ','
  | '::'
  | '...'
  | '=>'
  | '?'
  | ':'
  /** `"` opening a quoted template; `CQuote` closes it. */
  | 'OQuote'
  | 'CQuote'
  /** `<<EOT` or `<<-EOT` and its newline; `CHeredoc` is the closing marker line (without its newline). */
  | 'OHeredoc'
  | 'CHeredoc'
  /** `${` or `${~` */
  | 'TemplateInterp'
  /** `%{` or `%{~` */
  | 'TemplateControl'
  /** `}` or `~}` closing an interpolation or a directive. */
  | 'TemplateSeqEnd'
  /** Literal text of a quoted template: may hold backslash escapes. */
  | 'QuotedLit'
  /** Literal text of a heredoc or a template file: no backslash escapes; one token per line at most. */
  | 'StringLit'
  | 'NumberLit'
  | 'Ident'
  | 'Newline'
  | 'EOF'
  /** A line break inside a quoted string: the string ends there (reported as an error). */
  | 'QuotedNewline'
  /** A character the language does not use; the lexer has reported it already. */
  | 'Invalid';

export interface Token {
  readonly type: TokenType;
  /** The token's text as written. */
  readonly text: string;
  readonly range: Range;
  /** Offsets into the scanned text (for literal tokens, whose escapes are decoded later). */
  readonly start: number;
  readonly end: number;
}

/** Bracketing token types, each with its opposite, for recovery that skips nested pairs. */
export const OPPOSITE: Partial<Record<TokenType, TokenType>> = {
  '{': '}',
  '}': '{',
  '[': ']',
  ']': '[',
  '(': ')',
  ')': '(',
  OQuote: 'CQuote',
  CQuote: 'OQuote',
  OHeredoc: 'CHeredoc',
  CHeredoc: 'OHeredoc',
  TemplateInterp: 'TemplateSeqEnd',
  TemplateControl: 'TemplateSeqEnd',
  TemplateSeqEnd: 'TemplateInterp'
};

/** How a token reads in "found ..." messages. */
export function describeToken(token: Token): string {
  switch (token.type) {
    case 'EOF':
      return 'the end of the file';
    case 'Newline':
      return 'a newline';
    case 'Ident':
      return `"${token.text}"`;
    case 'NumberLit':
      return `the number ${token.text}`;
    case 'OQuote':
      return 'a quoted string';
    case 'OHeredoc':
      return 'a heredoc';
    case 'QuotedNewline':
      return 'the end of the line inside a quoted string';
    default:
      return `"${token.text.trim()}"`;
  }
}
