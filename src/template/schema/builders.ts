// The `builders` list: each needs a type and a unique name (default: type). amazon-ebs and docker are built here;
// the type is checked after only/except pick the builders to run, as `packer build -only` does.

import { InputError } from '../../errors.js';
import type { TemplateScope } from '../functions.js';
import { noBuildData, renderString } from '../interpolate.js';
import { childPath } from '../json-path.js';
import { describeNode, findEntry, type JsonNode, type JsonObject } from '../json-positions.js';
import { TemplateError } from '../template-syntax.js';

export interface BuilderDefinition {
  /** The builder's options, without `type` and `name`. */
  readonly node: JsonObject;
  readonly path: string;
  /** As written; checkBuilderType refuses anything but amazon-ebs and docker among the builders selected. */
  readonly type: string;
  readonly name: string;
  readonly typeLoc?: JsonNode['loc'];
}

const SUPPORTED_TYPES = ['amazon-ebs', 'docker'];

/** `scope` renders builder names, which may use user variables as in Packer. */
export function defineBuilders(
  section: JsonNode | undefined,
  rootLoc: JsonNode['loc'],
  scope: TemplateScope
): BuilderDefinition[] {
  if (section === undefined || (section.kind === 'array' && section.items.length === 0)) {
    throw new InputError({
      at: section?.loc ?? rootLoc,
      field: 'builders',
      detail: 'at least one builder must be defined'
    });
  }
  if (section.kind !== 'array') {
    throw new InputError({
      at: section.loc,
      field: 'builders',
      detail: `expected a list of builders, found ${describeNode(section)}`
    });
  }
  const seen = new Map<string, string>();
  return section.items.map((node, index) => {
    const path = childPath('builders', index);
    if (node.kind !== 'object')
      throw new InputError({
        at: node.loc,
        field: path,
        detail: `expected an object, found ${describeNode(node)}`
      });
    const type = readText(node, path, 'type', scope);
    if (type === undefined) throw new InputError({ at: node.loc, field: path, detail: 'type is required' });
    const name = readText(node, path, 'name', scope) ?? type;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      const where = findEntry(node, 'name')?.value.loc ?? node.loc;
      throw new InputError({
        at: where,
        field: childPath(path, 'name'),
        detail: `${earlier} already has the name ${name}; builder names must be unique`
      });
    }
    seen.set(name, path);
    const options = node.entries.filter(entry => entry.key !== 'type' && entry.key !== 'name');
    return {
      node: { ...node, entries: options },
      path,
      type,
      name,
      typeLoc: findEntry(node, 'type')!.value.loc
    };
  });
}

/** Refuses a selected builder we cannot build; with several builders, says how to leave it out. */
export function checkBuilderType(build: BuilderDefinition, all: readonly BuilderDefinition[]): true {
  if (SUPPORTED_TYPES.includes(build.type)) return true;
  const buildable = all.filter(other => SUPPORTED_TYPES.includes(other.type)).map(other => other.name);
  const hint =
    buildable.length === 0
      ? ''
      : `; to build the others, set the only input (like packer build -only): only: ${buildable.join(',')}`;
  throw new InputError({
    at: build.typeLoc ?? build.node.loc,
    field: childPath(build.path, 'type'),
    detail: `builder type ${build.type} is not supported (only amazon-ebs and docker)${hint}`
  });
}

function readText(node: JsonObject, path: string, key: string, scope: TemplateScope): string | undefined {
  const entry = findEntry(node, key);
  if (entry === undefined || entry.value.kind === 'null') return undefined;
  const field = childPath(path, key);
  if (entry.value.kind !== 'string') {
    throw new InputError({
      at: entry.value.loc,
      field: field,
      detail: `expected a string, found ${describeNode(entry.value)}`
    });
  }
  try {
    const text = renderString(
      entry.value.value,
      scope,
      noBuildData('build data is not available in builder names')
    );
    return text === '' ? undefined : text;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new InputError({ at: entry.value.loc, field: field, detail: error.message, cause: error });
  }
}
