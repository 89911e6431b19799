// The post step's cleanup once the saved state shows something may be left (run-post.ts decides):
// the credentials the main step used, the same-account check, then the journal and the tag search.
// A module of its own, loaded only then: the AWS SDK and the template loaders it needs are not parsed
// by a post step that has nothing to do.
import type { Runner } from '../action/runner.js';
import { ec2ClientFactoryWithCredentials, type Ec2ClientFactory } from '../aws/client.js';
import { confirmTerminations } from './confirm-termination.js';
import { finishCleanup } from './finish.js';
import { postCredentials } from '../action/post-credentials.js';
import { templateDataHooks } from '../action/template-data.js';
import type { PostProgress } from './post-deadline.js';
import { checkSameAccount } from './same-account.js';
import type { SavedState } from '../state.js';
import { TAGS } from '../tags.js';

/**
 * Removes what the journal and the build's tag show is left in `regions` (those with a recorded
 * account); `unchecked` are outstanding entries in a region without one, which stop all deletion.
 */
export async function cleanUpLeftovers(
  core: Runner,
  env: NodeJS.ProcessEnv,
  saved: SavedState,
  progress: PostProgress,
  regions: string[],
  unchecked: SavedState['journal'],
  outstanding: (e: SavedState['journal'][number]) => boolean
): Promise<void> {
  // An HCL2 template's data sources cost AWS calls.
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
