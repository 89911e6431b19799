// ansible-galaxy before the play, as packer-plugin-ansible's executeGalaxy: roles are installed
// when the requirements file has a top-level `roles:` key or no `collections:` key (the old
// list-of-roles format), collections when it has `collections:`.

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
