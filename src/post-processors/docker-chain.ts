// Running a docker build's post-processors as `packer build` does (packer/build.go): each chain starts
// from the build's artifact and hands each post-processor's artifact to the next. After a post-processor
// runs, its input is kept or destroyed (an image untagged, a tar deleted) by keep_input_artifact, or by
// the post-processor's own default when it is unset: docker-tag, docker-push, docker-save, manifest and
// shell-local keep their input, docker-import does not (its tar is deleted), and docker-tag keeps it
// whatever the template says. The build's own artifact is kept when there are no post-processors or
// when the first post-processor of any chain keeps it.
//
// The one interface for the action: `runDockerPostProcessors(chains, buildArtifact, deps)`, with
// `deps` as DockerPostProcessorDeps plus `runOther` for manifest and shell-local, which pass the
// artifact on unchanged.
import type { DockerArtifact } from '../docker/artifact.js';
import { messageOf } from '../errors.js';
import type { DockerPostProcessor, PostProcessor, PostProcessorChain } from '../template/types.js';
import {
  destroyArtifact,
  DockerPostProcessorError,
  describeArtifact,
  type DockerPostProcessorDeps
} from './docker-common.js';
import { runDockerImport } from './docker-import.js';
import { runDockerPush } from './docker-push.js';
import { runDockerSave } from './docker-save.js';
import { runDockerTag } from './docker-tag.js';

export { DockerPostProcessorError, type DockerPostProcessorDeps } from './docker-common.js';

export interface DockerChainDeps extends DockerPostProcessorDeps {
  /**
   * Runs a post-processor that is not a docker one (manifest, shell-local) on the artifact; it hands the
   * same artifact on. Without it, such a post-processor in a chain is an error.
   */
  readonly runOther?: (
    pp: Exclude<PostProcessor, DockerPostProcessor>,
    artifact: DockerArtifact
  ) => Promise<void>;
}

export interface DockerChainResult {
  /** What the chain made and kept, in order (its last artifact last); the input is never in it. */
  readonly artifacts: readonly DockerArtifact[];
  /** The chain's first post-processor keeps its input: the build's artifact must not be destroyed for it. */
  readonly keepInput: boolean;
}

/** Packer's defaults: [keep the input, and keep it whatever keep_input_artifact says]. */
const KEEP: Record<PostProcessor['type'], readonly [boolean, boolean]> = {
  'docker-tag': [true, true],
  'docker-push': [true, false],
  'docker-save': [true, false],
  'docker-import': [false, false],
  manifest: [true, false],
  'shell-local': [true, false]
};

/** Whether a post-processor keeps its input artifact, as Packer decides. */
export function keepsInput(pp: PostProcessor): boolean {
  const [byDefault, forced] = KEEP[pp.type];
  if (pp.keepInputArtifact === undefined) return byDefault;
  if (byDefault && forced && !pp.keepInputArtifact) return true;
  return pp.keepInputArtifact;
}

/** Runs one post-processor on `input` and returns the artifact it hands on. */
export async function runPostProcessor(
  pp: PostProcessor,
  input: DockerArtifact,
  deps: DockerChainDeps
): Promise<DockerArtifact> {
  switch (pp.type) {
    case 'docker-tag':
      return runDockerTag(pp, input, deps);
    case 'docker-push':
      return runDockerPush(pp, input, deps);
    case 'docker-save':
      return runDockerSave(pp, input, deps);
    case 'docker-import':
      return runDockerImport(pp, input, deps);
    default:
      if (deps.runOther === undefined) {
        throw new DockerPostProcessorError({
          postProcessor: pp.type,
          message: `cannot run on ${describeArtifact(input)} here`
        });
      }
      await deps.runOther(pp, input);
      return input;
  }
}

/**
 * One chain on `input`. A post-processor's failure stops the chain and is thrown; nothing is destroyed
 * after it (Packer would go on to destroy the build's artifact; a failed build keeps what it has).
 */
export async function runDockerChain(
  chain: PostProcessorChain,
  input: DockerArtifact,
  deps: DockerChainDeps
): Promise<DockerChainResult> {
  const artifacts: DockerArtifact[] = [];
  let keepInput = false;
  let prior = input;
  for (const [index, pp] of chain.entries()) {
    deps.signal?.throwIfAborted();
    deps.log.info(
      pp.name === pp.type
        ? `Running post-processor: ${pp.type}`
        : `Running post-processor: ${pp.name} (type ${pp.type})`
    );
    const artifact = await runPostProcessor(pp, prior, deps);
    const keep = keepsInput(pp);
    if (index === 0) keepInput = keep;
    else if (keep) artifacts.push(prior);
    else if (prior !== artifact) await destroy(prior, pp, deps);
    prior = artifact;
  }
  if (chain.length > 0) artifacts.push(prior);
  return { artifacts: unique(artifacts), keepInput };
}

/**
 * Every chain on the build's artifact, as `packer build` runs them: all chains run even when one fails;
 * then the build's artifact is destroyed unless something keeps it (only when all succeeded), and the
 * first failure is thrown (the others are logged). Returns every artifact kept: the build's first when
 * kept, then each chain's.
 */
export async function runDockerPostProcessors(
  chains: readonly PostProcessorChain[],
  buildArtifact: DockerArtifact,
  deps: DockerChainDeps
): Promise<DockerArtifact[]> {
  const kept: DockerArtifact[] = [];
  const failures: unknown[] = [];
  let keepBuildArtifact = chains.length === 0;
  for (const chain of chains) {
    try {
      const result = await runDockerChain(chain, buildArtifact, deps);
      // A chain that only handed it on (manifest, shell-local) ends with it: it is kept, not deleted.
      keepBuildArtifact ||= result.keepInput || result.artifacts.includes(buildArtifact);
      kept.push(...result.artifacts);
    } catch (err) {
      failures.push(err);
      if (deps.signal?.aborted) break;
    }
  }
  if (failures.length > 0) {
    for (const extra of failures.slice(1)) deps.log.warning(messageOf(extra));
    throw failures[0];
  }
  if (!keepBuildArtifact) {
    deps.log.info(`Deleting the build's artifact: ${describeArtifact(buildArtifact)}`);
    await destroyArtifact(buildArtifact, deps.engine).catch(err => {
      throw new DockerPostProcessorError({
        postProcessor: 'post-processors',
        message: `destroying ${describeArtifact(buildArtifact)} failed: ${messageOf(err)}`,
        cause: err
      });
    });
    return unique(kept);
  }
  return unique([buildArtifact, ...kept]);
}

async function destroy(prior: DockerArtifact, pp: PostProcessor, deps: DockerChainDeps): Promise<void> {
  deps.log.info(`${pp.type}: deleting its input, ${describeArtifact(prior)} (keep_input_artifact is false)`);
  try {
    await destroyArtifact(prior, deps.engine);
  } catch (err) {
    throw new DockerPostProcessorError({
      postProcessor: pp.type,
      message: `cleaning up its input, ${describeArtifact(prior)}, failed: ${messageOf(err)}`,
      cause: err
    });
  }
}

/** An artifact handed on unchanged (manifest, shell-local) appears once. */
function unique(artifacts: readonly DockerArtifact[]): DockerArtifact[] {
  return [...new Set(artifacts)];
}
