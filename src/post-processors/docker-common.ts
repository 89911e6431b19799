// What the four docker post-processors share: what they are handed (the Engine, a log, the build's
// signal), the error they fail with, and Packer's "prior artifact is destroyed" for the artifacts they
// make (an image is untagged, a tar is deleted).
import { rm } from 'node:fs/promises';
import type { DockerArtifact } from '../docker/artifact.js';
import { removeImage, type EngineEndpoint } from '../docker/engine.js';
import { BuildAmiError } from '../errors.js';
import type { LogSink } from '../log.js';

/** What every docker post-processor is handed. */
export interface DockerPostProcessorDeps {
  /** The daemon the build used (its images are there). */
  readonly engine: EngineEndpoint;
  /** Where progress goes; a Log or a LogSink will do. Passwords never reach it. */
  readonly log: Pick<LogSink, 'info' | 'warning'>;
  /** The build's cancellation. */
  readonly signal?: AbortSignal;
  /**
   * The docker CLI's configuration directory, for credentials of `docker login` done out of band
   * (docker-push without `login`); defaults to $DOCKER_CONFIG, else ~/.docker.
   */
  readonly dockerConfigDir?: string;
  /** docker-push's ecr_login: where AWS_ENDPOINT_URL_ECR and the credential chain's variables are read. */
  readonly env?: NodeJS.ProcessEnv;
  /** Registers the password ECR gives as a secret before anything can print it; required with ecr_login. */
  readonly onSecret?: (value: string) => void;
}

/**
 * A docker post-processor failed: the message starts with its type (`docker-push: ...`) and says what
 * to do when there is something to do; the Engine's error is kept as `cause`.
 */
export class DockerPostProcessorError extends BuildAmiError {
  readonly postProcessor: string;

  constructor(details: { postProcessor: string; message: string; cause?: unknown; hint?: string }) {
    super(`${details.postProcessor}: ${details.message}`, details);
    this.postProcessor = details.postProcessor;
  }
}

/** How an artifact is named in messages: the tar's path, or the image's first name (else its short id). */
export function describeArtifact(artifact: DockerArtifact): string {
  if (artifact.kind === 'docker-file') return `the file ${artifact.path}`;
  return `the image ${artifact.repoTags[0] ?? shortId(artifact.imageId)}`;
}

export function shortId(imageId: string): string {
  return imageId.replace(/^sha256:/, '').slice(0, 12);
}

/** The image's names without repeats, in the order given. */
export function uniqueNames(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/**
 * Packer's Artifact.Destroy for docker artifacts: an image loses the names it carries (and is removed
 * by id when it has none: the Engine deletes it once nothing names it), a tar is deleted.
 */
export async function destroyArtifact(artifact: DockerArtifact, engine: EngineEndpoint): Promise<void> {
  if (artifact.kind === 'docker-file') {
    await rm(artifact.path, { force: true });
    return;
  }
  const names = artifact.repoTags.length > 0 ? uniqueNames(artifact.repoTags) : [artifact.imageId];
  for (const name of names) {
    try {
      await removeImage(engine, name);
    } catch (err) {
      // Already gone is what destroying wanted.
      if ((err as { statusCode?: number }).statusCode !== 404) throw err;
    }
  }
}

/** The text of an error with `secret` replaced, for messages built from another error's text. */
export function withoutSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('***') : text;
}
