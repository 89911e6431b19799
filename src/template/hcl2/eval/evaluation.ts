// What the evaluator offers the modules that evaluate one kind of expression each (operators, calls,
// templates, ...): evaluating sub-expressions in the current scope, reporting, and scoped variables.

import type { Diagnostic, Range } from '../diagnostics.js';
import type { Expression, SplatItemExpr } from '../syntax/ast.js';
import type { HclType, HclValue } from '../value.js';
import type { EvalContext } from './context.js';

export interface Evaluation {
  readonly context: EvalContext;
  /** Evaluates in the current scope; problems are reported, and the value is then UNKNOWN. */
  value(expr: Expression): HclValue;
  error(range: Range, summary: string, detail: string): void;
  /** Keeps the diagnostics of `run` apart (try(), can(), the branch a conditional does not take). */
  isolated(run: () => HclValue): { value: HclValue; diagnostics: Diagnostic[] };
  /** Adds diagnostics kept apart by `isolated` after all. */
  report(diagnostics: readonly Diagnostic[]): void;
  /** Runs with extra variables in scope (a `for` expression's key and value), hiding outer ones. */
  inScope<T>(variables: Readonly<Record<string, HclValue>>, run: () => T): T;
  /** Runs with the element a splat is working on. */
  withSplatItem<T>(item: SplatItemExpr, value: HclValue, run: () => T): T;
  /** Reads a type constraint (convert()'s second argument). */
  typeConstraint(expr: Expression): { type?: HclType; diagnostics: Diagnostic[] };
  /** A mark to ask later whether errors were reported since. */
  mark(): number;
  errorsSince(mark: number): boolean;
}
