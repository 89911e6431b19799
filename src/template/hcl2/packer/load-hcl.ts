// Loads an HCL2 template (a `.pkr.hcl` / `.pkr.json` file or a folder of them) into the same frozen
// LoadedTemplate the JSON front end makes. Everything is checked first with the data sources' outputs (and
// aws_secretsmanager() results) unknown, and every problem of every file is reported together, before any
// AWS call; only a valid template has them resolved, and is then evaluated again with the real values.

import path from 'node:path';
import { inputErrors, InputError } from '../../../errors.js';
import { SecretRegistry } from '../../../secrets.js';
import { planIdentities, STABLE_RUN } from '../../plan-identity.js';
import { deepFreeze } from '../../freeze.js';
import type { LoadedTemplate } from '../../types.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { renderTemplate } from '../eval/render-template.js';
import { ENV_FUNCTION, packerFunctions } from '../functions/index.js';
import { HclFunctionError, type AwsSecretRequest, type HclFunctionContext } from '../functions/types.js';
import { objectOf, type HclValue } from '../value.js';
import { decodeBuilds, type SourceUse } from './builds.js';
import { readConfigFile, type ConfigFile } from './config-file.js';
import { dataSourceEvaluator, type DataSourceHooks } from './data-sources.js';
import type { HclEnvironment } from './environment.js';
import { findTemplateFiles, type TemplateFiles } from './files.js';
import { evaluateLocalsAndData } from './locals-and-data.js';
import { checkPackerBlocks } from './packer-block.js';
import { noUserVariables, planBuilds } from './plans.js';
import type { TemplateValues } from './scope.js';
import { selectUses } from './select.js';
import { resolveVariables } from './variables.js';

export interface LoadHclOptions {
  /** Absolute path of the file or folder; `shownPath` as the user gave it. */
  readonly templatePath: string;
  readonly shownPath: string;
  readonly cwd: string;
  readonly varFiles: readonly string[];
  readonly vars: readonly string[];
  readonly varsLabel: string;
  readonly only: readonly string[];
  readonly except: readonly string[];
  readonly now: Date;
  readonly uuid: () => string;
  readonly random: () => number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly packerVersion: string;
  readonly secrets: SecretRegistry;
  readonly dataSources: DataSourceHooks;
  /** aws_secretsmanager(name, key) / aws_secretsmanager_raw(name): the value, through AWS. */
  readonly fetchSecret: (request: AwsSecretRequest) => Promise<string>;
}

export async function loadHclTemplate(options: LoadHclOptions): Promise<LoadedTemplate> {
  const found = findTemplateFiles(options.templatePath);
  if (typeof found === 'string')
    throw new InputError({
      at: { file: options.shownPath, line: 1, column: 1 },
      field: '',
      detail: `cannot read the template: ${found}`
    });
  const shown = (absolute: string) => path.relative(options.cwd, absolute) || absolute;
  const dataSources = memoized(options.dataSources);

  const run = { options, dataSources, found, shown };
  const validated = await evaluateTemplate({ ...run, mode: 'mock', secretValues: new Map() });
  let final = validated;
  const secrets = new Map<string, string>();
  if (validated.usesAws) {
    // Valid: now resolve the data sources and secrets, and evaluate again with what they hold.
    for (const [key, request] of validated.secretRequests)
      secrets.set(key, await options.fetchSecret(request));
    final = await evaluateTemplate({ ...run, mode: 'resolve', secretValues: secrets });
  }
  // Once more for a fixed instant and ids (data sources answer from memory): what identifies the images.
  const stable = await evaluateTemplate({
    ...run,
    options: {
      ...options,
      now: STABLE_RUN.clock(),
      uuid: STABLE_RUN.uuid,
      random: STABLE_RUN.random,
      secrets: new SecretRegistry()
    },
    mode: validated.usesAws ? 'resolve' : 'mock',
    secretValues: secrets
  });
  return deepFreeze({
    ...final.template,
    planIdentities: planIdentities(stable.template.builds, options.cwd, options.secrets.mask)
  });
}

/** Data sources answered once per address and configuration: later evaluations ask again for the same. */
function memoized(hooks: DataSourceHooks): DataSourceHooks {
  const answers = new Map<string, ReturnType<DataSourceHooks['resolve']>>();
  return {
    ...hooks,
    resolve: (type, config, address, secret) => {
      const key = JSON.stringify([address, config]);
      let answer = answers.get(key);
      if (answer === undefined) answers.set(key, (answer = hooks.resolve(type, config, address, secret)));
      return answer;
    }
  };
}

interface Evaluated {
  readonly template: Omit<LoadedTemplate, 'planIdentities'>;
  /** True when data sources or aws_secretsmanager() need AWS. */
  readonly usesAws: boolean;
  readonly secretRequests: ReadonlyMap<string, AwsSecretRequest>;
}

interface Evaluation {
  readonly options: LoadHclOptions;
  readonly dataSources: DataSourceHooks;
  readonly found: TemplateFiles;
  readonly shown: (absolute: string) => string;
  /** `mock`: data sources and secrets unknown (validating); `resolve`: through AWS. */
  readonly mode: 'mock' | 'resolve';
  readonly secretValues: ReadonlyMap<string, string>;
}

/** While validating, aws_secretsmanager() has no value yet: what reads it is checked once it has one. */
const SECRET_NOT_YET_READ = 'the secret is read once the whole template is valid';

async function evaluateTemplate(evaluation: Evaluation): Promise<Evaluated> {
  const { options, dataSources, found, shown, mode, secretValues } = evaluation;
  const diagnostics: Diagnostic[] = [];
  const errors: InputError[] = [];
  const filesRead = new Set<string>();
  const secretRequests = new Map<string, AwsSecretRequest>();
  const secret = (value: string) => options.secrets.add(value);
  const functionContext: HclFunctionContext = {
    now: options.now,
    uuid: options.uuid,
    // Packer resolves file(), fileset() and templatefile() paths from the template's folder (path.root).
    cwd: found.root,
    env: options.env,
    readsFile: file => filesRead.add(file),
    renderTemplate: (text, file, vars) => renderTemplate({ text, file }, vars, environment),
    awsSecret: request => {
      const id = JSON.stringify([request.name, request.key ?? null, request.raw ?? false]);
      secretRequests.set(id, request);
      if (mode === 'mock') throw new HclFunctionError(SECRET_NOT_YET_READ);
      const value = secretValues.get(id);
      if (value === undefined)
        throw new HclFunctionError(
          `the secret ${request.name} was not fetched before evaluation (its name must not depend on a data source)`
        );
      secret(value);
      return value;
    }
  };
  const functions = packerFunctions();
  const environment: HclEnvironment = {
    functions,
    defaultFunctions: { env: ENV_FUNCTION },
    functionContext,
    env: options.env,
    secret,
    diagnostics,
    poisoned: new Set()
  };

  const files = found.configFiles
    .map(file => readConfigFile(file, shown(file), diagnostics))
    .filter((file): file is ConfigFile => file !== undefined);
  // As in Packer, syntax errors end the load: what follows would only trip over the same mistakes.
  if (hasErrors(diagnostics))
    throw inputErrors(uniqueDiagnostics(diagnostics).filter(isError).map(toInputError));
  checkPackerBlocks(files, options.packerVersion, environment);
  const variables = resolveVariables(
    files,
    {
      varFiles: [
        ...found.autoVarFiles.map(absolute => ({ absolute, shown: shown(absolute) })),
        ...options.varFiles.map(file => ({ absolute: path.resolve(options.cwd, file), shown: file }))
      ],
      vars: options.vars,
      varsLabel: options.varsLabel
    },
    environment
  );
  const values: TemplateValues = {
    variables: objectOf(variables.values),
    locals: new Map(),
    data: new Map(),
    // As Packer: path.root is the template's folder as the user named it (relative stays relative).
    path: { root: shownRoot(options.shownPath, found), cwd: options.cwd },
    packerVersion: options.packerVersion
  };
  const decodeContext = {
    scope: { ...scopeOf(options, found.root), section: 'builder' as const, user: noUserVariables },
    dataHint: 'build data is not available in data sources',
    readsFile: (file: string) => filesRead.add(file),
    secret,
    randomInt: (max: number) => Math.floor(options.random() * max)
  };
  let dataSourceCount = 0;
  const evaluateData = dataSourceEvaluator(dataSources, mode, environment, decodeContext, errors);
  await evaluateLocalsAndData(files, values, environment, async (block, current) => {
    dataSourceCount++;
    return evaluateData(block, current);
  });
  const decoded = decodeBuilds(files, values, environment);
  const selected = selectUses(decoded.uses, options.only, options.except, diagnostics);
  const builds = planBuilds(selected, {
    scope: scopeOf(options, found.root),
    readsFile: file => filesRead.add(file),
    secret,
    randomInt: max => Math.floor(options.random() * max),
    errors
  });

  // An option whose expression failed was reported there; the readers would only call it missing (or,
  // about the object holding it, say that "one of inline, script or scripts is required").
  const consequences = (error: InputError) =>
    [...environment.poisoned].some(
      field =>
        error.field === field ||
        error.field.startsWith(`${field}.`) ||
        error.field.startsWith(`${field}[`) ||
        field.startsWith(`${error.field}.`)
    );
  const problems = [
    ...uniqueDiagnostics(diagnostics)
      .filter(diagnostic => isError(diagnostic) && !diagnostic.detail?.includes(SECRET_NOT_YET_READ))
      .map(toInputError),
    ...errors.filter(error => !consequences(error))
  ];
  if (problems.length > 0) throw inputErrors(problems);

  const templateFiles = [...found.configFiles, ...found.autoVarFiles, ...variables.files];
  const template: Omit<LoadedTemplate, 'planIdentities'> = {
    templatePath: options.templatePath,
    ...(decoded.description === undefined ? {} : { description: decoded.description }),
    builds,
    variables: Object.fromEntries([...variables.values].map(([name, value]) => [name, variableText(value)])),
    sensitiveVariables: [...variables.sensitiveNames],
    sensitiveValues: options.secrets.values,
    files: [...new Set([...templateFiles, ...filesRead])].sort(),
    templateFiles: [...new Set(templateFiles)].sort()
  };
  return { template, usesAws: dataSourceCount > 0 || secretRequests.size > 0, secretRequests };
}

function shownRoot(shownPath: string, found: TemplateFiles): string {
  return found.folder ? shownPath : path.dirname(shownPath);
}

function scopeOf(options: LoadHclOptions, root: string) {
  return {
    now: options.now,
    uuid: options.uuid,
    env: options.env,
    cwd: options.cwd,
    templatePath: path.join(root, path.basename(options.templatePath)),
    packerVersion: options.packerVersion
  };
}

/** A variable's value as the fingerprint and the summary read it: strings as they are, the rest as JSON. */
function variableText(value: HclValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const isError = (diagnostic: Diagnostic) => diagnostic.severity === 'error';

function toInputError(diagnostic: Diagnostic): InputError {
  return new InputError({
    at: {
      file: diagnostic.range.file,
      line: diagnostic.range.start.line,
      column: diagnostic.range.start.column
    },
    field: '',
    detail: diagnostic.detail ? `${diagnostic.summary}: ${diagnostic.detail}` : diagnostic.summary
  });
}

/** One problem per place: a reference that is missing is reported by the loader and again by the evaluator. */
function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter(diagnostic => {
    const key = `${diagnostic.range.file}:${diagnostic.range.start.line}:${diagnostic.range.start.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type { SourceUse };
