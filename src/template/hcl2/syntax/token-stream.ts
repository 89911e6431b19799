// The parser's view of the tokens (hclsyntax's peeker): one token of lookahead, newlines seen or skipped
// depending on where we are (inside brackets and parentheses they are only spacing), and the recovery
// moves that skip past a broken construct so parsing can go on and report the next mistake too.

import { errorAt, type Diagnostic, type Range } from '../diagnostics.js';
import type { PositionedText } from './source.js';
import { OPPOSITE, type Token, type TokenType } from './tokens.js';

export class TokenStream {
  private next = 0;
  private readonly includeNewlines: boolean[] = [true];
  /**
   * Set once a construct could not be parsed and the position was moved by guesswork: errors that would
   * only be echoes of the first one are held back until the next body item starts afresh.
   */
  recovery = false;
  /** Blocks open around the current position: a `}` at depth > 0 closes one, and recovery stops before it. */
  blockDepth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    readonly source: PositionedText,
    readonly diagnostics: Diagnostic[]
  ) {}

  peek(): Token {
    return this.tokens[this.scan()]!;
  }

  read(): Token {
    const index = this.scan();
    const token = this.tokens[index]!;
    if (token.type !== 'EOF') this.next = index + 1;
    return token;
  }

  /** The range of the last token read. */
  prevRange(): Range {
    return this.tokens[Math.max(this.next - 1, 0)]!.range;
  }

  pushNewlines(include: boolean): void {
    this.includeNewlines.push(include);
  }

  popNewlines(): void {
    this.includeNewlines.pop();
  }

  /**
   * Reports an error, unless it is about a character the lexer already reported as invalid: one
   * message per mistake. Either way the stream is in recovery afterwards.
   */
  error(at: Token | Range, summary: string, detail: string): void {
    const token = 'type' in at ? at : undefined;
    if (token?.type !== 'Invalid')
      this.diagnostics.push(errorAt(token?.range ?? (at as Range), summary, detail));
    this.recovery = true;
  }

  /** Skips to just past the `end` token that balances the current construct (or to the end of the file). */
  recover(end: TokenType): Token {
    const start = OPPOSITE[end];
    this.recovery = true;
    let nesting = 0;
    for (;;) {
      const token = this.read();
      let type = token.type;
      // `%{` and `${` both close with the same token.
      if (end === 'TemplateSeqEnd' && type === 'TemplateControl') type = 'TemplateInterp';
      if (type === 'EOF') return token;
      if (type === start) nesting++;
      else if (type === end) {
        if (nesting === 0) return token;
        nesting--;
      }
    }
  }

  /** Skips to the next `start` token, then past the one balancing it. */
  recoverOver(start: TokenType): void {
    for (;;) {
      const token = this.read();
      if (token.type === start || token.type === 'EOF') break;
    }
    this.recover(OPPOSITE[start]!);
  }

  /**
   * Skips the rest of a broken attribute or block: to the end of its line, stepping over anything
   * bracketed (which may span lines). Inside a block it stops before a `}` that closes the block, so the
   * block still ends where it was meant to.
   */
  recoverAfterBodyItem(opened?: TokenType): void {
    this.recovery = true;
    // A broken item that starts with a bracket skips to the end of the bracketed group, however long.
    const open: TokenType[] = opened === undefined ? [] : [opened];
    this.pushNewlines(true);
    for (;;) {
      const token = this.peek();
      if (token.type === 'EOF') break;
      if (token.type === 'Newline' && open.length === 0) {
        this.read();
        break;
      }
      if (token.type === '}' && open.length === 0 && this.blockDepth > 0) break;
      this.read();
      switch (token.type) {
        case '{':
        case '[':
        case '(':
        case 'OQuote':
        case 'OHeredoc':
        case 'TemplateInterp':
        case 'TemplateControl':
          open.push(token.type);
          break;
        case '}':
        case ']':
        case ')':
        case 'CQuote':
        case 'CHeredoc':
        case 'QuotedNewline': {
          const opener = token.type === 'QuotedNewline' ? 'OQuote' : OPPOSITE[token.type];
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          open.pop();
          break;
        }
        case 'TemplateSeqEnd':
          while (
            open.length > 0 &&
            open[open.length - 1] !== 'TemplateInterp' &&
            open[open.length - 1] !== 'TemplateControl'
          )
            open.pop();
          open.pop();
          break;
        default:
          break;
      }
    }
    this.popNewlines();
  }

  /** The next token that is not a newline, without consuming anything. */
  peekPastNewlines(): Token {
    this.pushNewlines(false);
    const token = this.peek();
    this.popNewlines();
    return token;
  }

  private scan(): number {
    let index = this.next;
    if (!this.includeNewlines[this.includeNewlines.length - 1]) {
      while (this.tokens[index]!.type === 'Newline') index++;
    }
    return index;
  }
}
