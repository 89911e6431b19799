// What a docker build hands on, and what each docker post-processor takes and returns, as Packer's
// docker artifacts carry it: an image in the local daemon (docker-tag, docker-push, docker-import
// produce one) or a file on the runner (export_path, docker-save).

export interface DockerImageArtifact {
  readonly kind: 'docker-image';
  /** The daemon's image id (sha256:...). */
  readonly imageId: string;
  /** repository:tag names the image carries in the daemon, in the order they were given. */
  readonly repoTags: readonly string[];
  /** repository@sha256:... for every tag pushed to a registry. */
  readonly digests: readonly string[];
}

export interface DockerFileArtifact {
  readonly kind: 'docker-file';
  /** A tar on the runner: a container's filesystem (export_path) or an image (docker-save). */
  readonly path: string;
}

export type DockerArtifact = DockerImageArtifact | DockerFileArtifact;
