// Binary and unary operators with HCL's operand conversions: arithmetic and ordering convert both sides to
// numbers (`"5" + 1` is 6), `&&` `||` `!` to bools, `==` `!=` compare any two values deeply and by type.
// Both sides are always evaluated; as in HCL, a known `true ||` or `false &&` decides the result even
// when the other side failed.

import type { Diagnostic } from '../diagnostics.js';
import type { BinaryOpExpr, Expression, UnaryOpExpr } from '../syntax/ast.js';
import { BOOL, convert, NUMBER, valuesEqual, type HclType, type HclValue } from '../value.js';
import type { Evaluation } from './evaluation.js';
import { conversionMessage } from './traverse.js';
import { containsUnknown, UNKNOWN } from './unknown.js';

const ARITHMETIC: Readonly<Record<string, (a: number, b: number) => number | undefined>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (a === 0 && b === 0 ? undefined : a / b),
  // cty: x % 0 is x; the remainder keeps the dividend's sign, as in JavaScript.
  '%': (a, b) => (b === 0 ? a : a % b)
};

const COMPARISON: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b
};

export function evaluateBinary(evaluation: Evaluation, expr: BinaryOpExpr): HclValue {
  const { op } = expr;
  if (op === '==' || op === '!=') return equality(evaluation, expr);

  const type = op === '&&' || op === '||' ? BOOL : NUMBER;
  const left = evaluation.isolated(() => evaluation.value(expr.lhs));
  const right = evaluation.isolated(() => evaluation.value(expr.rhs));
  const conversionErrors: Diagnostic[] = [];
  const lhs = operand({ expr: expr.lhs, value: left.value, side: 'left' }, type, conversionErrors);
  const rhs = operand({ expr: expr.rhs, value: right.value, side: 'right' }, type, conversionErrors);
  if (conversionErrors.length > 0) {
    evaluation.report([...conversionErrors, ...left.diagnostics, ...right.diagnostics]);
    return UNKNOWN;
  }

  if (op === '||' || op === '&&') {
    const decisive = op === '||';
    if (lhs === decisive) return report(evaluation, left.diagnostics, decisive);
    if (rhs === decisive) return report(evaluation, right.diagnostics, decisive);
  }
  evaluation.report([...left.diagnostics, ...right.diagnostics]);
  if (lhs === UNKNOWN || rhs === UNKNOWN) return UNKNOWN;
  if (lhs === null || rhs === null) {
    evaluation.error(expr.range, 'Operation failed', 'Error during operation: argument must not be null.');
    return UNKNOWN;
  }
  if (op === '||') return lhs || rhs;
  if (op === '&&') return lhs && rhs;
  const comparison = COMPARISON[op];
  if (comparison !== undefined) return comparison(lhs as number, rhs as number);
  const result = ARITHMETIC[op]!(lhs as number, rhs as number);
  if (result === undefined || Number.isNaN(result)) {
    evaluation.error(
      expr.range,
      'Operation failed',
      `Error during operation: ${op === '/' ? "can't divide zero by zero or infinity by infinity" : "can't use modulo with zero and infinity"}.`
    );
    return UNKNOWN;
  }
  return result;
}

function report(evaluation: Evaluation, diagnostics: readonly Diagnostic[], value: HclValue): HclValue {
  evaluation.report(diagnostics);
  return value;
}

function equality(evaluation: Evaluation, expr: BinaryOpExpr): HclValue {
  const mark = evaluation.mark();
  const lhs = evaluation.value(expr.lhs);
  const rhs = evaluation.value(expr.rhs);
  if (evaluation.errorsSince(mark) || containsUnknown(lhs) || containsUnknown(rhs)) return UNKNOWN;
  const equal = valuesEqual(lhs, rhs);
  return expr.op === '==' ? equal : !equal;
}

/** An operand converted to the operator's type; a failure is collected, not reported yet. */
function operand(
  {
    expr,
    value,
    side
  }: { readonly expr: Expression; readonly value: HclValue; readonly side: 'left' | 'right' },
  type: HclType,
  errors: Diagnostic[]
): HclValue {
  if (value === UNKNOWN) return UNKNOWN;
  try {
    return convert(value, type);
  } catch (error) {
    errors.push({
      severity: 'error',
      summary: 'Invalid operand',
      detail: `Unsuitable value for ${side} operand: ${conversionMessage(error)}.`,
      range: expr.range
    });
    return UNKNOWN;
  }
}

export function evaluateUnary(evaluation: Evaluation, expr: UnaryOpExpr): HclValue {
  const given = evaluation.value(expr.operand);
  if (given === UNKNOWN) return UNKNOWN;
  let value: HclValue;
  try {
    value = convert(given, expr.op === '!' ? BOOL : NUMBER);
  } catch (error) {
    evaluation.error(
      expr.operand.range,
      'Invalid operand',
      `Unsuitable value for unary operand: ${conversionMessage(error)}.`
    );
    return UNKNOWN;
  }
  if (value === null) {
    evaluation.error(expr.range, 'Operation failed', 'Error during operation: argument must not be null.');
    return UNKNOWN;
  }
  return expr.op === '!' ? !value : -(value as number);
}
