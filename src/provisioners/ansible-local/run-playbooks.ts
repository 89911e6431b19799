// Galaxy, then each playbook, on the machine once the staging directory is filled: the command
// lines from commands.ts, their output to the log, and Packer's words when one fails.
import { posix } from 'node:path';
import { ProvisionerError } from '../../errors.js';
import type { AnsibleLocalConfig } from '../config.js';
import type { ProvisionerContext } from '../types.js';
import {
  DEFAULT_COMMAND,
  HTTP_ADDR_NOT_IMPLEMENTED,
  defaultExtraVars,
  galaxyCommands,
  galaxyContents,
  playbookCommand
} from './commands.js';
import { run } from './remote.js';

const PROVISIONER = 'ansible-local';

export interface Staged {
  staging: string;
  /** Remote paths, in the order they run. */
  playbooks: readonly string[];
  /** Remote path of the inventory. */
  inventory: string;
  /** The uploaded requirements file: where it is, and its text (to see what it lists). */
  galaxy?: { remote: string; text: string };
}

export async function runPlaybooks(
  ctx: ProvisionerContext,
  c: AnsibleLocalConfig,
  staged: Staged
): Promise<void> {
  const { staging, playbooks, inventory, galaxy } = staged;
  const rolesPath = c.galaxy_roles_path ?? posix.join(staging, 'galaxy_roles');
  const collectionsPath = c.galaxy_collections_path ?? posix.join(staging, 'galaxy_collections');
  const contents = galaxy ? galaxyContents(galaxy.text) : { roles: false, collections: false };
  const galaxyCommand = c.galaxy_command ?? 'ansible-galaxy';
  if (galaxy) {
    const commands = galaxyCommands({
      staging,
      galaxyCommand,
      galaxyFile: galaxy.remote,
      rolesPath,
      collectionsPath,
      force: c.galaxy_force_install ?? false,
      contents
    });
    for (const command of commands) {
      ctx.log.info(`Executing Ansible Galaxy: ${command}`);
      await checkExit(ctx, await run(ctx, command), galaxyCommand, 'Error executing Ansible Galaxy');
    }
  }

  const command = c.command ?? DEFAULT_COMMAND;
  const extraVars = defaultExtraVars(
    ctx.buildName,
    ctx.builderType,
    stringData(ctx, 'PackerHTTPAddr') ?? HTTP_ADDR_NOT_IMPLEMENTED
  );
  for (const playbook of playbooks) {
    const line = playbookCommand({
      staging,
      command,
      playbook,
      inventory,
      extraVars,
      extraArguments: c.extra_arguments ?? [],
      collectionsPaths: [
        ...(contents.collections ? [collectionsPath] : []),
        ...((c.collection_paths ?? []).length > 0 ? [posix.join(staging, 'collections')] : [])
      ],
      rolesPath: contents.roles ? rolesPath : undefined
    });
    ctx.log.info(`Executing Ansible: ${line}`);
    await checkExit(ctx, await run(ctx, line), command, `Error executing Ansible (${playbook})`);
  }
}

/** Packer's wording: 127 means the command is not on the machine's PATH. */
async function checkExit(ctx: ProvisionerContext, exitCode: number | null, command: string, doing: string) {
  if (exitCode === 0) return;
  ctx.signal.throwIfAborted();
  const message =
    exitCode === 127
      ? `${doing}: ${command} could not be found. Verify that it is available on the PATH after connecting to the machine.`
      : `${doing}: Non-zero exit status: ${exitCode ?? 'none (killed)'}. Its output is above.`;
  throw new ProvisionerError({ provisioner: PROVISIONER, message, exitCode });
}

function stringData(ctx: ProvisionerContext, name: string): string | undefined {
  const value = ctx.buildData?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
