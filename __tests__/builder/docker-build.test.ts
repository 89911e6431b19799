// The docker build's steps against a real dockerd and a registry that requires a login: the login the
// template gives, a refused login (said before anything is created), pull: false with the image present,
// export_path and discard. Skipped, saying why, where dockerd cannot run.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { runDockerBuild } from '../../src/builder/docker/build.js';
import type { DockerBuildContext } from '../../src/builder/docker/context.js';
import { messageOf } from '../../src/errors.js';
import { Journal, type JournalEntry } from '../../src/journal.js';
import { groupedLog, type LogSink } from '../../src/log.js';
import { createProvisioner } from '../../src/provisioners/index.js';
import { loadTemplate } from '../../src/template/index.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';

const unavailable = dockerWorldUnavailable();
const skip = unavailable !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the docker build step tests: ${unavailable}`);
const maybe = skip ? describe.skip : describe;

const USER = { username: 'builder', password: 'pa55-for-registry' };

maybe('a docker build against a registry that requires a login', () => {
  let world: DockerWorld;
  let dir: string;
  beforeAll(async () => {
    world = await startDockerWorld({ registryUser: USER });
  }, 180_000);
  afterAll(() => world?.stop());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docker-build-'));
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await world.docker('rmi', '-f', world.baseImage).catch(() => undefined);
  });

  async function build(builder: Record<string, unknown>, provisioners: object[] = []) {
    writeFileSync(
      join(dir, 'build.json'),
      JSON.stringify({
        builders: [{ type: 'docker', name: 'app', image: world.baseImage, ...builder }],
        provisioners
      })
    );
    const plan = loadTemplate({ path: 'build.json', cwd: dir, env: {} }).builds[0]!;
    if (plan.type !== 'docker') throw new Error('expected a docker build');
    const lines: string[] = [];
    const sink: LogSink = {
      info: line => lines.push(line),
      warning: line => lines.push(line),
      error: line => lines.push(line),
      debug: () => undefined,
      startGroup: () => undefined,
      endGroup: () => undefined
    };
    const entries: JournalEntry[][] = [];
    const ctx: DockerBuildContext = {
      plan,
      endpoint: { socketPath: world.socketPath },
      buildId: randomUUID(),
      journal: new Journal(saved => entries.push(saved.map(e => ({ ...e })))),
      log: groupedLog(sink),
      createProvisioner,
      provisionerLog: {
        info: l => lines.push(l),
        warning: l => lines.push(l),
        output: (_s, l) => lines.push(l)
      },
      traceLabels: { 'org.opencontainers.image.revision': 'abc123' },
      workingDirectory: dir,
      sleep: async () => undefined,
      now: Date.now,
      onSecret: () => undefined
    };
    const result = await runDockerBuild(ctx, new AbortController().signal);
    return { result, lines, journal: entries.at(-1) ?? [] };
  }

  const containers = async () => (await world.docker('ps', '-aq')).split('\n').filter(Boolean);

  it('logs in with the template login, pulls, and commits', async () => {
    const { result, journal } = await build({
      commit: true,
      login: true,
      login_server: world.registry,
      login_username: USER.username,
      login_password: USER.password
    });
    expect({ outcome: result.outcome, error: result.error && messageOf(result.error) }).toEqual({
      outcome: 'succeeded',
      error: undefined
    });
    expect(result.docker).toMatchObject({ kind: 'docker-image', imageId: expect.stringMatching(/^sha256:/) });
    expect(journal).toEqual([
      expect.objectContaining({ kind: 'container', status: 'deleted', region: 'docker' })
    ]);
    expect(await containers()).toEqual([]);
  });

  it('a refused login fails the build at the pull, saying what to check, and creates nothing', async () => {
    const { result, journal } = await build({
      commit: true,
      login: true,
      login_server: world.registry,
      login_username: USER.username,
      login_password: 'wrong-password'
    });
    expect(result.outcome).toBe('failed');
    expect(result.steps.at(-1)).toMatchObject({ title: 'Pull image', status: 'failed' });
    expect(messageOf(result.error)).toMatch(
      /^Docker login: logging in to 127\.0\.0\.1:\d+ as builder: .*Check login_server, login_username and login_password$/
    );
    expect(journal).toEqual([]);
    expect(await containers()).toEqual([]);
  });

  it('without the login, the pull is refused with a hint to log in', async () => {
    const { result } = await build({ commit: true });
    expect(result.outcome).toBe('failed');
    expect(messageOf(result.error)).toMatch(
      /^Docker pull: pulling .*debian:minimal: .*set login, login_server/
    );
  });

  it('pull: false uses the image the daemon has, without logging in', async () => {
    await world.docker('login', '-u', USER.username, '-p', USER.password, world.registry);
    await world.docker('pull', world.baseImage);
    await world.docker('logout', world.registry);
    const { result, lines } = await build({ discard: true, pull: false }, [
      { type: 'shell', inline: ['echo discard-ran'] }
    ]);
    expect(result.outcome).toBe('succeeded');
    expect(lines).toContain(`Using ${world.baseImage} as the daemon has it (pull: false)`);
    expect(lines).toContain('discard-ran');
    // discard: nothing is handed on.
    expect(result.docker).toBeUndefined();
    expect(await containers()).toEqual([]);
  });

  it('export_path writes the provisioned filesystem as a tar', async () => {
    await world.docker('login', '-u', USER.username, '-p', USER.password, world.registry);
    await world.docker('pull', world.baseImage);
    await world.docker('logout', world.registry);
    const { result } = await build({ export_path: 'out/app.tar', pull: false }, [
      { type: 'shell', inline: ['echo exported > /exported-marker'] }
    ]);
    expect(result.outcome).toBe('succeeded');
    const path = join(dir, 'out/app.tar');
    expect(result.docker).toEqual({ kind: 'docker-file', path });
    expect(existsSync(path) && statSync(path).size).toBeGreaterThan(10_000);
    const listing = await world.docker('import', path, 'exported:check');
    expect(listing).toMatch(/^sha256:/);
    expect(
      await world.docker('run', '--rm', '--entrypoint', '/bin/cat', 'exported:check', '/exported-marker')
    ).toBe('exported\n');
    await world.docker('rmi', 'exported:check');
    expect(await containers()).toEqual([]);
  });
});
