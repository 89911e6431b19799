// A string option that needs facts only known during the build (the source AMI, the region, the
// instance's address). Everything else in it was rendered at load time; what is left renders with
// `render(buildData)` once the builder knows those facts.

import type { Expr } from './template-syntax.js';

/**
 * Facts about a running build, by the names Packer uses: `SourceAMI`, `SourceAMIName`, `SourceAMIOwner`,
 * `SourceAMIOwnerName`, `SourceAMICreationDate`, `SourceAMITags` (a map), `BuildRegion`; for provisioners also
 * `ID`, `Host`, `Port`, `User`, ...; for execute_command `Path`, `Vars`, `EnvVarFile`, `Script`, `Command`.
 */
export type BuildData = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

/** A piece of a deferred string: text already rendered, or an expression still waiting for build data. */
export type DeferredPart = string | Expr;

export type DeferredEvaluator = (expr: Expr, data: BuildData) => string;

export class Deferred {
  /** The option's text as written in the template. */
  readonly source: string;
  /** The build data this string still needs (e.g. `SourceAMIName`); empty when it is already a plain value. */
  readonly references: readonly string[];
  readonly #parts: readonly DeferredPart[];
  readonly #evaluate: DeferredEvaluator;

  constructor(source: string, parts: readonly DeferredPart[], evaluate: DeferredEvaluator) {
    this.source = source;
    this.#parts = Object.freeze([...parts]);
    this.#evaluate = evaluate;
    this.references = Object.freeze([
      ...new Set(parts.flatMap(part => (typeof part === 'string' ? [] : refs(part))))
    ]);
    Object.freeze(this);
  }

  /** A deferred string that is just `text`. */
  static of(text: string): Deferred {
    return new Deferred(text, [text], () => '');
  }

  /** True when nothing waits for build data: render() ignores its argument. */
  get isStatic(): boolean {
    return this.#parts.every(part => typeof part === 'string');
  }

  /** The final string. Throws when `data` lacks something this string needs. */
  render(data: BuildData = {}): string {
    return this.#parts.map(part => (typeof part === 'string' ? part : this.#evaluate(part, data))).join('');
  }

  /** The rendered text with what is left as template actions: stable, for logs and fingerprints. */
  toString(): string {
    return this.#parts.map(part => (typeof part === 'string' ? part : `{{ ${printExpr(part)} }}`)).join('');
  }

  toJSON(): string {
    return this.toString();
  }
}

function refs(expr: Expr): string[] {
  if (expr.kind === 'field') return [expr.path[0]!];
  if (expr.kind === 'literal') return [];
  if (expr.name === 'build' && expr.args[0]?.kind === 'literal') return [String(expr.args[0].value)];
  return expr.args.flatMap(refs);
}

function printExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'number' ? String(expr.value) : JSON.stringify(expr.value);
    case 'field':
      return '.' + expr.path.join('.');
    case 'call':
      return [
        expr.name,
        ...expr.args.map(arg => (arg.kind === 'call' ? `(${printExpr(arg)})` : printExpr(arg)))
      ].join(' ');
  }
}
