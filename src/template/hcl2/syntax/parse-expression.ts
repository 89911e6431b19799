// The expression language (hclsyntax's parser.go, expression half): the conditional, precedence climbing
// over the spec's six binary levels, unary operators, and terms; postfix steps, calls and collections
// have modules of their own. Errors are worded as HCL words them; after one, the parser skips to the end
// of the enclosing bracket and keeps going.

import type { BinaryOperator, Expression, TemplateExpr } from './ast.js';
import type { ExpressionParsing } from './expression-parsing.js';
import { MAX_NESTING } from './limits.js';
import { parseFunctionCall } from './parse-call.js';
import { parseObject, parseTuple } from './parse-collection.js';
import { parseTemplateTokens } from './parse-template.js';
import { parseTraversals } from './parse-traversal.js';
import { rangeBetween } from './source.js';
import type { TokenStream } from './token-stream.js';
import { describeToken, type Token, type TokenType } from './tokens.js';

/** The binary operators by precedence level, loosest first (spec: `||` is 1, `* / %` are 6). */
const LEVELS: readonly ReadonlySet<TokenType>[] = [
  new Set(['||']),
  new Set(['&&']),
  new Set(['==', '!=']),
  new Set(['>', '>=', '<', '<=']),
  new Set(['+', '-']),
  new Set(['*', '/', '%'])
];

const NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

export class ExpressionParser implements ExpressionParsing {
  constructor(readonly stream: TokenStream) {}

  private depth = 0;

  parseExpression(): Expression {
    return this.nested(() => this.parseConditional());
  }

  /** One level deeper; nesting deeper than any template needs is refused before it can exhaust the stack. */
  nested(parse: () => Expression): Expression {
    if (this.depth >= MAX_NESTING) {
      const at = this.stream.peek();
      if (!this.recovery)
        this.stream.error(
          at,
          'Expression too deeply nested',
          `Expressions may be nested at most ${MAX_NESTING} levels deep.`
        );
      this.stream.recovery = true;
      return { kind: 'invalid', range: at.range };
    }
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private get recovery(): boolean {
    return this.stream.recovery;
  }

  /** Counts the errors so far, to tell whether a sub-parse reported one. */
  private errorCount(): number {
    return this.stream.diagnostics.length;
  }

  private parseConditional(): Expression {
    const stream = this.stream;
    const before = this.errorCount();
    const condition = this.parseBinary(0);
    if (this.recovery && this.errorCount() > before) return condition;
    if (stream.peek().type !== '?') return condition;
    stream.read();
    const trueBefore = this.errorCount();
    const trueResult = this.parseExpression();
    if (this.recovery && this.errorCount() > trueBefore) return condition;
    const colon = stream.peek();
    if (colon.type !== ':') {
      stream.error(
        colon,
        'Missing false expression in conditional',
        `The conditional operator (...?...:...) requires a false expression, delimited by a colon; found ${describeToken(colon)}.`
      );
      return condition;
    }
    stream.read();
    const falseBefore = this.errorCount();
    const falseResult = this.parseExpression();
    if (this.recovery && this.errorCount() > falseBefore) return condition;
    return {
      kind: 'conditional',
      condition,
      trueResult,
      falseResult,
      range: rangeBetween(condition.range, falseResult.range)
    };
  }

  private parseBinary(level: number): Expression {
    if (level === LEVELS.length) return this.parseTermWithTraversals();
    const operators = LEVELS[level]!;
    const before = this.errorCount();
    let lhs = this.parseBinary(level + 1);
    if (this.recovery && this.errorCount() > before) return lhs;
    for (;;) {
      const next = this.stream.peek();
      if (!operators.has(next.type)) return lhs;
      this.stream.read();
      const rhsBefore = this.errorCount();
      const rhs = this.parseBinary(level + 1);
      if (this.recovery && this.errorCount() > rhsBefore) return lhs;
      lhs = {
        kind: 'binaryOp',
        op: next.type as BinaryOperator,
        lhs,
        rhs,
        range: rangeBetween(lhs.range, rhs.range)
      };
    }
  }

  private parseTermWithTraversals(): Expression {
    return parseTraversals(this, this.parseTerm());
  }

  private parseTerm(): Expression {
    const stream = this.stream;
    const start = stream.peek();
    switch (start.type) {
      case '(':
        return this.parentheses();
      case 'NumberLit':
        stream.read();
        return { kind: 'literal', value: this.numberValue(start), range: start.range };
      case 'Ident': {
        stream.read();
        const after = stream.peek().type;
        if (after === '(' || after === '::') return parseFunctionCall(this, start);
        if (start.text === 'true' || start.text === 'false' || start.text === 'null')
          return {
            kind: 'literal',
            value: start.text === 'null' ? null : start.text === 'true',
            range: start.range
          };
        return {
          kind: 'scopeTraversal',
          root: start.text,
          rootRange: start.range,
          steps: [],
          range: start.range
        };
      }
      case 'OQuote':
      case 'OHeredoc':
        return this.template();
      case '-':
      case '!': {
        stream.read();
        // Only the term and its steps: `-46+5` is (-46)+5.
        const operand = this.nested(() => this.parseTermWithTraversals());
        return {
          kind: 'unaryOp',
          op: start.type,
          operand,
          symbolRange: start.range,
          range: rangeBetween(start.range, operand.range)
        };
      }
      case '[':
        return parseTuple(this);
      case '{':
        return parseObject(this);
      default:
        if (!this.recovery) {
          if (start.type === 'EOF')
            stream.error(
              start,
              'Missing expression',
              'Expected the start of an expression, but found the end of the file.'
            );
          else
            stream.error(
              start,
              'Invalid expression',
              `Expected the start of an expression, but found ${describeToken(start)}.`
            );
        }
        stream.recovery = true;
        return { kind: 'invalid', range: start.range };
    }
  }

  private parentheses(): Expression {
    const stream = this.stream;
    const open = stream.read();
    stream.pushNewlines(false);
    const before = this.errorCount();
    const expr = this.parseExpression();
    if (this.errorCount() > before) {
      stream.recover(')');
      stream.popNewlines();
      return expr;
    }
    const close = stream.peek();
    if (close.type !== ')') {
      stream.error(
        close,
        'Unbalanced parentheses',
        `Expected a closing parenthesis to terminate the expression, but found ${describeToken(close)}.`
      );
    }
    const closing = stream.read();
    stream.popNewlines();
    return { kind: 'parentheses', expr, range: rangeBetween(open.range, closing.range) };
  }

  numberValue(token: Token): number {
    if (!NUMBER.test(token.text)) {
      this.stream.error(
        token,
        'Invalid number literal',
        `Failed to recognize the value of this number literal: ${token.text} is not a decimal number.`
      );
      return 0;
    }
    return Number(token.text);
  }

  private template(): TemplateExpr {
    const stream = this.stream;
    const open = stream.read();
    const end = open.type === 'OQuote' ? 'CQuote' : 'CHeredoc';
    const flush = open.type === 'OHeredoc' && open.text.startsWith('<<-');
    const { parts } = parseTemplateTokens(stream, { end, flush }, () => this.parseExpression());
    return { kind: 'template', parts, range: rangeBetween(open.range, stream.prevRange()) };
  }
}
