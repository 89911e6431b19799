// The post step's docker part: removes every container labelled with this run's build id that is still
// in the daemon (after a kill of the main step, or a removal that failed), and never one without that
// label. Talks to the daemon the main step used (saved in the state), else DOCKER_HOST or the standard
// socket, as docker does. It warns, it never fails the job.
import { defaultEndpoint, listContainersByLabel, removeContainer } from '../docker/engine.js';
import { LABELS } from '../docker/labels.js';
import { messageOf } from '../errors.js';
import type { SavedState } from '../state.js';

export interface DockerCleanupOptions {
  saved: SavedState;
  env: NodeJS.ProcessEnv;
  info: (line: string) => void;
  warning: (line: string) => void;
}

/** True when the main step may have made containers: it saved a daemon, or journalled one. */
export function usedDocker(saved: SavedState): boolean {
  return saved.dockerSocket !== undefined || saved.journal.some(e => e.kind === 'container');
}

export async function removeBuildContainers(options: DockerCleanupOptions): Promise<number> {
  const { saved } = options;
  if (!saved.buildId || !usedDocker(saved)) return 0;
  const endpoint = saved.dockerSocket ? { socketPath: saved.dockerSocket } : defaultEndpoint(options.env);
  const label = `${LABELS.buildId}=${saved.buildId}`;
  let found;
  try {
    found = await listContainersByLabel(endpoint, label);
  } catch (error) {
    const journalled = saved.journal.filter(e => e.kind === 'container' && e.status === 'created');
    if (!saved.journal.some(e => e.kind === 'container')) {
      // The main step never got as far as a container (it could not reach the daemon either).
      options.info(
        `Could not reach the Docker daemon (${messageOf(error)}); the main step recorded no container.`
      );
      return 0;
    }
    options.warning(
      `build-ami cleanup: could not look for containers labelled ${label}: ${messageOf(error)}` +
        (journalled.length
          ? `; remove them by hand: ${journalled.map(e => `docker rm -f ${e.id}`).join('; ')}`
          : `; remove them by hand: docker rm -f $(docker ps -aq --filter label=${label})`)
    );
    return 0;
  }
  let removed = 0;
  for (const container of found) {
    // The filter asked the daemon for the label; checked again so nothing unlabelled is ever touched.
    if (container.Labels?.[LABELS.buildId] !== saved.buildId) continue;
    try {
      await removeContainer(endpoint, container.Id);
      options.info(`Removed container ${container.Id.slice(0, 12)} (docker)`);
      removed++;
    } catch (error) {
      options.warning(
        `build-ami cleanup: could not remove container ${container.Id.slice(0, 12)}: ${messageOf(error)}; remove it by hand: docker rm -f ${container.Id}`
      );
    }
  }
  return removed;
}
