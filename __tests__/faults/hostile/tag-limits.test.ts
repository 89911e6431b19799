// EC2's limits are checked before any call: each oversized tag or description fails the step with
// file:line:column and the field, and not one EC2 call is made. A value only the run knows (a very
// long branch name) is shortened the documented way instead of failing the build late.
import { jest } from '@jest/globals';
import { parseWorkflowCommands } from '../../../world/runner/harness.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite } from '../fault-world.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, 'v']));

const cases: { name: string; options: Record<string, unknown>; message: RegExp }[] = [
  {
    name: 'a tag key over 128 characters',
    options: { tags: { ['k'.repeat(129)]: 'v' } },
    message:
      /^web\.json:\d+:\d+: builders\[0\]\.tags\.k+: the tag key is 129 characters long; EC2 allows at most 128$/
  },
  {
    name: 'a tag key with the aws: prefix',
    options: { run_volume_tags: { 'aws:cost-center': 'x' } },
    message:
      /^web\.json:\d+:\d+: builders\[0\]\.run_volume_tags\["aws:cost-center"\]: a tag key may not start with "aws:"/
  },
  {
    name: 'a tag value over 256 characters',
    options: { snapshot_tags: { note: 'n'.repeat(257) } },
    message:
      /^web\.json:\d+:\d+: builders\[0\]\.snapshot_tags\.note: the tag value is 257 characters long; EC2 allows at most 256$/
  },
  {
    name: '43 image tags, which with the action’s own 8 make 51',
    options: { tags: many(43) },
    message:
      /^web\.json:\d+:\d+: builders\[0\]\.tags: the image would carry 51 tags .*EC2 allows 50 per resource$/
  },
  {
    name: '48 run_tags, which with Name and the action’s own 2 make 51',
    options: { run_tags: many(48) },
    message: /^web\.json:\d+:\d+: builders\[0\]\.run_tags: the instance would carry 51 tags/
  },
  {
    name: 'tags and snapshot_tags that together overflow a snapshot',
    options: {
      tags: many(30),
      snapshot_tags: Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`s${i}`, 'v']))
    },
    message: /^web\.json:\d+:\d+: builders\[0\]\.snapshot_tags: each snapshot would carry 51 tags/
  },
  {
    name: 'an ami_description over 255 characters',
    options: { ami_description: 'd'.repeat(256) },
    message:
      /^web\.json:\d+:\d+: builders\[0\]\.ami_description: is 256 characters long; EC2 allows at most 255$/
  }
];

test.each(cases)('$name: the step fails with where and what, and makes no EC2 call', async c => {
  ctx.world.write({ 'web.json': { builders: [builder('web', c.options)] } });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expect(run.main.exitCode).toBe(1);
  expect(parseWorkflowCommands(run.main.log).errors).toEqual([expect.stringMatching(c.message)]);
  expect(ctx.sim.calls).toEqual([]);
});

test('a 400-character branch name is shortened head...tail in the ref tag, and the build succeeds', async () => {
  const ref = `refs/heads/${'very-long-branch-'.repeat(23)}tail-end`;
  ctx.world.write({
    'web.json': {
      builders: [builder('web', { tags: { Source: '{{ .SourceAMIName }}-' + 'x'.repeat(250) } })]
    }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' }, env: { GITHUB_REF: ref } });
  expectExits(run, 0);
  const image = ctx.sim.leftovers().find(r => r.type === 'image' && r.id === run.main.outputs['ami-id'])!;
  const refTag = image.tags['build-ami:ref']!;
  expect(refTag).toHaveLength(256);
  expect(refTag.startsWith('refs/heads/very-long-branch-')).toBe(true);
  expect(refTag.endsWith('-tail-end')).toBe(true);
  expect(refTag).toContain('...');
  // A value that quotes the source image's name is measured once rendered, and shortened the same way.
  expect(image.tags.Source).toHaveLength(256);
  expect(image.tags.Source!.startsWith('ubuntu/images/')).toBe(true);
  expectNothingLeft(ctx.sim, run);
});
