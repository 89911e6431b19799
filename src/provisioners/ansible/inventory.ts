// The inventory Packer writes for one run: the host line (`default ansible_host=... ansible_user=...
// ansible_port=...`), the same line again under each of `groups`, and a bare header for each of
// `empty_groups` (packer-plugin-ansible createInventoryFile, its default line for ansible >= 2).
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { buildTempDir, writePrivateFile } from '../../temp-files.js';
import type { AnsibleConfig } from '../config.js';
import { findLocalPath } from '../local-path.js';
import type { ProvisionerContext } from '../types.js';

export interface InventoryHost {
  alias: string;
  host: string;
  port: number;
  user: string;
}

export function inventoryText(
  target: InventoryHost,
  groups: readonly string[] = [],
  emptyGroups: readonly string[] = []
): string {
  const line = `${target.alias} ansible_host=${target.host} ansible_user=${target.user} ansible_port=${target.port}\n`;
  return [
    line,
    ...groups.map(group => `[${group}]\n${line}`),
    ...emptyGroups.map(group => `[${group}]\n`)
  ].join('');
}

/** Writes the inventory into `dir` under Packer's name (packer-provisioner-ansible<digits>), mode 0600. */
export async function writeInventory(dir: string, text: string): Promise<string> {
  for (;;) {
    const path = join(dir, `packer-provisioner-ansible${randomInt(1_000_000_000)}`);
    try {
      return await writePrivateFile(path, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * The inventory for the run: the user's inventory_file as it is, or ours, written into inventory_directory,
 * else into the run's private directory (removed with it). `remove` is set when it lives elsewhere and must go.
 */
export async function chooseInventory(
  c: AnsibleConfig,
  target: { host: string; port: number; user: string },
  ctx: ProvisionerContext,
  where: { runDir: string; buildId?: string }
): Promise<{ path: string; remove?: string }> {
  if (c.inventory_file) return { path: await findLocalPath(ctx, 'ansible', c.inventory_file) };
  const text = inventoryText({ alias: c.host_alias ?? 'default', ...target }, c.groups, c.empty_groups);
  // A kept inventory outlives this run's directory; the post step still removes the build's.
  const dir = c.inventory_directory
    ? await findLocalPath(ctx, 'ansible', c.inventory_directory)
    : c.keep_inventory_file
      ? buildTempDir(where.buildId, ctx.env)
      : where.runDir;
  const path = await writeInventory(dir, text);
  if (c.keep_inventory_file) {
    ctx.log.info(`Keeping the inventory file ${path} (keep_inventory_file)`);
    return { path };
  }
  return dir === where.runDir ? { path } : { path, remove: path };
}
