// chef-solo settings by Packer's option names (packer-plugin-chef provisioner/chef-solo).
import type { CommandTemplate } from '../command-template.js';

export interface ChefSoloConfig {
  type: 'chef-solo';
  /** Local cookbook directories, uploaded to <staging>/cookbooks-0, -1, ... */
  cookbook_paths?: readonly string[];
  /** Cookbook directories already on the machine; they come first in cookbook_path. */
  remote_cookbook_paths?: readonly string[];
  /** Local directories uploaded to <staging>/roles, data_bags, environments. */
  roles_path?: string;
  data_bags_path?: string;
  environments_path?: string;
  /** A local file uploaded to <staging>/encrypted_data_bag_secret. */
  encrypted_data_bag_secret_path?: string;
  chef_environment?: string;
  /** Default "accept-silent" when Chef is installed with the default install_command, else "". */
  chef_license?: string;
  /**
   * The text of a solo.rb template (the template layer reads config_template's file), rendered with
   * CookbookPaths, RolesPath, DataBagsPath, EncryptedDataBagSecretPath, EnvironmentsPath, ChefEnvironment,
   * ChefLicense and the Has... booleans ("true"/"false"). Default: Packer's (soloRb).
   */
  config_template?: CommandTemplate;
  /** Node attributes; run_list, when not empty, is added as "run_list". */
  json?: Readonly<Record<string, unknown>>;
  run_list?: readonly string[];
  /** Fields ConfigPath, JsonPath, Sudo. Default `{{if .Sudo}}sudo {{end}}chef-solo --no-color -c {{.ConfigPath}} -j {{.JsonPath}}`. */
  execute_command?: CommandTemplate;
  /** Fields Sudo, Version. Default: Chef's omnitruck install.sh through curl. */
  install_command?: CommandTemplate;
  skip_install?: boolean;
  prevent_sudo?: boolean;
  /** Default /tmp/packer-chef-solo. */
  staging_directory?: string;
  version?: string;
}
