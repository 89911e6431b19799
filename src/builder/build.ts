// One amazon-ebs build, Packer's order: source image → key pair → security group → instance →
// SSH → provisioners → stop → (enhanced networking) → image → (encrypt → copy → share → attributes →
// deprecate → protect) → artifact;
// cleanups in reverse, whatever happens. The steps in brackets are in a build's list only when
// the template asks for them, so the timeline shows only steps that do something.
import type { DockerArtifact } from '../docker/artifact.js';
import type { AmazonEbsBuildPlan } from '../template/types.js';
import type { Reusable } from './find-reusable.js';
import { runSteps, type Outcome, type Step, type StepReport } from './runner.js';
import { newBuildState, type BuildContext, type BuildState } from './context.js';
import { clearAuthorizedKeys } from './steps/clear-authorized-keys.js';
import { connectSsh } from './steps/connect-ssh.js';
import { copyImage } from './steps/copy-image.js';
import { createImage } from './steps/create-image.js';
import { createKeyPair } from './steps/create-key-pair.js';
import { createSecurityGroup } from './steps/create-security-group.js';
import { deprecateImage } from './steps/deprecate-image.js';
import { enableEnhancedNetworking } from './steps/enable-enhanced-networking.js';
import { encryptImage } from './steps/encrypt-image.js';
import { findNetwork } from './steps/find-network.js';
import { findSourceImage } from './steps/find-source-image.js';
import { launchSpot } from './steps/launch-spot.js';
import { launchInstance } from './steps/launch-instance.js';
import { protectImage } from './steps/protect-image.js';
import { provision } from './steps/provision.js';
import { recordArtifact } from './steps/record-artifact.js';
import { setImageAttributes } from './steps/set-image-attributes.js';
import { shareImage } from './steps/share-image.js';
import { findAccount } from './steps/find-account.js';
import { stopInstance } from './steps/stop-instance.js';

export interface BuildResult {
  name: string;
  /** Unset: amazon-ebs. */
  builderType?: 'amazon-ebs' | 'docker';
  /** A docker build's result: the committed image, or the exported tar (unset for discard). */
  docker?: DockerArtifact;
  /** What a docker build's post-processors handed on and kept (tagged, pushed, saved, imported). */
  dockerKept?: DockerArtifact[];
  /** A docker build's source image, as the template names it. */
  sourceImage?: string;
  region: string;
  outcome: Outcome;
  amiId?: string;
  /** Region → AMI id: the build region and every ami_regions copy. */
  amis: Record<string, string>;
  amiName: string;
  snapshotIds: string[];
  sourceAmi?: string;
  sourceAmiName?: string;
  /** What the source image lookup learnt (SourceAMIName, BuildRegion, ...): the manifest's custom_data renders it. */
  buildData?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  steps: StepReport[];
  error?: unknown;
  cleanupErrors: { title: string; error: unknown }[];
  /** Set when an image built earlier from the same inputs was reused instead of building. */
  reusedFrom?: { buildId?: string; runUrl?: string };
  startedAt: number;
  durationMs: number;
}

export function amazonEbsSteps(ctx: BuildContext): Step<BuildState>[] {
  const afterImage = [
    encryptImage(ctx),
    copyImage(ctx),
    shareImage(ctx),
    setImageAttributes(ctx),
    deprecateImage(ctx),
    protectImage(ctx)
  ];
  // Nothing between the image and the last step: CreateImage tags it complete itself (complete-image.ts).
  const completeAtBirth = afterImage.every(step => step === undefined);
  const steps: (Step<BuildState> | undefined)[] = [
    findAccount(ctx),
    findSourceImage(ctx),
    createKeyPair(ctx),
    findNetwork(ctx),
    createSecurityGroup(ctx),
    ctx.plan.builder.spot ? launchSpot(ctx) : launchInstance(ctx),
    connectSsh(ctx),
    provision(ctx),
    clearAuthorizedKeys(ctx),
    stopInstance(ctx),
    enableEnhancedNetworking(ctx),
    createImage(ctx, { completeAtBirth }),
    ...afterImage,
    recordArtifact(ctx)
  ];
  return steps.filter(step => step !== undefined);
}

export function reusedBuild(plan: AmazonEbsBuildPlan, reusable: Reusable, now: number): BuildResult {
  return {
    name: plan.name,
    region: plan.builder.region,
    outcome: 'succeeded',
    amiId: reusable.amis[plan.builder.region],
    amis: reusable.amis,
    amiName: reusable.amiName,
    snapshotIds: reusable.snapshotIds,
    steps: [],
    cleanupErrors: [],
    reusedFrom: { buildId: reusable.buildId, runUrl: reusable.runUrl },
    startedAt: now,
    durationMs: 0
  };
}

export async function runBuild(ctx: BuildContext, signal: AbortSignal): Promise<BuildResult> {
  const startedAt = ctx.now();
  const state: BuildState = newBuildState();
  const report = await runSteps(amazonEbsSteps(ctx), state, { log: ctx.log, signal, now: ctx.now });
  const succeeded = report.outcome === 'succeeded';
  return {
    name: ctx.plan.name,
    region: ctx.plan.builder.region,
    outcome: report.outcome,
    amiId: succeeded ? state.image?.id : undefined,
    amiName: ctx.plan.builder.amiName,
    amis: succeeded ? Object.fromEntries(state.images.map(i => [i.region, i.id])) : {},
    snapshotIds: succeeded ? state.images.flatMap(i => i.snapshotIds) : [],
    sourceAmi: state.sourceImage?.ImageId,
    sourceAmiName: state.sourceImage?.Name,
    buildData: state.buildData,
    steps: report.steps,
    error: report.error,
    cleanupErrors: report.cleanupErrors,
    startedAt,
    durationMs: ctx.now() - startedAt
  };
}
