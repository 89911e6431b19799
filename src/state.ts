// Everything the main step hands to the post step, in one place (actions/checkout's state-helper):
// one name per value, one typed setter in the main step and one typed value read back in the post
// step. The runner keeps these in GITHUB_STATE and gives them back to the post step as
// STATE_<name>, even when the main step was cancelled or killed. No secret is ever saved here:
// what the post step needs to reach the account again it re-derives from the template and inputs.
import type { JournalEntry } from './journal.js';

const NAMES = {
  buildId: 'build-id',
  journal: 'journal',
  endpoints: 'ec2-endpoint',
  regions: 'regions',
  mainFinished: 'main-finished',
  accounts: 'accounts',
  dockerSocket: 'docker-socket'
} as const;

/** The runner's state file, as @actions/core exposes it (core.saveState / core.getState). */
export interface StateStore {
  save(name: string, value: string): void;
  get(name: string): string;
}

/** What the post step reads back. */
export interface SavedState {
  buildId?: string;
  journal: JournalEntry[];
  /** Every region the build may touch (ami_regions copies included). */
  regions: string[];
  /** Region → EC2 endpoint override (custom_endpoint_ec2), for the regions that have one. */
  endpoints: Record<string, string>;
  /** The main step finished its own cleanup: the post step then only double-checks. */
  mainFinished: boolean;
  /**
   * Region → the AWS account id the build ran in there, recorded before anything is created: the
   * post step deletes nothing unless its own credentials reach the same account.
   */
  accounts: Record<string, string>;
  /** The daemon a docker build used (its unix socket): the post step removes the build's containers there. */
  dockerSocket?: string;
}

/** The main step's side: each value has its own setter, saved at once. */
export class MainState {
  private readonly accountIds: Record<string, string> = {};

  constructor(private readonly store: StateStore) {}

  /** The account a build's credentials reach, for each region the build may touch (an id, never a secret). */
  account(regions: readonly string[], accountId: string): void {
    for (const region of regions) this.accountIds[region] = accountId;
    this.store.save(NAMES.accounts, JSON.stringify(this.accountIds));
  }

  buildId(id: string): void {
    this.store.save(NAMES.buildId, id);
  }

  /** Region → endpoint override ('' or undefined for the default endpoint). */
  regions(targets: Record<string, string | undefined>): void {
    this.store.save(NAMES.regions, JSON.stringify(Object.keys(targets)));
    const overrides = Object.entries(targets).filter(([, endpoint]) => endpoint);
    this.store.save(NAMES.endpoints, JSON.stringify(Object.fromEntries(overrides)));
  }

  journal(entries: readonly JournalEntry[]): void {
    this.store.save(NAMES.journal, JSON.stringify(entries));
  }

  /** Saved before a docker build creates anything. */
  dockerSocket(path: string): void {
    this.store.save(NAMES.dockerSocket, path);
  }

  mainFinished(): void {
    this.store.save(NAMES.mainFinished, 'true');
  }
}

/** The post step's side. A value the main step never wrote (or wrote half of, when killed) reads as empty. */
export function readSavedState(store: Pick<StateStore, 'get'>): SavedState {
  const parse = <T>(text: string, fallback: T, valid: (value: unknown) => boolean): T => {
    try {
      const value: unknown = text ? JSON.parse(text) : fallback;
      return valid(value) ? (value as T) : fallback;
    } catch {
      return fallback;
    }
  };
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return {
    buildId: store.get(NAMES.buildId) || undefined,
    journal: parse<JournalEntry[]>(store.get(NAMES.journal), [], Array.isArray),
    regions: parse<string[]>(store.get(NAMES.regions), [], Array.isArray),
    endpoints: parse<Record<string, string>>(store.get(NAMES.endpoints), {}, isObject),
    mainFinished: store.get(NAMES.mainFinished) === 'true',
    accounts: parse<Record<string, string>>(store.get(NAMES.accounts), {}, isObject),
    dockerSocket: store.get(NAMES.dockerSocket) || undefined
  };
}
