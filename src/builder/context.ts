// What every step of one build is handed (its dependencies), and the typed state the steps
// pass along (Packer's untyped state bag, typed).
import type { EC2Client, Image } from '@aws-sdk/client-ec2';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { Sleep } from '../aws/retry.js';
import type { Communicator, Connect } from '../communicator/types.js';
import type { Journal } from '../journal.js';
import type { Log } from '../log.js';
import type { Provisioner, ProvisionerLog } from '../provisioners/types.js';
import type { Polling } from '../aws/waiter.js';
import type { AmazonEbsBuildPlan, Provisioner as ProvisionerPlan } from '../template/types.js';

export interface BuildContext {
  plan: AmazonEbsBuildPlan;
  /** How to poll while waiting: aws_polling, else AWS_POLL_DELAY_SECONDS / AWS_MAX_ATTEMPTS. */
  polling: Polling;
  /** Unique per run of the action; tags every resource so a sweep can find it. */
  buildId: string;
  ec2: EC2Client;
  /** The client for another region (ami_regions copies). */
  ec2For: (region: string) => EC2Client;
  /** Systems Manager in the build region, for ssh_interface session_manager. */
  ssm?: () => Promise<SSMClient>;
  journal: Journal;
  log: Log;
  connect: Connect;
  createProvisioner: (plan: ProvisionerPlan) => Provisioner;
  provisionerLog: ProvisionerLog;
  /** Tags for every temporary resource: the build id and the run URL. */
  temporaryTags: Record<string, string>;
  /** Traceability tags for the image and its snapshots: commit, repository, ref, run, fingerprint. */
  traceTags: Record<string, string>;
  /** The working-directory input: where relative local paths start and shell-local runs, as in Packer. */
  workingDirectory: string;
  sleep: Sleep;
  now: () => number;
  uuid: () => string;
  readFile: (path: string) => Promise<string>;
  /** Finds the runner's public address for temporary_security_group_source_public_ip. */
  publicIp: () => Promise<string>;
  /** Hands the account the build runs in to the post step (MainState), before anything is created. */
  recordAccount?: (accountId: string) => void;
}

export interface InstanceInfo {
  id: string;
  /** The address SSH connects to, per ssh_interface / ssh_host. */
  host: string;
  publicIp?: string;
  privateIp?: string;
  availabilityZone?: string;
  vpcId?: string;
  /** ctx.now() when RunInstances answered. */
  launchedAt?: number;
  /** False while nobody has seen it running (SSH is dialled while it may still be pending). */
  seenRunning?: boolean;
  /** How long from the launch until SSH answered: the prior for how long it takes to stop. */
  upAfterMs?: number;
  /** How long the stop took: the prior for how long the image takes. */
  stopMs?: number;
}

export interface BuildState {
  sourceImage?: Image;
  /** Build data for {{ .SourceAMI }} and friends, known once the source image is. */
  buildData: Record<string, string | Record<string, string>>;
  keyPair?: { name?: string; privateKey?: string; temporary: boolean };
  securityGroupIds: string[];
  /** The VPC and subnet found by vpc_filter / subnet_filter (find-network.ts). */
  network?: { vpcId?: string; subnetId?: string };
  temporaryGroupId?: string;
  /** The temporary launch template of a spot build (launch-spot.ts). */
  launchTemplate?: { id: string; name: string };
  instance?: InstanceInfo;
  /** The default security group of each VPC (vpc id → group id), from the account lookup. */
  defaultGroups?: Record<string, string>;
  communicator?: Communicator;
  /** Dials the instance again with the same settings (after a reboot in a provisioner). */
  reconnect?: () => Promise<Communicator>;
  /** madeInMs: how long EC2 took to make it, the prior for its copies (images/wait.ts). */
  image?: { id: string; name: string; snapshotIds: string[]; madeInMs?: number };
  /** The image in every region it exists in: the build region first, then ami_regions copies. */
  images: RegionImage[];
}

export interface RegionImage {
  region: string;
  id: string;
  snapshotIds: string[];
  /** It carries build-ami:complete from its create call (complete-image.ts): the last step leaves it be. */
  tagged?: boolean;
}

export function newBuildState(): BuildState {
  return { buildData: {}, securityGroupIds: [], images: [] };
}

// Rendering a template's tags lives with the rest of the tag rules.
export { renderTags } from '../tags.js';
