// The postfix steps after a term (hclsyntax's parseExpressionTraversals): `.attr`, `[key]`, the legacy
// `.0`, and the splats `[*]` (every later step applies to each element) and `.*` (only the `.attr` steps
// right after it do). A literal key makes a traversal step; a computed one an index expression.

import type { Range } from '../diagnostics.js';
import type { Expression, SplatItemExpr, TraversalStep } from './ast.js';
import type { ExpressionParsing } from './expression-parsing.js';
import { rangeBetween } from './source.js';
import { describeToken, type Token } from './tokens.js';

/** The steps read so far: the term they started at (for ranges), and the expression they make. */
interface Chain {
  readonly from: Expression;
  readonly current: Expression;
}

/** The postfix steps after a term: attributes, indexes, legacy `.0` indexes and splats. */
export function parseTraversals(p: ExpressionParsing, from: Expression): Expression {
  const stream = p.stream;
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
        result = withStep(result, legacyIndex(p, dot, false));
      } else if (after.type === '*') {
        result = attributeSplat(p, { from, current: result }, dot);
      } else {
        stream.error(
          after,
          'Invalid attribute name',
          `An attribute name is required after a dot; found ${describeToken(after)}.`
        );
        return { kind: 'invalid', range: rangeBetween(from.range, dot.range) };
      }
    } else if (next.type === '[') {
      result = index(p, { from, current: result });
    } else return result;
  }
}

/** `.0` (the number is next), the index syntax HCL keeps from HIL; `.0.1` reads as 0.1 and is refused. */
function legacyIndex(p: ExpressionParsing, dot: Token, inSplat: boolean): TraversalStep {
  const number = p.stream.read();
  const range = rangeBetween(dot.range, number.range);
  const point = number.text.indexOf('.');
  if (point >= 0) {
    const first = number.text.slice(0, point);
    const second = number.text.slice(point + 1);
    p.stream.error(
      number,
      'Invalid legacy index syntax',
      `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${inSplat ? ' with a full splat expression [*]' : ''} instead, like [${first}][${second}].`
    );
    return { kind: 'index', key: null, range, legacy: true };
  }
  return { kind: 'index', key: p.numberValue(number), range, legacy: true };
}

/** `.*` (the star is next) and the `.attr` steps after it. */
function attributeSplat(p: ExpressionParsing, chain: Chain, dot: Token): Expression {
  const stream = p.stream;
  const star = stream.read();
  const markerRange = rangeBetween(dot.range, star.range);
  const item: SplatItemExpr = { kind: 'splatItem', range: markerRange };
  const steps: TraversalStep[] = [];
  let lastRange = star.range;
  while (stream.peek().type === '.') {
    const stepDot = stream.read();
    const after = stream.peek();
    if (after.type === 'NumberLit') {
      steps.push(legacyIndex(p, stepDot, true));
      lastRange = after.range;
      continue;
    }
    if (after.type !== 'Ident') {
      if (!p.stream.recovery) {
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
    source: chain.current,
    each,
    item,
    markerRange,
    range: rangeBetween(chain.from.range, lastRange)
  };
}

/** `[*]` and the steps after it, or `[key]` (the bracket is next). */
function index(p: ExpressionParsing, chain: Chain): Expression {
  const stream = p.stream;
  const open = stream.read();
  const { from, current: collection } = chain;
  if (stream.peek().type === '*') {
    stream.read();
    let close = stream.read();
    if (close.type !== ']' && !p.stream.recovery) {
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
    const each = p.nested(() => parseTraversals(p, item));
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
  const before = p.stream.diagnostics.length;
  const key = p.parseExpression();
  let close: Token;
  if (p.stream.recovery && p.stream.diagnostics.length > before) close = stream.recover(']');
  else {
    close = stream.read();
    if (close.type !== ']' && !p.stream.recovery) {
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
