// ansible-galaxy before the play, as packer-plugin-ansible's executeGalaxy: roles are installed
// when the requirements file has a top-level `roles:` key or no `collections:` key (the old
// list-of-roles format), collections when it has `collections:`.
import { readFile } from 'node:fs/promises';
import { ProvisionerError } from '../../errors.js';
import type { AnsibleConfig } from '../config.js';
import { findLocalPath } from '../local-path.js';
import type { ProvisionerContext } from '../types.js';
import { exitStatus, runTool } from '../local-process.js';

export interface GalaxyOptions {
  /** The requirements file (absolute). */
  file: string;
  /** Its text, to see which sections it has. */
  text: string;
  force?: boolean;
  forceWithDeps?: boolean;
  rolesPath?: string;
  collectionsPath?: string;
}

/** The ansible-galaxy argument lists to run, in order. */
export function galaxyInstalls(options: GalaxyOptions): string[][] {
  const hasRoles = /^roles:/m.test(options.text);
  const hasCollections = /^collections:/m.test(options.text);
  const force = [...(options.force ? ['-f'] : []), ...(options.forceWithDeps ? ['--force-with-deps'] : [])];
  const installs: string[][] = [];
  if (hasRoles || !hasCollections) {
    installs.push([
      'install',
      '-r',
      options.file,
      ...force,
      ...(options.rolesPath ? ['-p', options.rolesPath] : [])
    ]);
  }
  if (hasCollections) {
    installs.push([
      'collection',
      'install',
      '-r',
      options.file,
      ...force,
      ...(options.collectionsPath ? ['-p', options.collectionsPath] : [])
    ]);
  }
  return installs;
}

/** Runs the installs the requirements file asks for, with ansible's environment, in the working directory. */
export async function runGalaxy(
  c: AnsibleConfig,
  galaxyFile: string,
  ctx: ProvisionerContext,
  run: { env: NodeJS.ProcessEnv; cwd: string }
): Promise<void> {
  const file = await findLocalPath(ctx, 'ansible', galaxyFile);
  const command = c.galaxy_command ?? 'ansible-galaxy';
  const installs = galaxyInstalls({
    file,
    text: await readFile(file, 'utf8'),
    force: c.galaxy_force_install,
    forceWithDeps: c.galaxy_force_with_deps,
    rolesPath: c.roles_path,
    collectionsPath: c.collections_path
  });
  for (const args of installs) {
    ctx.log.info(`Executing Ansible Galaxy: ${[command, ...args].join(' ')}`);
    const exit = await runTool({ provisioner: 'ansible', argv: [command, ...args], ...run }, ctx);
    if (exit.code !== 0) {
      throw new ProvisionerError({
        provisioner: 'ansible',
        message: `Error executing Ansible Galaxy: Non-zero exit status: ${exitStatus(exit)}. Its output is above.`,
        script: galaxyFile,
        exitCode: exit.code
      });
    }
  }
}
