// `cond ? a : b`, as HCL evaluates it: both results are computed (their types must unify), but only the
// chosen one's errors count, so `length(l) > 0 ? l[0] : "none"` is fine for an empty list.

import type { ConditionalExpr } from '../syntax/ast.js';
import { rangeBetween } from '../syntax/source.js';
import { BOOL, convert, type HclType, type HclValue } from '../value.js';
import { describeMismatch, typeOfValue, unify } from '../unify.js';
import type { Evaluation } from './evaluation.js';
import { conversionMessage } from './traverse.js';
import { containsUnknown, UNKNOWN } from './unknown.js';

export function evaluateConditional(evaluation: Evaluation, expr: ConditionalExpr): HclValue {
  const whenTrue = evaluation.isolated(() => evaluation.value(expr.trueResult));
  const whenFalse = evaluation.isolated(() => evaluation.value(expr.falseResult));

  let resultType: HclType | undefined = { kind: 'any' };
  // A result that failed (wholly or inside) has no type to unify, as cty's unknowns have none.
  const typed = (value: HclValue): boolean => value !== null && !containsUnknown(value);
  if (typed(whenTrue.value) && typed(whenFalse.value)) {
    const trueType = typeOfValue(whenTrue.value);
    const falseType = typeOfValue(whenFalse.value);
    resultType = unify([trueType, falseType]);
    if (resultType === undefined) {
      evaluation.error(
        rangeBetween(expr.trueResult.range, expr.falseResult.range),
        'Inconsistent conditional result types',
        `The true and false result expressions must have consistent types. ${describeMismatch(trueType, falseType)}.`
      );
      return UNKNOWN;
    }
  }

  const condition = evaluation.value(expr.condition);
  if (condition === UNKNOWN) return UNKNOWN;
  if (condition === null) {
    evaluation.error(
      expr.condition.range,
      'Null condition',
      'The condition value is null. Conditions must either be true or false.'
    );
    return UNKNOWN;
  }
  let chosen: boolean;
  try {
    chosen = convert(condition, BOOL) as boolean;
  } catch {
    evaluation.error(
      expr.condition.range,
      'Incorrect condition type',
      'The condition expression must be of type bool.'
    );
    return UNKNOWN;
  }

  const result = chosen ? whenTrue : whenFalse;
  evaluation.report(result.diagnostics);
  if (result.value === UNKNOWN) return UNKNOWN;
  try {
    return convert(result.value, resultType);
  } catch (error) {
    evaluation.error(
      (chosen ? expr.trueResult : expr.falseResult).range,
      'Inconsistent conditional result types',
      `The ${chosen ? 'true' : 'false'} result value has the wrong type: ${conversionMessage(error)}.`
    );
    return UNKNOWN;
  }
}
