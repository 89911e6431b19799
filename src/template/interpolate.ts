// Renders template strings. Everything knowable at load time (variables, clock, functions) is rendered
// now; build data (`.SourceAMIName`, `{{ build `ID` }}`) is kept, with the pure functions applied to it,
// in a Deferred for the builder to finish. Data in a string that cannot have any is an error, so a typo
// fails before any instance is launched.

import { Deferred, type BuildData, type DeferredPart } from './deferred.js';
import { lookupFunction, type ArgValue, type TemplateScope } from './functions.js';
import { parseTemplate, TemplateError, type Expr } from './template-syntax.js';

/** What build data a string may refer to. */
export interface DataPolicy {
  /** `.Name` fields allowed, with their shape: `SourceAMITags` is a map (`.SourceAMITags.Owner`). */
  readonly fields: ReadonlyMap<string, 'string' | 'map'>;
  /** Names `{{ build `Name` }}` may ask for. */
  readonly buildNames: ReadonlySet<string>;
  /** Says where build data is available, for the message when a string without any uses it. */
  readonly hint: string;
}

/** A policy for strings that must render completely at load time. */
export function noBuildData(hint: string): DataPolicy {
  return { fields: new Map(), buildNames: new Set(), hint };
}

type Value = ArgValue | Readonly<Record<string, string>>;
type Folded = { readonly value: Value } | { readonly residual: Expr };

/** Renders `text` completely; any build data in it is an error (TemplateError). */
export function renderString(text: string, scope: TemplateScope, policy: DataPolicy): string {
  if (!text.includes('{{')) return text;
  const deferred = renderDeferred(text, scope, { ...policy, fields: new Map(), buildNames: new Set() });
  return deferred.render();
}

/** Renders what it can of `text` now and keeps the build-data parts for later (TemplateError if invalid). */
export function renderDeferred(text: string, scope: TemplateScope, policy: DataPolicy): Deferred {
  if (!text.includes('{{')) return Deferred.of(text);
  const parts: DeferredPart[] = [];
  for (const segment of parseTemplate(text)) {
    if (segment.kind === 'text') {
      parts.push(segment.text);
      continue;
    }
    const folded = fold(segment.expr, scope, policy);
    parts.push('value' in folded ? printable(folded.value) : folded.residual);
  }
  const merged = parts.reduce<DeferredPart[]>((out, part) => {
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else out.push(part);
    return out;
  }, []);
  return new Deferred(text, merged, (expr, data) => printable(evaluate(expr, scope, data)));
}

/** Evaluates what does not need build data; returns the rest as an expression with the known parts filled in. */
function fold(expr: Expr, scope: TemplateScope, policy: DataPolicy): Folded {
  if (expr.kind === 'literal') return { value: expr.value };
  if (expr.kind === 'field') {
    checkField(expr.path, policy);
    return { residual: expr };
  }
  if (expr.name === 'build') {
    const [name, extra] = expr.args.map(arg => fold(arg, scope, policy));
    if (name === undefined || extra !== undefined || !('value' in name) || typeof name.value !== 'string') {
      throw new TemplateError({ message: 'build takes one string argument: {{ build `Name` }}' });
    }
    if (!policy.buildNames.has(name.value)) {
      throw new TemplateError({
        message:
          policy.buildNames.size === 0
            ? `{{ build \`${name.value}\` }} is not available here; ${policy.hint}`
            : `build data ${name.value} is not available here (known: ${[...policy.buildNames].join(', ')})`
      });
    }
    return { residual: { kind: 'call', name: 'build', args: [{ kind: 'literal', value: name.value }] } };
  }
  const fn = lookupFunction(expr.name);
  checkArity(expr.name, fn.params.length, fn.optional ?? 0, expr.args.length);
  const args = expr.args.map(arg => fold(arg, scope, policy));
  if (args.every(arg => 'value' in arg)) {
    return {
      value: call(
        expr.name,
        args.map(arg => (arg as { value: Value }).value),
        scope
      )
    };
  }
  if (!fn.pure)
    throw new TemplateError({ message: `function ${expr.name} cannot take build data as an argument` });
  const residualArgs = args.map((arg): Expr => ('value' in arg ? asLiteral(arg.value) : arg.residual));
  return { residual: { kind: 'call', name: expr.name, args: residualArgs } };
}

/** Evaluates a residual expression once the build data is known. */
function evaluate(expr: Expr, scope: TemplateScope, data: BuildData): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'field': {
      const [root, key] = expr.path as [string, string | undefined];
      const value = data[root];
      if (value === undefined) throw new TemplateError({ message: `build data ${root} is not available` });
      // A missing key in a map renders empty, as Go's templates do for map[string]string.
      if (key !== undefined) return typeof value === 'string' ? '' : (value[key] ?? '');
      return value;
    }
    case 'call': {
      if (expr.name === 'build') {
        const name = String((expr.args[0] as { value: ArgValue }).value);
        const value = data[name];
        if (typeof value !== 'string')
          throw new TemplateError({ message: `build data ${name} is not available` });
        return value;
      }
      return call(
        expr.name,
        expr.args.map(arg => evaluate(arg, scope, data)),
        scope
      );
    }
  }
}

function call(name: string, args: readonly Value[], scope: TemplateScope): string {
  const fn = lookupFunction(name);
  args.forEach((arg, index) => {
    const expected = fn.params[index]!;
    const actual = typeof arg === 'string' ? 'string' : typeof arg === 'number' ? 'int' : 'map';
    if (actual !== expected) {
      throw new TemplateError({
        message: `argument ${index + 1} of ${name} must be ${article(expected)}, not ${article(actual)}`
      });
    }
  });
  return fn.run(scope, args as ArgValue[]);
}

function checkArity(name: string, params: number, optional: number, given: number): void {
  if (given > params || given < params - optional) {
    const wanted = optional > 0 ? `${params - optional} to ${params}` : String(params);
    throw new TemplateError({
      message: `wrong number of arguments for ${name}: wants ${wanted}, got ${given}`
    });
  }
}

function checkField(path: readonly string[], policy: DataPolicy): void {
  const [root, ...rest] = path as [string, ...string[]];
  const shape = policy.fields.get(root);
  if (shape === undefined) {
    throw new TemplateError({
      message:
        policy.fields.size === 0
          ? `.${path.join('.')} is not available here; ${policy.hint}`
          : `.${path.join('.')} is not available here (known: ${[...policy.fields.keys()].map(f => '.' + f).join(', ')})`
    });
  }
  if (shape === 'string' && rest.length > 0)
    throw new TemplateError({ message: `.${root} has no field ${rest.join('.')}` });
  if (shape === 'map' && rest.length !== 1) {
    throw new TemplateError({ message: `.${root} is a map: name one key, as in .${root}.Name` });
  }
}

function printable(value: Value): string {
  if (typeof value === 'object')
    throw new TemplateError({ message: 'a map cannot be printed; name one of its keys' });
  return String(value);
}

function asLiteral(value: Value): Expr {
  if (typeof value === 'object') throw new TemplateError({ message: 'a map cannot be passed to a function' });
  return { kind: 'literal', value };
}

function article(type: string): string {
  return type === 'int' ? 'an integer' : `a ${type}`;
}
