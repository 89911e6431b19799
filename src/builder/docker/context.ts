// What every step of one docker build is handed, and the typed state its steps pass along.
import type { Sleep } from '../../aws/retry.js';
import type { Communicator } from '../../communicator/types.js';
import type { DockerArtifact } from '../../docker/artifact.js';
import type { EngineEndpoint } from '../../docker/engine.js';
import type { Journal } from '../../journal.js';
import type { Log } from '../../log.js';
import type { Provisioner, ProvisionerLog } from '../../provisioners/types.js';
import type { DockerBuildPlan, Provisioner as ProvisionerPlan } from '../../template/types.js';

/** The journal's region for containers: they live in the runner's daemon, not in an AWS region. */
export const DOCKER_REGION = 'docker';

export interface DockerBuildContext {
  plan: DockerBuildPlan;
  /** The daemon: DOCKER_HOST (unix://) or /var/run/docker.sock. */
  endpoint: EngineEndpoint;
  /** Unique per run of the action; labels the container so the post step can find it. */
  buildId: string;
  journal: Journal;
  log: Log;
  createProvisioner: (plan: ProvisionerPlan) => Provisioner;
  provisionerLog: ProvisionerLog;
  /** Labels for the committed image (revision, source, created, build id, fingerprint, ...). */
  traceLabels: Record<string, string>;
  workingDirectory: string;
  sleep: Sleep;
  now: () => number;
  /** The action's environment (ecr_login reads AWS_ENDPOINT_URL_ECR and the credential chain's variables). */
  env?: NodeJS.ProcessEnv;
  /** Registers a value learnt while building (the password ECR gives) as a secret, before anything can print it. */
  onSecret: (value: string) => void;
}

export interface DockerBuildState {
  /** The image as pulled or found: its id. */
  imageId?: string;
  containerId?: string;
  /** The container's configured user (for fix_upload_owner). */
  containerUser?: string;
  communicator?: Communicator;
  artifact?: DockerArtifact;
}
