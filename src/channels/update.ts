// What happened to one channel in one region, for the log, the outputs, the summary and the PR
// comment: shared by a build moving its channels and by promote.
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { LaunchTemplateUpdate } from './launch-template.js';

export interface ChannelUpdate {
  channel: string;
  region: string;
  /** What the channel points to after this run (undefined only when reading it failed). */
  ami?: string;
  /** What it pointed to before this run wrote it; undefined when this run did not write it, or it was new. */
  previous?: string;
  /**
   * moved: this run pointed it at its image; unchanged: it pointed there already; held: a newer build (or
   * a promote) keeps it where it is; failed: it could not be read or written (see warning).
   */
  outcome: 'moved' | 'unchanged' | 'held' | 'failed';
  /** The parameter version this run wrote. */
  version?: number;
  /** Why it moved or why it did not. */
  reason: string;
  /** Said as a warning: the order of two builds could not be established; or the error, when it failed. */
  warning?: string;
  /** The commit the image it points to was built from, when known (promote). */
  imageCommit?: string;
  launchTemplate?: LaunchTemplateUpdate;
}

/** The launch template's fate in one region, when the run was asked to update one. */
export interface LaunchTemplateOutcome {
  /** The name or id the run was given. */
  ref: string;
  region: string;
  update?: LaunchTemplateUpdate;
  /** Why it was not updated (not in this region; the channel did not move). */
  skipped?: string;
  error?: string;
}

export interface ChannelClients {
  ssm(region: string): SSMClient;
  ec2(region: string): EC2Client;
}

export interface ChannelLog {
  info(line: string): void;
  warning(line: string): void;
}

export interface ChannelRun {
  updates: ChannelUpdate[];
  launchTemplates: LaunchTemplateOutcome[];
  /** Every failure, each naming the channel or template and the region; empty when all went well. */
  errors: string[];
}
