// `build` blocks: which sources each builds (by `sources = [...]` or build-level `source` blocks that
// rename and extend one), and the provisioners, error-cleanup provisioner and post-processor chains each
// source gets. Everything is evaluated per source, so `source.name` and `build.name` read as in Packer.

import { errorAt, type Range } from '../diagnostics.js';
import { evaluate } from '../eval/index.js';
import type { Attribute, Block } from '../syntax/ast.js';
import { isList, type HclValue } from '../value.js';
import type { JsonEntry, JsonObject } from '../../json-positions.js';
import type { ConfigFile } from './config-file.js';
import { evaluateBody, expandDynamic, locationOf, type BodyEvaluation } from './body-json.js';
import type { HclEnvironment } from './environment.js';
import { bodyContent } from './schema.js';
import { buildValue, rootVariables, sourceValue, type TemplateValues } from './scope.js';

/** One source as one build block builds it: what becomes one build plan. */
export interface SourceUse {
  /** Packer's build name: `build.source-type.name`, or `source-type.name` in an unnamed build block. */
  readonly fullName: string;
  /** The name the source goes by in this build: its build-level `name`, or its label. */
  readonly name: string;
  readonly type: string;
  readonly range: Range;
  /** The builder's options: the source block merged with the build-level source block's. */
  readonly builder: JsonObject;
  readonly builderPath: string;
  readonly provisioners: readonly PluginUse[];
  readonly errorCleanupProvisioner?: PluginUse;
  readonly postProcessors: readonly (readonly PluginUse[])[];
}

export interface PluginUse {
  /** The options, with `type` from the block's label (and no only/except: they are applied here). */
  readonly node: JsonObject;
  readonly path: string;
  readonly type: string;
}

const BUILD_SCHEMA = {
  attributes: ['name', 'description', 'sources'],
  blocks: [
    { type: 'source', labels: ['reference'] },
    { type: 'provisioner', labels: ['type'] },
    { type: 'error-cleanup-provisioner', labels: ['type'] },
    { type: 'post-processor', labels: ['type'] },
    { type: 'post-processors', labels: [] },
    { type: 'hcp_packer_registry', labels: [] },
    { type: 'dynamic', labels: ['type'] }
  ]
};

/** Attributes Packer reads on every provisioner and post-processor itself, not the plugin. */
const ONLY_EXCEPT = ['only', 'except'];

export function decodeBuilds(
  files: readonly ConfigFile[],
  values: TemplateValues,
  environment: HclEnvironment
): { uses: SourceUse[]; description?: string } {
  const { diagnostics } = environment;
  const sources = new Map<string, Block>();
  for (const file of files)
    for (const block of file.blocks.filter(candidate => candidate.type === 'source')) {
      const key = `${block.labels[0]}.${block.labels[1]}`;
      const earlier = sources.get(key);
      if (earlier !== undefined)
        diagnostics.push(
          errorAt(
            block.typeRange,
            'Duplicate source block',
            `source "${block.labels[0]}" "${block.labels[1]}" is defined twice (first at ${earlier.range.file}:${earlier.range.start.line}).`
          )
        );
      else sources.set(key, block);
    }
  const builds = files.flatMap(file => file.blocks.filter(block => block.type === 'build'));
  if (builds.length === 0) {
    const at = files[0]?.blocks[0]?.range ?? {
      file: files[0]?.shown ?? '',
      start: { line: 1, column: 1, byte: 0 },
      end: { line: 1, column: 1, byte: 0 }
    };
    diagnostics.push(
      errorAt(
        at,
        'Missing build block',
        'A build block with one or more sources is required for executing a build.'
      )
    );
  }
  let description: string | undefined;
  const uses = builds.flatMap((build, buildIndex) => {
    const decoded = decodeBuild(build, buildIndex, builds.length, sources, values, environment);
    description ??= decoded.description;
    return decoded.uses;
  });
  return { uses, ...(description === undefined ? {} : { description }) };
}

function decodeBuild(
  block: Block,
  buildIndex: number,
  buildCount: number,
  sources: ReadonlyMap<string, Block>,
  values: TemplateValues,
  environment: HclEnvironment
): { uses: SourceUse[]; description?: string } {
  const { diagnostics } = environment;
  const content = bodyContent(block.body, BUILD_SCHEMA, diagnostics);
  const plain = (attribute: Attribute | undefined): HclValue => {
    if (attribute === undefined) return null;
    const result = evaluate(attribute.expr, {
      variables: rootVariables(values),
      functions: environment.functions,
      functionContext: environment.functionContext
    });
    diagnostics.push(...result.diagnostics);
    return result.value;
  };
  const buildName = stringOr(plain(content.attributes.get('name')), '');
  const description = plain(content.attributes.get('description'));
  const buildPath = buildCount === 1 ? 'build' : `build[${buildIndex}]`;

  const references: { label: string; range: Range; override?: Block }[] = [];
  const sourcesAttribute = content.attributes.get('sources');
  const listed = plain(sourcesAttribute);
  if (sourcesAttribute !== undefined) {
    if (!isList(listed) || !listed.every(item => typeof item === 'string'))
      diagnostics.push(
        errorAt(
          sourcesAttribute.expr.range,
          'Invalid sources',
          'sources must be a list of source references, such as ["source.amazon-ebs.ubuntu"].'
        )
      );
    else
      for (const label of listed as string[]) references.push({ label, range: sourcesAttribute.expr.range });
  }
  for (const source of content.blocks.filter(inner => inner.type === 'source'))
    references.push({ label: source.labels[0]!, range: source.labelRanges[0]!, override: source });
  for (const registry of content.blocks.filter(inner => inner.type === 'hcp_packer_registry'))
    diagnostics.push(
      errorAt(
        registry.typeRange,
        'Unsupported block type',
        'hcp_packer_registry is not supported yet: HCP Packer is a hosted service this action does not talk to. Remove the block; the image is tagged with its commit and fingerprint instead.'
      )
    );
  if (references.length === 0)
    diagnostics.push(
      errorAt(
        block.typeRange,
        'missing source reference',
        'a build block must reference at least one source to be built'
      )
    );

  const uses: SourceUse[] = [];
  for (const reference of references) {
    const ref = parseSourceReference(reference.label);
    if (ref === undefined) {
      diagnostics.push(
        errorAt(
          reference.range,
          'Invalid source reference',
          `"${reference.label}" is not a source reference. A valid source reference looks like: \`source.type.name\`.`
        )
      );
      continue;
    }
    const source = sources.get(`${ref.type}.${ref.name}`);
    if (source === undefined) {
      const known = [...sources.keys()].map(key => `source.${key}`);
      diagnostics.push(
        errorAt(
          reference.range,
          `Unknown source ${ref.type}.${ref.name}`,
          `There is no source "${ref.type}" "${ref.name}"; known sources: ${known.length === 0 ? 'none' : known.join(', ')}.`
        )
      );
      continue;
    }
    const use = decodeUse(
      source,
      ref,
      reference.override,
      { buildName, buildPath, block: content },
      values,
      environment
    );
    if (use !== undefined) uses.push(use);
  }
  return { uses, ...(typeof description === 'string' ? { description } : {}) };
}

function decodeUse(
  source: Block,
  ref: { type: string; name: string },
  override: Block | undefined,
  build: { buildName: string; buildPath: string; block: { blocks: readonly Block[] } },
  values: TemplateValues,
  environment: HclEnvironment
): SourceUse | undefined {
  const { diagnostics } = environment;
  const nameAttribute = override?.body.attributes.find(attribute => attribute.name === 'name');
  let name = ref.name;
  if (nameAttribute !== undefined) {
    const result = evaluate(nameAttribute.expr, {
      variables: rootVariables(values),
      functions: environment.functions,
      functionContext: environment.functionContext
    });
    diagnostics.push(...result.diagnostics);
    if (typeof result.value === 'string' && result.value !== '') name = result.value;
  }
  const sourceVariables = rootVariables(values, { source: sourceValue(ref.type, name) });
  const builderPath = `source.${ref.type}.${name}`;
  const evaluation: BodyEvaluation = { environment, variables: sourceVariables, path: builderPath };
  const base = evaluateBody(source.body, source.range, evaluation);
  const builder = override === undefined ? base : mergeOverride(base, override, evaluation, builderPath);
  const fullType = `${ref.type}.${name}`;
  const fullName = build.buildName === '' ? fullType : `${build.buildName}.${fullType}`;

  const inBuild: BodyEvaluation = {
    environment,
    variables: rootVariables(values, {
      source: sourceValue(ref.type, name),
      build: buildValue(build.buildName)
    }),
    skip: ONLY_EXCEPT,
    path: build.buildPath
  };
  const expanded = expandDynamic(build.block.blocks, inBuild);
  const scopeOf = new Map(expanded.map(item => [item.block, item.variables]));
  const plugin = (block: Block, path: string): PluginUse | undefined => {
    const evaluation = { ...inBuild, variables: scopeOf.get(block) ?? inBuild.variables, path };
    if (!appliesTo(block, fullType, evaluation)) return undefined;
    const node = evaluateBody(block.body, block.range, evaluation);
    const type = block.labels[0]!;
    const typeEntry: JsonEntry = {
      key: 'type',
      keyLoc: locationOf(block.labelRanges[0]!),
      value: { kind: 'string', loc: locationOf(block.labelRanges[0]!), value: type }
    };
    return { node: { ...node, entries: [typeEntry, ...node.entries] }, path, type };
  };
  const blocks = expanded.map(item => item.block);
  const provisionerBlocks = blocks.filter(block => block.type === 'provisioner');
  const provisioners = provisionerBlocks.flatMap(
    (block, index) => plugin(block, `${build.buildPath}.provisioner[${index}]`) ?? []
  );
  const cleanupBlocks = blocks.filter(block => block.type === 'error-cleanup-provisioner');
  for (const extra of cleanupBlocks.slice(1))
    diagnostics.push(
      errorAt(
        extra.typeRange,
        'Only one error-cleanup-provisioner is allowed',
        'A build block takes at most one error-cleanup-provisioner.'
      )
    );
  const errorCleanupProvisioner =
    cleanupBlocks[0] === undefined
      ? undefined
      : plugin(cleanupBlocks[0], `${build.buildPath}.error-cleanup-provisioner`);

  const postProcessors: PluginUse[][] = [];
  let chainIndex = 0;
  for (const block of blocks) {
    if (block.type === 'post-processor') {
      const use = plugin(block, `${build.buildPath}.post-processor[${chainIndex++}]`);
      if (use !== undefined) postProcessors.push([use]);
    } else if (block.type === 'post-processors') {
      const content = bodyContent(
        block.body,
        { blocks: [{ type: 'post-processor', labels: ['type'] }] },
        diagnostics
      );
      const path = `${build.buildPath}.post-processors[${chainIndex++}]`;
      const chain = content.blocks.flatMap(
        (inner, index) => plugin(inner, `${path}.post-processor[${index}]`) ?? []
      );
      if (chain.length > 0) postProcessors.push(chain);
    }
  }
  return {
    fullName,
    name,
    type: ref.type,
    range: source.range,
    builder,
    builderPath,
    provisioners,
    ...(errorCleanupProvisioner === undefined ? {} : { errorCleanupProvisioner }),
    postProcessors
  };
}

/** The build-level source block's options over the source's: a new option is added, a set one is an error, as in Packer. */
function mergeOverride(
  base: JsonObject,
  override: Block,
  evaluation: BodyEvaluation,
  builderPath: string
): JsonObject {
  const extra = evaluateBody(override.body, override.range, { ...evaluation, skip: ['name'] });
  const entries = [...base.entries];
  for (const entry of extra.entries) {
    const existing = entries.find(candidate => candidate.key === entry.key);
    if (existing !== undefined) {
      const at = {
        file: entry.keyLoc.file,
        start: { line: entry.keyLoc.line, column: entry.keyLoc.column, byte: 0 },
        end: { line: entry.keyLoc.line, column: entry.keyLoc.column, byte: 0 }
      };
      evaluation.environment.diagnostics.push(
        errorAt(
          at,
          'Duplicate argument',
          `${builderPath}: ${entry.key} is already set in the source block at ${existing.keyLoc.file}:${existing.keyLoc.line}; a build-level source block can add options, not change them.`
        )
      );
      continue;
    }
    entries.push(entry);
  }
  return { ...base, entries };
}

/** A provisioner's or post-processor's only/except, matched against `type.name` as Packer does. */
function appliesTo(block: Block, fullType: string, evaluation: BodyEvaluation): boolean {
  const read = (name: string): string[] | undefined => {
    const attribute = block.body.attributes.find(candidate => candidate.name === name);
    if (attribute === undefined) return undefined;
    const result = evaluate(attribute.expr, {
      variables: evaluation.variables,
      functions: evaluation.environment.functions,
      functionContext: evaluation.environment.functionContext
    });
    evaluation.environment.diagnostics.push(...result.diagnostics);
    if (isList(result.value) && result.value.every(item => typeof item === 'string'))
      return result.value as string[];
    evaluation.environment.diagnostics.push(
      errorAt(
        attribute.expr.range,
        `Invalid ${name}`,
        `${name} must be a list of source names such as ["amazon-ebs.ubuntu"].`
      )
    );
    return [];
  };
  const only = read('only');
  const except = read('except');
  if (only !== undefined && except !== undefined) {
    const at = block.body.attributes.find(candidate => candidate.name === 'except')!;
    evaluation.environment.diagnostics.push(
      errorAt(
        at.nameRange,
        "only one of 'only' or 'except' may be specified",
        'Give only or except, not both.'
      )
    );
  }
  if (only !== undefined && only.length > 0) return only.includes(fullType);
  if (except !== undefined) return !except.includes(fullType);
  return true;
}

/** `source.type.name` (or `type.name`, which Packer also accepts in a build-level source block). */
function parseSourceReference(label: string): { type: string; name: string } | undefined {
  const parts = label.split('.');
  const [type, name] =
    parts.length === 3 && parts[0] === 'source' ? [parts[1], parts[2]] : parts.length === 2 ? parts : [];
  const identifier = /^[A-Za-z_][A-Za-z0-9_-]*$/;
  if (type === undefined || name === undefined || !identifier.test(type) || !identifier.test(name))
    return undefined;
  return { type, name };
}

function stringOr(value: HclValue, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
