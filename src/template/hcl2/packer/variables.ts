// Input variables, as Packer's HCL2 front end declares and sets them (hcl2template/types.variables.go):
// - declared by `variable "name" { type, default, description, sensitive, validation {...} }` blocks, or as
//   attributes of a `variables { }` block; a default may call env() and nothing else;
// - without a type, a default gives the variable its type;
// - set, later winning, by PKR_VAR_name in the environment, then the folder's *.auto.pkrvars.* files, then
//   the var-files in order, then `name=value` pairs; values of string, number and untyped variables are
//   taken as written, others are parsed as HCL expressions;
// - a variable without a default that nothing sets is an error; so is a -var for an undeclared variable,
//   while a var-file or PKR_VAR_ for one is ignored, as in Packer;
// - every final value is converted to the type and checked by the variable's validation blocks.

import fs from 'node:fs';
import path from 'node:path';
import { errorAt, type Diagnostic, type Range } from '../diagnostics.js';
import { evaluate, keyword, references, typeConstraint } from '../eval/index.js';
import { parseJsonExpression } from '../syntax/json-parser.js';
import { parseConfig, parseExpression } from '../syntax/parser.js';
import type { Attribute, Block, Expression } from '../syntax/ast.js';
import { convert, ConversionError, objectOf, type HclType, type HclValue } from '../value.js';
import { reportSecrets, type HclEnvironment } from './environment.js';
import { bodyContent, checkNameLabel } from './schema.js';
import { jsonAttributes } from './json-body.js';
import type { ConfigFile } from './config-file.js';

export interface Variable {
  readonly name: string;
  readonly range: Range;
  /** undefined: no type given and none inferred (any value). */
  readonly type?: HclType;
  /**
   * A value given as text (-var, PKR_VAR_) is parsed as an HCL expression: the variable's type (given, or
   * its default's) is not string, number or any. Otherwise the text is the value, as in Packer.
   */
  readonly textIsExpression: boolean;
  readonly sensitive: boolean;
  readonly validations: readonly Validation[];
  /** Each assignment, in precedence order; the last one wins. */
  readonly values: Assignment[];
  /** A value given for it did not fit its type (already reported). */
  invalid?: boolean;
}

interface Validation {
  readonly condition: Expression;
  readonly errorMessage: string;
  readonly range: Range;
}

interface Assignment {
  readonly from: 'default' | 'env' | 'varfile' | 'cmd';
  readonly value: HclValue;
  readonly range: Range;
}

export interface VariableSources {
  /** The folder's auto var-files, then the var-files given, in order: absolute path and the name to show. */
  readonly varFiles: readonly { readonly absolute: string; readonly shown: string }[];
  /** `name=value`, one per entry; blank entries skipped; `label` names them in messages. */
  readonly vars: readonly string[];
  readonly varsLabel: string;
}

export interface ResolvedVariables {
  /** Final values by name, in declaration order. */
  readonly values: ReadonlyMap<string, HclValue>;
  readonly sensitiveNames: readonly string[];
  /** The var-files read (absolute). */
  readonly files: readonly string[];
}

const VARIABLE_SCHEMA = {
  attributes: ['description', 'default', 'type', 'sensitive'],
  blocks: [{ type: 'validation', labels: [] }]
};
const VALIDATION_SCHEMA = {
  attributes: ['condition', 'error_message'],
  required: ['condition', 'error_message']
};

export function resolveVariables(
  files: readonly ConfigFile[],
  sources: VariableSources,
  environment: HclEnvironment
): ResolvedVariables {
  const variables = declareVariables(files, environment);
  assignFromEnvironment(variables, environment);
  const read: string[] = [];
  for (const file of sources.varFiles) {
    if (assignFromFile(variables, file, environment)) read.push(file.absolute);
  }
  assignFromArguments(variables, sources, environment);

  const values = new Map<string, HclValue>();
  for (const variable of variables.values()) {
    if (variable.invalid) {
      environment.poisoned.add(`var.${variable.name}`);
      continue;
    }
    const last = variable.values.at(-1);
    if (last === undefined) {
      environment.diagnostics.push(
        errorAt(
          variable.range,
          `Unset variable "${variable.name}"`,
          'A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.'
        )
      );
      continue;
    }
    validate(variable, last, environment);
    values.set(variable.name, last.value);
  }
  return {
    values,
    sensitiveNames: [...variables.values()]
      .filter(variable => variable.sensitive)
      .map(variable => variable.name),
    files: read
  };
}

function declareVariables(files: readonly ConfigFile[], environment: HclEnvironment): Map<string, Variable> {
  const variables = new Map<string, Variable>();
  const declare = (name: string, range: Range, make: () => Variable | undefined) => {
    if (variables.has(name)) {
      environment.diagnostics.push(
        errorAt(range, 'Duplicate variable', `Duplicate ${name} variable definition found.`)
      );
      return;
    }
    const variable = make();
    if (variable !== undefined) variables.set(name, variable);
  };
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.type === 'variable')
        declare(block.labels[0]!, block.range, () => variableBlock(block, environment));
      if (block.type === 'variables') {
        const { attributes } = bodyContent(block.body, { anyAttributes: true }, environment.diagnostics);
        for (const attribute of attributes.values())
          declare(attribute.name, attribute.nameRange, () => legacyVariable(attribute, environment));
      }
    }
  }
  return variables;
}

function variableBlock(block: Block, environment: HclEnvironment): Variable | undefined {
  const { diagnostics } = environment;
  const name = block.labels[0]!;
  checkNameLabel(block, 'variable', diagnostics);
  const content = bodyContent(block.body, VARIABLE_SCHEMA, diagnostics);
  let type: HclType | undefined;
  const typeAttribute = content.attributes.get('type');
  if (typeAttribute !== undefined) {
    const constraint = typeConstraint(typeAttribute.expr);
    diagnostics.push(...constraint.diagnostics);
    type = constraint.type;
  }
  const sensitive = staticBool(content.attributes.get('sensitive'), environment) ?? false;
  const values: Assignment[] = [];
  let invalid = false;
  const fallback = content.attributes.get('default');
  if (fallback !== undefined) {
    const evaluated = evaluate(fallback.expr, {
      variables: {},
      functions: environment.defaultFunctions,
      functionContext: environment.functionContext
    });
    diagnostics.push(...evaluated.diagnostics);
    if (sensitive) reportSecrets(evaluated.value, environment.secret);
    if (evaluated.diagnostics.length === 0) {
      const value = convertValue(evaluated.value, type, fallback.expr.range, diagnostics, {
        summary: 'Invalid default value for variable',
        detail: error => `This default value is not compatible with the variable's type constraint: ${error}.`
      });
      if (value !== undefined) {
        values.push({ from: 'default', value, range: fallback.expr.range });
        type ??= inferredType(value);
      } else invalid = true;
    } else invalid = true;
  }
  const validations = content.blocks.flatMap(validation => validationBlock(name, validation, environment));
  const textIsExpression = isStructured(type, values[0]?.value ?? null);
  return { name, range: block.range, type, textIsExpression, sensitive, validations, values, invalid };
}

function legacyVariable(attribute: Attribute, environment: HclEnvironment): Variable | undefined {
  const evaluated = evaluate(attribute.expr, {
    variables: {},
    functions: environment.defaultFunctions,
    functionContext: environment.functionContext
  });
  environment.diagnostics.push(...evaluated.diagnostics);
  if (evaluated.diagnostics.length > 0) return undefined;
  return {
    name: attribute.name,
    range: attribute.range,
    type: inferredType(evaluated.value),
    textIsExpression: isStructured(undefined, evaluated.value),
    sensitive: false,
    validations: [],
    values: [{ from: 'default', value: evaluated.value, range: attribute.expr.range }]
  };
}

/** A default's own type becomes the variable's, as in Packer, except for null and empty collections. */
function inferredType(value: HclValue): HclType | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return { kind: 'string' };
  if (typeof value === 'number') return { kind: 'number' };
  if (typeof value === 'boolean') return { kind: 'bool' };
  // A default list or object fixes only that the value is a list or an object: element types vary.
  return undefined;
}

function isStructured(type: HclType | undefined, fallback: HclValue): boolean {
  if (type !== undefined) return !['string', 'number', 'any'].includes(type.kind);
  return fallback !== null && typeof fallback === 'object';
}

function validationBlock(name: string, block: Block, environment: HclEnvironment): Validation[] {
  const { diagnostics } = environment;
  const content = bodyContent(block.body, VALIDATION_SCHEMA, diagnostics);
  const condition = content.attributes.get('condition');
  const message = content.attributes.get('error_message');
  if (condition === undefined || message === undefined) return [];
  let ownReferences = 0;
  for (const reference of references(condition.expr)) {
    if (reference.root === 'var' && reference.steps[0] === name) {
      ownReferences++;
      continue;
    }
    diagnostics.push(
      errorAt(
        reference.range,
        'Invalid reference in variable validation',
        `The condition for variable "${name}" can only refer to the variable itself, using var.${name}.`
      )
    );
  }
  if (ownReferences === 0) {
    diagnostics.push(
      errorAt(
        condition.expr.range,
        'Invalid variable validation condition',
        `The condition for variable "${name}" must refer to var.${name} in order to test incoming values.`
      )
    );
  }
  const text = evaluate(message.expr, {
    variables: {},
    functions: {},
    functionContext: environment.functionContext
  });
  diagnostics.push(...text.diagnostics);
  if (typeof text.value !== 'string') return [];
  if (!looksLikeSentences(text.value)) {
    diagnostics.push(
      errorAt(
        message.expr.range,
        'Invalid validation error message',
        text.value === ''
          ? 'An empty string is not a valid nor useful error message.'
          : 'Validation error message must be at least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and ending with a period or question mark.'
      )
    );
  }
  return [{ condition: condition.expr, errorMessage: text.value, range: block.range }];
}

function looksLikeSentences(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  const first = [...trimmed][0]!;
  const last = trimmed.at(-1)!;
  if (first.toLowerCase() !== first.toUpperCase() && first !== first.toUpperCase()) return false;
  return last === '.' || last === '?' || last === '!';
}

function validate(variable: Variable, assignment: Assignment, environment: HclEnvironment): void {
  for (const validation of variable.validations) {
    const result = evaluate(validation.condition, {
      variables: { var: objectOf([[variable.name, assignment.value]]) },
      functions: environment.functions,
      functionContext: environment.functionContext
    });
    environment.diagnostics.push(...result.diagnostics);
    if (result.diagnostics.length > 0) continue;
    if (typeof result.value !== 'boolean') {
      environment.diagnostics.push(
        errorAt(
          validation.condition.range,
          'Invalid variable validation result',
          result.value === null
            ? 'Validation condition expression must return either true or false, not null.'
            : 'Invalid validation condition result value: a bool is required.'
        )
      );
      continue;
    }
    if (!result.value) {
      const where = `${validation.range.file}:${validation.range.start.line},${validation.range.start.column}`;
      environment.diagnostics.push(
        errorAt(
          assignment.range,
          `Invalid value for ${assignment.from} variable`,
          `${validation.errorMessage}\n\nThis was checked by the validation rule at ${where}.`
        )
      );
    }
  }
}

function assignFromEnvironment(variables: Map<string, Variable>, environment: HclEnvironment): void {
  for (const [key, raw] of Object.entries(environment.env)) {
    if (!key.startsWith('PKR_VAR_') || raw === undefined) continue;
    const variable = variables.get(key.slice('PKR_VAR_'.length));
    if (variable === undefined) continue;
    assignText(variable, raw, `<value for var.${variable.name} from env>`, 1, 'env', environment);
  }
}

/** Reads one var-file; false when it could not be read at all. */
function assignFromFile(
  variables: Map<string, Variable>,
  file: { readonly absolute: string; readonly shown: string },
  environment: HclEnvironment
): boolean {
  const { diagnostics } = environment;
  const at: Range = {
    file: file.shown,
    start: { line: 1, column: 1, byte: 0 },
    end: { line: 1, column: 1, byte: 0 }
  };
  const extension = path.extname(file.absolute);
  if (extension !== '.hcl' && extension !== '.json') {
    diagnostics.push(
      errorAt(
        at,
        `Could not guess format of ${file.shown}`,
        'A var file must be suffixed with `.hcl` or `.json`.'
      )
    );
    return false;
  }
  let text: string;
  try {
    text = fs.readFileSync(file.absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    diagnostics.push(
      errorAt(
        at,
        'Failed to read var file',
        code === 'ENOENT' ? `file not found (looked for ${file.absolute})` : String(error)
      )
    );
    return false;
  }
  let attributes: readonly Attribute[];
  if (extension === '.hcl') {
    const parsed = parseConfig(text, file.shown);
    diagnostics.push(...parsed.diagnostics);
    for (const block of parsed.body.blocks) {
      const name = block.labels[0] ?? block.type;
      diagnostics.push(
        errorAt(
          block.typeRange,
          block.type === 'variable'
            ? 'Variable declaration in a .pkrvar file'
            : 'Unexpected block in a var file',
          `A .pkrvar file is used to assign values to variables that have already been declared in .pkr files, not to declare new variables. To declare variable "${name}", place this block in one of your .pkr files, such as variables.pkr.hcl\n\nTo set a value for this variable in ${file.shown}, use the definition syntax instead:\n    ${name} = <value>`
        )
      );
    }
    attributes = parsed.body.attributes;
  } else {
    const parsed = parseJsonExpression(text, file.shown);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) return true;
    attributes = jsonAttributes(parsed.expr, diagnostics);
  }
  for (const attribute of attributes) {
    const variable = variables.get(attribute.name);
    if (variable === undefined) continue;
    const evaluated = evaluate(attribute.expr, {
      variables: {},
      functions: {},
      functionContext: environment.functionContext
    });
    if (variable.sensitive) reportSecrets(evaluated.value, environment.secret);
    diagnostics.push(...evaluated.diagnostics);
    if (evaluated.diagnostics.length > 0) continue;
    assign(variable, evaluated.value, attribute.expr.range, 'varfile', environment);
  }
  return true;
}

function assignFromArguments(
  variables: Map<string, Variable>,
  sources: VariableSources,
  environment: HclEnvironment
): void {
  sources.vars.forEach((entry, index) => {
    if (entry.trim() === '') return;
    const line = index + 1;
    const at: Range = {
      file: sources.varsLabel,
      start: { line, column: 1, byte: 0 },
      end: { line, column: 1, byte: 0 }
    };
    const equals = entry.indexOf('=');
    if (equals <= 0) {
      environment.diagnostics.push(
        errorAt(at, 'Invalid -var option', `expected name=value, found ${JSON.stringify(entry)}`)
      );
      return;
    }
    const name = entry.slice(0, equals).trim();
    const variable = variables.get(name);
    if (variable === undefined) {
      environment.diagnostics.push(
        errorAt(
          at,
          'Undefined -var variable',
          `A "${name}" variable was passed in the command line but was not found in known variables. To declare variable "${name}", place this block in one of your .pkr files, such as variables.pkr.hcl`
        )
      );
      return;
    }
    assignText(variable, entry.slice(equals + 1), sources.varsLabel, line, 'cmd', environment);
  });
}

/** A value given as text (-var, PKR_VAR_): literal for string, number and untyped variables, else HCL. */
function assignText(
  variable: Variable,
  text: string,
  file: string,
  line: number,
  from: Assignment['from'],
  environment: HclEnvironment
): void {
  if (variable.sensitive) environment.secret(text);
  const at: Range = { file, start: { line, column: 1, byte: 0 }, end: { line, column: 1, byte: 0 } };
  if (!variable.textIsExpression) {
    assign(variable, text, at, from, environment);
    return;
  }
  const parsed = parseExpression(text, file);
  environment.diagnostics.push(...parsed.diagnostics);
  if (parsed.diagnostics.length > 0) return;
  const evaluated = evaluate(parsed.expr, {
    variables: {},
    functions: {},
    functionContext: environment.functionContext
  });
  environment.diagnostics.push(...evaluated.diagnostics);
  if (evaluated.diagnostics.length === 0) assign(variable, evaluated.value, at, from, environment);
}

function assign(
  variable: Variable,
  raw: HclValue,
  range: Range,
  from: Assignment['from'],
  environment: HclEnvironment
): void {
  const value = convertValue(raw, variable.type, range, environment.diagnostics, {
    summary: from === 'cmd' ? 'Invalid argument value for -var variable' : 'Invalid value for variable',
    detail: error =>
      `The value for ${variable.name} is not compatible with the variable's type constraint: ${error}.`
  });
  if (value === undefined) {
    variable.invalid = true;
    return;
  }
  if (variable.sensitive) reportSecrets(value, environment.secret);
  variable.values.push({ from, value, range });
}

function convertValue(
  value: HclValue,
  type: HclType | undefined,
  range: Range,
  diagnostics: Diagnostic[],
  message: { summary: string; detail: (error: string) => string }
): HclValue | undefined {
  if (type === undefined) return value;
  try {
    return convert(value, type);
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    diagnostics.push(errorAt(range, message.summary, message.detail(error.message)));
    return undefined;
  }
}

/** A bool written as a literal (sensitive = true); anything else is an error at it. */
function staticBool(attribute: Attribute | undefined, environment: HclEnvironment): boolean | undefined {
  if (attribute === undefined) return undefined;
  const name = keyword(attribute.expr);
  if (name === 'true' || name === 'false') return name === 'true';
  const evaluated = evaluate(attribute.expr, {
    variables: {},
    functions: {},
    functionContext: environment.functionContext
  });
  if (typeof evaluated.value === 'boolean' && evaluated.diagnostics.length === 0) return evaluated.value;
  environment.diagnostics.push(
    errorAt(
      attribute.expr.range,
      'Unsuitable value type',
      `Unsuitable value: a bool is required for ${attribute.name}.`
    )
  );
  return undefined;
}
