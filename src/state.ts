// Everything the main step hands to the post step, in one place: names as constants, typed
// getters and setters. The runner keeps these in GITHUB_STATE and gives them back to the post
// step as STATE_<name>, even when the main step was cancelled or killed.
import type { JournalEntry } from './journal.js';

export const STATE = {
  buildId: 'build-id',
  journal: 'journal',
  endpoint: 'ec2-endpoint',
  regions: 'regions',
  /** Set once the main step finished its own cleanup: the post step then only double-checks. */
  mainFinished: 'main-finished'
} as const;

export interface StateStore {
  save(name: string, value: string): void;
  get(name: string): string;
}

export interface SavedState {
  buildId?: string;
  journal: JournalEntry[];
  endpoint?: string;
  regions: string[];
  mainFinished: boolean;
}

export function saveJournal(store: StateStore, entries: readonly JournalEntry[]): void {
  store.save(STATE.journal, JSON.stringify(entries));
}

export function readSavedState(store: StateStore): SavedState {
  const parse = <T>(text: string, fallback: T): T => {
    try {
      return text ? (JSON.parse(text) as T) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    buildId: store.get(STATE.buildId) || undefined,
    journal: parse<JournalEntry[]>(store.get(STATE.journal), []),
    endpoint: store.get(STATE.endpoint) || undefined,
    regions: parse<string[]>(store.get(STATE.regions), []),
    mainFinished: store.get(STATE.mainFinished) === 'true'
  };
}
