// Templates: text, `${ }` interpolations converted to strings, and the `%{ if }` / `%{ for }` directives.
// A template that is exactly one interpolation returns its value as it is (`"${var.list}"` is the list).

import type { Range } from '../diagnostics.js';
import type { TemplateExpr, TemplatePart } from '../syntax/ast.js';
import { BOOL, convert, STRING, type HclValue } from '../value.js';
import type { Evaluation } from './evaluation.js';
import { iterationEntries, iterationScope } from './for.js';
import { conversionMessage } from './traverse.js';
import { UNKNOWN } from './unknown.js';

export function evaluateTemplate(evaluation: Evaluation, expr: TemplateExpr): HclValue {
  const [only] = expr.parts;
  if (expr.parts.length === 1 && only!.kind === 'interpolation') return evaluation.value(only!.expr);
  return render(evaluation, expr.parts);
}

/** The parts rendered and joined; UNKNOWN when any part failed. */
function render(evaluation: Evaluation, parts: readonly TemplatePart[]): HclValue {
  let text = '';
  let known = true;
  for (const part of parts) {
    const piece = renderPart(evaluation, part);
    if (piece === undefined) known = false;
    else text += piece;
  }
  return known ? text : UNKNOWN;
}

function renderPart(evaluation: Evaluation, part: TemplatePart): string | undefined {
  switch (part.kind) {
    case 'text':
      return part.value;
    case 'interpolation':
      return asString(evaluation, evaluation.value(part.expr), part.expr.range);
    case 'if': {
      const chosen = directiveCondition(evaluation, evaluation.value(part.condition), part.condition.range);
      if (chosen === undefined) return undefined;
      return asString(evaluation, render(evaluation, chosen ? part.then : part.else), part.range);
    }
    case 'for': {
      const entries = iterationEntries(evaluation, evaluation.value(part.collection), part.collection.range);
      if (entries === undefined) return undefined;
      let text = '';
      let known = true;
      for (const [key, value] of entries) {
        const rendered = evaluation.inScope(iterationScope(part, key, value), () =>
          render(evaluation, part.body)
        );
        if (rendered === UNKNOWN) known = false;
        else text += rendered as string;
      }
      return known ? text : undefined;
    }
  }
}

function asString(evaluation: Evaluation, value: HclValue, range: Range): string | undefined {
  if (value === UNKNOWN) return undefined;
  if (value === null) {
    evaluation.error(
      range,
      'Invalid template interpolation value',
      'The expression result is null. Cannot include a null value in a string template.'
    );
    return undefined;
  }
  try {
    return convert(value, STRING) as string;
  } catch (error) {
    evaluation.error(
      range,
      'Invalid template interpolation value',
      `Cannot include the given value in a string template: ${conversionMessage(error)}.`
    );
    return undefined;
  }
}

/** An `%{ if }` condition, as a conditional expression's: a bool, never null. */
function directiveCondition(evaluation: Evaluation, value: HclValue, range: Range): boolean | undefined {
  if (value === UNKNOWN) return undefined;
  if (value === null) {
    evaluation.error(
      range,
      'Null condition',
      'The condition value is null. Conditions must either be true or false.'
    );
    return undefined;
  }
  try {
    return convert(value, BOOL) as boolean;
  } catch {
    evaluation.error(range, 'Incorrect condition type', 'The condition expression must be of type bool.');
    return undefined;
  }
}
