// The committed image's labels: the commit, source, creation time, build id and fingerprint, unless the
// template's own `changes` set them; and the `changes` a commit can apply. Proven on a real commit.
import {
  commitContainer,
  createContainer,
  inspectImage,
  pullImage,
  removeContainer
} from '../../src/docker/engine.js';
import { changeProblem, labelChanges, labelKeysOf, LABELS, traceLabels } from '../../src/docker/labels.js';
import type { RunInfo } from '../../src/github/run-info.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';

const run: RunInfo = {
  sha: '0123456789abcdef0123456789abcdef01234567',
  repository: 'octo/web',
  ref: 'refs/heads/main',
  runUrl: 'https://github.com/octo/web/actions/runs/42',
  serverUrl: 'https://github.com',
  runId: '42',
  eventName: 'push'
};
const created = new Date('2026-12-06T12:00:00Z');
const labels = traceLabels(run, { buildId: 'b-1', fingerprint: 'fp-1', created });

describe('traceability labels', () => {
  it('carry the commit, the source, the creation time, the build id and the fingerprint', () => {
    expect(labels).toEqual({
      'org.opencontainers.image.revision': run.sha,
      'org.opencontainers.image.source': 'https://github.com/octo/web',
      'org.opencontainers.image.created': '2026-12-06T12:00:00.000Z',
      'build-ami.build-id': 'b-1',
      'build-ami.fingerprint': 'fp-1',
      'build-ami.ref': 'refs/heads/main',
      'build-ami.run-url': 'https://github.com/octo/web/actions/runs/42'
    });
  });

  it('leave out what the run does not know', () => {
    const local = traceLabels(
      { ...run, repository: '', runUrl: '', ref: '' },
      { buildId: 'b', fingerprint: 'f', created }
    );
    expect(Object.keys(local)).not.toContain(LABELS.source);
    expect(Object.keys(local)).not.toContain(LABELS.runUrl);
  });

  it.each([
    ['LABEL a=1 "b c"=2', ['a', 'b c']],
    ['label \'x\'="y z" w=v', ['x', 'w']],
    ['LABEL legacy some value', ['legacy']],
    ['ENV a=1', []]
  ])('%s sets %j', (change, keys) => expect(labelKeysOf(change)).toEqual(keys));

  it("yield to the template's own LABEL", () => {
    const changes = labelChanges({ [LABELS.revision]: 'abc', [LABELS.buildId]: 'b-1' }, [
      'LABEL org.opencontainers.image.revision=mine',
      'CMD ["sh"]'
    ]);
    expect(changes).toEqual(['LABEL "build-ami.build-id"="b-1"']);
    expect(
      labelChanges({ [LABELS.revision]: 'abc' }, ['LABEL org.opencontainers.image.revision=mine'])
    ).toEqual([]);
  });
});

describe('changes', () => {
  it.each([
    'CMD ["nginx"]',
    'entrypoint /bin/sh',
    'ENV A=1',
    'EXPOSE 80',
    'LABEL a=b',
    'ONBUILD RUN x',
    'USER app',
    'VOLUME /data',
    'WORKDIR /srv'
  ])('accepts %s', change => expect(changeProblem(change)).toBeUndefined());

  it('refuses what a commit cannot apply, listing what it can', () => {
    expect(changeProblem('RUN apt-get update')).toBe(
      'RUN cannot be applied to a committed image; expected one of CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR'
    );
    expect(changeProblem('  ')).toBe('an empty instruction');
  });
});

const skip = dockerWorldUnavailable() !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the labelled commit test: ${dockerWorldUnavailable()}`);

(skip ? describe.skip : describe)('a committed image', () => {
  let world: DockerWorld;
  beforeAll(async () => {
    world = await startDockerWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it("carries the labels, the template's own winning, values with spaces and quotes intact", async () => {
    const engine = { socketPath: world.socketPath };
    await pullImage(engine, world.baseImage);
    const id = await createContainer(engine, { Image: world.baseImage, Cmd: ['true'] });
    const template = ['LABEL org.opencontainers.image.revision=from-template', 'LABEL team="web \\"core\\""'];
    const withQuote = { ...labels, [LABELS.ref]: 'refs/heads/a "quoted" branch' };
    try {
      const image = await commitContainer(engine, id, {
        changes: [...template, ...labelChanges(withQuote, template)]
      });
      const found = (await inspectImage(engine, image))?.Config?.Labels;
      expect(found).toEqual({
        ...withQuote,
        'org.opencontainers.image.revision': 'from-template',
        team: 'web "core"'
      });
    } finally {
      await removeContainer(engine, id);
    }
  });
});
