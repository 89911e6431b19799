// Which images retention may remove, before anything in the account is asked: builds (not regional
// copies) are ranked newest first; the newest `keep`, anything younger than `keep-days` and the run's
// own images stay.
import type { FamilyImage } from '../../src/retention/family-images.js';
import { generations, select } from '../../src/retention/select.js';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 24 * 3600 * 1000;

/** Build n, made n days ago, in each region given. */
function build(n: number, regions = ['us-east-1', 'eu-west-1']): FamilyImage[] {
  return regions.map((region, i) => ({
    region,
    id: `ami-${n}${region === 'us-east-1' ? 'e' : 'w'}`,
    name: `web-${n}`,
    buildId: `build-${n}`,
    commit: `${n}`.repeat(40),
    // Copies are made a little later than the original: still one build.
    created: new Date(NOW - n * DAY + i * 60_000),
    deprecated: false,
    snapshotIds: [`snap-${n}${i}`]
  }));
}

const images = [1, 2, 3, 4].flatMap(n => build(n));
const ids = (list: { image: FamilyImage }[]) => list.map(v => v.image.id).sort();

test('copies in other regions count as one build', () => {
  expect(generations(images).map(g => [g.buildId, g.rank, g.images.length])).toEqual([
    ['build-1', 1, 2],
    ['build-2', 2, 2],
    ['build-3', 3, 2],
    ['build-4', 4, 2]
  ]);
});

test.each([
  ['keep 2', { keep: 2 }, ['ami-3e', 'ami-3w', 'ami-4e', 'ami-4w']],
  ['keep 1 and 2.5 days', { keep: 1, keepDays: 2.5 }, ['ami-3e', 'ami-3w', 'ami-4e', 'ami-4w']],
  ['keep 3', { keep: 3 }, ['ami-4e', 'ami-4w']],
  ['keep 10', { keep: 10 }, []],
  ['keep-days 10', { keepDays: 10 }, []]
])('%s', (_name, policy, candidates) => {
  expect(ids(select(images, policy, NOW, new Set()).candidates)).toEqual(candidates);
});

test('the run’s own image stays, even an old one it reused', () => {
  const { kept, candidates } = select(images, { keep: 1 }, NOW, new Set(['ami-4e', 'ami-4w']));
  expect(ids(candidates)).toEqual(['ami-2e', 'ami-2w', 'ami-3e', 'ami-3w']);
  expect(kept.find(v => v.image.id === 'ami-4e')?.why).toBe("this run's image");
});

test('each verdict says why', () => {
  const { kept, candidates } = select(images, { keep: 2, keepDays: 3.5 }, NOW, new Set());
  expect(kept.find(v => v.image.id === 'ami-2w')?.why).toBe('one of the newest 2 (2nd)');
  expect(kept.find(v => v.image.id === 'ami-3e')?.why).toMatch(/^younger than 3.5 days \(3.0 days old\)$/);
  expect(candidates.map(v => v.why)).toEqual([
    'beyond the newest 2 (4th newest), older than 3.5 days (4.0 days old)',
    'beyond the newest 2 (4th newest), older than 3.5 days (4.0 days old)'
  ]);
});
