// ecr_login end to end: the docker builder pulls a private image from a registry named as ECR names
// them (<account>.dkr.ecr.<region>.amazonaws.com), with the login ECR's GetAuthorizationToken gives
// (the simulator's ECR endpoint); docker-push pushes to it the same way; a refused token request fails
// the build at the pull, naming the call and what to check, and leaves no container. The registry is
// the world's own behind a proxy that answers for the ECR name (world/docker/registry-proxy.ts).
// Skipped, saying why, where dockerd cannot run.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDockerBuild } from '../../src/builder/docker/build.js';
import type { DockerBuildContext } from '../../src/builder/docker/context.js';
import type { DockerImageArtifact } from '../../src/docker/artifact.js';
import { messageOf } from '../../src/errors.js';
import { Journal } from '../../src/journal.js';
import { groupedLog, type LogSink } from '../../src/log.js';
import { runDockerChain } from '../../src/post-processors/docker-chain.js';
import { createProvisioner } from '../../src/provisioners/index.js';
import { loadTemplate } from '../../src/template/index.js';
import type { DockerPushPostProcessor } from '../../src/template/types.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ACCOUNT_ID } from '../../world/ec2/world.js';
import { ecrHost, ecrPassword } from '../../world/ecr/service.js';

const unavailable = dockerWorldUnavailable();
const skip = unavailable !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the ecr_login tests: ${unavailable}`);
const maybe = skip ? describe.skip : describe;

const REGION = 'us-east-1';
const HOST = ecrHost(ACCOUNT_ID, REGION);
const PASSWORD = ecrPassword(ACCOUNT_ID, REGION);
const AWS_SECRET = 'ecr-login-test-secret-key';

maybe('ecr_login against a registry under its ECR name', () => {
  let world: DockerWorld;
  let sim: Ec2Simulator;
  let dir: string;
  beforeAll(async () => {
    sim = await startEc2Simulator();
    world = await startDockerWorld({
      registryUser: { username: 'AWS', password: PASSWORD },
      registryAlias: HOST
    });
  }, 180_000);
  afterAll(async () => {
    await world?.stop();
    await sim?.stop();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docker-ecr-'));
  });
  afterEach(async () => {
    sim.clearFaults();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = () => ({ AWS_ENDPOINT_URL_ECR: sim.endpoint });
  const containers = async () => (await world.docker('ps', '-aq')).split('\n').filter(Boolean);

  async function build(builder: Record<string, unknown>) {
    writeFileSync(
      join(dir, 'build.json'),
      JSON.stringify({
        builders: [
          {
            type: 'docker',
            name: 'app',
            image: `${HOST}/debian:minimal`,
            ecr_login: true,
            login_server: `https://${HOST}`,
            aws_access_key: 'AKIDSIMULATOR',
            aws_secret_key: AWS_SECRET,
            ...builder
          }
        ],
        provisioners: [{ type: 'shell', inline: ['echo from-ecr > /from-ecr'] }]
      })
    );
    const plan = loadTemplate({ path: 'build.json', cwd: dir, env: {} }).builds[0]!;
    if (plan.type !== 'docker') throw new Error('expected a docker build');
    const lines: string[] = [];
    const secrets: string[] = [];
    const sink: LogSink = {
      info: line => lines.push(line),
      warning: line => lines.push(line),
      error: line => lines.push(line),
      debug: () => undefined,
      startGroup: () => undefined,
      endGroup: () => undefined
    };
    const ctx: DockerBuildContext = {
      plan,
      endpoint: { socketPath: world.socketPath },
      buildId: randomUUID(),
      journal: new Journal(() => undefined),
      log: groupedLog(sink),
      createProvisioner,
      provisionerLog: {
        info: l => lines.push(l),
        warning: l => lines.push(l),
        output: (_s, l) => lines.push(l)
      },
      traceLabels: {},
      workingDirectory: dir,
      sleep: async () => undefined,
      now: Date.now,
      env: env(),
      onSecret: value => secrets.push(value)
    };
    const result = await runDockerBuild(ctx, new AbortController().signal);
    return { result, lines, secrets };
  }

  it('the builder pulls a private image with the login ECR gives, then docker-push pushes to the ECR name', async () => {
    const { result, lines, secrets } = await build({ commit: true });
    expect({ outcome: result.outcome, error: result.error && messageOf(result.error) }).toEqual({
      outcome: 'succeeded',
      error: undefined
    });
    expect(lines).toContain(`Fetching ECR credentials for https://${HOST}`);
    expect(secrets).toEqual([PASSWORD]);
    expect(lines.join('\n')).not.toContain(PASSWORD);
    expect(sim.calls.filter(c => c.service === 'ecr')).toEqual([
      expect.objectContaining({ action: 'GetAuthorizationToken', region: REGION, status: 200 })
    ]);

    const pushLines: string[] = [];
    const pushSecrets: string[] = [];
    const push: DockerPushPostProcessor = {
      type: 'docker-push',
      name: 'docker-push',
      login: false,
      loginServer: `${HOST}/team`,
      ecr: { accessKey: 'AKIDSIMULATOR', secretKey: AWS_SECRET }
    };
    const { artifacts } = await runDockerChain(
      [
        {
          type: 'docker-tag',
          name: 'docker-tag',
          repository: `${HOST}/team/app`,
          tags: ['v1'],
          deprecatedTag: false,
          force: false
        },
        push
      ],
      result.docker!,
      {
        engine: { socketPath: world.socketPath },
        log: { info: l => pushLines.push(l), warning: l => pushLines.push(l) },
        dockerConfigDir: mkdtempSync(join(dir, 'config-')),
        env: env(),
        onSecret: value => pushSecrets.push(value)
      }
    );
    expect((artifacts.at(-1) as DockerImageArtifact).digests).toEqual([
      expect.stringMatching(new RegExp(`^${HOST.replace(/\./g, '\\.')}/team/app@sha256:[0-9a-f]{64}$`))
    ]);
    expect(pushLines).toContain(`docker-push: fetching ECR credentials for ${HOST}/team`);
    expect(pushSecrets).toEqual([PASSWORD]);
    expect(pushLines.join('\n')).not.toContain(PASSWORD);
    // The pushed image is in the registry: Debian's CLI reads back the file the build wrote, through the
    // registry's own address.
    await world.docker('login', '-u', 'AWS', '-p', PASSWORD, world.registry);
    await world.docker('pull', `${world.registry}/team/app:v1`);
    expect(
      await world.docker(
        'run',
        '--rm',
        '--network=none',
        '--entrypoint=cat',
        `${world.registry}/team/app:v1`,
        '/from-ecr'
      )
    ).toBe('from-ecr\n');
    await world.docker('logout', world.registry);
  }, 180_000);

  it('a refused token request fails the build at the pull, names ECR GetAuthorizationToken and what to check, and leaves no container', async () => {
    sim.fault({
      service: 'ecr',
      action: 'GetAuthorizationToken',
      code: 'AccessDeniedException',
      message: 'not authorized to perform: ecr:GetAuthorizationToken',
      times: 'always'
    });
    const { result, lines } = await build({ commit: true });
    expect(result.outcome).toBe('failed');
    expect(result.steps.at(-1)).toMatchObject({ title: 'Pull image', status: 'failed' });
    expect(messageOf(result.error)).toBe(
      `ECR GetAuthorizationToken: getting a login for https://${HOST} (account ${ACCOUNT_ID}, region ${REGION}) from ${sim.endpoint}: ` +
        'AccessDeniedException: not authorized to perform: ecr:GetAuthorizationToken. ' +
        "Check that the credentials (aws_access_key and aws_secret_key, aws_profile, or the job's) may call " +
        `ecr:GetAuthorizationToken for account ${ACCOUNT_ID}, and that login_server names the registry's region (${REGION})`
    );
    expect(lines.join('\n')).not.toContain(AWS_SECRET);
    expect(await containers()).toEqual([]);
  }, 120_000);
});
