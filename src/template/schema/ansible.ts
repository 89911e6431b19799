// The remote ansible provisioner's options (hashicorp/packer-plugin-ansible provisioner/ansible,
// Config and Prepare), with Packer's defaults and its checks on local files. Every local file the
// play reads enters the fingerprint: the playbook with what sits beside it (roles/, group_vars/,
// ...), the galaxy requirements, the inventory and its directory, the proxy's key files.

import fs from 'node:fs';
import path from 'node:path';
import { PROVISIONER_DATA } from '../build-data.js';
import type { OptionsReader } from '../options-reader.js';
import type { AnsibleProvisioner, ProvisionerCommon } from '../types.js';

const ANSIBLE_OPTIONS = [
  'playbook_file',
  'command',
  'extra_arguments',
  'ansible_env_vars',
  'ansible_ssh_extra_args',
  'groups',
  'empty_groups',
  'host_alias',
  'user',
  'inventory_file',
  'inventory_directory',
  'keep_inventory_file',
  'galaxy_file',
  'galaxy_command',
  'galaxy_force_install',
  'galaxy_force_with_deps',
  'roles_path',
  'collections_path',
  'use_proxy',
  'use_sftp',
  'sftp_command',
  'local_port',
  'ssh_host_key_file',
  'ssh_authorized_key_file',
  'skip_version_check'
];
/** WinRM and the RSA proxy key have no use on this action's Linux SSH builds; the line template waits for demand. */
const ANSIBLE_UNSUPPORTED = ['inventory_file_template', 'ansible_proxy_key_type', 'ansible_winrm_use_http'];

/**
 * What a playbook reads from its own directory (ansible's playbook-adjacent lookups). When that directory is
 * the working directory or a repository root, only these enter the fingerprint, not the whole tree.
 */
const PLAYBOOK_COMPANIONS = [
  'roles',
  'collections',
  'group_vars',
  'host_vars',
  'library',
  'module_utils',
  'filter_plugins',
  'plugins',
  'tasks',
  'handlers',
  'vars',
  'templates',
  'files',
  'ansible.cfg'
];

export function readAnsible(options: OptionsReader, common: ProvisionerCommon): AnsibleProvisioner {
  options.checkKeys(ANSIBLE_OPTIONS, ANSIBLE_UNSUPPORTED, 'the ansible provisioner');
  if (!options.has('playbook_file')) throw options.missing('playbook_file', 'must be specified');
  const playbookFile = regularFile(options, 'playbook_file')!;
  readPlaybookDirectory(options, playbookFile);
  const inventoryDirectory = options.localPath('inventory_directory', { mustExist: true, reads: true });
  if (inventoryDirectory !== undefined && !fs.statSync(inventoryDirectory).isDirectory()) {
    throw options.error(
      'inventory_directory',
      `${options.string('inventory_directory')} must point to a directory`
    );
  }
  return {
    type: 'ansible',
    ...common,
    playbookFile,
    command: options.string('command') ?? 'ansible-playbook',
    extraArguments: options.deferredList('extra_arguments', PROVISIONER_DATA),
    ansibleEnvVars: readEnvVars(options),
    ansibleSshExtraArgs: options.stringList('ansible_ssh_extra_args'),
    groups: options.stringList('groups'),
    emptyGroups: options.stringList('empty_groups'),
    hostAlias: options.string('host_alias') ?? 'default',
    user: options.string('user'),
    // It may be written during the build (by shell-local): looked for when the provisioner runs.
    inventoryFile: options.localPath('inventory_file', { mustExist: false, reads: true }),
    inventoryDirectory,
    keepInventoryFile: options.bool('keep_inventory_file') ?? false,
    galaxyFile: regularFile(options, 'galaxy_file'),
    galaxyCommand: options.string('galaxy_command') ?? 'ansible-galaxy',
    galaxyForceInstall: options.bool('galaxy_force_install') ?? false,
    galaxyForceWithDeps: options.bool('galaxy_force_with_deps') ?? false,
    rolesPath: options.string('roles_path'),
    collectionsPath: options.string('collections_path'),
    // Packer's current default: the proxy, for every connection type.
    useProxy: options.bool('use_proxy') ?? true,
    useSftp: options.bool('use_sftp') ?? false,
    sftpCommand: options.string('sftp_command'),
    localPort: options.int('local_port', { min: 0, max: 65535 }) || undefined,
    sshHostKeyFile: regularFile(options, 'ssh_host_key_file'),
    sshAuthorizedKeyFile: regularFile(options, 'ssh_authorized_key_file'),
    skipVersionCheck: options.bool('skip_version_check') ?? false
  };
}

/** A local file that must exist and not be a directory (Packer's validateFileConfig). */
function regularFile(options: OptionsReader, name: string): string | undefined {
  const file = options.localPath(name, { mustExist: true, reads: true });
  if (file !== undefined && fs.statSync(file).isDirectory()) {
    throw options.error(name, `${options.string(name)} must point to a file`);
  }
  return file;
}

/** A change in a role or a group_vars file beside the playbook rebuilds the image, as users expect. */
function readPlaybookDirectory(options: OptionsReader, playbookFile: string): void {
  const dir = path.dirname(playbookFile);
  const isRoot = dir === options.context.scope.cwd || fs.existsSync(path.join(dir, '.git'));
  if (!isRoot) {
    options.context.readsFile(dir);
    return;
  }
  for (const name of PLAYBOOK_COMPANIONS) {
    const companion = path.join(dir, name);
    if (fs.existsSync(companion)) options.context.readsFile(companion);
  }
}

/** NAME=value strings, as Packer appends them to the environment. */
function readEnvVars(options: OptionsReader) {
  const vars = options.deferredList('ansible_env_vars', PROVISIONER_DATA);
  for (const variable of vars) {
    if (!/^[^={}]+=/.test(variable.toString())) {
      throw options.error(
        'ansible_env_vars',
        `expected NAME=value, found ${JSON.stringify(variable.source)}`
      );
    }
  }
  return vars;
}
