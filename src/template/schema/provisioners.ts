// The `provisioners` list and `error-cleanup-provisioner`: Packer's core keys (type, only, except,
// override, pause_before, max_retries, timeout) are read once per template; each build then gets its own
// copy, filtered by only/except and with that builder's override merged over the options.

import { InputError } from '../../errors.js';
import { childPath } from '../json-path.js';
import {
  describeNode,
  findEntry,
  type JsonEntry,
  type JsonNode,
  type JsonObject
} from '../json-positions.js';
import { OptionsReader, type DecodeContext } from '../options-reader.js';
import type { Provisioner, ProvisionerCommon } from '../types.js';
import { readChefSolo } from './chef-solo.js';
import { readAnsibleLocal } from './ansible-local.js';
import { readBreakpoint } from './breakpoint.js';
import { readAnsible } from './ansible.js';
import { readFile } from './file.js';
import { readPuppetMasterless } from './puppet-masterless.js';
import { readShellLocal } from './shell-local.js';
import { readShell } from './shell.js';
import { readOnlyExcept, type OnlyExcept } from './only-except.js';

const CORE_KEYS = ['type', 'only', 'except', 'override', 'pause_before', 'max_retries', 'timeout'];
const SUPPORTED_TYPES = [
  'shell',
  'file',
  'shell-local',
  'ansible',
  'ansible-local',
  'puppet-masterless',
  'chef-solo',
  'breakpoint'
];

export interface ProvisionerDefinition {
  readonly node: JsonObject;
  readonly path: string;
  readonly type: string;
  readonly onlyExcept: OnlyExcept;
  /** Per builder name: the override block's entries. */
  readonly overrides: ReadonlyMap<string, JsonObject>;
}

/** Reads the structure of one provisioner; `builderNames` are all the template's builders. */
export function defineProvisioner(
  node: JsonNode,
  path: string,
  builderNames: readonly string[]
): ProvisionerDefinition {
  if (node.kind !== 'object')
    throw new InputError({
      at: node.loc,
      field: path,
      detail: `expected an object, found ${describeNode(node)}`
    });
  const typeEntry = findEntry(node, 'type');
  if (typeEntry === undefined)
    throw new InputError({ at: node.loc, field: path, detail: 'type is required' });
  if (typeEntry.value.kind !== 'string' || typeEntry.value.value === '') {
    throw new InputError({
      at: typeEntry.value.loc,
      field: childPath(path, 'type'),
      detail: `expected a provisioner type, found ${describeNode(typeEntry.value)}`
    });
  }
  const type = typeEntry.value.value;
  if (!SUPPORTED_TYPES.includes(type)) {
    throw new InputError({
      at: typeEntry.value.loc,
      field: childPath(path, 'type'),
      detail: `provisioner type ${type} is not supported yet`
    });
  }
  return {
    node,
    path,
    type,
    onlyExcept: readOnlyExcept(node, path, builderNames),
    overrides: readOverrides(node, path, builderNames)
  };
}

/** This build's provisioner, or undefined when only/except leave it out. */
export function instantiateProvisioner(
  definition: ProvisionerDefinition,
  buildName: string,
  context: DecodeContext
): Provisioner | undefined {
  if (definition.onlyExcept.skips(buildName)) return undefined;
  const common = readCommon(new OptionsReader(definition.node, definition.path, context));
  const override = definition.overrides.get(buildName);
  const entries = new Map<string, JsonEntry>();
  const overridePaths = new Map<string, string>();
  for (const entry of definition.node.entries)
    if (!CORE_KEYS.includes(entry.key)) entries.set(entry.key, entry);
  for (const entry of override?.entries ?? []) {
    entries.set(entry.key, entry);
    overridePaths.set(
      entry.key,
      childPath(childPath(childPath(definition.path, 'override'), buildName), entry.key)
    );
  }
  const merged: JsonObject = { kind: 'object', loc: definition.node.loc, entries: [...entries.values()] };
  const options = new OptionsReader(merged, definition.path, context, overridePaths);
  switch (definition.type) {
    case 'shell':
      return readShell(options, common);
    case 'file':
      return readFile(options, common);
    case 'puppet-masterless':
      return readPuppetMasterless(options, common);
    case 'chef-solo':
      return readChefSolo(options, common);
    case 'ansible-local':
      return readAnsibleLocal(options, common);
    case 'breakpoint':
      return readBreakpoint(options, common);
    case 'ansible':
      return readAnsible(options, common);
    default:
      return {
        type: 'shell-local',
        ...common,
        ...readShellLocal(options, 'the shell-local provisioner', true)
      };
  }
}

function readCommon(options: OptionsReader): ProvisionerCommon {
  const maxRetries = options.int('max_retries', { min: 0 }) ?? 0;
  return {
    pauseBeforeMs: options.duration('pause_before') ?? 0,
    maxRetries,
    timeoutMs: options.duration('timeout') || undefined
  };
}

function readOverrides(
  node: JsonObject,
  path: string,
  builderNames: readonly string[]
): Map<string, JsonObject> {
  const overrides = new Map<string, JsonObject>();
  const entry = findEntry(node, 'override');
  if (entry === undefined || entry.value.kind === 'null') return overrides;
  const overridePath = childPath(path, 'override');
  if (entry.value.kind !== 'object') {
    throw new InputError({
      at: entry.value.loc,
      field: overridePath,
      detail: `expected an object keyed by builder name, found ${describeNode(entry.value)}`
    });
  }
  for (const perBuilder of entry.value.entries) {
    const field = childPath(overridePath, perBuilder.key);
    if (!builderNames.includes(perBuilder.key)) {
      throw new InputError({
        at: perBuilder.keyLoc,
        field: field,
        detail: `there is no builder named ${perBuilder.key} to override`
      });
    }
    if (perBuilder.value.kind !== 'object') {
      throw new InputError({
        at: perBuilder.value.loc,
        field: field,
        detail: `expected an object of options, found ${describeNode(perBuilder.value)}`
      });
    }
    overrides.set(perBuilder.key, perBuilder.value);
  }
  return overrides;
}
