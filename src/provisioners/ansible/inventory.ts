// The inventory Packer writes for one run: the host line (`default ansible_host=... ansible_user=...
// ansible_port=...`), the same line again under each of `groups`, and a bare header for each of
// `empty_groups` (packer-plugin-ansible createInventoryFile, its default line for ansible >= 2).
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { writePrivateFile } from '../../temp-files.js';

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
