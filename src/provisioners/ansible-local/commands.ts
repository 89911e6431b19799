// The command lines ansible-local runs on the machine, written as Packer writes them
// (packer-plugin-ansible provisioner/ansible-local/provisioner.go), so a template's command,
// extra_arguments and wrappers see the same line:
//   cd <staging> && [ANSIBLE_*_PATH=...] <command> <playbook> --extra-vars '...' <extra_arguments> -c local -i <inventory>
// Pure functions: the provisioner decides when to run them.
import { shellQuote } from '../env-vars.js';

/** Packer's default `command`: colour and unbuffered output, so the log follows the play as it runs. */
export const DEFAULT_COMMAND = 'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook';

/** What Packer's amazon builder hands provisioners for PackerHTTPAddr: it runs no HTTP server. */
export const HTTP_ADDR_NOT_IMPLEMENTED = 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER';

/** A path as one shell word: as it is when it needs no quoting (Packer never quotes), else quoted. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : shellQuote(text);
}

/** Packer's default inventory: 127.0.0.1, in each of inventory_groups when there are any. */
export function inventoryContent(groups: readonly string[]): string {
  return groups.length === 0 ? '127.0.0.1' : groups.map(group => `[${group}]\n127.0.0.1\n`).join('');
}

/**
 * The variables every play gets (Packer's "Default Extra Variables"). Packer also leaves a stray
 * `-o IdentitiesOnly=yes` inside this string (copied from the remote provisioner); it means nothing to
 * ansible-playbook here and is left out.
 */
export function defaultExtraVars(buildName: string, builderType: string, httpAddr: string): string {
  return `packer_build_name=${buildName} packer_builder_type=${builderType} packer_http_addr=${httpAddr}`;
}

/** Whether a galaxy requirements file lists roles and/or collections (Packer looks at top-level keys). */
export function galaxyContents(text: string): { roles: boolean; collections: boolean } {
  return { roles: /^roles:/m.test(text), collections: /^collections:/m.test(text) };
}

export interface GalaxyCommandOptions {
  staging: string;
  galaxyCommand: string;
  /** Remote path of the uploaded requirements file. */
  galaxyFile: string;
  rolesPath: string;
  collectionsPath: string;
  force: boolean;
  contents: { roles: boolean; collections: boolean };
}

/** Roles when the file has `roles:` or is the old list form (no `collections:`); collections when it has them. */
export function galaxyCommands(o: GalaxyCommandOptions): string[] {
  const force = o.force ? ' -f' : '';
  const run = (args: string) => `cd ${shellWord(o.staging)} && ${o.galaxyCommand} ${args}${force}`;
  const commands: string[] = [];
  if (o.contents.roles || !o.contents.collections)
    commands.push(run(`install -r ${shellWord(o.galaxyFile)} -p ${shellWord(o.rolesPath)}`));
  if (o.contents.collections)
    commands.push(run(`collection install -r ${shellWord(o.galaxyFile)} -p ${shellWord(o.collectionsPath)}`));
  return commands;
}

export interface PlaybookCommandOptions {
  staging: string;
  command: string;
  /** Remote path of the playbook. */
  playbook: string;
  inventory: string;
  extraVars: string;
  extraArguments: readonly string[];
  /** Where galaxy put collections (when the requirements file has some) and uploaded collection_paths. */
  collectionsPaths: readonly string[];
  /** Where galaxy put roles, when the requirements file has `roles:`. */
  rolesPath?: string;
}

export function playbookCommand(o: PlaybookCommandOptions): string {
  // Appended to whatever the machine already sets, as Packer does ($VAR stays for the remote shell).
  const env = [
    ...(o.collectionsPaths.length > 0
      ? [`ANSIBLE_COLLECTIONS_PATH=$ANSIBLE_COLLECTIONS_PATH:${o.collectionsPaths.map(shellWord).join(':')}`]
      : []),
    ...(o.rolesPath !== undefined ? [`ANSIBLE_ROLES_PATH=$ANSIBLE_ROLES_PATH:${shellWord(o.rolesPath)}`] : [])
  ];
  const extra = o.extraArguments.length > 0 ? ` ${o.extraArguments.join(' ')}` : '';
  return (
    `cd ${shellWord(o.staging)} && ${[...env, o.command].join(' ')} ${shellWord(o.playbook)}` +
    ` --extra-vars ${shellQuote(o.extraVars)}${extra} -c local -i ${shellWord(o.inventory)}`
  );
}

/** Packer's staging directory: /tmp/packer-provisioner-ansible-local/<time-ordered uuid>. */
export const DEFAULT_STAGING_ROOT = '/tmp/packer-provisioner-ansible-local';

/** The SDK's TimeOrderedUUID: the Unix time in the first 32 bits, then 96 random ones. */
export function timeOrderedUuid(now: Date, random: Buffer): string {
  const unix = (Math.floor(now.getTime() / 1000) >>> 0).toString(16).padStart(8, '0');
  const hex = random.subarray(0, 12).toString('hex').padEnd(24, '0');
  return `${unix}-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}-${hex.slice(12)}`;
}
