// Gives an expression its value in a context (variables, functions), with HCL's semantics. Each kind of
// expression has its own module; this one dispatches, keeps the scopes (`for` variables, splat elements)
// and collects the diagnostics. Nothing throws for a bad template: every problem is a diagnostic, and a
// value that could not be computed is null in the result.

import { closestName } from '../../suggest.js';
import type { Diagnostic, Range } from '../diagnostics.js';
import { errorAt } from '../diagnostics.js';
import type { Expression, SplatItemExpr } from '../syntax/ast.js';
import type { HclType, HclValue } from '../value.js';
import { evaluateCall } from './calls.js';
import { evaluateConditional } from './conditional.js';
import type { EvalContext } from './context.js';
import type { Evaluation } from './evaluation.js';
import { evaluateFor } from './for.js';
import { evaluateObject } from './objects.js';
import { evaluateBinary, evaluateUnary } from './operators.js';
import { evaluateSplat } from './splat.js';
import { evaluateTemplate } from './templates.js';
import { index, traverse } from './traverse.js';
import { readTypeConstraint } from './type-constraint.js';
import { settle, UNKNOWN } from './unknown.js';

export function evaluate(
  expr: Expression,
  context: EvalContext
): { value: HclValue; diagnostics: Diagnostic[] } {
  return new Evaluator(context, false).run(expr);
}

/**
 * A type constraint as a variable's `type` gives it: `list(string)`, `object({ name = optional(string, "x") })`.
 * Undefined type when the constraint is invalid (the diagnostics say why).
 */
export function typeConstraint(expr: Expression): { type?: HclType; diagnostics: Diagnostic[] } {
  return readTypeConstraint(expr, evaluateConstant);
}

/** A constant expression's value: no variables, no functions (an optional attribute's default). */
export function evaluateConstant(expr: Expression): { value: HclValue; diagnostics: Diagnostic[] } {
  return new Evaluator(EMPTY_CONTEXT, true).run(expr);
}

/**
 * How deeply evaluation may recurse (a chain of a thousand `+` is a thousand levels): far beyond any
 * template, well within the stack.
 */
const MAX_EVALUATION_DEPTH = 1000;

const EMPTY_CONTEXT: EvalContext = {
  variables: {},
  functions: {},
  functionContext: {
    now: new Date(0),
    uuid: () => '',
    cwd: '.',
    env: {},
    readsFile: () => undefined,
    renderTemplate: () => null
  }
};

class Evaluator implements Evaluation {
  private diagnostics: Diagnostic[] = [];
  private readonly scopes: Readonly<Record<string, HclValue>>[] = [];
  private readonly splatItems = new Map<SplatItemExpr, HclValue>();

  constructor(
    readonly context: EvalContext,
    /** Constants only: a reference or a call is an error ("Variables not allowed"). */
    private readonly constant: boolean
  ) {}

  run(expr: Expression): { value: HclValue; diagnostics: Diagnostic[] } {
    let value: HclValue;
    try {
      value = this.value(expr);
    } catch (error) {
      // The depth limit should make this unreachable; if a shape it misses still exhausts the stack,
      // the user gets a diagnostic, not a crash.
      if (!(error instanceof RangeError)) throw error;
      this.error(
        expr.range,
        'Expression too complex',
        `Evaluating this expression ran out of stack: ${error.message}.`
      );
      value = UNKNOWN;
    }
    return { value: settle(value), diagnostics: this.diagnostics };
  }

  private depth = 0;

  value(expr: Expression): HclValue {
    if (this.depth >= MAX_EVALUATION_DEPTH) {
      this.error(
        expr.range,
        'Expression too complex',
        `Evaluating this expression goes more than ${MAX_EVALUATION_DEPTH} levels deep.`
      );
      return UNKNOWN;
    }
    this.depth++;
    try {
      return this.dispatch(expr);
    } finally {
      this.depth--;
    }
  }

  private dispatch(expr: Expression): HclValue {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'template':
        return evaluateTemplate(this, expr);
      case 'scopeTraversal': {
        const root = this.lookup(expr.root, expr.rootRange);
        return root === UNKNOWN ? UNKNOWN : traverse(this, root, expr.steps);
      }
      case 'relativeTraversal': {
        const source = this.value(expr.source);
        return source === UNKNOWN ? UNKNOWN : traverse(this, source, expr.steps);
      }
      case 'functionCall':
        if (this.constant) {
          this.error(expr.range, 'Function calls not allowed', 'Functions may not be called here.');
          return UNKNOWN;
        }
        return evaluateCall(this, expr);
      case 'conditional':
        return evaluateConditional(this, expr);
      case 'binaryOp':
        return evaluateBinary(this, expr);
      case 'unaryOp':
        return evaluateUnary(this, expr);
      case 'tuple':
        return expr.items.map(item => this.value(item));
      case 'object':
        return evaluateObject(this, expr);
      case 'for':
        return evaluateFor(this, expr);
      case 'index': {
        const collection = this.value(expr.collection);
        const key = this.value(expr.key);
        return index(this, collection, { key, range: expr.bracketRange });
      }
      case 'splat':
        return evaluateSplat(this, expr);
      case 'splatItem':
        return this.splatItems.has(expr) ? this.splatItems.get(expr)! : UNKNOWN;
      case 'parentheses':
        return this.value(expr.expr);
      case 'invalid':
        // Its syntax error was reported by the parser.
        return UNKNOWN;
    }
  }

  private lookup(name: string, range: Range): HclValue {
    for (let i = this.scopes.length - 1; i >= 0; i--)
      if (Object.hasOwn(this.scopes[i]!, name)) return this.scopes[i]![name]!;
    if (this.constant) {
      this.error(range, 'Variables not allowed', 'Variables may not be used here.');
      return UNKNOWN;
    }
    const { variables } = this.context;
    if (Object.hasOwn(variables, name)) return variables[name]!;
    const names = [...Object.keys(variables), ...this.scopes.flatMap(scope => Object.keys(scope))];
    const suggestion = closestName(name, names);
    this.error(
      range,
      'Unknown variable',
      `There is no variable named "${name}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`
    );
    return UNKNOWN;
  }

  error(range: Range, summary: string, detail: string): void {
    this.diagnostics.push(errorAt(range, summary, detail));
  }

  report(diagnostics: readonly Diagnostic[]): void {
    this.diagnostics.push(...diagnostics);
  }

  isolated(run: () => HclValue): { value: HclValue; diagnostics: Diagnostic[] } {
    const outer = this.diagnostics;
    this.diagnostics = [];
    try {
      const value = run();
      return { value, diagnostics: this.diagnostics };
    } finally {
      this.diagnostics = outer;
    }
  }

  inScope<T>(variables: Readonly<Record<string, HclValue>>, run: () => T): T {
    this.scopes.push(variables);
    try {
      return run();
    } finally {
      this.scopes.pop();
    }
  }

  withSplatItem<T>(item: SplatItemExpr, value: HclValue, run: () => T): T {
    const had = this.splatItems.has(item);
    const previous = this.splatItems.get(item);
    this.splatItems.set(item, value);
    try {
      return run();
    } finally {
      if (had) this.splatItems.set(item, previous!);
      else this.splatItems.delete(item);
    }
  }

  typeConstraint(expr: Expression): { type?: HclType; diagnostics: Diagnostic[] } {
    return typeConstraint(expr);
  }

  mark(): number {
    return this.diagnostics.length;
  }

  errorsSince(mark: number): boolean {
    for (let i = mark; i < this.diagnostics.length; i++)
      if (this.diagnostics[i]!.severity === 'error') return true;
    return false;
  }
}
