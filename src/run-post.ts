// The post step (post-if: always()): finishes the teardown the main step could not, from the
// journal and the build's tag. It warns about what it could not remove; it never fails the job.
// It reaches the account with the credentials the main step used (re-derived from the same
// template and inputs, never saved), deletes nothing unless they reach the account the build ran
// in, and ends within a hard deadline, naming what it did not finish.
// The cleanup itself (SDK and template loaders) is a chunk of its own, loaded only when the saved
// state shows something may be left.
import { actionsRunner, type Runner } from './action/runner.js';
import { removeBuildContainers, usedDocker } from './cleanup/docker-containers.js';
import { PostProgress, postDeadlineMs, withDeadline } from './cleanup/post-deadline.js';
import { readSavedState, type SavedState } from './state.js';
import { messageOf } from './errors.js';
import { removeBuildTempDir } from './temp-files.js';

export async function runPost(): Promise<void> {
  await cleanUpAfterMain(actionsRunner, process.env);
  exit();
}

// Open sockets (an unanswered request after the deadline) would keep Node alive.
const exit = () => process.exit(0);

/** The post step's work on any runner (the Actions runner, a terminal); it never throws. */
export async function cleanUpAfterMain(core: Runner, env: NodeJS.ProcessEnv): Promise<void> {
  try {
    const saved = readSavedState({ get: core.getState });
    if (!saved.buildId) {
      core.info('build-ami: the main step created nothing; nothing to clean up.');
      return;
    }
    await removeBuildTempDir(saved.buildId);
    const deadline = postDeadlineMs(env);
    const progress = new PostProgress();
    const started = Date.now();
    // Containers live in the runner's daemon, not in AWS: removed first, by the build's label.
    const docker = await withDeadline(
      removeBuildContainers({ saved, env, info: core.info, warning: core.warning }),
      deadline
    );
    if (docker === 'deadline')
      core.warning(
        `build-ami cleanup: the Docker daemon did not answer within ${deadline / 1000}s; remove the build's containers by hand: docker rm -f $(docker ps -aq --filter label=build-ami.build-id=${saved.buildId})`
      );
    else if (docker > 0) core.info(`build-ami: removed ${docker} container(s) the main step left behind.`);
    const ec2Saved = { ...saved, journal: saved.journal.filter(e => e.kind !== 'container') };
    // A docker-only run has nothing in AWS.
    if (usedDocker(saved) && !ec2Saved.regions.length && !ec2Saved.journal.length) {
      if (docker === 0) core.info('Nothing left to clean up.');
      return;
    }
    // One deadline for the whole post step: the EC2 part gets what the docker part left.
    const left = Math.max(1, deadline - (Date.now() - started));
    const outcome = await withDeadline(cleanUp(core, env, ec2Saved, progress), left);
    if (outcome === 'deadline') core.warning(progress.unfinished(saved.buildId, deadline));
  } catch (error) {
    core.warning(`build-ami cleanup: ${messageOf(error)}`);
  }
}

async function cleanUp(
  core: Runner,
  env: NodeJS.ProcessEnv,
  saved: SavedState,
  progress: PostProgress
): Promise<void> {
  // Only regions where the main step recorded its account before creating anything can hold
  // anything of the build's; a journal entry elsewhere would mean it cannot be checked.
  const regions = saved.regions.filter(region => saved.accounts[region]);
  const outstanding = (e: SavedState['journal'][number]) =>
    e.status === 'created' || e.status === 'terminating';
  const unchecked = saved.journal.filter(e => outstanding(e) && !saved.accounts[e.region]);
  if (!regions.length && !saved.journal.length) {
    core.info('build-ami: the main step created nothing; nothing to clean up.');
    return;
  }
  if (saved.mainFinished && !saved.journal.some(outstanding)) {
    core.info('Nothing left to clean up.');
    return;
  }
  // Loaded only now: a post step with nothing to clean up never parses the AWS SDK.
  const { cleanUpLeftovers } = await import('./cleanup/post-cleanup.js');
  await cleanUpLeftovers(core, env, saved, progress, regions, unchecked, outstanding);
}
