// Object constructors `{ name = value, (expr) = value, "quoted" = value }`: a bare name is the key itself,
// anything else is evaluated and converted to a string. A later duplicate key wins, as in HCL's native
// syntax; its JSON syntax refuses one.

import type { Range } from '../diagnostics.js';
import type { ObjectConsExpr, ObjectConsItem } from '../syntax/ast.js';
import { formatPos } from '../syntax/source.js';
import { convert, objectOf, STRING, type HclValue } from '../value.js';
import type { Evaluation } from './evaluation.js';
import { keyword } from './keyword.js';
import { conversionMessage } from './traverse.js';
import { UNKNOWN } from './unknown.js';

export function evaluateObject(evaluation: Evaluation, expr: ObjectConsExpr): HclValue {
  const entries: [string, HclValue][] = [];
  const keyRanges = new Map<string, Range>();
  let known = true;
  for (const item of expr.items) {
    const key = itemKey(evaluation, item);
    const value = evaluation.value(item.value);
    if (key === undefined) known = false;
    else if (expr.uniqueKeys && keyRanges.has(key))
      evaluation.error(
        item.key.range,
        'Duplicate object attribute',
        `An attribute named "${key}" was already defined at ${formatPos(keyRanges.get(key)!)}.`
      );
    else {
      keyRanges.set(key, item.key.range);
      entries.push([key, value]);
    }
  }
  return known ? objectOf(entries) : UNKNOWN;
}

function itemKey(evaluation: Evaluation, item: ObjectConsItem): string | undefined {
  const { key } = item;
  if (!item.forceNonLiteral) {
    if (key.kind === 'scopeTraversal' && key.steps.length > 0) {
      evaluation.error(
        key.range,
        'Ambiguous attribute key',
        "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal."
      );
      return undefined;
    }
    const name = keyword(key);
    if (name !== undefined) return name;
  }
  const value = evaluation.value(key);
  if (value === UNKNOWN) return undefined;
  if (value === null) {
    evaluation.error(key.range, 'Null value as key', "Can't use a null value as a key.");
    return undefined;
  }
  try {
    return convert(value, STRING) as string;
  } catch (error) {
    evaluation.error(
      key.range,
      'Incorrect key type',
      `Can't use this value as a key: ${conversionMessage(error)}.`
    );
    return undefined;
  }
}
