// What every provisioner gets and does: run once against the machine being built (or, for
// shell-local, the runner), reporting through the log, honouring cancellation.
import type { Communicator } from '../communicator/types.js';

export interface ProvisionerLog {
  /** Progress: "Provisioning with shell script: ...". */
  info(line: string): void;
  warning(line: string): void;
  /**
   * One line a command printed, as soon as it is complete: the one way the machine's output enters
   * the log, which masks it and makes it plain text (src/untrusted-output.ts), so a line the
   * instance prints can never be a workflow command. Hand it nothing else, and nothing from the
   * machine to info or warning.
   */
  output(stream: 'stdout' | 'stderr', line: string): void;
}

export interface ProvisionerContext {
  communicator: Communicator;
  /** ssh_pty: run commands in a pseudo-terminal (output then arrives on stdout only). */
  pty?: boolean;
  log: ProvisionerLog;
  /** Packer's build name (PACKER_BUILD_NAME). */
  buildName: string;
  builderType: 'amazon-ebs' | 'docker';
  /** What `{{ build \`ID\` }}`, `{{ .SourceAMI }}` and friends render to in template-given strings. */
  buildData?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  signal: AbortSignal;
  /** Where relative local paths start and shell-local runs (default: process.cwd()), as for Packer. */
  cwd?: string;
  /** Environment for shell-local commands (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** [0, 1), for remote file names (default Math.random). */
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * Dials the machine again after the connection was lost (a reboot), returning the new communicator. A
   * provisioner uses the new one for the rest of its run; the caller should hand it to later provisioners and
   * is responsible for closing the old one.
   */
  reconnect?: () => Promise<Communicator>;
  /**
   * Where the machine's SSH server is and how the build logs in, for a tool on the runner that connects
   * by itself (ansible with use_proxy false). Unset without an SSH communicator.
   */
  sshTarget?: { host: string; port: number; user: string; privateKey?: string };
}

export interface Provisioner {
  run(ctx: ProvisionerContext): Promise<void>;
}
