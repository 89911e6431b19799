// Which build data each kind of option may use, by Packer's names.

import type { DataPolicy } from './interpolate.js';

/** The amazon builder's facts about the source image (builder/common/interpolate_build_info.go). */
const AMAZON_BUILD_INFO = new Map<string, 'string' | 'map'>([
  ['BuildRegion', 'string'],
  ['SourceAMI', 'string'],
  ['SourceAMICreationDate', 'string'],
  ['SourceAMIName', 'string'],
  ['SourceAMIOwner', 'string'],
  ['SourceAMIOwnerName', 'string'],
  ['SourceAMITags', 'map']
]);

/** What `{{ build `Name` }}` can ask for in a provisioner: the SDK's common data plus the amazon builder's. */
export const PROVISIONER_BUILD_NAMES: ReadonlySet<string> = new Set([
  'ID',
  'Host',
  'Port',
  'User',
  'Password',
  'ConnType',
  'PackerRunUUID',
  'PackerHTTPAddr',
  'PackerHTTPIP',
  'PackerHTTPPort',
  'SSHPublicKey',
  'SSHPrivateKey',
  'WinRMPassword',
  'BuildRegion',
  'SourceAMI',
  'SourceAMICreationDate',
  'SourceAMIName',
  'SourceAMIOwner',
  'SourceAMIOwnerName'
]);

export const BUILDER_DATA_HINT =
  'build data (.SourceAMIName, .BuildRegion, ...) renders only in ami_description, tags, snapshot_tags, ' +
  'run_tags and run_volume_tags';

export const PROVISIONER_DATA_HINT =
  "build data ({{ build `ID` }}, ...) renders only in inline commands, environment_vars, env, execute_command, extra_arguments and a breakpoint's note";

export const POST_PROCESSOR_DATA_HINT =
  "build data ({{ build `SourceAMIName` }}, ...) renders only in the manifest post-processor's custom_data";

/** The manifest's custom_data: Packer renders it after the build with the builder's generated data. */
export const MANIFEST_DATA: DataPolicy = {
  fields: new Map(),
  buildNames: PROVISIONER_BUILD_NAMES,
  hint: POST_PROCESSOR_DATA_HINT
};

/** ami_description and the tag maps. */
export const AMAZON_TAG_DATA: DataPolicy = {
  fields: AMAZON_BUILD_INFO,
  buildNames: new Set(),
  hint: BUILDER_DATA_HINT
};

/** Provisioner strings rendered at provision time: inline commands, environment. */
export const PROVISIONER_DATA: DataPolicy = {
  fields: new Map(),
  buildNames: PROVISIONER_BUILD_NAMES,
  hint: PROVISIONER_DATA_HINT
};

/** An execute_command: the provisioner's own fields (`{{.Path}}`, `{{.Vars}}`) plus `build`. */
export function executeCommandData(fields: readonly string[], withBuildData: boolean): DataPolicy {
  return {
    fields: new Map(fields.map(field => [field, 'string'] as const)),
    buildNames: withBuildData ? PROVISIONER_BUILD_NAMES : new Set(),
    hint: PROVISIONER_DATA_HINT
  };
}
