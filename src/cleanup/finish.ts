// The post step's teardown: removes whatever the main step did not, from the journal it
// saved and, when the main step did not finish cleanly, from a sweep by the build's tag. The
// build's artifact (marked kept) is never touched. Reports what it removed and, for what it
// could not remove, the exact command to do it by hand; it warns, it never fails the job.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { sleep as realSleep, type Sleep } from '../aws/retry.js';
import type { SavedState } from '../state.js';
import { teardown, teardownContext, type TeardownResult } from './teardown.js';
import type { JournalEntry } from '../journal.js';
import { findTagged } from './sweep.js';
import { onlyOwnKeyPairs } from './own-key-pairs.js';
import { messageOf } from '../errors.js';

export interface FinishOptions {
  saved: SavedState;
  ec2: (region: string) => EC2Client;
  info: (line: string) => void;
  warning: (line: string) => void;
  sleep?: Sleep;
  /** Told what is about to be removed, and each removal, so a deadline can say what was not finished. */
  onPlanned?: (targets: readonly Ref[]) => void;
  onRemoved?: (target: Ref) => void;
}

type Ref = Pick<JournalEntry, 'kind' | 'id' | 'region'>;
const key = (r: Ref) => `${r.region}/${r.kind}/${r.id}`;

export async function finishCleanup(options: FinishOptions): Promise<TeardownResult & { swept: boolean }> {
  const { saved } = options;
  const kept = new Set(saved.journal.filter(e => e.status === 'kept').map(key));
  const targets = new Map<string, Ref>();
  for (const e of saved.journal)
    if (e.status === 'created' || e.status === 'terminating') targets.set(key(e), e);
  const swept = !saved.mainFinished && !!saved.buildId;
  const tagged = new Set<string>();
  if (swept) {
    const regions = [...new Set([...saved.regions, ...saved.journal.map(e => e.region)])];
    for (const region of regions) {
      const lookupFailed = (operation: string, error: unknown) =>
        options.warning(
          `Could not look for leftovers of build ${saved.buildId} in ${region} (${operation}): ${messageOf(error)}`
        );
      for (const found of await findTagged(options.ec2(region), region, saved.buildId!, lookupFailed)) {
        tagged.add(key(found));
        if (!kept.has(key(found))) targets.set(key(found), found);
      }
    }
  }
  const own = await onlyOwnKeyPairs([...targets.values()], {
    ec2: options.ec2,
    buildId: saved.buildId ?? '',
    tagged: ref => tagged.has(key(ref)),
    info: options.info,
    warning: options.warning
  });
  targets.clear();
  for (const ref of own) targets.set(key(ref), ref);
  options.onPlanned?.(own);
  if (targets.size === 0) {
    options.info('Nothing left to clean up.');
    return { removed: [], failed: [], swept };
  }
  options.info(
    `Cleaning up ${targets.size} resource(s) the main step left: ${[...targets.values()].map(t => t.id).join(', ')}`
  );
  const result = await teardown(
    teardownContext({
      ec2For: options.ec2,
      log: { info: options.info },
      sleep: options.sleep ?? realSleep,
      polling: {}
    }),
    [...targets.values()],
    removed => {
      options.info(`Removed ${removed.kind} ${removed.id} (${removed.region})`);
      options.onRemoved?.(removed);
    }
  );
  for (const failure of result.failed) {
    options.warning(
      `Could not remove ${failure.entry.kind} ${failure.entry.id} in ${failure.entry.region}: ${messageOf(
        failure.error
      )}. Remove it by hand: ${failure.command}`
    );
  }
  return { ...result, swept };
}
