// Splats: `list[*].name` and `list.*.name` apply the steps after the marker to every element. A value that
// is not a list is treated as a list of itself, and null as an empty list (so `var.maybe[*]` is [] or [x]).

import type { SplatExpr } from '../syntax/ast.js';
import { isList, type HclValue } from '../value.js';
import type { Evaluation } from './evaluation.js';
import { UNKNOWN } from './unknown.js';

export function evaluateSplat(evaluation: Evaluation, expr: SplatExpr): HclValue {
  const source = evaluation.value(expr.source);
  if (source === UNKNOWN) return UNKNOWN;
  if (source === null) return [];
  const elements = isList(source) ? source : [source];
  const mark = evaluation.mark();
  const results = elements.map(element =>
    evaluation.withSplatItem(expr.item, element, () => evaluation.value(expr.each))
  );
  return evaluation.errorsSince(mark) ? UNKNOWN : results;
}
