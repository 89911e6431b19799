// The pull request comment is ours: found by its marker AND its author. Someone pasting the
// marker into a comment of their own does not get their comment overwritten; the action writes
// its own, and the next run edits that one.
import { jest } from '@jest/globals';
import { commentMarker } from '../../../src/github/markdown.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite } from '../fault-world.js';
import { pullRequestWorld } from './pull-request.js';

jest.setTimeout(120_000);

const ctx = faultSuite();
const SHA = 'feed'.repeat(10);
const pr = pullRequestWorld(SHA);
const FORGED = `${commentMarker('web.json')}\n\nAMI: ami-0badc0ffee0000000 (trust me)`;

const run = () => build(ctx, pr.run());

test("a forged marker in someone else's comment is left alone; the action writes and then keeps its own", async () => {
  ctx.world.write({ 'web.json': { builders: [builder('web')] } });
  pr.github.addComment({ issueNumber: 7, body: FORGED, login: 'mallory' });

  const first = await run();
  expectExits(first, 0);
  const second = await run();
  expectExits(second, 0);

  const comments = pr.github.comments(7);
  expect(comments.map(c => c.user.login)).toEqual(['mallory', 'github-actions[bot]']);
  expect(comments[0]!.body).toBe(FORGED);
  expect(comments[1]!.body).toContain(second.main.outputs['ami-id']);
  // Never an edit of mallory's comment: one create, then one edit of our own.
  const writes = pr.github.requests.filter(r => r.method === 'POST' || r.method === 'PATCH');
  expect(writes.map(r => `${r.method} ${r.path}`)).toEqual([
    `POST /repos/${pr.github.repository}/issues/7/comments`,
    `PATCH /repos/${pr.github.repository}/issues/comments/${comments[1]!.id}`
  ]);
  expectNothingLeft(ctx.sim, second);
});
