// What the PR comment and the job summary show, as plain data. The caller (the action) fills
// it from the build results; the renderers turn it into markdown without touching anything
// else, so they can be tested on their text alone.

export type StepStatus = 'succeeded' | 'failed' | 'cancelled';

export interface StepLine {
  title: string;
  /** Epoch milliseconds. */
  startedAt: number;
  durationMs: number;
  status: StepStatus;
}

export interface ReusedImage {
  /** The workflow run that built the image, when known. */
  runUrl?: string;
  buildId?: string;
  amiId: string;
}

export interface BuildLine {
  /** The builder's name, e.g. `amazon-ebs` or the template's `name` field. */
  name: string;
  /** The region the build ran in (the first in the AMI list). */
  region: string;
  outcome: StepStatus | 'reused';
  /** Region → AMI id: the build region and every copy. Empty when nothing was built. */
  amis: Record<string, string>;
  amiName: string;
  /** A docker build: the image it committed (or the tar it exported) and the image it started from. */
  docker?: { imageId?: string; file?: string; sourceImage?: string };
  sourceAmi?: string;
  sourceAmiName?: string;
  /** Epoch milliseconds. */
  startedAt: number;
  durationMs: number;
  steps: StepLine[];
  /** The title of the step that failed; defaults to the first step not marked succeeded. */
  failedStep?: string;
  error?: string;
  /** The last lines the failed step printed, oldest first. */
  lastOutput?: string[];
  /** What the cleanup removed, e.g. `key pair packer_6651…`. */
  cleanedUp?: string[];
  /** What the cleanup could not remove: the user must delete these by hand. */
  leftBehind?: string[];
  reusedFrom?: ReusedImage;
}

/** One channel in one region, after the run. */
export interface ChannelLine {
  channel: string;
  region: string;
  /** The image it points to now, and before this run wrote it. */
  now?: string;
  before?: string;
  outcome: 'moved' | 'unchanged' | 'held' | 'failed';
  /** Why it moved or not; the error when it failed. */
  note: string;
  version?: number;
  /** The commit the image it points to was built from, when known. */
  imageCommit?: string;
}

export interface LaunchTemplateLine {
  region: string;
  name?: string;
  id?: string;
  /** The new default version, and the one before. */
  version?: number;
  previousVersion?: number;
  note?: string;
  failed?: boolean;
}

export interface ChannelSection {
  channels: ChannelLine[];
  launchTemplates: LaunchTemplateLine[];
  /** Why no channel was touched (the build failed or was cancelled). */
  skipped?: string;
}

export interface RetentionImageLine {
  id: string;
  region: string;
  name: string;
  commit?: string;
  /** Epoch milliseconds. */
  createdAt: number;
  action:
    'kept' | 'removed' | 'deprecated' | 'would-remove' | 'would-deprecate' | 'already-deprecated' | 'failed';
  why: string;
  snapshotsDeleted?: string[];
}

export interface RetentionSection {
  family: string;
  keep?: number;
  keepDays?: number;
  dryRun: boolean;
  deprecate: boolean;
  images: RetentionImageLine[];
  warnings: string[];
}

export interface BuildReport {
  /** The template's path as the user wrote it; names the PR comment's marker too. */
  templatePath: string;
  buildId: string;
  sha: string;
  /** owner/name */
  repository: string;
  /** e.g. https://github.com */
  serverUrl: string;
  runUrl?: string;
  builds: BuildLine[];
  /** How many EC2 API calls the run made, when counted. */
  ec2Calls?: number;
  /** How many Parameter Store calls the channels and retention made. */
  ssmCalls?: number;
  channels?: ChannelSection;
  retention?: RetentionSection[];
  /** When set, the report is of a promote (mode: promote): no build, only channels. */
  promote?: { target: string };
  /** Epoch milliseconds the run took, for a promote's summary. */
  durationMs?: number;
  /** The step's outputs, name → value, as a deploy job reads them. */
  outputs: Record<string, string>;
  /** The workflow job's id (GITHUB_JOB), for the `needs.<job>.outputs` example. */
  jobId?: string;
  /** The step's id, for the `steps.<id>.outputs` example; ignored when GitHub made it up (`__…`). */
  stepId?: string;
}
