// The expression language (hclsyntax's parser.go, expression half): precedence climbing over the spec's
// six binary levels, then terms and their postfix steps (`.attr`, `[key]`, `[*]`, `.*`), collection
// constructors and `for` expressions. Errors are worded as HCL words them; after one, the parser skips
// to the end of the enclosing bracket and keeps going.

import type { Range } from '../diagnostics.js';
import type {
  BinaryOperator,
  Expression,
  ObjectConsItem,
  SplatItemExpr,
  TemplateExpr,
  TraversalStep
} from './ast.js';
import { MAX_NESTING } from './limits.js';
import { parseTemplateTokens } from './parse-template.js';
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

const isKeyword = (token: Token, word: string): boolean => token.type === 'Ident' && token.text === word;

export class ExpressionParser {
  constructor(private readonly stream: TokenStream) {}

  private depth = 0;

  parseExpression(): Expression {
    return this.nested(() => this.parseConditional());
  }

  /** One level deeper; nesting deeper than any template needs is refused before it can exhaust the stack. */
  private nested(parse: () => Expression): Expression {
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
    return this.parseTraversals(this.parseTerm());
  }

  /** The postfix steps after a term: attributes, indexes, legacy `.0` indexes and splats. */
  private parseTraversals(from: Expression): Expression {
    const stream = this.stream;
    let result = from;
    for (;;) {
      const next = stream.peek();
      if (next.type === '.') {
        const dot = stream.read();
        const after = stream.peek();
        if (after.type === 'Ident') {
          stream.read();
          result = withStep(result, {
            kind: 'attr',
            name: after.text,
            range: rangeBetween(dot.range, after.range)
          });
        } else if (after.type === 'NumberLit') {
          stream.read();
          result = withStep(result, this.legacyIndex(dot, after, false));
        } else if (after.type === '*') {
          result = this.attributeSplat(from, result, dot, stream.read());
        } else {
          stream.error(
            after,
            'Invalid attribute name',
            `An attribute name is required after a dot; found ${describeToken(after)}.`
          );
          return { kind: 'invalid', range: rangeBetween(from.range, dot.range) };
        }
      } else if (next.type === '[') {
        result = this.index(from, result, stream.read());
      } else return result;
    }
  }

  /** `.0`, the index syntax HCL keeps from HIL; `.0.1` reads as the number 0.1 and is refused. */
  private legacyIndex(dot: Token, number: Token, inSplat: boolean): TraversalStep {
    const range = rangeBetween(dot.range, number.range);
    const point = number.text.indexOf('.');
    if (point >= 0) {
      const first = number.text.slice(0, point);
      const second = number.text.slice(point + 1);
      this.stream.error(
        number,
        'Invalid legacy index syntax',
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${inSplat ? ' with a full splat expression [*]' : ''} instead, like [${first}][${second}].`
      );
      return { kind: 'index', key: null, range, legacy: true };
    }
    return { kind: 'index', key: this.numberValue(number), range, legacy: true };
  }

  private attributeSplat(from: Expression, source: Expression, dot: Token, star: Token): Expression {
    const stream = this.stream;
    const markerRange = rangeBetween(dot.range, star.range);
    const item: SplatItemExpr = { kind: 'splatItem', range: markerRange };
    const steps: TraversalStep[] = [];
    let lastRange = star.range;
    while (stream.peek().type === '.') {
      const stepDot = stream.read();
      const after = stream.peek();
      if (after.type === 'NumberLit') {
        stream.read();
        steps.push(this.legacyIndex(stepDot, after, true));
        lastRange = after.range;
        continue;
      }
      if (after.type !== 'Ident') {
        if (!this.recovery) {
          if (after.type === '*')
            stream.error(
              after,
              'Nested splat expression not allowed',
              'A splat expression (*) cannot be used inside another attribute-only splat expression.'
            );
          else
            stream.error(
              after,
              'Invalid attribute name',
              `An attribute name is required after a dot; found ${describeToken(after)}.`
            );
        }
        stream.recovery = true;
        break;
      }
      stream.read();
      steps.push({ kind: 'attr', name: after.text, range: rangeBetween(stepDot.range, after.range) });
      lastRange = after.range;
    }
    const each: Expression =
      steps.length === 0
        ? item
        : { kind: 'relativeTraversal', source: item, steps, range: rangeBetween(steps[0]!.range, lastRange) };
    return {
      kind: 'splat',
      splat: 'attribute',
      source,
      each,
      item,
      markerRange,
      range: rangeBetween(from.range, lastRange)
    };
  }

  private index(from: Expression, collection: Expression, open: Token): Expression {
    const stream = this.stream;
    if (stream.peek().type === '*') {
      stream.read();
      let close = stream.read();
      if (close.type !== ']' && !this.recovery) {
        stream.error(
          close,
          'Missing close bracket on splat index',
          `The star for a full splat operator must be immediately followed by a closing bracket ("]"); found ${describeToken(close)}.`
        );
        close = stream.recover(']');
      }
      const markerRange = rangeBetween(open.range, close.range);
      const item: SplatItemExpr = { kind: 'splatItem', range: markerRange };
      // Every step after `[*]` applies to each element, splats included.
      const each = this.nested(() => this.parseTraversals(item));
      return {
        kind: 'splat',
        splat: 'full',
        source: collection,
        each,
        item,
        markerRange,
        range: rangeBetween(from.range, each.range)
      };
    }
    stream.pushNewlines(false);
    const before = this.errorCount();
    const key = this.parseExpression();
    let close: Token;
    if (this.recovery && this.errorCount() > before) close = stream.recover(']');
    else {
      close = stream.read();
      if (close.type !== ']' && !this.recovery) {
        stream.error(
          close,
          'Missing close bracket on index',
          `The index operator must end with a closing bracket ("]"); found ${describeToken(close)}.`
        );
        close = stream.recover(']');
      }
    }
    stream.popNewlines();
    const bracketRange = rangeBetween(open.range, close.range);
    const literal = literalKey(key);
    if (literal !== undefined)
      return withStep(collection, { kind: 'index', key: literal.value, range: bracketRange });
    return { kind: 'index', collection, key, bracketRange, range: rangeBetween(from.range, bracketRange) };
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
        if (after === '(' || after === '::') return this.functionCall(start);
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
        return this.tuple();
      case '{':
        return this.object();
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

  private numberValue(token: Token): number {
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
    const { parts } = parseTemplateTokens(stream, end, flush, () => this.parseExpression());
    return { kind: 'template', parts, range: rangeBetween(open.range, stream.prevRange()) };
  }

  private functionCall(nameToken: Token): Expression {
    const stream = this.stream;
    let open = stream.read();
    let name = nameToken.text;
    let nameRange = nameToken.range;
    while (open.type === '::') {
      const part = stream.read();
      if (part.type !== 'Ident') {
        stream.error(
          part,
          'Missing function name',
          'Function scope resolution symbol :: must be followed by a function name in this scope.'
        );
        stream.recoverOver('(');
        return { kind: 'invalid', range: rangeBetween(nameToken.range, part.range) };
      }
      name = `${name}::${part.text}`;
      nameRange = rangeBetween(nameToken.range, part.range);
      open = stream.read();
    }
    if (open.type !== '(') {
      stream.error(
        open,
        'Missing open parenthesis',
        'Function selector must be followed by an open parenthesis to begin the function call.'
      );
      stream.recoverOver('(');
      return { kind: 'invalid', range: rangeBetween(nameToken.range, open.range) };
    }

    const args: Expression[] = [];
    let expandFinal = false;
    let close: Token = open;
    stream.pushNewlines(false);
    for (;;) {
      if (stream.peek().type === ')') {
        close = stream.read();
        break;
      }
      const before = this.errorCount();
      args.push(this.parseExpression());
      if (this.recovery && this.errorCount() > before) {
        const recovered = stream.recover(')');
        if (recovered.type === ')') close = recovered;
        break;
      }
      const separator = stream.read();
      if (separator.type === ')') {
        close = separator;
        break;
      }
      if (separator.type === '...') {
        expandFinal = true;
        if (stream.peek().type !== ')') {
          if (!this.recovery)
            stream.error(
              separator,
              'Missing closing parenthesis',
              'An expanded function argument (with ...) must be immediately followed by closing parentheses.'
            );
          close = stream.recover(')');
        } else close = stream.read();
        break;
      }
      if (separator.type !== ',') {
        if (separator.type === 'EOF')
          stream.error(
            rangeBetween(nameToken.range, open.range),
            'Unterminated function call',
            'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.'
          );
        else
          stream.error(
            separator,
            'Missing argument separator',
            `A comma is required to separate each function argument from the next; found ${describeToken(separator)}.`
          );
        close = stream.recover(')');
        break;
      }
      if (stream.peek().type === ')') {
        close = stream.read();
        break;
      }
    }
    stream.popNewlines();
    return {
      kind: 'functionCall',
      name,
      nameRange,
      args,
      expandFinal,
      openParenRange: open.range,
      closeParenRange: close.range,
      range: rangeBetween(nameRange, close.range)
    };
  }

  private tuple(): Expression {
    const stream = this.stream;
    const open = stream.read();
    stream.pushNewlines(false);
    try {
      if (isKeyword(stream.peek(), 'for')) return this.forExpression(open);
      const items: Expression[] = [];
      let close: Token;
      for (;;) {
        if (stream.peek().type === ']') {
          close = stream.read();
          break;
        }
        const before = this.errorCount();
        items.push(this.parseExpression());
        if (this.recovery && this.errorCount() > before) {
          close = stream.recover(']');
          break;
        }
        const next = stream.peek();
        if (next.type === ']') {
          close = stream.read();
          break;
        }
        if (next.type !== ',') {
          if (!this.recovery) {
            if (next.type === 'EOF')
              stream.error(
                open,
                'Unterminated tuple constructor expression',
                'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.'
              );
            else
              stream.error(
                next,
                'Missing item separator',
                `Expected a comma to mark the beginning of the next item, but found ${describeToken(next)}.`
              );
          }
          close = stream.recover(']');
          break;
        }
        stream.read();
      }
      return { kind: 'tuple', items, range: rangeBetween(open.range, close.range) };
    } finally {
      stream.popNewlines();
    }
  }

  private object(): Expression {
    const stream = this.stream;
    const open = stream.read();
    // `for` may sit on the next line, so look past newlines for it.
    stream.pushNewlines(false);
    const isFor = isKeyword(stream.peek(), 'for');
    stream.popNewlines();
    if (isFor) {
      stream.pushNewlines(false);
      try {
        return this.forExpression(open);
      } finally {
        stream.popNewlines();
      }
    }

    stream.pushNewlines(true);
    const items: ObjectConsItem[] = [];
    let close: Token;
    try {
      for (;;) {
        const next = stream.peek();
        if (next.type === 'Newline') {
          stream.read();
          continue;
        }
        if (next.type === '}') {
          close = stream.read();
          break;
        }
        const forceNonLiteral = next.type === '(';
        const keyBefore = this.errorCount();
        const key = this.parseExpression();
        if (this.recovery && this.errorCount() > keyBefore) {
          close = stream.recover('}');
          break;
        }
        const separator = stream.peek();
        if (separator.type !== '=' && separator.type !== ':') {
          if (!this.recovery) this.reportMissingSeparator(open, separator);
          close = stream.recover('}');
          break;
        }
        stream.read();
        const valueBefore = this.errorCount();
        const value = this.parseExpression();
        items.push({ key, forceNonLiteral, value, range: rangeBetween(key.range, value.range) });
        if (this.recovery && this.errorCount() > valueBefore) {
          close = stream.recover('}');
          break;
        }
        const after = stream.peek();
        if (after.type === '}') {
          close = stream.read();
          break;
        }
        if (after.type !== ',' && after.type !== 'Newline') {
          if (!this.recovery) {
            if (after.type === 'EOF')
              stream.error(
                open,
                'Unterminated object constructor expression',
                'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.'
              );
            else
              stream.error(
                after,
                'Missing attribute separator',
                `Expected a newline or comma to mark the beginning of the next attribute, but found ${describeToken(after)}.`
              );
          }
          close = stream.recover('}');
          break;
        }
        stream.read();
      }
    } finally {
      stream.popNewlines();
    }
    return { kind: 'object', items, range: rangeBetween(open.range, close.range) };
  }

  private reportMissingSeparator(open: Token, found: Token): void {
    const stream = this.stream;
    switch (found.type) {
      case 'Newline':
      case ',':
        stream.error(
          found,
          'Missing attribute value',
          'Expected an attribute value, introduced by an equals sign ("=").'
        );
        return;
      case 'Ident':
        stream.error(
          found,
          'Missing key/value separator',
          'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.'
        );
        return;
      case 'EOF':
        stream.error(
          open,
          'Unterminated object constructor expression',
          'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.'
        );
        return;
      default:
        stream.error(
          found,
          'Missing key/value separator',
          `Expected an equals sign ("=") to mark the beginning of the attribute value, but found ${describeToken(found)}.`
        );
    }
  }

  /** After `[` or `{`, with `for` next. */
  private forExpression(open: Token): Expression {
    const stream = this.stream;
    stream.read(); // for
    const makeObject = open.type === '{';
    const closeType: TokenType = makeObject ? '}' : ']';
    const fail = (detail: string): Expression => {
      if (!this.recovery) stream.error(stream.peek(), "Invalid 'for' expression", detail);
      const close = stream.recover(closeType);
      return { kind: 'invalid', range: rangeBetween(open.range, close.range) };
    };

    if (stream.peek().type !== 'Ident') return fail("For expression requires variable name after 'for'.");
    let valueVar = stream.read().text;
    let keyVar: string | undefined;
    if (stream.peek().type === ',') {
      stream.read();
      keyVar = valueVar;
      if (stream.peek().type !== 'Ident')
        return fail('For expression requires value variable name after comma.');
      valueVar = stream.read().text;
    }
    if (!isKeyword(stream.peek(), 'in'))
      return fail("For expression requires the 'in' keyword after its name declarations.");
    stream.read();

    const failedSince = (before: number): boolean => this.recovery && this.errorCount() > before;
    const recovered = (): Expression => {
      const close = stream.recover(closeType);
      return { kind: 'invalid', range: rangeBetween(open.range, close.range) };
    };
    let before = this.errorCount();
    const collection = this.parseExpression();
    if (failedSince(before)) return recovered();
    if (stream.peek().type !== ':')
      return fail('For expression requires a colon after the collection expression.');
    stream.read();

    before = this.errorCount();
    let keyExpr: Expression | undefined;
    let valueExpr = this.parseExpression();
    if (stream.peek().type === '=>') {
      stream.read();
      keyExpr = valueExpr;
      valueExpr = this.parseExpression();
    }
    if (failedSince(before)) return recovered();

    let ellipsis: Token | undefined;
    if (stream.peek().type === '...') ellipsis = stream.read();

    let condition: Expression | undefined;
    if (isKeyword(stream.peek(), 'if')) {
      stream.read();
      before = this.errorCount();
      condition = this.parseExpression();
      if (failedSince(before)) return recovered();
    }

    let close: Token;
    if (stream.peek().type === closeType) close = stream.read();
    else {
      if (!this.recovery)
        stream.error(
          stream.peek(),
          "Invalid 'for' expression",
          `Extra characters after the end of the 'for' expression: found ${describeToken(stream.peek())}.`
        );
      close = stream.recover(closeType);
    }

    if (!makeObject) {
      if (keyExpr !== undefined)
        stream.error(
          keyExpr.range,
          "Invalid 'for' expression",
          'Key expression is not valid when building a tuple.'
        );
      if (ellipsis !== undefined)
        stream.error(
          ellipsis,
          "Invalid 'for' expression",
          'Grouping ellipsis (...) cannot be used when building a tuple.'
        );
    } else if (keyExpr === undefined) {
      stream.error(
        valueExpr.range,
        "Invalid 'for' expression",
        'Key expression is required when building an object.'
      );
    }

    return {
      kind: 'for',
      ...(keyVar === undefined ? {} : { keyVar }),
      valueVar,
      collection,
      ...(keyExpr === undefined ? {} : { keyExpr }),
      valueExpr,
      ...(condition === undefined ? {} : { condition }),
      group: ellipsis !== undefined,
      range: rangeBetween(open.range, close.range)
    };
  }
}

/** A step appended to a traversal, or a new relative traversal over any other expression. */
function withStep(expr: Expression, step: TraversalStep): Expression {
  const range: Range = rangeBetween(expr.range, step.range);
  if (expr.kind === 'scopeTraversal' || expr.kind === 'relativeTraversal') {
    // The traversal being extended is not kept anywhere else: its steps grow in place (a long chain
    // of steps stays linear).
    (expr.steps as TraversalStep[]).push(step);
    return { ...expr, range };
  }
  return { kind: 'relativeTraversal', source: expr, steps: [step], range };
}

/** The key of `[0]`, `["name"]`, `[true]`: a literal, or a template of plain text. */
function literalKey(key: Expression): { value: string | number | boolean | null } | undefined {
  if (key.kind === 'literal' && (key.value === null || typeof key.value !== 'object'))
    return { value: key.value };
  if (key.kind === 'template' && key.parts.length === 1 && key.parts[0]!.kind === 'text')
    return { value: key.parts[0]!.value };
  return undefined;
}
