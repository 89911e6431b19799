// No call hangs. An EC2 endpoint that accepts connections and never answers (a black-holed proxy,
// a wedged load balancer): every request has a connection and a response timeout, so the main step
// fails within a bound naming the call and the endpoint, saying "Still waiting" meanwhile; a
// cancellation interrupts even the reuse lookup; and the post step ends within its own deadline.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { NODE24, POST } from '../../helpers/action.js';
import { build, builder, errorsOf, expectNothingLeft, faultSuite } from '../fault-world.js';

jest.setTimeout(180_000);

const ctx = faultSuite();

let silent: Server;
let silentUrl: string;
const sockets = new Set<Socket>();
beforeAll(async () => {
  silent = createServer(socket => {
    // Accepts, reads, never answers.
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.resume();
  });
  await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise(resolve => silent.close(resolve));
});

const TEMPLATE = {
  builders: [builder('web')],
  provisioners: [{ type: 'shell', inline: ['echo provisioning', 'sleep 20'] }]
};

test('an endpoint that never answers fails the main step within a bound, naming the call and the endpoint', async () => {
  ctx.world.write({ 'web.json': TEMPLATE });
  const run = await build(ctx, {
    inputs: { template: 'web.json' },
    env: {
      AWS_ENDPOINT_URL_EC2: silentUrl,
      BUILD_AMI_AWS_RESPONSE_TIMEOUT_MS: '400',
      BUILD_AMI_AWS_STILL_WAITING_MS: '1000'
    },
    // Without the timeouts, the step would still be waiting when this ends it.
    timeoutMs: 90_000
  });
  expect(run.main.timedOut).toBe(false);
  expect(run.main.exitCode).toBe(1);
  expect(errorsOf(run.main)).toMatch(
    new RegExp(
      `DescribeImages: looking for an image to reuse in us-east-1: TimeoutError: DescribeImages at ${silentUrl} did not finish within`
    )
  );
  expect(run.main.log).toMatch(
    new RegExp(`Still waiting for DescribeImages from ${silentUrl}: no answer after \\d+s`)
  );
  expect(run.post.timedOut).toBe(false);
  expect(run.post.exitCode).toBe(0);
});

test('SIGINT during the reuse lookup against a silent endpoint ends the main step without waiting for an answer', async () => {
  ctx.world.write({ 'web.json': TEMPLATE });
  const run = await build(ctx, {
    inputs: { template: 'web.json' },
    // The default timeouts (30 s per attempt): only the cancellation can end the lookup in time.
    env: { AWS_ENDPOINT_URL_EC2: silentUrl },
    signals: [{ signal: 'SIGINT', whenLog: /^build-ami: build /, afterMs: 1000 }],
    timeoutMs: 25_000
  });
  expect(run.main.timedOut).toBe(false);
  expect(run.main.exitCode).not.toBe(0);
  expect(run.main.log).toMatch(/SIGINT received: the run was cancelled/);
  expect(run.main.log).not.toMatch(/TimeoutError/);
  expect(run.post.log).toMatch(/the main step created nothing; nothing to clean up/);
  expect(ctx.sim.calls).toEqual([]);
});

test('the post step against a silent endpoint ends within its deadline, naming what it did not finish', async () => {
  ctx.world.write({ 'web.json': TEMPLATE });
  // A real build, killed mid-way: its resources are listed in the saved state.
  const killed = await build(ctx, {
    inputs: { template: 'web.json' },
    signals: [{ signal: 'SIGKILL', whenLog: /provisioning/, afterMs: 500 }],
    // Only the main step's state matters here; this run's post step is replaced below.
    env: { BUILD_AMI_POST_DEADLINE_MS: '1' }
  });
  expect(killed.main.signal).toBe('SIGKILL');
  const post = await ctx.world.runner.runStep({
    entry: POST,
    node: NODE24,
    workspace: ctx.world.workspace,
    inputs: { template: 'web.json', 'comment-on-pr': 'false' },
    state: killed.main.state,
    env: { ...ctx.world.env(ctx.sim), AWS_ENDPOINT_URL_EC2: silentUrl, BUILD_AMI_POST_DEADLINE_MS: '3000' },
    timeoutMs: 25_000
  });
  expect(post.timedOut).toBe(false);
  expect(post.exitCode).toBe(0);
  expect(post.log).toMatch(
    new RegExp(
      `::warning::build-ami cleanup did not finish within 3s \\(.*\\)\\. Look for resources tagged build-ami:build-id=${killed.buildId}`
    )
  );
  // The simulator itself again: the post step finishes the job.
  const again = await ctx.world.runner.runStep({
    entry: POST,
    node: NODE24,
    workspace: ctx.world.workspace,
    inputs: { template: 'web.json', 'comment-on-pr': 'false' },
    state: killed.main.state,
    env: ctx.world.env(ctx.sim),
    timeoutMs: 120_000
  });
  expect(again.exitCode).toBe(0);
  expectNothingLeft(ctx.sim, { main: killed.main, post: again });
});
