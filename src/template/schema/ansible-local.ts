// The ansible-local provisioner's options (hashicorp/packer-plugin-ansible provisioner/ansible-local/
// provisioner.go), checked as its Prepare checks them: one of playbook_file and playbook_files, every
// local file and directory present and of the right kind. Each local path is registered as read, so
// the playbooks, roles and variables enter the fingerprint (a directory with everything under it).
// Defaults that depend on the run (the staging directory's uuid) are applied when it runs.

import fs from 'node:fs';
import { InputError } from '../../errors.js';
import { PROVISIONER_DATA } from '../build-data.js';
import { childPath } from '../json-path.js';
import type { LocalPathOptions, OptionsReader } from '../options-reader.js';
import type { AnsibleLocalProvisioner, ProvisionerCommon } from '../types.js';

const ANSIBLE_LOCAL_OPTIONS = [
  'command',
  'extra_arguments',
  'group_vars',
  'host_vars',
  'playbook_dir',
  'playbook_file',
  'playbook_files',
  'playbook_paths',
  'role_paths',
  'collection_paths',
  'staging_directory',
  'clean_staging_directory',
  'inventory_file',
  'inventory_groups',
  'galaxy_file',
  'galaxy_command',
  'galaxy_force_install',
  'galaxy_roles_path',
  'galaxy_collections_path'
];

/** Packer's default `command`: colour and unbuffered output, so the log streams as the play runs. */
export const DEFAULT_ANSIBLE_LOCAL_COMMAND = 'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook';

const READS: LocalPathOptions = { mustExist: true, reads: true };
type Kind = 'file' | 'directory';
const optional = (path: string | undefined): string[] => (path === undefined ? [] : [path]);

export function readAnsibleLocal(options: OptionsReader, common: ProvisionerCommon): AnsibleLocalProvisioner {
  options.checkKeys(ANSIBLE_LOCAL_OPTIONS, [], 'the ansible-local provisioner');
  if (options.has('playbook_file') && options.stringList('playbook_files').length > 0)
    throw options.error('playbook_files', 'give playbook_file or playbook_files, not both');
  const files = (name: string) => checkKind(options, name, 'file', options.localPathList(name, READS));
  const dirs = (name: string) => checkKind(options, name, 'directory', options.localPathList(name, READS));
  const file = (name: string) =>
    checkKind(options, name, 'file', optional(options.localPath(name, READS)))[0];
  const dir = (name: string) =>
    checkKind(options, name, 'directory', optional(options.localPath(name, READS)))[0];
  const playbookFile = file('playbook_file');
  const playbookFiles = files('playbook_files');
  if (playbookFile === undefined && playbookFiles.length === 0)
    throw options.objectError('playbook_file or playbook_files is required');
  return {
    type: 'ansible-local',
    ...common,
    command: options.string('command') ?? DEFAULT_ANSIBLE_LOCAL_COMMAND,
    extraArguments: options.deferredList('extra_arguments', PROVISIONER_DATA),
    playbookFile,
    playbookFiles,
    playbookDir: dir('playbook_dir'),
    playbookPaths: dirs('playbook_paths'),
    rolePaths: dirs('role_paths'),
    collectionPaths: dirs('collection_paths'),
    groupVars: dir('group_vars'),
    hostVars: dir('host_vars'),
    inventoryFile: file('inventory_file'),
    inventoryGroups: inventoryGroups(options),
    galaxyFile: file('galaxy_file'),
    galaxyCommand: options.string('galaxy_command') ?? 'ansible-galaxy',
    galaxyForceInstall: options.bool('galaxy_force_install') ?? false,
    galaxyRolesPath: options.string('galaxy_roles_path'),
    galaxyCollectionsPath: options.string('galaxy_collections_path'),
    stagingDirectory: options.string('staging_directory'),
    cleanStagingDirectory: options.bool('clean_staging_directory') ?? false
  };
}

/**
 * Packer documents inventory_groups as "a comma-separated list" and its decoder splits a string on commas
 * (the SDK's StringToSliceHookFunc(",")), so "web,db" is two groups; a JSON list is taken as it is.
 */
function inventoryGroups(options: OptionsReader): string[] {
  const isList = options.entry('inventory_groups')?.value.kind === 'array';
  const groups = options.stringList('inventory_groups');
  return isList ? groups : groups.flatMap(text => text.split(','));
}

/** Packer's validateFileConfig / validateDirConfig: the path must be a file (or a directory). */
function checkKind(options: OptionsReader, name: string, kind: Kind, paths: string[]): string[] {
  const entry = options.entry(name);
  return paths.map((path, index) => {
    const absolute = path.length > 1 ? path.replace(/\/$/, '') : path;
    const isDirectory = fs.statSync(absolute).isDirectory();
    if (isDirectory !== (kind === 'directory')) {
      const node = entry?.value.kind === 'array' ? entry.value.items[index] : entry?.value;
      throw new InputError({
        at: node?.loc ?? options.node.loc,
        field: entry?.value.kind === 'array' ? childPath(options.field(name), index) : options.field(name),
        detail: `${absolute} must point to a ${kind}`
      });
    }
    return absolute;
  });
}
