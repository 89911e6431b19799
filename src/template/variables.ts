// User variables, as Packer 1.6+ resolves them for JSON templates:
// - declared in `variables` with a string default, or null for a required variable;
// - set by var-files (JSON objects of strings, in order) and then by `name=value` pairs, later winning;
// - setting a variable the template does not declare is ignored, as Packer does, with a warning naming it;
// - a var-file value of null sets the variable to "" (Packer decodes var-files into strings);
// - every value (default or given) is itself a template: it may use {{env}}, the other global functions
//   and {{user}} to build on other variables, in any order (cycles are reported, not looped on).
// Given `problem`, every mistake is reported there and the rest still read (a value in error is "").

import fs from 'node:fs';
import path from 'node:path';
import { InputError, type SourceLocation } from '../errors.js';
import type { TemplateScope } from './functions.js';
import { noBuildData, renderString } from './interpolate.js';
import { childPath } from './json-path.js';
import { describeNode, parseJson, type JsonNode, type JsonObject } from './json-positions.js';
import { TemplateError } from './template-syntax.js';

export interface VariableInputs {
  /** The template's `variables` object and `sensitive-variables` list, if present. */
  readonly declarations: JsonObject | undefined;
  readonly sensitive: JsonNode | undefined;
  /** Paths of var-files, relative to `scope.cwd` as Packer reads them. */
  readonly varFiles: readonly string[];
  /** `name=value` pairs, one per line of the action input (blank lines allowed); `varsLabel` names them. */
  readonly vars: readonly string[];
  readonly varsLabel: string;
  /** The scope variables render in, minus `user` (which this module provides). */
  readonly scope: Omit<TemplateScope, 'user' | 'section'>;
  /**
   * Called with each sensitive variable's value the moment it is read (as written, then as rendered),
   * before anything can fail on it, so an error that quotes it is already masked.
   */
  readonly secret?: (value: string) => void;
  /** Told about each variable set but not declared (Packer ignores it). */
  readonly warning?: (message: string) => void;
  /** Told about each problem, reading on; without it the first problem is thrown. */
  readonly problem?: (error: InputError) => void;
}

export interface ResolvedVariables {
  /** Every declared variable's final value, in declaration order. */
  readonly values: ReadonlyMap<string, string>;
  readonly sensitiveNames: readonly string[];
  /** Absolute paths of the var-files read. */
  readonly files: readonly string[];
}

interface Declaration {
  readonly loc: SourceLocation;
  readonly required: boolean;
}

/** Where a variable's winning value came from, so errors in it point there. */
interface Assignment {
  readonly raw: string;
  readonly loc: SourceLocation;
  readonly field: string;
}

const IN_VARIABLES = noBuildData('build data is not available in variables');

export function resolveVariables(inputs: VariableInputs): ResolvedVariables {
  const declarations = new Map<string, Declaration>();
  const assignments = new Map<string, Assignment>();
  for (const entry of inputs.declarations?.entries ?? []) {
    declarations.set(entry.key, { loc: entry.keyLoc, required: entry.value.kind === 'null' });
  }
  // Which variables are sensitive is known before any value is read: each value is registered as it comes.
  const sensitiveNames = readSensitiveNames(inputs.sensitive, declarations);
  const sensitive = new Set(sensitiveNames);
  const problem =
    inputs.problem ??
    ((error: InputError) => {
      throw error;
    });
  const secret = (name: string, value: string) => {
    if (sensitive.has(name)) inputs.secret?.(value);
  };
  for (const entry of inputs.declarations?.entries ?? []) {
    const field = childPath('variables', entry.key);
    const value = entry.value;
    if (value.kind === 'string') {
      secret(entry.key, value.value);
      assignments.set(entry.key, { raw: value.value, loc: value.loc, field });
    } else if (value.kind !== 'null') {
      if (value.kind === 'number') secret(entry.key, value.raw);
      problem(
        new InputError({
          at: value.loc,
          field: field,
          detail: `expected a string default (or null for a required variable), found ${describeNode(value)}`
        })
      );
      assignments.set(entry.key, { raw: '', loc: value.loc, field });
    }
  }

  const assign = (name: string, assignment: Assignment, by: string): void => {
    secret(name, assignment.raw);
    if (!declarations.has(name)) {
      const at = `${assignment.loc.file}:${assignment.loc.line}:${assignment.loc.column}`;
      inputs.warning?.(
        `${at}: variable ${name} is set by ${by} but not declared in the template; it is unused (as in Packer)`
      );
      return;
    }
    assignments.set(name, assignment);
  };

  // A var-file that cannot be read, or a line with no name, may be what sets a required variable.
  let unread = false;
  const problemReading = (error: InputError) => {
    unread = true;
    problem(error);
  };
  const files = inputs.varFiles.map(file => path.resolve(inputs.scope.cwd, file));
  inputs.varFiles.forEach((file, index) => {
    for (const [name, assignment] of readVarFile(file, files[index]!, secret, {
      unread: problemReading,
      entry: problem
    }))
      assign(name, assignment, `var-file ${file}`);
  });
  inputs.vars.forEach((pair, index) => {
    // Blank lines are skipped (a multi-line action input usually ends with one); numbering still counts them.
    if (pair.trim() === '') return;
    const loc = { file: inputs.varsLabel, line: index + 1, column: 1 };
    const equals = pair.indexOf('=');
    const name = pair.slice(0, equals).trim();
    if (equals <= 0 || name === '') {
      // Not quoted: a line without a name is most often the second line of a multi-line secret.
      problemReading(
        new InputError({
          at: loc,
          field: '',
          detail:
            'expected name=value on this line (a value that spans lines must be given through a var-file, ' +
            'with \\n in its JSON string)'
        })
      );
      return;
    }
    assign(name, { raw: pair.slice(equals + 1), loc, field: name }, inputs.varsLabel);
  });

  for (const [name, declaration] of declarations) {
    if (declaration.required && !assignments.has(name) && !unread) {
      problem(
        new InputError({
          at: declaration.loc,
          field: childPath('variables', name),
          detail: `required variable ${name} is not set; give it a value in the variables input or a var-file`
        })
      );
    }
    if (!assignments.has(name))
      assignments.set(name, { raw: '', loc: declaration.loc, field: childPath('variables', name) });
  }

  const values = new Resolver(declarations, assignments, inputs.scope, secret).resolveAll(inputs.problem);
  return { values, sensitiveNames, files };
}

class Resolver {
  private readonly values = new Map<string, string>();
  private readonly inProgress: string[] = [];

  constructor(
    private readonly declarations: ReadonlyMap<string, Declaration>,
    private readonly assignments: ReadonlyMap<string, Assignment>,
    private readonly scope: Omit<TemplateScope, 'user' | 'section'>,
    private readonly secret: (name: string, value: string) => void
  ) {}

  /** Every variable's value; with `problem`, one that cannot be rendered is reported and is "". */
  resolveAll(problem?: (error: InputError) => void): Map<string, string> {
    const ordered = new Map<string, string>();
    for (const name of this.declarations.keys()) {
      try {
        ordered.set(name, this.resolve(name));
      } catch (error) {
        if (problem === undefined || !(error instanceof InputError)) throw error;
        problem(error);
        // A variable built on the one in error says the same again: it is "" too, quietly.
        for (const unfinished of [...this.inProgress, name]) this.values.set(unfinished, '');
        this.inProgress.length = 0;
        ordered.set(name, '');
      }
    }
    return ordered;
  }

  private resolve(name: string): string {
    const known = this.values.get(name);
    if (known !== undefined) return known;
    const assignment = this.assignments.get(name)!;
    const loopStart = this.inProgress.indexOf(name);
    if (loopStart !== -1) {
      const loop = [...this.inProgress.slice(loopStart), name].join(' -> ');
      throw new InputError({
        at: assignment.loc,
        field: assignment.field,
        detail: `variables refer to each other in a loop: ${loop}`
      });
    }
    this.inProgress.push(name);
    const scope: TemplateScope = { ...this.scope, section: 'variables', user: other => this.lookup(other) };
    let value: string;
    try {
      value = renderString(assignment.raw, scope, IN_VARIABLES);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      throw new InputError({
        at: assignment.loc,
        field: assignment.field,
        detail: error.message,
        cause: error
      });
    }
    this.inProgress.pop();
    this.secret(name, value);
    this.values.set(name, value);
    return value;
  }

  private lookup(name: string): string {
    if (!this.declarations.has(name))
      throw new TemplateError({ message: `variable ${name} is not declared in the template` });
    return this.resolve(name);
  }
}

function readVarFile(
  shownPath: string,
  absolutePath: string,
  secret: (name: string, value: string) => void,
  problems: { unread: (error: InputError) => void; entry: (error: InputError) => void }
): [string, Assignment][] {
  const problem = problems.unread;
  let text: string;
  try {
    text = fs.readFileSync(absolutePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    problem(
      new InputError({
        at: { file: shownPath, line: 1, column: 1 },
        field: '',
        detail: `cannot read var-file: ${reason}`
      })
    );
    return [];
  }
  let root: JsonNode;
  try {
    root = parseJson(text, shownPath);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problem(error);
    return [];
  }
  if (root.kind !== 'object') {
    problem(
      new InputError({
        at: root.loc,
        field: '',
        detail: `a var-file must be a JSON object of names to strings, found ${describeNode(root)}`
      })
    );
    return [];
  }
  return root.entries.flatMap((entry): [string, Assignment][] => {
    // Packer decodes a var-file into strings: null is the empty string (and does set a required variable).
    if (entry.value.kind === 'null')
      return [[entry.key, { raw: '', loc: entry.value.loc, field: entry.key }]];
    if (entry.value.kind !== 'string') {
      if (entry.value.kind === 'number') secret(entry.key, entry.value.raw);
      problems.entry(
        new InputError({
          at: entry.value.loc,
          field: entry.key,
          detail: `expected a string, found ${describeNode(entry.value)}`
        })
      );
      // Still set (to ""), so a required variable is not reported unset as well.
      return [[entry.key, { raw: '', loc: entry.value.loc, field: entry.key }]];
    }
    return [[entry.key, { raw: entry.value.value, loc: entry.value.loc, field: entry.key }]];
  });
}

function readSensitiveNames(
  node: JsonNode | undefined,
  declarations: ReadonlyMap<string, unknown>
): string[] {
  if (node === undefined) return [];
  if (node.kind !== 'array') {
    throw new InputError({
      at: node.loc,
      field: 'sensitive-variables',
      detail: `expected a list of variable names, found ${describeNode(node)}`
    });
  }
  return node.items.map((item, index) => {
    const field = childPath('sensitive-variables', index);
    if (item.kind !== 'string')
      throw new InputError({
        at: item.loc,
        field: field,
        detail: `expected a string, found ${describeNode(item)}`
      });
    if (!declarations.has(item.value)) {
      throw new InputError({
        at: item.loc,
        field: field,
        detail: `variable ${item.value} is not declared in the template`
      });
    }
    return item.value;
  });
}
