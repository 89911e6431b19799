// Runs each build's post-processor chains on its artifact: manifest writes Packer's
// packer-manifest.json; shell-local runs commands on the runner with the artifact's details. A docker
// build's chains run through docker-chain.ts (docker-tag, docker-push, docker-save, docker-import, with
// Packer's keep_input_artifact), which hands manifest and shell-local back here.
import { existsSync, statSync } from 'node:fs';
import type { BuildResult } from '../builder/build.js';
import type { DockerArtifact } from '../docker/artifact.js';
import { defaultEndpoint } from '../docker/engine.js';
import type { EngineEndpoint } from '../docker/http.js';
import { runDockerPostProcessors } from '../post-processors/docker-chain.js';
import type { Communicator } from '../communicator/types.js';
import { createProvisioner } from '../provisioners/index.js';
import type { LogSink } from '../log.js';
import { artifactId, writeManifest } from '../post-processors/manifest.js';
import type { LoadedTemplate, ManifestPostProcessor, ShellLocalPostProcessor } from '../template/types.js';
import type { BuildData } from '../template/deferred.js';
import { PROVISIONER_BUILD_NAMES } from '../template/build-data.js';

export interface PostProcessorRun {
  template: LoadedTemplate;
  results: BuildResult[];
  cwd: string;
  runUuid: string;
  time: Date;
  log: LogSink;
  signal: AbortSignal;
  /** The daemon docker builds used; the docker post-processors talk to it too. */
  dockerEndpoint?: EngineEndpoint;
  /** The action's environment (docker-push's ecr_login reads AWS_ENDPOINT_URL_ECR and the credential chain's). */
  env?: NodeJS.ProcessEnv;
  /** Registers a value learnt while post-processing (the password ECR gives) as a secret. */
  onSecret: (value: string) => void;
}

/** shell-local runs on the runner: it has no machine to talk to. */
const NO_MACHINE: Communicator = new Proxy({} as Communicator, {
  get: () => () => Promise.reject(new Error('the shell-local post-processor has no machine to connect to'))
});

/**
 * The data a manifest's custom_data may name: the source image's facts, the artifact, the run. A reused
 * image (nothing was looked up in this run) leaves the source's facts empty rather than failing.
 */
function manifestBuildData(result: BuildResult, id: string, runUuid: string): BuildData {
  const empty = Object.fromEntries([...PROVISIONER_BUILD_NAMES].map(name => [name, '']));
  return { ...empty, ...result.buildData, ID: id, PackerRunUUID: runUuid };
}

/** What a post-processor sees of a build's artifact, as Packer's artifact Id() and Files() give it. */
interface ArtifactView {
  builderType: 'amazon-ebs' | 'docker';
  id: string;
  files?: { name: string; size: number }[];
  docker?: DockerArtifact;
}

function viewOf(result: BuildResult): ArtifactView | undefined {
  if (result.outcome !== 'succeeded') return undefined;
  if (result.builderType === 'docker') return result.docker && dockerView(result.docker);
  return result.amiId ? { builderType: 'amazon-ebs', id: artifactId(result.amis) } : undefined;
}

/** Packer's docker artifacts: an image's id is the image id; an export's is its path, its one file. */
function dockerView(docker: DockerArtifact): ArtifactView {
  if (docker.kind === 'docker-image') return { builderType: 'docker', id: docker.imageId, docker };
  const size = existsSync(docker.path) ? statSync(docker.path).size : 0;
  return { builderType: 'docker', id: docker.path, files: [{ name: docker.path, size }], docker };
}

/** Returns the path of the last manifest written, if any. */
export async function runPostProcessors(run: PostProcessorRun): Promise<string | undefined> {
  let manifestPath: string | undefined;
  for (const [index, plan] of run.template.builds.entries()) {
    const result = run.results[index];
    const first = viewOf(result);
    if (!first) continue;
    // manifest and shell-local: they record or act on the artifact they are given and hand it on.
    const runOther = async (pp: ManifestPostProcessor | ShellLocalPostProcessor, view: ArtifactView) => {
      const written = await runManifestOrShellLocal(pp, view, plan.name, result, run);
      manifestPath = written ?? manifestPath;
    };
    if (result.builderType === 'docker' && result.docker) {
      // Packer's chains for docker artifacts: each post-processor's artifact goes to the next, and
      // keep_input_artifact decides what is kept (docker-chain.ts).
      result.dockerKept = await runDockerPostProcessors(plan.postProcessors, result.docker, {
        engine: run.dockerEndpoint ?? defaultEndpoint(),
        log: run.log,
        signal: run.signal,
        env: run.env,
        onSecret: run.onSecret,
        runOther: (pp, artifact) => runOther(pp, dockerView(artifact))
      });
      continue;
    }
    // An AMI: the template loader refused docker post-processors on it, so only these two remain.
    for (const chain of plan.postProcessors)
      for (const pp of chain)
        if (pp.type === 'manifest' || pp.type === 'shell-local') await runOther(pp, first);
  }
  return manifestPath;
}

/** Returns the manifest's path when `pp` wrote one. */
async function runManifestOrShellLocal(
  pp: ManifestPostProcessor | ShellLocalPostProcessor,
  view: ArtifactView,
  buildName: string,
  result: BuildResult,
  run: PostProcessorRun
): Promise<string | undefined> {
  const { id } = view;
  if (pp.type === 'manifest') {
    const path = writeManifest(
      {
        output: pp.output,
        strip_path: pp.stripPath,
        strip_time: pp.stripTime,
        custom_data: Object.fromEntries(
          Object.entries(pp.customData).map(([key, value]) => [
            key,
            value.render(manifestBuildData(result, id, run.runUuid))
          ])
        )
      },
      { buildName, builderType: view.builderType, artifactId: id, files: view.files },
      { uuid: run.runUuid, time: run.time, cwd: run.cwd }
    );
    run.log.info(`${buildName}: manifest written to ${path}`);
    return path;
  }
  run.log.info(`${buildName}: running the shell-local post-processor`);
  await createProvisioner({ ...pp, type: 'shell-local', pauseBeforeMs: 0, maxRetries: 0 }).run({
    communicator: NO_MACHINE,
    log: {
      info: run.log.info,
      warning: run.log.warning,
      output: (_stream, line) => run.log.info(line)
    },
    buildName,
    builderType: view.builderType,
    signal: run.signal,
    cwd: run.cwd,
    // Packer hands shell-local no artifact details in JSON templates; ours are named as ours.
    env: {
      ...process.env,
      ...(result.amiId ? { BUILD_AMI_AMI_ID: result.amiId } : {}),
      BUILD_AMI_ARTIFACT_ID: id
    },
    buildData: { ID: result.amiId ?? id, BuildRegion: result.region, PackerRunUUID: run.runUuid }
  });
  return undefined;
}
