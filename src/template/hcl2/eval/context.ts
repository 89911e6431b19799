// What an expression is evaluated against: the variables in scope (var, local, data, source, path, each,
// an iterator, ... as the Packer layer builds them), the function table, and what functions may reach.

import type { HclFunction, HclFunctionContext } from '../functions/types.js';
import type { HclValue } from '../value.js';

export interface EvalContext {
  /** The roots a reference may start with: `var`, `local`, `data`, `source`, `path`, `each`, ... */
  readonly variables: Readonly<Record<string, HclValue>>;
  /** By name; `try` and `can` (and `convert`) are the evaluator's own and need no entry. */
  readonly functions: Readonly<Record<string, HclFunction>>;
  readonly functionContext: HclFunctionContext;
}
