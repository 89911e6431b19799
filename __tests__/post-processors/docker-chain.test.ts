// How chains run, without a daemon: Packer's keep_input_artifact rules per post-processor, a manifest or
// shell-local in a chain handed the artifact unchanged, and a failing chain that does not stop the
// others (its error is thrown after they ran, and nothing is deleted then).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerArtifact } from '../../src/docker/artifact.js';
import {
  keepsInput,
  runDockerChain,
  runDockerPostProcessors
} from '../../src/post-processors/docker-chain.js';
import type { PostProcessor } from '../../src/template/types.js';
import { keptLog } from './docker-helpers.js';

const engine = { socketPath: join(tmpdir(), 'no-docker-here.sock') };
const manifest = (keep?: boolean): PostProcessor => ({
  type: 'manifest',
  name: 'manifest',
  keepInputArtifact: keep,
  output: '/tmp/m.json',
  stripPath: false,
  stripTime: false,
  customData: {}
});
const tag = (keep?: boolean): PostProcessor => ({
  type: 'docker-tag',
  name: 'docker-tag',
  keepInputArtifact: keep,
  repository: 'app',
  tags: [],
  deprecatedTag: false,
  force: false
});

describe('keep_input_artifact, as packer build applies it', () => {
  it.each([
    ['docker-tag', undefined, true],
    ['docker-tag', false, true],
    ['docker-push', undefined, true],
    ['docker-push', false, false],
    ['docker-save', undefined, true],
    ['docker-save', false, false],
    ['docker-import', undefined, false],
    ['docker-import', true, true],
    ['manifest', undefined, true]
  ] as const)('%s with keep_input_artifact %s keeps its input: %s', (type, keep, expected) => {
    const pp = { type, name: type, keepInputArtifact: keep } as unknown as PostProcessor;
    expect(keepsInput(pp)).toBe(expected);
  });
});

describe('chains', () => {
  let dir: string;
  let tar: DockerArtifact;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docker-chain-'));
    const path = join(dir, 'rootfs.tar');
    writeFileSync(path, 'not really a tar');
    tar = { kind: 'docker-file', path };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hands the artifact unchanged through a manifest, which runOther runs, and lists it once', async () => {
    const seen: string[] = [];
    const { lines, log } = keptLog();
    const result = await runDockerChain([manifest(), manifest()], tar, {
      engine,
      log,
      runOther: async (pp, artifact) => {
        seen.push(`${pp.type} on ${artifact.kind === 'docker-file' ? artifact.path : ''}`);
      }
    });
    expect(seen).toEqual([
      `manifest on ${join(dir, 'rootfs.tar')}`,
      `manifest on ${join(dir, 'rootfs.tar')}`
    ]);
    expect(result).toEqual({ artifacts: [tar], keepInput: true });
    expect(lines).toEqual(['Running post-processor: manifest', 'Running post-processor: manifest']);
  });

  it('refuses a manifest in a chain when the caller gave no way to run it', async () => {
    await expect(runDockerChain([manifest()], tar, { engine, log: keptLog().log })).rejects.toThrow(
      `manifest: cannot run on the file ${join(dir, 'rootfs.tar')} here`
    );
  });

  it('keeps the build artifact a chain only handed on, even with keep_input_artifact false', async () => {
    const deps = { engine, log: keptLog().log, runOther: async () => undefined };
    expect(await runDockerPostProcessors([[manifest(false)]], tar, deps)).toEqual([tar]);
    expect(existsSync((tar as { path: string }).path)).toBe(true);
  });

  it('keeps the build artifact when there are no post-processors', async () => {
    expect(await runDockerPostProcessors([], tar, { engine, log: keptLog().log })).toEqual([tar]);
  });

  it('runs every chain when one fails, throws the failure, and deletes nothing', async () => {
    const ran: string[] = [];
    const error = await runDockerPostProcessors([[tag()], [manifest(false)]], tar, {
      engine,
      log: keptLog().log,
      runOther: async pp => {
        ran.push(pp.type);
      }
    }).catch(e => e);
    expect(error.message).toMatch(/^docker-tag: cannot tag the file /);
    expect(ran).toEqual(['manifest']);
    expect(existsSync((tar as { path: string }).path)).toBe(true);
  });
});
