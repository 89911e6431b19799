// Loads a Packer JSON template into one frozen build plan per selected builder, or throws every problem it
// found (an InputError, or InputErrors for several), each naming its file, line, column and JSON path.
// Nothing here talks to AWS or SSH.

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { maskError, SecretRegistry } from '../secrets.js';
import { BUILDER_DATA_HINT, POST_PROCESSOR_DATA_HINT, PROVISIONER_DATA_HINT } from './build-data.js';
import { deepFreeze } from './freeze.js';
import type { Section, TemplateScope } from './functions.js';
import { describeNode, findEntry, parseJson, type JsonNode, type JsonObject } from './json-positions.js';
import { OptionsReader, type DecodeContext } from './options-reader.js';
import { readBuilder } from './schema/read-builder.js';
import { defineBuilders, type BuilderDefinition } from './schema/builders.js';
import { checkTemporaryKeyPairNames } from './schema/key-pair-names.js';
import { definePostProcessors, instantiateChains, postProcessorNames } from './schema/post-processors.js';
import { defineProvisioner, instantiateProvisioner } from './schema/provisioners.js';
import { checkTopLevel, readDescription, checkMinPackerVersion } from './top-level.js';
import { Problems } from './problems.js';
import { checkBuilderType } from './schema/builders.js';
import type { BuildPlan, LoadedTemplate } from './types.js';
import { resolveVariables } from './variables.js';
import { planIdentities, STABLE_RUN } from './plan-identity.js';

/** The Packer version we answer to (packer_version, min_packer_version). */
export const PACKER_COMPATIBLE_VERSION = '1.11.0';

export interface LoadTemplateOptions {
  /** The template, relative to `cwd` or absolute; shown as given in error messages. */
  readonly path: string;
  /** Like `packer build -var-file`, applied in order; relative to `cwd`. */
  readonly varFiles?: readonly string[];
  /** Like `packer build -var`: `name=value`, applied in order after the var-files; blank entries are skipped. */
  readonly vars?: readonly string[];
  /** Names `vars` in error messages (`variables:2:1: ...`); default "vars". */
  readonly varsLabel?: string;
  /** Like `packer build -only` / `-except`: builder names (`except` may also name post-processors). */
  readonly only?: readonly string[];
  readonly except?: readonly string[];
  /** The run's instant, read once (timestamp, isotime). Default: now. */
  readonly clock?: () => Date;
  /** Default: crypto.randomUUID. */
  readonly uuid?: () => string;
  /** A number in [0, 1), for the shell provisioner's script name. Default: Math.random. */
  readonly random?: () => number;
  /** For {{env}}. Default: process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** For relative paths and {{pwd}}. Default: process.cwd(). */
  readonly cwd?: string;
  /** What {{packer_version}} reports and min_packer_version is checked against. */
  readonly packerVersion?: string;
  /**
   * Called with each sensitive value (a sensitive variable, secret_key, token, ssh_password, ...) the
   * moment it is known, before validation goes on: the caller registers it (core.setSecret) while the
   * template may still turn out invalid.
   */
  readonly onSecret?: (value: string) => void;
  /** Called with each thing Packer would ignore (a variable set but not declared, a `push` section). */
  readonly onWarning?: (message: string) => void;
}

/**
 * Loads the template. Every sensitive value is reported through `onSecret` as soon as it is read, and
 * an error thrown here has every sensitive value known by then masked out of its message.
 */
export function loadTemplate(options: LoadTemplateOptions): LoadedTemplate {
  const secrets = new SecretRegistry(options.onSecret);
  try {
    const loaded = load(options, secrets);
    // The same template again, for an instant and ids that never change: what identifies its images.
    const stable = load(
      { ...options, ...STABLE_RUN, onSecret: undefined, onWarning: undefined },
      new SecretRegistry()
    );
    const cwd = path.resolve(options.cwd ?? process.cwd());
    return deepFreeze({ ...loaded, planIdentities: planIdentities(stable.builds, cwd, secrets.mask) });
  } catch (error) {
    throw maskError(error, secrets.mask);
  }
}

function load(options: LoadTemplateOptions, secrets: SecretRegistry): Omit<LoadedTemplate, 'planIdentities'> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const templatePath = path.resolve(cwd, options.path);
  const root = readTemplate(options.path, templatePath);
  const warn = options.onWarning ?? (() => {});
  const problems = new Problems();
  problems.section(() => checkTopLevel(root, warn));
  const packerVersion = options.packerVersion ?? PACKER_COMPATIBLE_VERSION;
  problems.section(() => checkMinPackerVersion(root, packerVersion));

  const base = {
    now: (options.clock ?? (() => new Date()))(),
    uuid: options.uuid ?? randomUUID,
    env: options.env ?? process.env,
    cwd,
    templatePath,
    packerVersion
  };
  const beforeVariables = problems.count;
  const variables = resolveVariables({
    declarations: objectSection(root, 'variables'),
    sensitive: findEntry(root, 'sensitive-variables')?.value,
    varFiles: options.varFiles ?? [],
    vars: options.vars ?? [],
    varsLabel: options.varsLabel ?? 'vars',
    scope: base,
    secret: value => secrets.add(value),
    warning: warn,
    problem: error => problems.add(error)
  });
  // A variable in error is "" from here on, which would show as made-up problems wherever it is used: what
  // is wrong so far (the top level, every variable) is what is reported.
  if (problems.count > beforeVariables) problems.throwIfAny();
  const undeclared = new Set<string>();
  // Packer renders {{user `x}}} of a variable the template does not declare as "" outside `variables`.
  const user = (name: string): string => {
    const value = variables.values.get(name);
    if (value !== undefined) return value;
    if (!undeclared.has(name)) {
      undeclared.add(name);
      warn(
        `{{user \`${name}\`}}: variable ${name} is not declared in the template; it renders as "" (as in Packer)`
      );
    }
    return '';
  };
  const scopeFor = (section: Section, build?: BuilderDefinition): TemplateScope => ({
    ...base,
    section,
    user,
    buildName: build?.name,
    buildType: build?.type
  });

  // Without its builders nothing else can be read for a build: report what was found up to here.
  const builders = problems.section(() =>
    defineBuilders(findEntry(root, 'builders')?.value, root.loc, scopeFor('builder'))
  );
  if (builders === undefined) {
    problems.throwIfAny();
    throw new Error('unreachable: a section that failed recorded no problem');
  }
  const builderNames = builders.map(builder => builder.name);
  const provisioners = (problems.section(() => listSection(root, 'provisioners')) ?? []).flatMap(
    (node, index) =>
      problems.section(() => defineProvisioner(node, `provisioners[${index}]`, builderNames)) ?? []
  );
  const cleanupNode = findEntry(root, 'error-cleanup-provisioner')?.value;
  const cleanup =
    cleanupNode === undefined || cleanupNode.kind === 'null'
      ? undefined
      : problems.section(() => defineProvisioner(cleanupNode, 'error-cleanup-provisioner', builderNames));
  const chains =
    problems.section(() => definePostProcessors(findEntry(root, 'post-processors')?.value, builderNames)) ??
    [];
  const except = options.except ?? [];
  // Like packer build -only: the builders left out are not built, so their type does not matter.
  const selected = selectBuilders(
    root,
    builders,
    options.only ?? [],
    except,
    postProcessorNames(chains)
  ).filter(build => problems.section(() => checkBuilderType(build, builders)) !== undefined);

  const files = new Set<string>([templatePath, ...variables.files]);
  const contextFor = (section: Section, build: BuilderDefinition, dataHint: string): DecodeContext => ({
    scope: scopeFor(section, build),
    dataHint,
    readsFile: file => files.add(file),
    secret: value => secrets.add(value),
    randomInt: max => Math.floor((options.random ?? Math.random)() * max),
    problems
  });

  // Each builder, provisioner and post-processor is read on its own, its problems gathered with the others'.
  const builds = selected.map((build): BuildPlan => {
    const builderContext = contextFor('builder', build, BUILDER_DATA_HINT);
    const provisionerContext = contextFor('provisioner', build, PROVISIONER_DATA_HINT);
    const errorCleanupProvisioner =
      cleanup === undefined
        ? undefined
        : problems.section(() => instantiateProvisioner(cleanup, build.name, provisionerContext));
    return {
      name: build.name,
      ...problems.section(() =>
        readBuilder(build.type, new OptionsReader(build.node, build.path, builderContext))
      )!,
      provisioners: provisioners.flatMap(
        definition =>
          problems.section(() => instantiateProvisioner(definition, build.name, provisionerContext)) ?? []
      ),
      ...(errorCleanupProvisioner === undefined ? {} : { errorCleanupProvisioner }),
      postProcessors:
        problems.section(() =>
          instantiateChains(
            chains,
            build.name,
            except,
            contextFor('post-processor', build, POST_PROCESSOR_DATA_HINT)
          )
        ) ?? []
    };
  });

  // Nothing below may see a stand-in value: every problem found so far is reported together.
  problems.throwIfAny();
  checkTemporaryKeyPairNames(selected, builds);
  return deepFreeze({
    templatePath,
    ...readDescription(root),
    builds,
    variables: Object.fromEntries(variables.values),
    sensitiveVariables: [...variables.sensitiveNames],
    sensitiveValues: secrets.values,
    files: [...files].sort(),
    templateFiles: [templatePath, ...variables.files].sort()
  });
}

function readTemplate(shownPath: string, absolutePath: string): JsonObject {
  let text: string;
  try {
    text = fs.readFileSync(absolutePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `file not found (looked for ${absolutePath})` : String(error);
    throw new InputError({
      at: { file: shownPath, line: 1, column: 1 },
      field: '',
      detail: `cannot read the template: ${reason}`
    });
  }
  const root = parseJson(text, shownPath);
  if (root.kind !== 'object') {
    throw new InputError({
      at: root.loc,
      field: '',
      detail: `a template must be a JSON object, found ${describeNode(root)}`
    });
  }
  return root;
}

function objectSection(root: JsonObject, key: string): JsonObject | undefined {
  const node = findEntry(root, key)?.value;
  if (node === undefined || node.kind === 'null') return undefined;
  if (node.kind !== 'object')
    throw new InputError({
      at: node.loc,
      field: key,
      detail: `expected an object, found ${describeNode(node)}`
    });
  return node;
}

function listSection(root: JsonObject, key: string): readonly JsonNode[] {
  const node = findEntry(root, key)?.value;
  if (node === undefined || node.kind === 'null') return [];
  if (node.kind !== 'array')
    throw new InputError({
      at: node.loc,
      field: key,
      detail: `expected a list, found ${describeNode(node)}`
    });
  return node.items;
}

/** Applies the build's only/except (like `packer build -only=a,b`); unknown names are errors. */
function selectBuilders(
  root: JsonObject,
  builders: readonly BuilderDefinition[],
  only: readonly string[],
  except: readonly string[],
  postProcessorNames: readonly string[]
): BuilderDefinition[] {
  const names = builders.map(builder => builder.name);
  const where = findEntry(root, 'builders')!;
  const complain = (detail: string): never => {
    throw new InputError({ at: where.keyLoc, field: 'builders', detail: detail });
  };
  if (only.length > 0 && except.length > 0) complain('give only or except, not both');
  for (const name of only) {
    if (!names.includes(name))
      complain(`only names ${name}, which is not a builder here (builders: ${names.join(', ')})`);
  }
  for (const name of except) {
    if (!names.includes(name) && !postProcessorNames.includes(name)) {
      complain(`except names ${name}, which is neither a builder nor a post-processor here`);
    }
  }
  const selected = builders.filter(
    builder => (only.length === 0 || only.includes(builder.name)) && !except.includes(builder.name)
  );
  if (selected.length === 0) complain('only/except leave no builder to run');
  return selected;
}
