// The ansible-local provisioner, in Packer's order: fill the staging directory (playbook_dir as the
// directory itself, then the playbooks, the galaxy file, the inventory, group_vars, host_vars, roles,
// collections, extra playbook paths), install galaxy requirements, run each playbook with
// ansible-playbook in local mode on the machine, and remove the staging directory when asked.
// Ansible must already be on the machine, as Packer requires.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, posix } from 'node:path';
import { ProvisionerError, messageOf } from '../../errors.js';
import type { AnsibleLocalConfig } from '../config.js';
import type { Provisioner, ProvisionerContext } from '../types.js';
import { DEFAULT_STAGING_ROOT, inventoryContent, timeOrderedUuid } from './commands.js';
import { playbookLayout } from './playbooks.js';
import { createDir, removeDir, uploadDir, uploadFile, uploadText } from './remote.js';
import { runPlaybooks } from './run-playbooks.js';

const PROVISIONER = 'ansible-local';

export class AnsibleLocalProvisioner implements Provisioner {
  constructor(private readonly config: AnsibleLocalConfig) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const staging = c.staging_directory ?? posix.join(DEFAULT_STAGING_ROOT, newUuid(ctx));
    ctx.log.info('Provisioning with Ansible...');
    try {
      await this.provision(ctx, staging);
    } catch (error) {
      // Packer leaves a failed run's files; a retry or an error-cleanup-provisioner would find them in the image.
      if (c.clean_staging_directory && !ctx.signal.aborted)
        await removeDir(ctx, staging).catch(cleanup =>
          ctx.log.warning(`Could not remove the staging directory ${staging}: ${messageOf(cleanup)}`)
        );
      throw error;
    }
    if (c.clean_staging_directory) {
      ctx.log.info('Removing staging directory...');
      await removeDir(ctx, staging);
    }
  }

  private async provision(ctx: ProvisionerContext, staging: string): Promise<void> {
    const c = this.config;
    if (c.playbook_dir !== undefined) {
      ctx.log.info('Uploading Playbook directory to Ansible staging directory...');
      await uploadDir(ctx, 'playbook_dir', c.playbook_dir, staging);
    } else {
      ctx.log.info('Creating Ansible staging directory...');
      await createDir(ctx, staging);
    }

    const layout = playbookLayout({
      staging,
      playbookFile: c.playbook_file,
      playbookFiles: c.playbook_files ?? [],
      playbookDir: c.playbook_dir
    });
    for (const { local, remote } of layout.uploads) {
      ctx.log.info(
        c.playbook_file !== undefined
          ? 'Uploading main Playbook file...'
          : `Uploading playbook file: ${local}`
      );
      if (c.playbook_file === undefined) await createDir(ctx, posix.dirname(remote));
      await uploadFile(ctx, 'playbook', local, remote);
    }

    let galaxy: { remote: string; text: string } | undefined;
    if (c.galaxy_file !== undefined) {
      ctx.log.info('Uploading galaxy file...');
      galaxy = { remote: posix.join(staging, basename(c.galaxy_file)), text: await readLocal(c.galaxy_file) };
      await uploadFile(ctx, 'galaxy_file', c.galaxy_file, galaxy.remote);
    }

    ctx.log.info('Uploading inventory file...');
    let inventory: string;
    if (c.inventory_file !== undefined) {
      inventory = posix.join(staging, basename(c.inventory_file));
      await uploadFile(ctx, 'inventory_file', c.inventory_file, inventory);
    } else {
      // Packer writes a temporary file named like this and uploads it by its name.
      const name = `packer-provisioner-ansible-local${Math.floor(random(ctx)() * 2 ** 32)}`;
      inventory = posix.join(staging, name);
      await uploadText(ctx, 'the inventory', inventoryContent(c.inventory_groups ?? []), inventory);
    }

    for (const [option, local] of [
      ['group_vars', c.group_vars],
      ['host_vars', c.host_vars]
    ] as const) {
      if (local === undefined) continue;
      ctx.log.info(`Uploading ${option} directory...`);
      await uploadDir(ctx, option, local, posix.join(staging, option));
    }
    await this.uploadEach(ctx, 'role_paths', 'role directories', c.role_paths, posix.join(staging, 'roles'));
    await this.uploadEach(
      ctx,
      'collection_paths',
      'collection directories',
      c.collection_paths,
      posix.join(staging, 'collections')
    );
    if ((c.playbook_paths ?? []).length > 0) await createDir(ctx, posix.join(staging, 'playbooks'));
    await this.uploadEach(
      ctx,
      'playbook_paths',
      'additional Playbooks',
      c.playbook_paths,
      posix.join(staging, 'playbooks')
    );

    await runPlaybooks(ctx, this.config, { staging, playbooks: layout.runs, inventory, galaxy });
  }

  private async uploadEach(
    ctx: ProvisionerContext,
    option: string,
    what: string,
    locals: readonly string[] | undefined,
    remoteParent: string
  ): Promise<void> {
    if (!locals || locals.length === 0) return;
    ctx.log.info(`Uploading ${what}...`);
    for (const local of locals)
      await uploadDir(ctx, option, local, posix.join(remoteParent, basename(local)));
  }
}

async function readLocal(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ProvisionerError({
      provisioner: PROVISIONER,
      message: `could not read ${path}: ${messageOf(error)}`
    });
  }
}

const random = (ctx: ProvisionerContext) => ctx.random ?? Math.random;

function newUuid(ctx: ProvisionerContext): string {
  const bytes = ctx.random
    ? Buffer.from(Array.from({ length: 12 }, () => Math.floor(ctx.random!() * 256)))
    : randomBytes(12);
  return timeOrderedUuid(new Date(), bytes);
}
