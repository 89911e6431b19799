// What each version of a channel's parameter says about itself. Parameter Store keeps a description
// per version and GetParameterHistory returns it, so the description is where a channel remembers
// which build (commit, commit time, workflow run) or which promote wrote each value: enough to order
// racing builds and to walk back for a rollback without any other store.

/** Where a build comes from, in the terms builds are ordered by (order.ts). */
export interface BuildKey {
  commit: string;
  /** The commit's time (git's committer date), ISO 8601, when it could be found. */
  time?: string;
  /** GITHUB_RUN_NUMBER and GITHUB_RUN_ATTEMPT: comparable within one workflow. */
  run?: number;
  attempt?: number;
  workflow?: string;
}

export interface ChannelRecord {
  /** The value this version set: a record describes only the value it was written with. */
  ami: string;
  by: 'build' | 'promote';
  /**
   * A build's own key. A promote carries the newest build the channel had seen before it, so that a
   * rollback is not undone by a slow job of the commit it rolled back from.
   */
  key?: BuildKey;
  /** Every region the channel was written in by the same run: where promote acts. */
  regions: string[];
  /** A promote: the image it replaced. */
  from?: string;
  /** A promote: the commit the image it points to was built from (its build-ami:commit tag). */
  imageCommit?: string;
}

const PREFIX = 'build-ami: ';
/** Parameter Store's limit on a description. */
export const MAX_DESCRIPTION = 1024;

interface Wire {
  v: 1;
  ami: string;
  by: 'build' | 'promote';
  commit?: string;
  time?: string;
  run?: number;
  attempt?: number;
  workflow?: string;
  regions: string[];
  from?: string;
  imageCommit?: string;
}

/** The description a version is written with: a short prefix and the record as JSON, within 1024 characters. */
export function recordDescription(record: ChannelRecord): string {
  const wire: Wire = {
    v: 1,
    ami: record.ami,
    by: record.by,
    commit: record.key?.commit,
    time: record.key?.time,
    run: record.key?.run,
    attempt: record.key?.attempt,
    workflow: record.key?.workflow?.slice(0, 200),
    regions: record.regions,
    from: record.from,
    imageCommit: record.imageCommit
  };
  const text = PREFIX + JSON.stringify(wire);
  // Only a long list of regions can push it over: the first region's value is still enough to order by.
  return text.length <= MAX_DESCRIPTION ? text : PREFIX + JSON.stringify({ ...wire, regions: [] });
}

/**
 * The record a version carries, or undefined when it was not written by build-ami, or was written by
 * hand since (a later PutParameter without a description keeps the old one: the record's AMI then
 * differs from the value).
 */
export function readRecord(description: string | undefined, value: string): ChannelRecord | undefined {
  if (!description?.startsWith(PREFIX)) return undefined;
  let wire: Partial<Wire>;
  try {
    wire = JSON.parse(description.slice(PREFIX.length)) as Partial<Wire>;
  } catch {
    return undefined;
  }
  if (wire.v !== 1 || wire.ami !== value || (wire.by !== 'build' && wire.by !== 'promote')) return undefined;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
  const commit = text(wire.commit);
  return {
    ami: wire.ami,
    by: wire.by,
    key: commit
      ? {
          commit,
          time: text(wire.time),
          run: count(wire.run),
          attempt: count(wire.attempt),
          workflow: text(wire.workflow)
        }
      : undefined,
    regions: Array.isArray(wire.regions)
      ? wire.regions.filter((r): r is string => typeof r === 'string')
      : [],
    from: text(wire.from),
    imageCommit: text(wire.imageCommit)
  };
}

/** How a key reads in a log line: `ffac537 (committed 2026-01-02T03:04:05Z, run 12)`. */
export function describeKey(key: BuildKey): string {
  const details = [
    key.time ? `committed ${key.time}` : undefined,
    key.run !== undefined
      ? `run ${key.run}${key.attempt && key.attempt > 1 ? ` attempt ${key.attempt}` : ''}`
      : undefined
  ].filter(Boolean);
  return `${key.commit.slice(0, 7)}${details.length ? ` (${details.join(', ')})` : ''}`;
}
