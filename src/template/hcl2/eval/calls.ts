// Function calls, as HCL makes them: arity checked, `...` expanding the last argument, each argument
// converted to its parameter's type and refused when null (unless the parameter allows null), and an
// HclFunctionError reported as "Invalid function argument" at the argument it names. try() and can()
// are not in the function table: they need their arguments unevaluated, so they are evaluated here.

import { closestName } from '../../suggest.js';
import type { Diagnostic, Range } from '../diagnostics.js';
import { HclFunctionError, type HclFunction, type HclParam } from '../functions/types.js';
import type { Expression, FunctionCallExpr } from '../syntax/ast.js';
import { formatPos, rangeBetween } from '../syntax/source.js';
import { convert, isList, type HclValue } from '../value.js';
import type { Evaluation } from './evaluation.js';
import { conversionMessage } from './traverse.js';
import { containsUnknown, UNKNOWN } from './unknown.js';

/** The evaluator's own functions, which see their arguments as expressions. */
const SPECIAL: Readonly<Record<string, (evaluation: Evaluation, call: FunctionCallExpr) => HclValue>> = {
  try: evaluateTry,
  can: evaluateCan,
  convert: evaluateConvert
};

/** Where an argument came from: an expression, or an element of the `...` argument. */
interface Argument {
  readonly value: HclValue;
  readonly range: Range;
}

const withPeriod = (message: string): string => (/[.!?]$/.test(message) ? message : `${message}.`);

export function evaluateCall(evaluation: Evaluation, call: FunctionCallExpr): HclValue {
  const special = Object.hasOwn(SPECIAL, call.name) ? SPECIAL[call.name] : undefined;
  if (special !== undefined) return special(evaluation, call);
  const functions = evaluation.context.functions;
  const fn = Object.hasOwn(functions, call.name) ? functions[call.name] : undefined;
  if (fn === undefined) {
    const suggestion = closestName(call.name, [...Object.keys(functions), ...Object.keys(SPECIAL)]);
    evaluation.error(
      call.nameRange,
      'Call to unknown function',
      `There is no function named "${call.name}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`
    );
    return UNKNOWN;
  }

  const mark = evaluation.mark();
  const args = argumentsOf(evaluation, call);
  if (args === undefined) return UNKNOWN;
  const { params, variadic } = fn;
  if (args.length < params.length) {
    evaluation.error(
      call.closeParenRange,
      'Not enough function arguments',
      `Function "${call.name}" expects${variadic === undefined ? '' : ' at least'} ${params.length} argument(s). Missing value for "${params[args.length]!.name}".`
    );
    return UNKNOWN;
  }
  if (variadic === undefined && args.length > params.length) {
    evaluation.error(
      args[params.length]!.range,
      'Too many function arguments',
      `Function "${call.name}" expects only ${params.length} argument(s).`
    );
    return UNKNOWN;
  }

  const converted = args.map((arg, i) => ({
    value: argumentValue(evaluation, arg, i < params.length ? params[i]! : variadic!),
    range: arg.range
  }));
  if (evaluation.errorsSince(mark) || converted.some(arg => arg.value === UNKNOWN)) return UNKNOWN;
  return run(evaluation, call, { fn, args: converted });
}

/** The arguments' values, the `...` one spread; undefined when one failed (reported). */
function argumentsOf(evaluation: Evaluation, call: FunctionCallExpr): Argument[] | undefined {
  const expressions = call.expandFinal ? call.args.slice(0, -1) : call.args;
  const args: Argument[] = expressions.map(expr => ({ value: evaluation.value(expr), range: expr.range }));
  if (!call.expandFinal) return args;
  const last = call.args[call.args.length - 1]!;
  const expanding = evaluation.value(last);
  if (expanding === UNKNOWN) return undefined;
  if (expanding === null || !isList(expanding)) {
    evaluation.error(
      last.range,
      'Invalid expanding argument value',
      expanding === null
        ? 'The expanding argument (indicated by ...) must not be null.'
        : 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.'
    );
    return undefined;
  }
  return [...args, ...expanding.map(value => ({ value, range: last.range }))];
}

function argumentValue(evaluation: Evaluation, arg: Argument, param: HclParam): HclValue {
  // A value that failed, even deep inside a list, was reported already: it is not converted, and the
  // function is not called.
  if (containsUnknown(arg.value)) return UNKNOWN;
  const invalid = (why: string): HclValue => {
    evaluation.error(
      arg.range,
      'Invalid function argument',
      `Invalid value for "${param.name}" parameter: ${withPeriod(why)}`
    );
    return UNKNOWN;
  };
  if (arg.value === null) return param.allowNull ? null : invalid('argument must not be null');
  try {
    return convert(arg.value, param.type);
  } catch (error) {
    return invalid(conversionMessage(error));
  }
}

/** Calls `fn` with its converted arguments; what it throws is reported at the argument it names. */
function run(
  evaluation: Evaluation,
  call: FunctionCallExpr,
  { fn, args }: { readonly fn: HclFunction; readonly args: readonly Argument[] }
): HclValue {
  try {
    return fn.run(
      args.map(arg => arg.value),
      evaluation.context.functionContext
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const argument = error instanceof HclFunctionError ? error.argument : undefined;
    const param = argument === undefined ? undefined : (fn.params[argument] ?? fn.variadic);
    if (argument !== undefined && param !== undefined && argument < args.length)
      evaluation.error(
        args[argument]!.range,
        'Invalid function argument',
        `Invalid value for "${param.name}" parameter: ${withPeriod(message)}`
      );
    else
      evaluation.error(
        rangeBetween(call.nameRange, call.openParenRange),
        'Error in function call',
        `Call to function "${call.name}" failed: ${withPeriod(message)}`
      );
    return UNKNOWN;
  }
}

/** try(a, b, ...): the first argument that evaluates without error. */
function evaluateTry(evaluation: Evaluation, call: FunctionCallExpr): HclValue {
  const failures: Diagnostic[] = [];
  for (const arg of call.args) {
    const attempt = evaluation.isolated(() => evaluation.value(arg));
    if (!attempt.diagnostics.some(diagnostic => diagnostic.severity === 'error')) return attempt.value;
    failures.push(...attempt.diagnostics);
  }
  const why =
    call.args.length === 0
      ? 'at least one argument is required.'
      : `no expression succeeded:\n${failures
          .map(
            failure => `- ${failure.summary} (at ${formatPos(failure.range)})\n  ${failure.detail ?? ''}\n`
          )
          .join('')}\nAt least one expression must produce a successful result.`;
  evaluation.error(
    rangeBetween(call.nameRange, call.openParenRange),
    'Error in function call',
    `Call to function "try" failed: ${why}`
  );
  return UNKNOWN;
}

/** can(expr): whether the expression evaluates without error. */
function evaluateCan(evaluation: Evaluation, call: FunctionCallExpr): HclValue {
  const arg = single(evaluation, call, 'expression');
  if (arg === undefined) return UNKNOWN;
  const attempt = evaluation.isolated(() => evaluation.value(arg));
  return !attempt.diagnostics.some(diagnostic => diagnostic.severity === 'error');
}

/** convert(value, type): the value converted to a type constraint written as in a variable's `type`. */
function evaluateConvert(evaluation: Evaluation, call: FunctionCallExpr): HclValue {
  if (!arity(evaluation, call, ['value', 'type'])) return UNKNOWN;
  const [valueExpr, typeExpr] = call.args as [Expression, Expression];
  const { type, diagnostics } = evaluation.typeConstraint(typeExpr);
  evaluation.report(diagnostics);
  const value = evaluation.value(valueExpr);
  if (type === undefined || containsUnknown(value)) return UNKNOWN;
  try {
    return convert(value, type);
  } catch (error) {
    evaluation.error(
      valueExpr.range,
      'Invalid function argument',
      `Invalid value for "value" parameter: ${withPeriod(conversionMessage(error))}`
    );
    return UNKNOWN;
  }
}

function single(evaluation: Evaluation, call: FunctionCallExpr, name: string): Expression | undefined {
  return arity(evaluation, call, [name]) ? call.args[0] : undefined;
}

/** Checks the argument count of an evaluator function (no `...` allowed: its arguments are expressions). */
function arity(evaluation: Evaluation, call: FunctionCallExpr, names: readonly string[]): boolean {
  if (call.expandFinal) {
    evaluation.error(
      call.args[call.args.length - 1]!.range,
      'Invalid expanding argument value',
      `The arguments of "${call.name}" cannot be expanded with "...": they are evaluated one by one.`
    );
    return false;
  }
  if (call.args.length < names.length) {
    evaluation.error(
      call.closeParenRange,
      'Not enough function arguments',
      `Function "${call.name}" expects ${names.length} argument(s). Missing value for "${names[call.args.length]}".`
    );
    return false;
  }
  if (call.args.length > names.length) {
    evaluation.error(
      call.args[names.length]!.range,
      'Too many function arguments',
      `Function "${call.name}" expects only ${names.length} argument(s).`
    );
    return false;
  }
  return true;
}
