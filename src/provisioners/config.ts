// Provisioner settings by Packer's own option names, as the template layer hands them over:
// validated, weakly-typed values already converted (a single string for a list is a list,
// "true" is true), durations in milliseconds. Defaults are applied by each provisioner.
// pause_before, max_retries and timeout apply to every provisioner and are the builder's job.
import type { ChefSoloConfig } from './chef-solo/config.js';
import type { PuppetMasterlessConfig } from './puppet-masterless/config.js';

import type { CommandTemplate } from './command-template.js';

export type { CommandTemplate } from './command-template.js';

export interface ShellConfig {
  type: 'shell';
  /** Exactly one of inline, script, scripts. */
  inline?: readonly string[];
  script?: string;
  scripts?: readonly string[];
  /** "NAME=value" entries. */
  environment_vars?: readonly string[];
  env?: Record<string, string>;
  /** Default `chmod +x {{.Path}}; {{.Vars}} {{.Path}}` (`chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}` with use_env_var_file). */
  execute_command?: CommandTemplate;
  /** Default "/bin/sh -e". */
  inline_shebang?: string;
  /** Default "/tmp". */
  remote_folder?: string;
  /** Default "script_<0-9998>.sh". */
  remote_file?: string;
  /** Default remote_folder/remote_file. */
  remote_path?: string;
  expect_disconnect?: boolean;
  /** Default [0]. */
  valid_exit_codes?: readonly number[];
  skip_clean?: boolean;
  /** Milliseconds to keep trying to start a script while the machine is unreachable (default 5 minutes). */
  start_retry_timeout?: number;
  /** Milliseconds to wait after the last script. */
  pause_after?: number;
  /** Upload scripts as they are, without turning CRLF into LF. */
  binary?: boolean;
  /** Go format with two %s, key then value (default `%s='%s' `, or `export %s='%s'\n` with use_env_var_file). */
  env_var_format?: string;
  /** Put the variables in a remote file (`{{.EnvVarFile}}`) instead of the command line. */
  use_env_var_file?: boolean;
}

export interface FileConfig {
  type: 'file';
  /** One of source, sources, content. */
  source?: string;
  sources?: readonly string[];
  /** Text to write to destination. */
  content?: string;
  /** A trailing "/" makes it a directory (required with several sources). */
  destination: string;
  /** Default "upload". */
  direction?: 'upload' | 'download';
  /** The source may only appear during the build: not checked before it starts (nothing to do at run time). */
  generated?: boolean;
}

export interface ShellLocalConfig {
  type: 'shell-local';
  /** Exactly one of command, inline, script, scripts. */
  command?: string;
  inline?: readonly string[];
  script?: string;
  scripts?: readonly string[];
  environment_vars?: readonly string[];
  env?: Record<string, string>;
  /** Default ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"]. */
  execute_command?: readonly CommandTemplate[];
  /** Default "/bin/sh -e". */
  inline_shebang?: string;
  /** Default [0]. */
  valid_exit_codes?: readonly number[];
  /** Default `%s='%s' `. */
  env_var_format?: string;
  /** Run only on these operating systems, by Go's names (linux, darwin, windows, ...); empty: everywhere. */
  only_on?: readonly string[];
  /** Extension for the inline script's temporary file, without the dot. */
  tempfile_extension?: string;
}

export type { PuppetMasterlessConfig } from './puppet-masterless/config.js';
export type { ChefSoloConfig } from './chef-solo/config.js';

export interface AnsibleLocalConfig {
  type: 'ansible-local';
  /** Default `ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook`. */
  command?: string;
  /** Joined with spaces into the remote command line, as Packer does: the remote shell splits them. */
  extra_arguments?: readonly string[];
  /** Exactly one of playbook_file and playbook_files. */
  playbook_file?: string;
  playbook_files?: readonly string[];
  /** Uploaded as the staging directory itself, before everything else. */
  playbook_dir?: string;
  /** Each uploaded to `<staging>/playbooks/<name>`. */
  playbook_paths?: readonly string[];
  /** Each uploaded to `<staging>/roles/<name>`. */
  role_paths?: readonly string[];
  /** Each uploaded to `<staging>/collections/<name>`. */
  collection_paths?: readonly string[];
  group_vars?: string;
  host_vars?: string;
  /** Default: one written by the provisioner, `127.0.0.1` (in each of inventory_groups). */
  inventory_file?: string;
  inventory_groups?: readonly string[];
  galaxy_file?: string;
  /** Default `ansible-galaxy`. */
  galaxy_command?: string;
  galaxy_force_install?: boolean;
  /** Default `<staging>/galaxy_roles`. */
  galaxy_roles_path?: string;
  /** Default `<staging>/galaxy_collections`. */
  galaxy_collections_path?: string;
  /** Default `/tmp/packer-provisioner-ansible-local/<time-ordered uuid>`. */
  staging_directory?: string;
  clean_staging_directory?: boolean;
}

export interface BreakpointConfig {
  type: 'breakpoint';
  note?: string;
  disable?: boolean;
}

export type ProvisionerConfig =
  | ShellConfig
  | FileConfig
  | ShellLocalConfig
  | AnsibleLocalConfig
  | PuppetMasterlessConfig
  | ChefSoloConfig
  | BreakpointConfig
  | AnsibleConfig;

/** The remote ansible provisioner (hashicorp/packer-plugin-ansible provisioner/ansible): ansible-playbook on the runner. */
export interface AnsibleConfig {
  type: 'ansible';
  /** Required; a local path (relative paths start at the working directory). */
  playbook_file: string;
  /** Default "ansible-playbook": an executable, not a shell line. */
  command?: string;
  /** Passed as they are, after Packer's own -e arguments. */
  extra_arguments?: readonly string[];
  /** "NAME=value" entries for ansible-playbook and ansible-galaxy. */
  ansible_env_vars?: readonly string[];
  /** Default ["-o IdentitiesOnly=yes"] (sent as --ssh-extra-args when a key file is used). */
  ansible_ssh_extra_args?: readonly string[];
  groups?: readonly string[];
  empty_groups?: readonly string[];
  /** Default "default". */
  host_alias?: string;
  /** Default: the runner's user with the proxy, the communicator's user without it. */
  user?: string;
  /** Use this inventory instead of writing one (host_alias, groups and empty_groups are then unused). */
  inventory_file?: string;
  /** Where the generated inventory goes (default: the build's private temporary directory). */
  inventory_directory?: string;
  keep_inventory_file?: boolean;
  galaxy_file?: string;
  /** Default "ansible-galaxy". */
  galaxy_command?: string;
  galaxy_force_install?: boolean;
  galaxy_force_with_deps?: boolean;
  roles_path?: string;
  collections_path?: string;
  /** Default true (Packer's current default): ansible reaches the machine through a local SSH proxy. */
  use_proxy?: boolean;
  /** Default false: ansible copies files with scp (ANSIBLE_SCP_IF_SSH=True). */
  use_sftp?: boolean;
  /** The proxy's SFTP server command on the machine. */
  sftp_command?: string;
  /** The proxy tries ten ports from here; unset: a system-chosen port. */
  local_port?: number;
  /** The proxy's host key (a private key file); unset: a one-time key and ANSIBLE_HOST_KEY_CHECKING=False. */
  ssh_host_key_file?: string;
  /** The public key ansible logs in to the proxy with; unset: a one-time key pair. */
  ssh_authorized_key_file?: string;
  skip_version_check?: boolean;
}
