// The chef-solo provisioner's options (hashicorp/packer-plugin-chef provisioner/chef-solo/provisioner.go),
// with its defaults and its checks of the local paths. Cookbooks, roles, data bags, environments and the
// config template are recorded as read, so a change in any of their files changes the fingerprint.
// The config template is read now, so a mistake in it fails before an instance is launched.

import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { noBuildData, renderString } from '../interpolate.js';
import { childPath } from '../json-path.js';
import type { JsonNode } from '../json-positions.js';
import type { OptionsReader } from '../options-reader.js';
import { TemplateError } from '../template-syntax.js';
import type { ChefSoloProvisioner, ProvisionerCommon } from '../types.js';
import {
  goTemplate,
  goTemplateOption,
  localPathOf,
  localPathsOf,
  type TemplateFields
} from './go-template-option.js';
import { readGuestOsType } from './puppet-masterless.js';

const OPTIONS = [
  'chef_environment',
  'chef_license',
  'config_template',
  'cookbook_paths',
  'roles_path',
  'data_bags_path',
  'encrypted_data_bag_secret_path',
  'environments_path',
  'execute_command',
  'install_command',
  'remote_cookbook_paths',
  'json',
  'json_string',
  'prevent_sudo',
  'run_list',
  'skip_install',
  'staging_directory',
  'guest_os_type',
  'version'
];

export const CHEF_EXECUTE_FIELDS: TemplateFields = {
  fields: ['ConfigPath', 'JsonPath', 'Sudo'],
  booleans: ['Sudo'],
  withBuildData: true
};
export const CHEF_INSTALL_FIELDS: TemplateFields = {
  fields: ['Sudo', 'Version'],
  booleans: ['Sudo'],
  withBuildData: true
};
/** Packer's ConfigTemplate: what solo.rb renders with. */
export const CHEF_CONFIG_FIELDS: TemplateFields = {
  fields: [
    'CookbookPaths',
    'DataBagsPath',
    'EncryptedDataBagSecretPath',
    'RolesPath',
    'EnvironmentsPath',
    'ChefEnvironment',
    'ChefLicense',
    'HasDataBagsPath',
    'HasEncryptedDataBagSecretPath',
    'HasRolesPath',
    'HasEnvironmentsPath'
  ],
  booleans: ['HasDataBagsPath', 'HasEncryptedDataBagSecretPath', 'HasRolesPath', 'HasEnvironmentsPath'],
  withBuildData: false
};

export const DEFAULT_CHEF_STAGING_DIRECTORY = '/tmp/packer-chef-solo';

export function readChefSolo(options: OptionsReader, common: ProvisionerCommon): ChefSoloProvisioner {
  options.checkKeys(OPTIONS, [], 'the chef-solo provisioner');
  readGuestOsType(options);
  return {
    type: 'chef-solo',
    ...common,
    cookbookPaths: localPathsOf(options, 'cookbook_paths', 'directory'),
    remoteCookbookPaths: options.stringList('remote_cookbook_paths'),
    rolesPath: localPathOf(options, 'roles_path', 'directory'),
    dataBagsPath: localPathOf(options, 'data_bags_path', 'directory'),
    environmentsPath: localPathOf(options, 'environments_path', 'directory'),
    encryptedDataBagSecretPath: localPathOf(options, 'encrypted_data_bag_secret_path', 'file'),
    chefEnvironment: options.string('chef_environment'),
    chefLicense: options.string('chef_license'),
    configTemplate: readConfigTemplate(options),
    json: readJson(options),
    runList: options.stringList('run_list'),
    executeCommand: goTemplateOption(options, 'execute_command', CHEF_EXECUTE_FIELDS),
    installCommand: goTemplateOption(options, 'install_command', CHEF_INSTALL_FIELDS),
    skipInstall: options.bool('skip_install') ?? false,
    preventSudo: options.bool('prevent_sudo') ?? false,
    stagingDirectory: options.string('staging_directory') ?? DEFAULT_CHEF_STAGING_DIRECTORY,
    version: options.string('version')
  };
}

function readConfigTemplate(options: OptionsReader): ChefSoloProvisioner['configTemplate'] {
  const path = localPathOf(options, 'config_template', 'file');
  if (path === undefined) return undefined;
  return goTemplate(options, readFileSync(path, 'utf8'), CHEF_CONFIG_FIELDS, detail =>
    options.error('config_template', `in ${path}: ${detail}`)
  );
}

/** `json` (an object, its strings rendered as Packer renders user variables in it), then `json_string`. */
function readJson(options: OptionsReader): Record<string, unknown> {
  const entry = options.entry('json');
  let json: Record<string, unknown> = {};
  if (entry !== undefined) {
    if (entry.value.kind !== 'object') throw options.error('json', 'expected an object of node attributes');
    json = plain(entry.value, options.field('json'), options) as Record<string, unknown>;
  }
  const text = options.string('json_string');
  if (text === undefined) return json;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw options.error('json_string', `Failed to unmarshal 'json_string': ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw options.error('json_string', 'expected a JSON object of node attributes');
  return { ...json, ...(parsed as Record<string, unknown>) };
}

function plain(node: JsonNode, field: string, options: OptionsReader): unknown {
  const render = (text: string, at: JsonNode['loc'], where: string) => {
    try {
      return renderString(text, options.context.scope, noBuildData(options.context.dataHint));
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      throw new InputError({ at, field: where, detail: error.message, cause: error });
    }
  };
  switch (node.kind) {
    case 'string':
      return render(node.value, node.loc, field);
    case 'array':
      return node.items.map((item, index) => plain(item, childPath(field, index), options));
    case 'object':
      return Object.fromEntries(
        node.entries.map(entry => {
          const where = childPath(field, entry.key);
          return [render(entry.key, entry.keyLoc, where), plain(entry.value, where, options)];
        })
      );
    case 'null':
      return null;
    default:
      return node.value;
  }
}
