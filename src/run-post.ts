// The post step (post-if: always()): finishes the teardown the main step could not, from the
// journal and the build's tag. It warns about what it could not remove; it never fails the job.
// It reaches the account with the credentials the main step used (re-derived from the same
// template and inputs, never saved), deletes nothing unless they reach the account the build ran
// in, and ends within a hard deadline, naming what it did not finish.
import { actionsRunner, type Runner } from './action/runner.js';
import { ec2ClientFactoryWithCredentials, type Ec2ClientFactory } from './aws/client.js';
import { confirmTerminations } from './cleanup/confirm-termination.js';
import { removeBuildContainers, usedDocker } from './cleanup/docker-containers.js';
import { finishCleanup } from './cleanup/finish.js';
import { postCredentials } from './action/post-credentials.js';
import { templateDataHooks } from './action/template-data.js';
import { PostProgress, postDeadlineMs, withDeadline } from './cleanup/post-deadline.js';
import { checkSameAccount } from './cleanup/same-account.js';
import { readSavedState, type SavedState } from './state.js';
import { messageOf } from './errors.js';
import { removeBuildTempDir } from './temp-files.js';
import { TAGS } from './tags.js';

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
  // Loaded only when there is something to clean: an HCL2 template's data sources cost AWS calls.
  const credentials = await postCredentials({
    getInput: name => core.getInput(name),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    env,
    warning: core.warning,
    setSecret: core.setSecret,
    ...templateDataHooks(env, core)
  });
  // The main step's own factory: the same credentials, endpoints and request timeouts.
  const clientFor = ec2ClientFactoryWithCredentials(env, core.info);
  const ec2: Ec2ClientFactory = region =>
    clientFor(region, saved.endpoints[region], credentials.forRegion(region));

  // The main step finished and only asked for terminations it did not wait for: one look confirms them.
  const pending = saved.journal.filter(outstanding);
  if (saved.mainFinished && pending.every(e => e.status === 'terminating')) {
    const unconfirmed = await confirmTerminations(pending, ec2, core.info);
    if (!unconfirmed.length) return;
  }

  const same = unchecked.length
    ? { ok: false as const, reason: `the main step recorded no account for ${unchecked[0].region}` }
    : await checkSameAccount(
        saved.accounts,
        [...new Set([...regions, ...saved.journal.map(e => e.region)])],
        ec2
      );
  if (!same.ok) {
    core.warning(
      `build-ami cleanup: deleting nothing, since ${same.reason}. Clean up with the build's own credentials: look for resources tagged ${TAGS.buildId}=${saved.buildId}.`
    );
    return;
  }

  const result = await finishCleanup({
    saved: { ...saved, regions },
    ec2,
    info: core.info,
    warning: core.warning,
    onPlanned: targets => progress.plan(targets),
    onRemoved: target => progress.removed(target)
  });
  if (result.removed.length)
    core.info(`build-ami: removed ${result.removed.length} resource(s) the main step left behind.`);
}
