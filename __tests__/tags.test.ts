// The documented shortening rule for tag values and descriptions (README "Tags"): within the limit a
// value is kept as it is; past it, the head and the tail are kept with "..." in the middle.
import { EC2_LIMITS, shorten, tagValue, traceTags } from '../src/tags.js';

test('a value within 256 characters is kept as it is', () => {
  const value = 'x'.repeat(256);
  expect(tagValue(value)).toBe(value);
});

test('a long ref keeps refs/heads/ and the end of the branch, 256 characters in all', () => {
  const ref = `refs/heads/${'feature-'.repeat(60)}the-end`;
  const tag = tagValue(ref);
  expect(tag).toHaveLength(EC2_LIMITS.tagValueLength);
  expect(tag.startsWith('refs/heads/feature-')).toBe(true);
  expect(tag.endsWith('feature-the-end')).toBe(true);
  expect(tag).toContain('...');
});

test('the trace tags of a run with a very long ref and run URL all fit', () => {
  const tags = traceTags(
    {
      sha: 'a'.repeat(40),
      repository: 'o/r',
      ref: `refs/heads/${'b'.repeat(400)}`,
      runUrl: `https://github.com/o/${'r'.repeat(300)}/actions/runs/123456789`,
      serverUrl: 'https://github.com',
      eventName: 'push'
    } as Parameters<typeof traceTags>[0],
    'sha256:abc',
    'build-1'
  );
  for (const value of Object.values(tags)) expect(value.length).toBeLessThanOrEqual(256);
  expect(tags['build-ami:run-url']!.endsWith('/actions/runs/123456789')).toBe(true);
});

test('characters outside the basic plane count as one each and are never split', () => {
  expect(shorten('😀'.repeat(10), 7)).toBe('😀😀...😀😀');
});
