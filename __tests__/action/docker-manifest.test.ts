// The manifest post-processor on a docker build's artifact, as Packer writes it: builder_type docker,
// artifact_id the image id for a commit, or the tar's path with the file listed for export_path.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPostProcessors } from '../../src/action/post-processors.js';
import type { BuildResult } from '../../src/builder/build.js';
import type { DockerArtifact } from '../../src/docker/artifact.js';
import { loadFixture, tempDirs } from '../template/fixtures.js';

const makeDir = tempDirs();
const silent = {
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  startGroup: () => undefined,
  endGroup: () => undefined
};

async function manifestFor(output: string, docker: DockerArtifact, dir: string) {
  const template = loadFixture(makeDir, {
    files: {
      'packer/web.pkr.json': JSON.stringify({
        builders: [{ type: 'docker', name: 'app', image: 'debian:12', ...JSON.parse(output) }],
        'post-processors': [{ type: 'manifest', output: join(dir, 'manifest.json') }]
      })
    }
  });
  const result: BuildResult = {
    name: 'app',
    builderType: 'docker',
    region: '',
    outcome: 'succeeded',
    amis: {},
    amiName: '',
    snapshotIds: [],
    docker,
    steps: [],
    cleanupErrors: [],
    startedAt: 0,
    durationMs: 0
  };
  const path = await runPostProcessors({
    template,
    results: [result],
    cwd: dir,
    runUuid: 'run-1',
    time: new Date(Date.UTC(2026, 0, 1)),
    log: silent,
    onSecret: () => undefined,
    signal: new AbortController().signal
  });
  return JSON.parse(readFileSync(path!, 'utf8'));
}

it('records a committed image by its id', async () => {
  const dir = makeDir({});
  const imageId = `sha256:${'ab'.repeat(32)}`;
  const manifest = await manifestFor(
    '{"commit": true}',
    { kind: 'docker-image', imageId, repoTags: [], digests: [] },
    dir
  );
  expect(manifest.builds).toEqual([
    expect.objectContaining({ name: 'app', builder_type: 'docker', artifact_id: imageId, files: null })
  ]);
});

it('records an export by its path, with the file and its size', async () => {
  const dir = makeDir({});
  const tar = join(dir, 'app.tar');
  writeFileSync(tar, Buffer.alloc(2048));
  const manifest = await manifestFor('{"export_path": "app.tar"}', { kind: 'docker-file', path: tar }, dir);
  expect(manifest.builds).toEqual([
    expect.objectContaining({
      builder_type: 'docker',
      artifact_id: tar,
      files: [{ name: tar, size: 2048 }]
    })
  ]);
});
