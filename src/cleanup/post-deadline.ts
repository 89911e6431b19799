// The post step has a hard overall deadline, below the runner's force-end of a cancelled job
// (about five minutes): whatever is not finished by then is named in a warning, with the tag to
// find it by, and the step ends rather than being killed mid-sentence.
import type { JournalEntry } from '../journal.js';
import { TAGS } from '../tags.js';

export const DEFAULT_POST_DEADLINE_MS = 240_000;

/** BUILD_AMI_POST_DEADLINE_MS overrides the default (tests use it). */
export function postDeadlineMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.BUILD_AMI_POST_DEADLINE_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_POST_DEADLINE_MS;
}

type Ref = Pick<JournalEntry, 'kind' | 'id' | 'region'>;

/** Tracks what the cleanup planned and removed, to say what was left when time ran out. */
export class PostProgress {
  private readonly pending = new Map<string, Ref>();
  planned = false;

  plan(targets: readonly Ref[]): void {
    this.planned = true;
    for (const t of targets) this.pending.set(`${t.region}/${t.kind}/${t.id}`, t);
  }

  removed(target: Ref): void {
    this.pending.delete(`${target.region}/${target.kind}/${target.id}`);
  }

  unfinished(buildId: string, afterMs: number): string {
    const left = [...this.pending.values()].map(t => `${t.kind} ${t.id} (${t.region})`);
    const what = !this.planned
      ? 'it had not finished looking for what the build left'
      : left.length
        ? `not removed: ${left.join(', ')}`
        : 'everything it had found was removed';
    return `build-ami cleanup did not finish within ${Math.round(afterMs / 1000)}s (${what}). Look for resources tagged ${TAGS.buildId}=${buildId} and remove them by hand.`;
  }
}

/** Resolves with 'deadline' when time runs out first. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | 'deadline'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>(resolve => {
    timer = setTimeout(() => resolve('deadline'), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
