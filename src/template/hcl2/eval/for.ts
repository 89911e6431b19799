// `for` expressions: `[for i, v in coll : expr if cond]` makes a tuple, `{for k, v in coll : key => value}`
// an object (`...` after the value groups duplicates into tuples). Lists are visited in order with their
// index as key; objects in cty's order (lexical by key) with the key.

import type { Range } from '../diagnostics.js';
import type { Expression, ForExpr } from '../syntax/ast.js';
import {
  BOOL,
  convert,
  entriesOf,
  isList,
  isObject,
  objectOf,
  STRING,
  typeName,
  type HclValue
} from '../value.js';
import type { Evaluation } from './evaluation.js';
import { conversionMessage } from './traverse.js';
import { UNKNOWN } from './unknown.js';

/** The key/value pairs to visit, or undefined when the collection cannot be iterated (reported). */
export function iterationEntries(
  evaluation: Evaluation,
  collection: HclValue,
  range: Range
): (readonly [HclValue, HclValue])[] | undefined {
  if (collection === UNKNOWN) return undefined;
  if (collection === null) {
    evaluation.error(
      range,
      'Iteration over null value',
      "A null value cannot be used as the collection in a 'for' expression."
    );
    return undefined;
  }
  if (isList(collection)) return collection.map((value, index) => [index, value] as const);
  if (isObject(collection)) return entriesOf(collection);
  evaluation.error(
    range,
    'Iteration over non-iterable value',
    `A value of type ${typeName(collection)} cannot be used as the collection in a 'for' expression.`
  );
  return undefined;
}

/** The variables one iteration sees. */
export function iterationScope(
  { keyVar, valueVar }: { readonly keyVar?: string; readonly valueVar: string },
  key: HclValue,
  value: HclValue
): Record<string, HclValue> {
  return keyVar === undefined ? { [valueVar]: value } : { [keyVar]: key, [valueVar]: value };
}

export function evaluateFor(evaluation: Evaluation, expr: ForExpr): HclValue {
  const entries = iterationEntries(evaluation, evaluation.value(expr.collection), expr.collection.range);
  if (entries === undefined) return UNKNOWN;

  const items: HclValue[] = [];
  const object = new Map<string, HclValue>();
  const groups = new Map<string, HclValue[]>();
  let known = true;
  for (const [key, value] of entries) {
    evaluation.inScope(iterationScope(expr, key, value), () => {
      const include = condition(evaluation, expr.condition, known);
      if (include === undefined) known = false;
      if (include !== true) return;
      if (expr.keyExpr === undefined) {
        items.push(evaluation.value(expr.valueExpr));
        return;
      }
      const name = objectKey(evaluation, expr.keyExpr, known);
      if (name === undefined) {
        known = false;
        return;
      }
      const item = evaluation.value(expr.valueExpr);
      if (expr.group) {
        const group = groups.get(name);
        if (group === undefined) groups.set(name, [item]);
        else group.push(item);
      } else if (object.has(name))
        evaluation.error(
          expr.keyExpr.range,
          'Duplicate object key',
          `Two different items produced the key "${name}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`
        );
      else object.set(name, item);
    });
  }
  if (!known) return UNKNOWN;
  if (expr.keyExpr === undefined) return items;
  return objectOf(expr.group ? groups : object);
}

/** The `if` clause's verdict: true, false, or undefined when it failed (reported the first time only). */
function condition(
  evaluation: Evaluation,
  expr: Expression | undefined,
  report: boolean
): boolean | undefined {
  if (expr === undefined) return true;
  const value = evaluation.value(expr);
  if (value === UNKNOWN) return undefined;
  if (value === null) {
    if (report)
      evaluation.error(
        expr.range,
        "Invalid 'for' condition",
        "The value of the 'if' clause must not be null."
      );
    return undefined;
  }
  try {
    return convert(value, BOOL) as boolean;
  } catch (error) {
    if (report)
      evaluation.error(
        expr.range,
        "Invalid 'for' condition",
        `The 'if' clause value is invalid: ${conversionMessage(error)}.`
      );
    return undefined;
  }
}

function objectKey(evaluation: Evaluation, expr: Expression, report: boolean): string | undefined {
  const value = evaluation.value(expr);
  if (value === UNKNOWN) return undefined;
  if (value === null) {
    if (report)
      evaluation.error(
        expr.range,
        'Invalid object key',
        "Key expression in 'for' expression must not produce a null value."
      );
    return undefined;
  }
  try {
    return convert(value, STRING) as string;
  } catch (error) {
    if (report)
      evaluation.error(
        expr.range,
        'Invalid object key',
        `The key expression produced an invalid result: ${conversionMessage(error)}.`
      );
    return undefined;
  }
}
