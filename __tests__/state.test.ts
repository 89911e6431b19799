// Main-to-post state: what the main step saves comes back to the post step as it was, a value the
// main step never finished writing reads as empty, and nothing saved is a secret.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { JournalEntry } from '../src/journal.js';
import { MainState, readSavedState, type SavedState, type StateStore } from '../src/state.js';
import { parseCommandFile } from '../world/runner/command-file.js';

/** Shaped like core.saveState / core.getState: values are strings, a name never saved reads as ''. */
function fakeStore(initial: Record<string, string> = {}): StateStore & { saved: Map<string, string> } {
  const saved = new Map(Object.entries(initial));
  return { saved, save: (name, value) => saved.set(name, value), get: name => saved.get(name) ?? '' };
}

const EMPTY: SavedState = {
  buildId: undefined,
  journal: [],
  regions: [],
  endpoints: {},
  accounts: {},
  mainFinished: false
};

const journal: JournalEntry[] = [
  { kind: 'instance', id: 'i-0abc', region: 'us-east-1', build: 'web', status: 'created' },
  { kind: 'key-pair', id: 'packer_1', region: 'us-east-1', build: 'web', status: 'deleted' },
  { kind: 'image', id: 'ami-0def', region: 'us-east-1', build: 'web', status: 'kept' }
];

function mainStep(store: StateStore): void {
  const state = new MainState(store);
  state.buildId('b-123');
  state.regions({ 'us-east-1': 'http://127.0.0.1:4566', 'eu-west-1': undefined, 'us-west-2': '' });
  state.account(['us-east-1'], '123456789012');
  state.journal(journal);
  state.mainFinished();
}

const EXPECTED: SavedState = {
  buildId: 'b-123',
  journal,
  regions: ['us-east-1', 'eu-west-1', 'us-west-2'],
  endpoints: { 'us-east-1': 'http://127.0.0.1:4566' },
  accounts: { 'us-east-1': '123456789012' },
  mainFinished: true
};

describe('round trip from the main step to the post step', () => {
  it('gives the post step what the main step saved', () => {
    const store = fakeStore();
    mainStep(store);
    expect(readSavedState(store)).toEqual(EXPECTED);
  });

  it('survives the runner state file (core.saveState, GITHUB_STATE, STATE_<name>)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-test-'));
    const file = join(dir, 'state');
    writeFileSync(file, '');
    const before = process.env.GITHUB_STATE;
    process.env.GITHUB_STATE = file;
    try {
      mainStep({ save: core.saveState, get: core.getState });
    } finally {
      if (before === undefined) delete process.env.GITHUB_STATE;
      else process.env.GITHUB_STATE = before;
    }
    const values = parseCommandFile(readFileSync(file, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    // The runner hands the post step each value as STATE_<name>, which core.getState reads.
    expect(readSavedState({ get: name => values[name] ?? '' })).toEqual(EXPECTED);
  });

  it('keeps only the latest journal: every save replaces the one before', () => {
    const store = fakeStore();
    const state = new MainState(store);
    state.journal(journal.slice(0, 1));
    state.journal(journal);
    expect(readSavedState(store).journal).toEqual(journal);
  });

  it('maps only the regions with an endpoint override, listing every region', () => {
    const store = fakeStore();
    new MainState(store).regions({ 'us-east-1': undefined, 'eu-west-1': 'http://ec2.local' });
    expect(readSavedState(store)).toMatchObject({
      regions: ['us-east-1', 'eu-west-1'],
      endpoints: { 'eu-west-1': 'http://ec2.local' }
    });
  });
});

describe('a main step that did not get to save', () => {
  it('reads as empty when nothing was saved (killed before the first save)', () => {
    expect(readSavedState(fakeStore())).toEqual(EMPTY);
  });

  it('says the main step did not finish until it said so', () => {
    const store = fakeStore();
    const state = new MainState(store);
    state.buildId('b-1');
    state.journal(journal);
    expect(readSavedState(store)).toMatchObject({ buildId: 'b-1', journal, mainFinished: false });
  });
});

describe('half-written or garbage values read as empty', () => {
  const names: Record<keyof Omit<SavedState, 'buildId' | 'mainFinished' | 'dockerSocket'>, string> = {
    journal: 'journal',
    regions: 'regions',
    endpoints: 'ec2-endpoint',
    accounts: 'accounts'
  };
  it.each<[string, keyof typeof names, string]>([
    ['a journal cut off mid-write', 'journal', '[{"kind":"instance","id":"i-0abc","reg'],
    ['a journal that is not JSON', 'journal', 'i-0abc'],
    ['a journal that is an object', 'journal', '{"kind":"instance"}'],
    ['a journal that is null', 'journal', 'null'],
    ['regions cut off', 'regions', '["us-east-1","eu-'],
    ['regions as one string', 'regions', '"us-east-1"'],
    ['endpoints cut off', 'endpoints', '{"us-east-1":"http://'],
    ['endpoints as a list', 'endpoints', '["http://127.0.0.1"]'],
    ['endpoints that are null', 'endpoints', 'null']
  ])('%s', (_name, field, raw) => {
    const store = fakeStore({ [names[field]]: raw });
    expect(readSavedState(store)).toEqual(EMPTY);
  });

  it.each(['', 'false', 'TRUE', 'yes', '1'])('main-finished %j reads as not finished', raw => {
    expect(readSavedState(fakeStore({ 'main-finished': raw })).mainFinished).toBe(false);
  });

  it('an empty build id reads as none', () => {
    expect(readSavedState(fakeStore({ 'build-id': '' })).buildId).toBeUndefined();
  });

  it('one garbled value leaves the others readable', () => {
    const store = fakeStore();
    mainStep(store);
    store.save('regions', '["us-ea');
    expect(readSavedState(store)).toEqual({ ...EXPECTED, regions: [] });
  });
});

describe('no secrets', () => {
  const SECRET = /secret|token|password|credential|private|access.?key|session/i;

  it('the main step has one setter per value and none for a credential', () => {
    const setters = Object.getOwnPropertyNames(MainState.prototype).filter(name => name !== 'constructor');
    expect(setters.sort()).toEqual([
      'account',
      'buildId',
      'dockerSocket',
      'journal',
      'mainFinished',
      'regions'
    ]);
  });

  it('saves only these names, and no name or field in them looks like a secret', () => {
    const store = fakeStore();
    mainStep(store);
    expect([...store.saved.keys()].sort()).toEqual([
      'accounts',
      'build-id',
      'ec2-endpoint',
      'journal',
      'main-finished',
      'regions'
    ]);
    const fieldNames = (value: unknown): string[] =>
      value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => [key, ...fieldNames(inner)])
        : [];
    for (const [name, raw] of store.saved) {
      expect(name).not.toMatch(SECRET);
      const parsed: unknown = raw.startsWith('[') || raw.startsWith('{') ? JSON.parse(raw) : raw;
      for (const field of fieldNames(parsed)) expect(field).not.toMatch(SECRET);
    }
    expect(Object.keys(readSavedState(store)).filter(key => SECRET.test(key))).toEqual([]);
  });
});
