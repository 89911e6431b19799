// What every part of the HCL2 loader shares: the function tables, what functions may reach, the
// process environment, where secrets are reported, and the list every problem is added to.

import type { Diagnostic } from '../diagnostics.js';
import { references } from '../eval/index.js';
import type { Expression } from '../syntax/ast.js';
import type { HclFunction, HclFunctionContext } from '../functions/types.js';
import { isList, isObject, type HclValue } from '../value.js';

export interface HclEnvironment {
  /** Packer's whole function library (env excluded): locals, data sources, sources, builds, validations. */
  readonly functions: Readonly<Record<string, HclFunction>>;
  /** Only `env`: what variable defaults may call, as in Packer. */
  readonly defaultFunctions: Readonly<Record<string, HclFunction>>;
  readonly functionContext: HclFunctionContext;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reports a value to mask, the moment it is known. */
  readonly secret: (value: string) => void;
  /** Every problem found; loading goes on past each. */
  readonly diagnostics: Diagnostic[];
  /**
   * What already failed, so its consequences are not reported as problems of their own: `var.x`,
   * `local.y`, `data.t.n` whose value could not be made, and option paths (`source.amazon-ebs.web.ami_name`)
   * whose expression failed (the schema readers would call them missing).
   */
  readonly poisoned: Set<string>;
}

/** True when `expr` reads something that already failed: its own errors would only repeat that one. */
export function readsPoisoned(expr: Expression, poisoned: ReadonlySet<string>): boolean {
  if (poisoned.size === 0) return false;
  return references(expr).some(reference => {
    const [first, second] = reference.steps;
    return (
      poisoned.has(`${reference.root}.${String(first)}`) ||
      (reference.root === 'data' && poisoned.has(`data.${String(first)}.${String(second)}`))
    );
  });
}

/** Reports every string inside a sensitive value (a map of passwords, a list of keys) as a secret. */
export function reportSecrets(value: HclValue, secret: (value: string) => void): void {
  if (typeof value === 'string') secret(value);
  else if (typeof value === 'number' || typeof value === 'boolean') secret(String(value));
  else if (isList(value)) value.forEach(item => reportSecrets(item, secret));
  else if (isObject(value)) Object.values(value).forEach(item => reportSecrets(item, secret));
}
