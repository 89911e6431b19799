// The post step cleans up with the credentials the main step used, and only in the account the
// build ran in. The template brings its own credentials (access_key / secret_key) and the job has
// none of its own; the main step is killed mid-build. The post step re-derives the credentials from
// the same template and inputs (nothing secret is saved), checks the account, and removes
// everything; a post step whose credentials reach another account deletes nothing and says why.
import { jest } from '@jest/globals';
import { MAIN, NODE24, POST } from '../../helpers/action.js';
import { builder, expectNothingLeft, faultSuite, manualCommands } from '../fault-world.js';
import type { StepResult } from '../../../world/runner/harness.js';

jest.setTimeout(180_000);

const BUILD_ACCOUNT = '111111111111';
const OTHER_ACCOUNT = '222222222222';
const ctx = faultSuite({ accounts: { AKIDTEMPLATEBUILD: BUILD_ACCOUNT, AKIDTEMPLATEOTHER: OTHER_ACCOUNT } });

const SECRET = 'template-secret-key-never-saved';
const template = (accessKey: string) => ({
  builders: [builder('web', { access_key: accessKey, secret_key: SECRET, ami_regions: ['us-west-2'] })],
  provisioners: [{ type: 'shell', inline: ['echo provisioning', 'sleep 20'] }]
});

/** The job has no AWS credentials of its own: only the template's reach the account. */
const env = () => ({
  ...ctx.world.env(ctx.sim),
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_EC2_METADATA_DISABLED: 'true'
});

const step = (entry: string, extra: { state?: Record<string, string>; signals?: never[] } = {}) =>
  ctx.world.runner.runStep({
    entry,
    node: NODE24,
    workspace: ctx.world.workspace,
    inputs: { template: 'web.json', 'comment-on-pr': 'false' },
    env: env(),
    timeoutMs: 120_000,
    ...extra
  });

async function killedBuild(): Promise<StepResult> {
  ctx.world.write({ 'web.json': template('AKIDTEMPLATEBUILD') });
  const main = await ctx.world.runner.runStep({
    entry: MAIN,
    node: NODE24,
    workspace: ctx.world.workspace,
    inputs: { template: 'web.json', 'comment-on-pr': 'false' },
    env: env(),
    signals: [{ signal: 'SIGKILL', whenLog: /provisioning/, afterMs: 500 }],
    timeoutMs: 120_000
  });
  expect(main.signal).toBe('SIGKILL');
  expect(main.state.accounts).toContain(BUILD_ACCOUNT);
  // No secret in what the main step hands to the post step.
  expect(JSON.stringify(main.state)).not.toContain(SECRET);
  expect(ctx.sim.leftovers().some(r => r.type === 'instance')).toBe(true);
  return main;
}

test("template credentials, the main step killed: the post step cleans up with the template's credentials", async () => {
  const main = await killedBuild();
  const post = await step(POST, { state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.log).toMatch(/Removed instance i-/);
  // Masked (the runner replaces it with ***): only the add-mask command itself carries it.
  expect(
    post.log
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
  ).not.toContain(SECRET);
  expectNothingLeft(ctx.sim, { main, post });
});

test('a post step whose credentials reach another account deletes nothing and warns', async () => {
  const main = await killedBuild();
  const before = ctx.sim.leftovers().map(r => r.id);
  ctx.world.write({ 'web.json': template('AKIDTEMPLATEOTHER') });
  const post = await step(POST, { state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.log).toMatch(
    new RegExp(
      `::warning::build-ami cleanup: deleting nothing, since the credentials reach AWS account ${OTHER_ACCOUNT} in us-east-1, but the build ran in account ${BUILD_ACCOUNT}`
    )
  );
  const mutating = ctx.sim.calls.filter(c => /^(Terminate|Delete|Deregister)/.test(c.action));
  expect(mutating).toEqual([]);
  expect(ctx.sim.leftovers().map(r => r.id)).toEqual(before);
  expect(manualCommands(post.log)).toEqual([]);

  // With the build's own credentials again, the post step finishes the job.
  ctx.world.write({ 'web.json': template('AKIDTEMPLATEBUILD') });
  const again = await step(POST, { state: main.state });
  expect(again.exitCode).toBe(0);
  expectNothingLeft(ctx.sim, { main, post: again });
});
