// The Docker test world itself: a private dockerd and registry, and a base image that only the
// registry holds at first, so pulling it back and running a command in it proves the whole loop.
// Skipped (saying why) on a machine that cannot run dockerd; BUILD_AMI_REQUIRE_DOCKER=1 makes that a failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';

const unavailable = dockerWorldUnavailable();
if (unavailable && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1') {
  console.warn(`Skipping the Docker world tests: ${unavailable}`);
}
const describeDocker = unavailable && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1' ? describe.skip : describe;

describeDocker('the Docker world', () => {
  let world: DockerWorld;
  beforeAll(async () => {
    world = await startDockerWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it('serves the base image from its own registry, not from the daemon', async () => {
    expect(world.baseImage).toBe(`${world.registry}/debian:minimal`);
    expect(world.registry).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(await world.docker('images', '-q', world.baseImage)).toBe('');
  });

  it('pulls the base image back and runs a command in it', async () => {
    await world.docker('pull', world.baseImage);
    const out = await world.docker('run', '--rm', world.baseImage, 'sh', '-c', 'echo ok');
    expect(out).toBe('ok\n');
  });

  it('runs containers without touching the machine network', async () => {
    const out = await world.docker('run', '--rm', world.baseImage, 'cat', '/proc/net/dev');
    expect(out).toMatch(/\blo:/);
    expect(out).not.toMatch(/\beth0:/);
  });
});

describeDocker('stopping the Docker world', () => {
  it('stops the daemon and the registry and removes their folder', async () => {
    const world = await startDockerWorld();
    const dir = dirname(dirname(dirname(world.socketPath)));
    const registry = world.registry;
    // A container still running when the world stops goes with it (its shim and its mounts too).
    await world.docker('run', '-d', world.baseImage, 'sleep', '3600');
    expect(processesMentioning(dir).length).toBeGreaterThan(0);
    await world.stop();
    expect(existsSync(dir)).toBe(false);
    await expect(fetch(`http://${registry}/v2/`)).rejects.toThrow();
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(dir);
    expect(processesMentioning(dir)).toEqual([]);
  }, 120_000);
});

/** Command lines of live processes that name the folder (dockerd, containerd, shims). */
function processesMentioning(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(dir)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // exited meanwhile
    }
  }
  return found;
}
