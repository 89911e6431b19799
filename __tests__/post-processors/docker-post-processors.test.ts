// The docker post-processors against a real dockerd and registry (the Docker world): a chain read from
// a template tags and pushes, and the image pulls back by digest with its files; keep_input_artifact
// untags or deletes what a post-processor was handed, as packer build does; docker-save writes a tar the
// Engine loads back; docker-import makes an image of an exported filesystem. Refusals of the wrong kind
// of artifact need no daemon. Skipped, saying why, where dockerd cannot run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerArtifact, DockerImageArtifact } from '../../src/docker/artifact.js';
import { inspectImage, pullImage, removeImage, type EngineEndpoint } from '../../src/docker/engine.js';
import { DockerPostProcessorError, runDockerPostProcessors } from '../../src/post-processors/docker-chain.js';
import { runDockerImport } from '../../src/post-processors/docker-import.js';
import { runDockerPush } from '../../src/post-processors/docker-push.js';
import { runDockerSave } from '../../src/post-processors/docker-save.js';
import { runDockerTag } from '../../src/post-processors/docker-tag.js';
import type { PostProcessorChain } from '../../src/template/types.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';
import { DOCKER_BUILDER, loadFixture, templateText, tempDirs } from '../template/fixtures.js';
import { committedImage, exportedFilesystem, keptLog, loadImages } from './docker-helpers.js';

const skip = dockerWorldUnavailable() !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the docker post-processor tests: ${dockerWorldUnavailable()}`);

const makeDir = tempDirs();

/** The post-processor chains of a JSON template whose `post-processors` section is `section`. */
function chainsOf(section: unknown): readonly PostProcessorChain[] {
  const template = loadFixture(makeDir, {
    files: {
      'packer/web.pkr.json': templateText(DOCKER_BUILDER, { 'post-processors': JSON.stringify(section) })
    }
  });
  return template.builds[0]!.postProcessors;
}

const noEngine: EngineEndpoint = { socketPath: join(tmpdir(), 'no-docker-here.sock') };
const file: DockerArtifact = { kind: 'docker-file', path: '/tmp/rootfs.tar' };
const image: DockerImageArtifact = {
  kind: 'docker-image',
  imageId: 'sha256:' + 'ab'.repeat(32),
  repoTags: [],
  digests: []
};

describe('artifacts a docker post-processor cannot take', () => {
  const deps = { engine: noEngine, log: keptLog().log };

  it('docker-tag refuses a file, as Packer does', async () => {
    const error = await runDockerTag(
      {
        type: 'docker-tag',
        name: 'docker-tag',
        repository: 'app',
        tags: [],
        deprecatedTag: false,
        force: false
      },
      file,
      deps
    ).catch(e => e);
    expect(error).toBeInstanceOf(DockerPostProcessorError);
    expect(error.message).toBe(
      "docker-tag: cannot tag the file /tmp/rootfs.tar: can only tag from Docker builder artifacts (an image the build committed, or docker-import's). Put docker-import before docker-tag to make an image of an exported filesystem"
    );
  });

  it('docker-import refuses an image, and says the build already made one', async () => {
    const error = await runDockerImport(
      { type: 'docker-import', name: 'docker-import', repository: 'app', changes: [] },
      image,
      deps
    ).catch(e => e);
    expect(error.message).toMatch(
      /^docker-import: cannot import the image abababababab: can only import from Docker builder artifacts that are files\. The docker builder made an image \(commit: true\)/
    );
  });

  it('docker-push refuses an image with no name to push, and says to tag it first', async () => {
    const error = await runDockerPush(
      { type: 'docker-push', name: 'docker-push', login: false },
      image,
      deps
    ).catch(e => e);
    expect(error.message).toBe(
      'docker-push: the image abababababab has no repository:tag to push. Put docker-tag (with the registry in its repository) before docker-push'
    );
  });

  it('docker-save refuses a file', async () => {
    const error = await runDockerSave(
      { type: 'docker-save', name: 'docker-save', path: '/tmp/x.tar' },
      file,
      deps
    ).catch(e => e);
    expect(error.message).toBe(
      'docker-save: cannot save the file /tmp/rootfs.tar: can only save Docker builder artifacts (images)'
    );
  });
});

(skip ? describe.skip : describe)('docker post-processors against dockerd and a registry', () => {
  let world: DockerWorld;
  let engine: EngineEndpoint;
  let work: string;

  beforeAll(async () => {
    world = await startDockerWorld();
    engine = { socketPath: world.socketPath };
    work = mkdtempSync(join(tmpdir(), 'docker-pp-test-'));
    await pullImage(engine, world.baseImage);
  }, 120_000);
  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
    await world?.stop();
  });

  it('tags then pushes (a chain from a template); a second name pulls the image back by digest with its files', async () => {
    const built = await committedImage(engine, world.baseImage, 'built by the chain\n');
    const repository = `${world.registry}/team/app`;
    const chains = chainsOf([
      [{ type: 'docker-tag', repository, tags: ['v1', 'stable'] }, { type: 'docker-push' }]
    ]);
    const { lines, log } = keptLog();

    const kept = await runDockerPostProcessors(chains, built, { engine, log });

    const [tagged, pushed] = [kept[1] as DockerImageArtifact, kept[2] as DockerImageArtifact];
    expect(kept[0]).toBe(built);
    expect(tagged.repoTags).toEqual([`${repository}:v1`, `${repository}:stable`]);
    expect(pushed.repoTags).toEqual(tagged.repoTags);
    expect(pushed.digests).toEqual([
      expect.stringMatching(new RegExp(`^${escape(repository)}@sha256:[0-9a-f]{64}$`))
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Running post-processor: docker-tag',
        `docker-push: pushing ${repository}:v1`,
        `docker-push: pushing ${repository}:stable`
      ])
    );
    const tags = await fetchJson(`http://${world.registry}/v2/team/app/tags/list`);
    expect((tags as { tags: string[] }).tags.sort()).toEqual(['stable', 'v1']);

    // Forget the image locally, then pull it back by its digest and tag it under another name.
    // (Its last name gone, the daemon deletes the image.)
    for (const name of tagged.repoTags) await removeImage(engine, name);
    expect(await inspectImage(engine, built.imageId)).toBeUndefined();
    await pullImage(engine, pushed.digests[0]!);
    await world.docker('tag', pushed.digests[0]!, 'second/name:check');
    expect(await world.docker('run', '--rm', 'second/name:check')).toBe('built by the chain\n');
  });

  it('docker-push with keep_input_artifact false deletes the local copy; the registry keeps it', async () => {
    const built = await committedImage(engine, world.baseImage, 'pushed then untagged\n');
    const repository = `${world.registry}/untag-me`;
    const chains = chainsOf([
      [
        { type: 'docker-tag', repository, tags: ['v1'] },
        { type: 'docker-push', keep_input_artifact: false }
      ]
    ]);
    const { lines, log } = keptLog();

    const kept = await runDockerPostProcessors(chains, built, { engine, log });

    expect(kept.map(a => a.kind)).toEqual(['docker-image', 'docker-image']);
    expect(await inspectImage(engine, `${repository}:v1`)).toBeUndefined();
    // Its only name gone, the daemon deletes the image, as `docker rmi` after Packer's push does.
    expect(await inspectImage(engine, built.imageId)).toBeUndefined();
    expect(lines).toContain(
      `docker-push: deleting its input, the image ${repository}:v1 (keep_input_artifact is false)`
    );
    const [digest] = (kept[1] as DockerImageArtifact).digests;
    await pullImage(engine, digest!);
    expect((await inspectImage(engine, digest!))?.Id).toBe(built.imageId);
  });

  it('docker-save writes a tar the Engine loads back, with the name and the files', async () => {
    const built = await committedImage(engine, world.baseImage, 'saved and loaded\n');
    const path = join(work, 'out', 'image.tar');
    const chains = chainsOf([
      [
        { type: 'docker-tag', repository: 'saved/app', tags: ['1.0'] },
        { type: 'docker-save', path }
      ]
    ]);

    const kept = await runDockerPostProcessors(chains, built, { engine, log: keptLog().log });

    // As Packer's docker-save, it hands on the image it saved, so a docker-push could follow it.
    expect(kept.at(-1)).toMatchObject({
      kind: 'docker-image',
      imageId: built.imageId,
      repoTags: ['saved/app:1.0']
    });
    await removeImage(engine, 'saved/app:1.0');
    expect(await inspectImage(engine, built.imageId)).toBeUndefined();
    expect(await loadImages(engine, path)).toEqual(['Loaded image: saved/app:1.0']);
    expect((await inspectImage(engine, 'saved/app:1.0'))?.Id).toBe(built.imageId);
    expect(await world.docker('run', '--rm', 'saved/app:1.0')).toBe('saved and loaded\n');
  });

  it('docker-import makes an image of an exported filesystem with its changes, and deletes the tar', async () => {
    const exported = await exportedFilesystem(
      engine,
      world.baseImage,
      'imported\n',
      join(work, 'rootfs.tar')
    );
    const chains = chainsOf([
      {
        type: 'docker-import',
        repository: 'imported/app',
        tag: 'v2',
        changes: ['CMD ["cat", "/marker"]', 'ENV STAGE production', 'LABEL built-by=build-ami']
      }
    ]);

    const kept = await runDockerPostProcessors(chains, exported, { engine, log: keptLog().log });

    expect(kept).toEqual([
      {
        kind: 'docker-image',
        imageId: expect.stringMatching(/^sha256:/),
        repoTags: ['imported/app:v2'],
        digests: []
      }
    ]);
    expect(existsSync(exported.path)).toBe(false);
    const inspected = await inspectImage(engine, 'imported/app:v2');
    expect(inspected?.Config?.Env).toContain('STAGE=production');
    expect(inspected?.Config?.Labels).toEqual({ 'built-by': 'build-ami' });
    expect(await world.docker('run', '--rm', 'imported/app:v2')).toBe('imported\n');
  });

  it('docker-import with keep_input_artifact keeps the tar, and lists it first', async () => {
    const exported = await exportedFilesystem(engine, world.baseImage, 'kept\n', join(work, 'kept.tar'));
    const chains = chainsOf([
      { type: 'docker-import', repository: 'imported/kept', keep_input_artifact: true }
    ]);

    const kept = await runDockerPostProcessors(chains, exported, { engine, log: keptLog().log });

    expect(kept.map(a => (a.kind === 'docker-file' ? a.path : a.repoTags[0]))).toEqual([
      exported.path,
      'imported/kept:latest'
    ]);
    expect(existsSync(exported.path)).toBe(true);
  });

  it('a push to a registry that does not answer names the registry', async () => {
    const built = await committedImage(engine, world.baseImage, 'nowhere\n');
    const tagged = await runDockerTag(
      {
        type: 'docker-tag',
        name: 'docker-tag',
        repository: '127.0.0.1:9/nowhere',
        tags: [],
        deprecatedTag: false,
        force: false
      },
      built,
      { engine, log: keptLog().log }
    );
    const error = await runDockerPush({ type: 'docker-push', name: 'docker-push', login: false }, tagged, {
      engine,
      log: keptLog().log
    }).catch(e => e);
    expect(error).toBeInstanceOf(DockerPostProcessorError);
    expect(error.message).toMatch(
      /^docker-push: pushing 127\.0\.0\.1:9\/nowhere:latest to 127\.0\.0\.1:9 failed: .*connection refused/
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  return res.json();
}
