// Which build may move a channel: the later commit wins, never the slower job. Builds are ordered by
// their commit's time; runs of the same commit (a re-run, a rebuild) by run number and attempt within
// one workflow; commits with the same time by run number. After a promote (a rollback) only a build of
// a newer commit than the newest one the channel had seen moves it again.
import type { ChannelRecord, BuildKey } from './record.js';
import { describeKey } from './record.js';

export type Order = 'newer' | 'older' | 'same' | 'unknown';

function byRun(a: BuildKey, b: BuildKey): Order {
  if ((a.workflow ?? '') !== (b.workflow ?? '') || a.run === undefined || b.run === undefined)
    return 'unknown';
  const difference = a.run - b.run || (a.attempt ?? 1) - (b.attempt ?? 1);
  return difference > 0 ? 'newer' : difference < 0 ? 'older' : 'same';
}

/** How build `a` stands against build `b`. */
export function compareBuilds(a: BuildKey, b: BuildKey): Order {
  if (a.commit === b.commit) return byRun(a, b);
  if (a.time && b.time) {
    const difference = Date.parse(a.time) - Date.parse(b.time);
    if (difference !== 0 && !Number.isNaN(difference)) return difference > 0 ? 'newer' : 'older';
  }
  const runs = byRun(a, b);
  return runs === 'same' ? 'unknown' : runs;
}

/** What a channel's current version says, as far as ordering goes. */
export interface CurrentValue {
  value: string;
  record?: ChannelRecord;
}

export interface Decision {
  move: boolean;
  /** Why, for the log and the summary. */
  reason: string;
  /** The order could not be established: the write goes ahead, and the log warns. */
  unordered?: boolean;
}

export function decideMove(candidate: BuildKey, ami: string, current: CurrentValue | undefined): Decision {
  if (!current) return { move: true, reason: 'a new channel' };
  if (current.value === ami) return { move: false, reason: `it already points to ${ami}` };
  const held = current.record?.key;
  if (!current.record || !held) {
    return { move: true, reason: `its value ${current.value} was not written by a build (no order to keep)` };
  }
  const order = compareBuilds(candidate, held);
  if (current.record.by === 'promote') {
    return candidate.commit !== held.commit && order === 'newer'
      ? {
          move: true,
          reason: `commit ${describeKey(candidate)} is newer than ${describeKey(held)}, the newest before the promote to ${current.value}`
        }
      : {
          move: false,
          reason: `it was promoted to ${current.value}; only a build of a commit newer than ${describeKey(held)} moves it`
        };
  }
  switch (order) {
    case 'newer':
      return { move: true, reason: `commit ${describeKey(candidate)} is newer than ${describeKey(held)}` };
    case 'older':
      return { move: false, reason: `a newer commit holds it: ${describeKey(held)} with ${current.value}` };
    case 'same':
      return { move: false, reason: `this run of ${describeKey(held)} set it to ${current.value} already` };
    default:
      return {
        move: true,
        unordered: true,
        reason: `${describeKey(candidate)} could not be ordered against ${describeKey(held)} (no commit time and not the same workflow), so the later write wins`
      };
  }
}

/**
 * Of the builds that wrote a channel since `baseline`, the one that should hold it: the newest by
 * compareBuilds, the later write when two cannot be ordered. Versions not written by a build are left out.
 */
export function newestBuild<T extends { version: number; record?: ChannelRecord }>(
  versions: readonly T[]
): T | undefined {
  let best: T | undefined;
  for (const candidate of versions) {
    const key = candidate.record?.by === 'build' ? candidate.record.key : undefined;
    if (!key) continue;
    const bestKey = best?.record?.key;
    if (!best || !bestKey) {
      best = candidate;
      continue;
    }
    const order = compareBuilds(key, bestKey);
    if (order === 'newer' || ((order === 'unknown' || order === 'same') && candidate.version > best.version))
      best = candidate;
  }
  return best;
}
