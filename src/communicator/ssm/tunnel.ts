/**
 * SSH over Session Manager without the session-manager-plugin binary: each call to `open`
 * starts an AWS-StartPortForwardingSession session to the instance (retrying TargetNotConnected
 * while the agent registers, as Packer does) and returns its data channel, a stream ssh2 takes
 * as its socket. Every session started is remembered so `terminateAll` can end them.
 */
import { StartSessionCommand, TerminateSessionCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { SsmDataChannel } from './data-channel.js';

export interface SsmTunnelOptions {
  ssm: SSMClient;
  instanceId: string;
  /** The port on the instance (ssh_port). */
  remotePort: number;
  /** Packer's session_manager_port: only passed on as the session's localPortNumber; no local port is opened. */
  localPort?: number;
  log?: (message: string) => void;
}

export class SsmTunnel {
  /** Sessions started and not yet terminated. */
  readonly sessions = new Set<string>();

  constructor(private readonly options: SsmTunnelOptions) {}

  async open(signal?: AbortSignal, timeoutMs = 30_000): Promise<SsmDataChannel> {
    const { ssm, instanceId, remotePort, localPort } = this.options;
    const parameters: Record<string, string[]> = { portNumber: [String(remotePort)] };
    if (localPort) parameters.localPortNumber = [String(localPort)];
    const started = await ssm.send(
      new StartSessionCommand({
        Target: instanceId,
        DocumentName: 'AWS-StartPortForwardingSession',
        Parameters: parameters
      }),
      { abortSignal: signal }
    );
    const sessionId = started.SessionId!;
    this.sessions.add(sessionId);
    this.options.log?.(`Started Session Manager session ${sessionId} to ${instanceId}:${remotePort}`);
    try {
      const channel = await SsmDataChannel.open({
        streamUrl: started.StreamUrl!,
        tokenValue: started.TokenValue!,
        sessionId,
        timeoutMs,
        signal,
        log: this.options.log
      });
      channel.once('close', () => void this.terminate(sessionId));
      return channel;
    } catch (error) {
      await this.terminate(sessionId);
      throw error;
    }
  }

  /** Ends one session; a failure is logged, not thrown (the session times out on its own). */
  async terminate(sessionId: string): Promise<void> {
    if (!this.sessions.delete(sessionId)) return;
    try {
      await this.options.ssm.send(new TerminateSessionCommand({ SessionId: sessionId }));
      this.options.log?.(`Terminated Session Manager session ${sessionId}`);
    } catch (error) {
      this.options.log?.(
        `TerminateSession ${sessionId} failed (${(error as Error).message}); it ends when its idle timeout passes`
      );
    }
  }

  async terminateAll(): Promise<void> {
    await Promise.all([...this.sessions].map(id => this.terminate(id)));
  }
}

/** Errors StartSession returns while the instance's agent has not registered yet. */
export const isTargetNotConnected = (error: unknown): boolean =>
  (error as { name?: string })?.name === 'TargetNotConnected';
