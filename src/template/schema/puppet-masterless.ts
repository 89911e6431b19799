// The puppet-masterless provisioner's options (hashicorp/packer-plugin-puppet
// provisioner/puppet-masterless/provisioner.go), with its defaults and its checks of the local paths.
// Every manifest, module and hiera file is recorded as read, so a change in any of them changes the
// fingerprint. execute_command and extra_arguments render when puppet runs, with Packer's fields.

import type { OptionsReader } from '../options-reader.js';
import type { ProvisionerCommon, PuppetMasterlessProvisioner } from '../types.js';
import {
  goTemplateList,
  goTemplateOption,
  localPathOf,
  localPathsOf,
  type TemplateFields
} from './go-template-option.js';

const OPTIONS = [
  'manifest_file',
  'manifest_dir',
  'module_paths',
  'hiera_config_path',
  'facter',
  'extra_arguments',
  'execute_command',
  'guest_os_type',
  'ignore_exit_codes',
  'prevent_sudo',
  'puppet_bin_dir',
  'staging_directory',
  'working_directory',
  'clean_staging_directory'
];
/** Windows-only (elevated scheduled tasks). */
const UNSUPPORTED = ['elevated_user', 'elevated_password'];

/** Packer's ExecuteTemplate. */
export const PUPPET_COMMAND_FIELDS: TemplateFields = {
  fields: [
    'Debug',
    'ExtraArguments',
    'FacterVars',
    'HieraConfigPath',
    'ModulePath',
    'ModulePathJoiner',
    'ManifestFile',
    'ManifestDir',
    'PuppetBinDir',
    'Sudo',
    'WorkingDir'
  ],
  booleans: ['Debug', 'Sudo'],
  withBuildData: true
};

export const DEFAULT_PUPPET_STAGING_DIRECTORY = '/tmp/packer-puppet-masterless';

export function readPuppetMasterless(
  options: OptionsReader,
  common: ProvisionerCommon
): PuppetMasterlessProvisioner {
  options.checkKeys(OPTIONS, UNSUPPORTED, 'the puppet-masterless provisioner');
  readGuestOsType(options);
  if (!options.has('manifest_file'))
    throw options.missing('manifest_file', 'is required (A manifest_file must be specified.)');
  const stagingDirectory = options.string('staging_directory') ?? DEFAULT_PUPPET_STAGING_DIRECTORY;
  return {
    type: 'puppet-masterless',
    ...common,
    // A file, or a directory of manifests (puppet apply takes either).
    manifestFile: options.localPath('manifest_file', { mustExist: true, reads: true })!,
    manifestDir: localPathOf(options, 'manifest_dir', 'directory'),
    modulePaths: localPathsOf(options, 'module_paths', 'directory'),
    hieraConfigPath: localPathOf(options, 'hiera_config_path', 'file'),
    facter: options.stringMap('facter'),
    extraArguments: goTemplateList(options, 'extra_arguments', PUPPET_COMMAND_FIELDS),
    executeCommand: goTemplateOption(options, 'execute_command', PUPPET_COMMAND_FIELDS),
    ignoreExitCodes: options.bool('ignore_exit_codes') ?? false,
    preventSudo: options.bool('prevent_sudo') ?? false,
    puppetBinDir: options.string('puppet_bin_dir'),
    stagingDirectory,
    workingDirectory: options.string('working_directory') ?? stagingDirectory,
    cleanStagingDirectory: options.bool('clean_staging_directory') ?? false
  };
}

/** unix (the default); Packer also knows windows, which needs WinRM and is not supported yet. */
export function readGuestOsType(options: OptionsReader): void {
  const type = options.string('guest_os_type')?.toLowerCase() ?? 'unix';
  if (type === 'windows') throw options.error('guest_os_type', 'windows is not supported yet (unix only)');
  if (type !== 'unix') throw options.error('guest_os_type', `Invalid guest_os_type: "${type}" (use unix)`);
}
