// reuse for docker builds: an image in the daemon committed from the same inputs (its fingerprint label)
// and, with reuse: commit, at the same commit (its revision label) is handed on instead of building again,
// as an AMI with the same tags is. Only a commit makes an image to reuse; export_path and discard always
// build. The newest match wins.
import type { DockerImageArtifact } from '../../docker/artifact.js';
import { listImagesByLabel, type EngineEndpoint } from '../../docker/engine.js';
import { LABELS } from '../../docker/labels.js';
import type { ReuseMode } from '../find-reusable.js';

export interface ReusableImage {
  artifact: DockerImageArtifact;
  buildId?: string;
  runUrl?: string;
}

export async function findReusableImage(
  endpoint: EngineEndpoint,
  options: { mode: ReuseMode; fingerprint: string; sha: string }
): Promise<ReusableImage | undefined> {
  if (options.mode === 'never') return undefined;
  const labels = [`${LABELS.fingerprint}=${options.fingerprint}`];
  if (options.mode === 'commit') labels.push(`${LABELS.revision}=${options.sha}`);
  const found = await listImagesByLabel(endpoint, labels);
  const newest = [...found].sort((a, b) => b.Created - a.Created)[0];
  if (!newest) return undefined;
  return {
    artifact: {
      kind: 'docker-image',
      imageId: newest.Id,
      repoTags: (newest.RepoTags ?? []).filter(tag => tag !== '<none>:<none>'),
      digests: (newest.RepoDigests ?? []).filter(digest => !digest.startsWith('<none>'))
    },
    buildId: newest.Labels?.[LABELS.buildId],
    runUrl: newest.Labels?.[LABELS.runUrl]
  };
}
