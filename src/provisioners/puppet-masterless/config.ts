// puppet-masterless settings by Packer's option names (packer-plugin-puppet provisioner/puppet-masterless).
import type { CommandTemplate } from '../command-template.js';

export interface PuppetMasterlessConfig {
  type: 'puppet-masterless';
  /** A local manifest file, or a directory of manifests. */
  manifest_file: string;
  /** A local directory uploaded to <staging>/manifests and passed as --manifestdir. */
  manifest_dir?: string;
  /** Local module directories, uploaded to <staging>/module-0, -1, ... and joined into --modulepath. */
  module_paths?: readonly string[];
  /** A local file uploaded to <staging>/hiera.yaml. */
  hiera_config_path?: string;
  /** Facts, as FACTER_name='value'; packer_build_name and packer_builder_type are added. */
  facter?: Readonly<Record<string, string>>;
  /** Rendered with the execute_command fields, joined with spaces into {{.ExtraArguments}}. */
  extra_arguments?: readonly CommandTemplate[];
  /**
   * Fields: WorkingDir, FacterVars, Sudo ("true"/"false"), PuppetBinDir, ModulePath, ModulePathJoiner,
   * HieraConfigPath, ManifestDir, ManifestFile, ExtraArguments, Debug. Default: Packer's (defaultCommand).
   */
  execute_command?: CommandTemplate;
  /** Any exit status is success (default: 0 and 2, puppet's "changes applied", are). */
  ignore_exit_codes?: boolean;
  prevent_sudo?: boolean;
  puppet_bin_dir?: string;
  /** Default /tmp/packer-puppet-masterless. */
  staging_directory?: string;
  /** Where puppet runs (default: the staging directory). */
  working_directory?: string;
  clean_staging_directory?: boolean;
}
