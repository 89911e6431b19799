// The `post-processors` section in Packer's three forms: a type name ("manifest"), an object, or a list of
// those, which is a chain run in sequence. Each build gets the chains with only/except applied; naming a
// post-processor in the build's `except` drops it and the rest of its chain, as `packer build -except` does.

import { InputError } from '../../errors.js';
import { childPath } from '../json-path.js';
import { describeNode, findEntry, type JsonNode, type JsonObject } from '../json-positions.js';
import { OptionsReader, type DecodeContext } from '../options-reader.js';
import type { PostProcessor, PostProcessorChain, PostProcessorCommon } from '../types.js';
import {
  DOCKER_POST_PROCESSOR_TYPES,
  readDockerPostProcessor,
  type DockerPostProcessorType
} from './docker-post-processors.js';
import { readManifest } from './manifest.js';
import { readOnlyExcept, type OnlyExcept } from './only-except.js';
import { readShellLocal } from './shell-local.js';

const CORE_KEYS = ['type', 'name', 'only', 'except', 'keep_input_artifact'];
const SUPPORTED_TYPES: readonly string[] = ['manifest', 'shell-local', ...DOCKER_POST_PROCESSOR_TYPES];

export interface PostProcessorDefinition {
  readonly node: JsonObject;
  readonly path: string;
  readonly type: string;
  readonly name: string;
  readonly onlyExcept: OnlyExcept;
}

export type ChainDefinition = readonly PostProcessorDefinition[];

export function definePostProcessors(
  section: JsonNode | undefined,
  builderNames: readonly string[]
): ChainDefinition[] {
  if (section === undefined || section.kind === 'null') return [];
  if (section.kind !== 'array') {
    throw new InputError({
      at: section.loc,
      field: 'post-processors',
      detail: `expected a list, found ${describeNode(section)}`
    });
  }
  return section.items.map((item, index) => {
    const path = childPath('post-processors', index);
    if (item.kind !== 'array') return [definePostProcessor(item, path, builderNames)];
    return item.items.map((inner, innerIndex) => {
      const innerPath = childPath(path, innerIndex);
      if (inner.kind === 'array') {
        throw new InputError({
          at: inner.loc,
          field: innerPath,
          detail: 'a chain of post-processors cannot contain another list'
        });
      }
      return definePostProcessor(inner, innerPath, builderNames);
    });
  });
}

/** All post-processor names, for checking the names given to `except`. */
export function postProcessorNames(chains: readonly ChainDefinition[]): string[] {
  return chains.flatMap(chain => chain.map(definition => definition.name));
}

export function instantiateChains(
  chains: readonly ChainDefinition[],
  buildName: string,
  except: readonly string[],
  context: DecodeContext
): PostProcessorChain[] {
  const result: PostProcessorChain[] = [];
  for (const chain of chains) {
    const current: PostProcessor[] = [];
    for (const definition of chain) {
      if (definition.onlyExcept.skips(buildName)) continue;
      if (except.includes(definition.name)) break;
      current.push(instantiatePostProcessor(definition, context));
    }
    if (current.length > 0) result.push(current);
  }
  return result;
}

/** One post-processor's structure (a type name or an object); the HCL2 front end defines its blocks one by one. */
export function definePostProcessor(
  node: JsonNode,
  path: string,
  builderNames: readonly string[]
): PostProcessorDefinition {
  const object: JsonObject | undefined =
    node.kind === 'string'
      ? { kind: 'object', loc: node.loc, entries: [{ key: 'type', keyLoc: node.loc, value: node }] }
      : node.kind === 'object'
        ? node
        : undefined;
  if (object === undefined) {
    throw new InputError({
      at: node.loc,
      field: path,
      detail: `expected a post-processor (a type name or an object), found ${describeNode(node)}`
    });
  }
  const typeEntry = findEntry(object, 'type');
  if (typeEntry === undefined)
    throw new InputError({ at: object.loc, field: path, detail: 'type is required' });
  const typeField = node.kind === 'string' ? path : childPath(path, 'type');
  if (typeEntry.value.kind !== 'string' || typeEntry.value.value === '') {
    throw new InputError({
      at: typeEntry.value.loc,
      field: typeField,
      detail: `expected a post-processor type, found ${describeNode(typeEntry.value)}`
    });
  }
  const type = typeEntry.value.value;
  if (!SUPPORTED_TYPES.includes(type)) {
    throw new InputError({
      at: typeEntry.value.loc,
      field: typeField,
      detail: `post-processor type ${type} is not supported yet`
    });
  }
  const nameEntry = findEntry(object, 'name');
  if (nameEntry !== undefined && nameEntry.value.kind !== 'string') {
    throw new InputError({
      at: nameEntry.value.loc,
      field: childPath(path, 'name'),
      detail: `expected a string, found ${describeNode(nameEntry.value)}`
    });
  }
  const name =
    nameEntry?.value.kind === 'string' && nameEntry.value.value !== '' ? nameEntry.value.value : type;
  return { node: object, path, type, name, onlyExcept: readOnlyExcept(object, path, builderNames) };
}

export function instantiatePostProcessor(
  definition: PostProcessorDefinition,
  context: DecodeContext
): PostProcessor {
  const core = new OptionsReader(definition.node, definition.path, context);
  const common: PostProcessorCommon = {
    name: definition.name,
    keepInputArtifact: core.bool('keep_input_artifact')
  };
  const entries = definition.node.entries.filter(entry => !CORE_KEYS.includes(entry.key));
  const options = new OptionsReader({ ...definition.node, entries }, definition.path, context);
  if (definition.type === 'manifest') return readManifest(options, common);
  if ((DOCKER_POST_PROCESSOR_TYPES as readonly string[]).includes(definition.type)) {
    // Packer runs it on an AMI and fails after the build ("Unknown artifact type"); said here, before
    // anything is built, with the way out.
    const buildType = context.scope.buildType;
    if (buildType !== undefined && buildType !== 'docker') {
      throw new InputError({
        at: findEntry(definition.node, 'type')?.value.loc ?? definition.node.loc,
        field: childPath(definition.path, 'type'),
        detail: `${definition.type} takes a docker build's image, but would run on the ${buildType} build "${context.scope.buildName}" (Packer fails it after the build with "Unknown artifact type"): give it "only": [the docker builds' names]`
      });
    }
    return readDockerPostProcessor(definition.type as DockerPostProcessorType, options, common);
  }
  return {
    type: 'shell-local',
    ...common,
    ...readShellLocal(options, 'the shell-local post-processor', false)
  };
}
