// Where each playbook goes on the machine and which ones run, by Packer's rules: playbook_file is
// uploaded into the staging directory by its name; each of playbook_files already inside playbook_dir
// runs from the uploaded tree, and any other is uploaded under the staging directory at its own
// absolute path (so two files of the same name never collide).
import { basename, posix, relative, isAbsolute } from 'node:path';

export interface PlaybookUpload {
  local: string;
  remote: string;
}

export interface PlaybookLayout {
  uploads: PlaybookUpload[];
  /** Remote paths, in the order they run. */
  runs: string[];
}

/** `local` paths are absolute (the template layer made them so). */
export function playbookLayout(options: {
  staging: string;
  playbookFile?: string;
  playbookFiles: readonly string[];
  playbookDir?: string;
}): PlaybookLayout {
  const { staging, playbookFile, playbookDir } = options;
  if (playbookFile !== undefined) {
    const remote = posix.join(staging, basename(playbookFile));
    return { uploads: [{ local: playbookFile, remote }], runs: [remote] };
  }
  const uploads: PlaybookUpload[] = [];
  const runs = options.playbookFiles.map(local => {
    const inside = playbookDir === undefined ? undefined : relative(playbookDir, local);
    if (inside !== undefined && inside !== '' && !inside.startsWith('..') && !isAbsolute(inside))
      return posix.join(staging, inside);
    const remote = posix.join(staging, local);
    uploads.push({ local, remote });
    return remote;
  });
  return { uploads, runs };
}
