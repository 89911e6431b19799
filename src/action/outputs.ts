// What the step tells the workflow: outputs a deploy job can consume, a notice with the AMI,
// and a failure (exit code 1) naming each build that did not succeed and why.
import type { FinishedRun } from './after-build.js';
import { messageOf } from '../errors.js';

export interface OutputSink {
  setOutput(name: string, value: string): void;
  notice(message: string): void;
  error(message: string): void;
  setFailed(message: string): void;
}

/** The step's outputs, name → value. */
export function outputsOf(result: FinishedRun): Record<string, string> {
  const built = result.builds.filter(b => b.outcome === 'succeeded' && b.amiId);
  const amis: Record<string, string> = {};
  for (const b of built) for (const [region, id] of Object.entries(b.amis)) amis[region] ??= id;
  const first = built[0];
  // Every build that handed on an image (an AMI, or a docker build's image or file).
  const made = result.builds.filter(b => b.outcome === 'succeeded' && (b.amiId || b.docker));
  return {
    'build-id': result.buildId,
    ...(first ? { 'ami-id': first.amiId!, 'ami-name': first.amiName, region: first.region } : {}),
    amis: JSON.stringify(amis),
    'snapshot-ids': built.flatMap(b => b.snapshotIds).join(','),
    ...(result.manifestPath ? { manifest: result.manifestPath } : {}),
    reused: String(made.length > 0 && made.every(b => b.reusedFrom)),
    'docker-images': JSON.stringify(dockerImagesOf(result.builds)),
    ...result.afterBuild?.outputs
  };
}

/**
 * `docker-images`: per docker build name, its image (id, and every name and digest it was given, by the
 * build and by docker-tag / docker-push) or its exported tar, plus the image docker-import made of it.
 */
export function dockerImagesOf(builds: FinishedRun['builds']): Record<string, DockerImageOutput> {
  const images: Record<string, DockerImageOutput> = {};
  for (const b of builds) {
    if (b.outcome !== 'succeeded' || !b.docker) continue;
    const all = [b.docker, ...(b.dockerKept ?? [])];
    const imageArtifacts = all.filter(a => a.kind === 'docker-image');
    const image = imageArtifacts[0];
    const unique = (values: string[]) => [...new Set(values)];
    images[b.name] = {
      ...(b.docker.kind === 'docker-file' ? { file: b.docker.path } : {}),
      ...(image
        ? {
            image_id: image.imageId,
            repo_tags: unique(imageArtifacts.flatMap(a => a.repoTags)),
            digests: unique(imageArtifacts.flatMap(a => a.digests))
          }
        : {})
    };
  }
  return images;
}

export interface DockerImageOutput {
  image_id?: string;
  repo_tags?: string[];
  digests?: string[];
  file?: string;
}

export function reportOutputs(result: FinishedRun, out: OutputSink): void {
  const built = result.builds.filter(b => b.outcome === 'succeeded' && b.amiId);
  for (const [name, value] of Object.entries(outputsOf(result))) out.setOutput(name, value);
  for (const b of built) {
    out.notice(`${b.name}: ${b.reusedFrom ? 'reused' : 'built'} ${b.amiId} (${b.amiName}) in ${b.region}`);
  }
  for (const b of result.builds) {
    if (b.outcome !== 'succeeded' || !b.docker) continue;
    const what =
      b.docker.kind === 'docker-image'
        ? `image ${b.docker.imageId}`
        : `the container's filesystem to ${b.docker.path}`;
    out.notice(
      `${b.name}: ${b.docker.kind === 'docker-image' ? 'built' : 'exported'} ${what} from ${b.sourceImage}`
    );
  }

  const failed = result.builds.filter(b => b.outcome !== 'succeeded');
  for (const b of failed) {
    const failedStep = b.steps.find(s => s.status !== 'succeeded');
    const why = b.outcome === 'cancelled' ? 'cancelled' : messageOf(b.error);
    out.error(`${b.name}: ${failedStep ? `${failedStep.title}: ` : ''}${why}`);
  }
  if (failed.length) {
    out.setFailed(
      `${failed.length} of ${result.builds.length} build(s) did not succeed: ${failed.map(b => b.name).join(', ')}`
    );
  } else if (result.afterBuild?.error) {
    // The image is built and its outputs are set, but a deploy reading the channel would get the old one.
    out.error(`Channels: ${result.afterBuild.error}`);
    out.setFailed(`The image was built, but its channel could not be updated: ${result.afterBuild.error}`);
  }
}
