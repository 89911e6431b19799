// One docker build, Packer's order: daemon → image (login, pull) → container (created, journalled,
// started) → provisioners → commit / export / discard → artifact; the container removed whatever
// happens.
import type { BuildResult } from '../build.js';
import { runSteps, type Step } from '../runner.js';
import { checkDaemon } from './check-daemon.js';
import type { DockerBuildContext, DockerBuildState } from './context.js';
import type { ReusableImage } from './find-reusable.js';
import type { DockerBuildPlan } from '../../template/types.js';
import { createBuildContainer } from './create-container.js';
import { finishContainer } from './finish-container.js';
import { provisionContainer } from './provision.js';
import { pullSourceImage } from './pull-image.js';

export function dockerSteps(ctx: DockerBuildContext): Step<DockerBuildState>[] {
  const steps = [
    checkDaemon(ctx),
    pullSourceImage(ctx),
    createBuildContainer(ctx),
    provisionContainer(ctx),
    finishContainer(ctx)
  ];
  return steps.filter(step => step !== undefined);
}

export async function runDockerBuild(ctx: DockerBuildContext, signal: AbortSignal): Promise<BuildResult> {
  const startedAt = ctx.now();
  const state: DockerBuildState = {};
  const report = await runSteps(dockerSteps(ctx), state, { log: ctx.log, signal, now: ctx.now });
  const succeeded = report.outcome === 'succeeded';
  return {
    name: ctx.plan.name,
    builderType: 'docker',
    region: '',
    outcome: report.outcome,
    amis: {},
    amiName: '',
    snapshotIds: [],
    docker: succeeded ? state.artifact : undefined,
    sourceImage: ctx.plan.builder.image,
    steps: report.steps,
    error: report.error,
    cleanupErrors: report.cleanupErrors,
    startedAt,
    durationMs: ctx.now() - startedAt
  };
}

/** An image committed earlier from the same inputs, handed on instead of building (reuse). */
export function reusedDockerBuild(plan: DockerBuildPlan, reusable: ReusableImage, now: number): BuildResult {
  return {
    name: plan.name,
    builderType: 'docker',
    region: '',
    outcome: 'succeeded',
    amis: {},
    amiName: '',
    snapshotIds: [],
    docker: reusable.artifact,
    sourceImage: plan.builder.image,
    steps: [],
    cleanupErrors: [],
    reusedFrom: { buildId: reusable.buildId, runUrl: reusable.runUrl },
    startedAt: now,
    durationMs: 0
  };
}
