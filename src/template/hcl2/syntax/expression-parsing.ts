// What the parts of the expression parser share: the token stream, a way back into the full
// expression grammar (for an argument, an element, a key), and the nesting guard.

import type { Expression } from './ast.js';
import type { TokenStream } from './token-stream.js';
import type { Token } from './tokens.js';

export interface ExpressionParsing {
  readonly stream: TokenStream;
  parseExpression(): Expression;
  /** Runs a parse one level deeper; past the nesting limit it is refused with a diagnostic. */
  nested(parse: () => Expression): Expression;
  /** A number literal's value (reported when malformed). */
  numberValue(token: Token): number;
}

export const isKeyword = (token: Token, word: string): boolean =>
  token.type === 'Ident' && token.text === word;
