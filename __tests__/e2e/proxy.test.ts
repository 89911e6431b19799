// End to end: a self-hosted runner behind an outbound proxy. The job's environment names the proxy
// (http_proxy, with a user and password, as a runner's .env would), and the AWS endpoints have names
// that only the proxy can resolve. So a call that reaches the simulator can only have come through
// the proxy. Covered: every EC2 call of the main step and of the post step, STS's AssumeRole,
// Session Manager (its calls and its data channel's websocket), and ECR's token on the runner's
// Node. Loopback endpoints are reached directly, as Packer reaches them (Go never proxies
// loopback), and the proxy's password never reaches the log.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { bindDataChannelBase, ssmSessions } from '../../world/ssm/sessions.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { startForwardProxy, type ForwardProxy } from '../../world/proxy/forward-proxy.js';
import { actionWorld, MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';

const EC2_HOST = 'ec2.proxied.test';
const STS_HOST = 'sts.proxied.test';
const ECR_HOST = 'api.ecr.proxied.test';
const SSM_HOST = 'ssm.proxied.test';
const SSMMESSAGES_HOST = 'ssmmessages.proxied.test';
const PROXY_PASSWORD = 'proxy-password-do-not-print';
const ROLE = 'arn:aws:iam::123456789012:role/ami-builder';

let sim: Ec2Simulator;
let proxy: ForwardProxy;
let world: ActionWorld;

beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  proxy = await startForwardProxy({
    credentials: `builder:${PROXY_PASSWORD}`,
    hosts: Object.fromEntries(
      [EC2_HOST, STS_HOST, ECR_HOST, SSM_HOST, SSMMESSAGES_HOST].map(host => [host, '127.0.0.1'])
    )
  });
  world = actionWorld();
});
afterEach(async () => {
  await world.cleanup();
  await proxy.stop();
});

const port = () => new URL(sim.endpoint).port;
const proxyUrl = (password = PROXY_PASSWORD) => proxy.url.replace('http://', `http://builder:${password}@`);
const actionCalls = (service: string) =>
  sim.calls.filter(c => c.service === service && c.userAgent?.includes('build-ami'));
const through = (host: string) => proxy.requests.filter(r => r.target === `${host}:${port()}`);

/** main then post, as the runner runs them, with the simulator's environment plus `env`. */
const buildWith = (env: Record<string, string>) =>
  world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: { ...world.env(sim), ...env }
  });

function writeTemplate(builder: object = {}) {
  world.write({
    'web.json': {
      builders: [ubuntuBuilder({ ami_name: 'proxied-{{timestamp}}', ...builder })],
      provisioners: [{ type: 'shell', inline: ['echo provisioned'] }]
    }
  });
}

test("behind the runner's proxy, every EC2 call of both steps and the AssumeRole go through it", async () => {
  writeTemplate({ assume_role: { role_arn: ROLE, session_name: 'proxied-build' } });
  const { main, post } = await buildWith({
    AWS_ENDPOINT_URL_EC2: `http://${EC2_HOST}:${port()}`,
    AWS_ENDPOINT_URL_STS: `http://${STS_HOST}:${port()}`,
    http_proxy: proxyUrl(),
    NO_PROXY: '.corp.example'
  });

  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.outputs['ami-id']).toMatch(/^ami-/);
  expect(post.exitCode).toBe(0);
  // Each request the simulator answered is one the proxy carried, main's and post's alike.
  const ec2 = actionCalls('ec2');
  expect(ec2.map(c => c.action)).toEqual(
    expect.arrayContaining(['RunInstances', 'CreateImage', 'TerminateInstances'])
  );
  expect(through(EC2_HOST)).toHaveLength(ec2.length);
  expect(through(STS_HOST)).toHaveLength(actionCalls('sts').length);
  expect(actionCalls('sts').map(c => c.action)).toContain('AssumeRole');
  // The proxy was asked with the runner's user and password, and the log never shows the password.
  const basic = `Basic ${Buffer.from(`builder:${PROXY_PASSWORD}`).toString('base64')}`;
  expect(new Set(proxy.requests.map(r => r.authorization))).toEqual(new Set([basic]));
  // It is registered with the runner (add-mask) before anything could quote it, and the run page
  // never shows it.
  const shown = parseWorkflowCommands(main.log);
  expect(shown.masks).toContain(PROXY_PASSWORD);
  for (const log of [main.log, post.log])
    expect(parseWorkflowCommands(log).visible.join('\n')).not.toContain(PROXY_PASSWORD);
  expect(main.summary).not.toContain(PROXY_PASSWORD);
  expect(sim.leftovers().map(r => r.type)).toEqual(['image', 'snapshot']);
});

test('endpoints on loopback addresses are reached directly, even with a proxy set (as Packer does)', async () => {
  writeTemplate();
  const { main, post } = await buildWith({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url });

  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);
  expect(actionCalls('ec2').length).toBeGreaterThan(5);
  expect(proxy.requests).toEqual([]);
});

test('a proxy that refuses the password: the build stops at its first call, naming the proxy, and leaves nothing', async () => {
  writeTemplate();
  const wrong = 'wrong-proxy-password';
  const { main, post } = await buildWith({
    AWS_ENDPOINT_URL_EC2: `http://${EC2_HOST}:${port()}`,
    HTTPS_PROXY: proxyUrl(wrong),
    HTTP_PROXY: proxyUrl(wrong)
  });

  expect(main.exitCode).toBe(1);
  const shown = parseWorkflowCommands(main.log);
  const errors = shown.annotations.filter(a => a.level === 'error').map(a => a.message);
  expect(errors.join('\n')).toMatch(
    /ProxyAuthenticationRequired: the proxy \(HTTPS_PROXY or HTTP_PROXY\) answered 407 Proxy Authentication Required: check the user and password in its URL/
  );
  expect(main.log).not.toMatch(/XML parse error/);
  expect([...shown.visible, ...errors].join('\n')).not.toContain(wrong);
  // Refused before AWS saw anything: no call arrived, so nothing exists to clean up.
  expect(through(EC2_HOST).length).toBeGreaterThanOrEqual(1);
  expect(sim.calls).toEqual([]);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
});

test('ssh_interface session_manager: StartSession and its data channel (a websocket) go through the proxy', async () => {
  // The simulator's StreamUrl, a name only the proxy resolves, as ssmmessages' is for a proxied runner.
  bindDataChannelBase(sim.world, `ws://${SSMMESSAGES_HOST}:${port()}`);
  writeTemplate({
    associate_public_ip_address: false,
    ssh_interface: 'session_manager',
    iam_instance_profile: 'ssm-core'
  });
  const { main, post } = await buildWith({
    AWS_ENDPOINT_URL_EC2: `http://${EC2_HOST}:${port()}`,
    AWS_ENDPOINT_URL_SSM: `http://${SSM_HOST}:${port()}`,
    HTTP_PROXY: proxyUrl()
  });

  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);
  expect(main.log).toContain('provisioned');
  const sessions = [...ssmSessions(sim.world).values()];
  expect(sessions.length).toBeGreaterThanOrEqual(1);
  expect(sessions.every(s => s.status === 'Terminated')).toBe(true);
  expect(through(SSM_HOST)).toHaveLength(actionCalls('ssm').length);
  expect(actionCalls('ssm').map(c => c.action)).toEqual(
    expect.arrayContaining(['StartSession', 'TerminateSession'])
  );
  // Each session's websocket was an upgrade the proxy carried.
  expect(through(SSMMESSAGES_HOST).map(r => r.method)).toEqual(sessions.map(() => 'GET'));
  expect(through(EC2_HOST)).toHaveLength(actionCalls('ec2').length);
});

// ecr_login's one request is made outside the SDK, so it gets its own check, run on the runner's
// Node 24 (the proxy support is Node 24's; the tests' own Node would not use it).
async function ecrLoginOnNode24(proxy: string): Promise<string> {
  const script = [
    "import { ecrLogin } from './src/aws/ecr-login.ts';",
    'try {',
    '  const login = await ecrLogin({',
    "    server: '123456789012.dkr.ecr.us-east-1.amazonaws.com',",
    "    credentials: { accessKey: 'AKIDSIMULATOR', secretKey: 'ecr-proxy-secret' },",
    '    onSecret: () => {}',
    '  });',
    '  console.log(login.username, login.account, login.region);',
    '} catch (error) {',
    '  console.log(error.message);',
    '}'
  ].join('\n');
  const { stdout } = await promisify(execFile)(
    NODE24,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        AWS_ENDPOINT_URL_ECR: `http://${ECR_HOST}:${port()}`,
        HTTPS_PROXY: proxy,
        HTTP_PROXY: proxy
      }
    }
  );
  return stdout.trim();
}

test("ecr_login's token request goes through the runner's proxy", async () => {
  expect(await ecrLoginOnNode24(proxyUrl())).toBe('AWS 123456789012 us-east-1');
  expect(through(ECR_HOST)).toHaveLength(1);
  expect(sim.calls.filter(c => c.service === 'ecr').map(c => c.action)).toEqual(['GetAuthorizationToken']);
});

test('a proxy that refuses the password: ecr_login says so once, without retrying', async () => {
  expect(await ecrLoginOnNode24(proxyUrl('not-the-password'))).toMatch(
    /^ECR GetAuthorizationToken: .*ProxyAuthenticationRequired: the proxy \(HTTPS_PROXY or HTTP_PROXY\) answered 407 .* Check HTTPS_PROXY and HTTP_PROXY/
  );
  expect(through(ECR_HOST)).toHaveLength(1);
  expect(sim.calls).toEqual([]);
});
