// Which build may move a channel: the later commit wins, never the slower job; after a promote only
// a newer commit than the newest the channel had seen moves it.
import { compareBuilds, decideMove, newestBuild, type Order } from '../../src/channels/order.js';
import type { BuildKey, ChannelRecord } from '../../src/channels/record.js';

const key = (
  commit: string,
  hour: number | undefined,
  run?: number,
  extra: Partial<BuildKey> = {}
): BuildKey => ({
  commit: commit.repeat(40).slice(0, 40),
  time: hour === undefined ? undefined : new Date(Date.UTC(2026, 0, 1, hour)).toISOString(),
  run,
  workflow: 'build',
  ...extra
});

test.each<[string, BuildKey, BuildKey, Order]>([
  ['a later commit time is newer, whatever the run numbers', key('b', 11, 5), key('a', 10, 9), 'newer'],
  ['an earlier commit time is older', key('a', 10, 9), key('b', 11, 5), 'older'],
  ['the same commit from a later run is newer', key('a', 10, 12), key('a', 10, 11), 'newer'],
  [
    'the same commit, same run, a later attempt is newer',
    key('a', 10, 11, { attempt: 2 }),
    key('a', 10, 11, { attempt: 1 }),
    'newer'
  ],
  ['the same commit, run and attempt is the same', key('a', 10, 11), key('a', 10, 11), 'same'],
  [
    'no commit times: the run number of the same workflow decides',
    key('b', undefined, 12),
    key('a', undefined, 11),
    'newer'
  ],
  ['equal commit times: the run number decides', key('b', 10, 10), key('a', 10, 11), 'older'],
  [
    'no commit times and another workflow: cannot be ordered',
    key('b', undefined, 12, { workflow: 'nightly' }),
    key('a', undefined, 11),
    'unknown'
  ]
])('%s', (_name, a, b, expected) => {
  expect(compareBuilds(a, b)).toBe(expected);
});

const record = (by: 'build' | 'promote', ami: string, k?: BuildKey): ChannelRecord => ({
  ami,
  by,
  key: k,
  regions: ['us-east-1']
});

test.each<[string, Parameters<typeof decideMove>[2], boolean, RegExp]>([
  ['a new channel moves', undefined, true, /a new channel/],
  [
    'the same image does not move',
    { value: 'ami-new', record: record('build', 'ami-new', key('a', 9)) },
    false,
    /already points/
  ],
  ['a value written by hand moves', { value: 'ami-hand' }, true, /not written by a build/],
  [
    'an older build moves',
    { value: 'ami-old', record: record('build', 'ami-old', key('a', 9, 1)) },
    true,
    /is newer than aaaaaaa/
  ],
  [
    'a newer build holds it',
    { value: 'ami-next', record: record('build', 'ami-next', key('c', 11, 3)) },
    false,
    /a newer commit holds it: ccccccc/
  ],
  [
    'after a rollback from this very commit, it stays',
    { value: 'ami-old', record: record('promote', 'ami-old', key('b', 10, 2)) },
    false,
    /promoted to ami-old; only a build of a commit newer than bbbbbbb/
  ],
  [
    'after a rollback from an older commit, a newer commit moves it',
    { value: 'ami-old', record: record('promote', 'ami-old', key('a', 9, 1)) },
    true,
    /newest before the promote/
  ]
])('%s', (_name, current, move, reason) => {
  const decision = decideMove(key('b', 10, 2), 'ami-new', current);
  expect(decision.move).toBe(move);
  expect(decision.reason).toMatch(reason);
});

test('two builds that cannot be ordered: the write goes ahead and says so', () => {
  const decision = decideMove(key('b', undefined, 2, { workflow: 'other' }), 'ami-new', {
    value: 'ami-old',
    record: record('build', 'ami-old', key('a', undefined, 9))
  });
  expect(decision).toMatchObject({ move: true, unordered: true });
});

test('of the versions written in a race, the newest commit wins; a promote or a hand-written value is not a candidate', () => {
  const versions = [
    { version: 4, record: record('build', 'ami-b', key('b', 10)) },
    { version: 5, record: record('build', 'ami-c', key('c', 11)) },
    { version: 6, record: record('build', 'ami-a', key('a', 9)) },
    { version: 7, record: record('promote', 'ami-z', key('z', 23)) },
    { version: 8 }
  ];
  expect(newestBuild(versions)?.version).toBe(5);
  expect(newestBuild([{ version: 1 }])).toBeUndefined();
});
