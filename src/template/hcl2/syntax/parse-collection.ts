// Collection constructors and `for` expressions: `[a, b]`, `{ key = value }` (items separated by commas
// or newlines; a bare name is a literal key, a parenthesized one an expression), and
// `[for k, v in coll : value if cond]` / `{for k, v in coll : key => value... if cond}`.

import type { Expression, ObjectConsItem } from './ast.js';
import { isKeyword, type ExpressionParsing } from './expression-parsing.js';
import { rangeBetween } from './source.js';
import { describeToken, type Token, type TokenType } from './tokens.js';

export function parseTuple(p: ExpressionParsing): Expression {
  const stream = p.stream;
  const open = stream.read();
  stream.pushNewlines(false);
  try {
    if (isKeyword(stream.peek(), 'for')) return forExpression(p, open);
    const items: Expression[] = [];
    let close: Token;
    for (;;) {
      if (stream.peek().type === ']') {
        close = stream.read();
        break;
      }
      const before = p.stream.diagnostics.length;
      items.push(p.parseExpression());
      if (p.stream.recovery && p.stream.diagnostics.length > before) {
        close = stream.recover(']');
        break;
      }
      const next = stream.peek();
      if (next.type === ']') {
        close = stream.read();
        break;
      }
      if (next.type !== ',') {
        if (!p.stream.recovery) {
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

export function parseObject(p: ExpressionParsing): Expression {
  const stream = p.stream;
  const open = stream.read();
  // `for` may sit on the next line, so look past newlines for it.
  stream.pushNewlines(false);
  const isFor = isKeyword(stream.peek(), 'for');
  stream.popNewlines();
  if (isFor) {
    stream.pushNewlines(false);
    try {
      return forExpression(p, open);
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
      const keyBefore = p.stream.diagnostics.length;
      const key = p.parseExpression();
      if (p.stream.recovery && p.stream.diagnostics.length > keyBefore) {
        close = stream.recover('}');
        break;
      }
      const separator = stream.peek();
      if (separator.type !== '=' && separator.type !== ':') {
        if (!p.stream.recovery) reportMissingSeparator(p, open, separator);
        close = stream.recover('}');
        break;
      }
      stream.read();
      const valueBefore = p.stream.diagnostics.length;
      const value = p.parseExpression();
      items.push({ key, forceNonLiteral, value, range: rangeBetween(key.range, value.range) });
      if (p.stream.recovery && p.stream.diagnostics.length > valueBefore) {
        close = stream.recover('}');
        break;
      }
      const after = stream.peek();
      if (after.type === '}') {
        close = stream.read();
        break;
      }
      if (after.type !== ',' && after.type !== 'Newline') {
        if (!p.stream.recovery) {
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

function reportMissingSeparator(p: ExpressionParsing, open: Token, found: Token): void {
  const stream = p.stream;
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
function forExpression(p: ExpressionParsing, open: Token): Expression {
  const stream = p.stream;
  stream.read(); // for
  const makeObject = open.type === '{';
  const closeType: TokenType = makeObject ? '}' : ']';
  const fail = (detail: string): Expression => {
    if (!p.stream.recovery) stream.error(stream.peek(), "Invalid 'for' expression", detail);
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

  const failedSince = (before: number): boolean => p.stream.recovery && p.stream.diagnostics.length > before;
  const recovered = (): Expression => {
    const close = stream.recover(closeType);
    return { kind: 'invalid', range: rangeBetween(open.range, close.range) };
  };
  let before = p.stream.diagnostics.length;
  const collection = p.parseExpression();
  if (failedSince(before)) return recovered();
  if (stream.peek().type !== ':')
    return fail('For expression requires a colon after the collection expression.');
  stream.read();

  before = p.stream.diagnostics.length;
  let keyExpr: Expression | undefined;
  let valueExpr = p.parseExpression();
  if (stream.peek().type === '=>') {
    stream.read();
    keyExpr = valueExpr;
    valueExpr = p.parseExpression();
  }
  if (failedSince(before)) return recovered();

  let ellipsis: Token | undefined;
  if (stream.peek().type === '...') ellipsis = stream.read();

  let condition: Expression | undefined;
  if (isKeyword(stream.peek(), 'if')) {
    stream.read();
    before = p.stream.diagnostics.length;
    condition = p.parseExpression();
    if (failedSince(before)) return recovered();
  }

  let close: Token;
  if (stream.peek().type === closeType) close = stream.read();
  else {
    if (!p.stream.recovery)
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
