/**
 * SSH over Session Manager without the session-manager-plugin binary: each call to `open`
 * starts an AWS-StartPortForwardingSession session to the instance (retrying TargetNotConnected
 * while the agent registers, as Packer does) and returns its data channel, a stream ssh2 takes
 * as its socket. Every session started is remembered so `terminateAll` can end them.
 */
import { StartSessionCommand, TerminateSessionCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { proxyAgentFor } from '../../aws/proxy-agent.js';
import { DataChannelError, SsmDataChannel } from './data-channel.js';

export interface SsmTunnelOptions {
  ssm: SSMClient;
  instanceId: string;
  /** The port on the instance (ssh_port). */
  remotePort: number;
  /** Packer's session_manager_port: only passed on as the session's localPortNumber; no local port is opened. */
  localPort?: number;
  log?: (message: string) => void;
  /** Where the runner's proxy is read from (default process.env): the data channel goes through it. */
  env?: NodeJS.ProcessEnv;
}

export class SsmTunnel {
  /** Sessions started and not yet terminated. */
  readonly sessions = new Set<string>();

  constructor(private readonly options: SsmTunnelOptions) {}

  async open(signal?: AbortSignal, timeoutMs = 30_000): Promise<SsmDataChannel> {
    const { ssm, instanceId, remotePort, localPort } = this.options;
    const parameters: Record<string, string[]> = { portNumber: [String(remotePort)] };
    if (localPort) parameters.localPortNumber = [String(localPort)];
    const started = await ssm
      .send(
        new StartSessionCommand({
          Target: instanceId,
          DocumentName: 'AWS-StartPortForwardingSession',
          Parameters: parameters
        }),
        { abortSignal: signal }
      )
      .catch((error: unknown) => {
        throw new StartSessionError(instanceId, error);
      });
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
        log: this.options.log,
        agent: dataChannelAgent(started.StreamUrl!, this.options.env ?? process.env)
      });
      // The agent's answer that it cannot reach the port can arrive with its handshake, so the
      // channel may already be closed here (its close event already past).
      if (channel.destroyed) {
        throw new DataChannelError(channel.closeReason ?? `the data channel of session ${sessionId} closed`);
      }
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

/**
 * A StartSession that failed. `fatal` when no retry can help (a denied call, an unknown document,
 * a bad parameter: any 4xx other than TargetNotConnected and throttling), so the connection fails
 * at once instead of retrying until ssh_timeout.
 */
export class StartSessionError extends Error {
  readonly fatal: boolean;

  constructor(instanceId: string, cause: unknown) {
    const name = (cause as { name?: string })?.name ?? 'Error';
    const status = (cause as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
    const fatal =
      status !== undefined &&
      status >= 400 &&
      status < 500 &&
      !isTargetNotConnected(cause) &&
      !/Throttl|TooManyRequests/.test(name);
    super(
      `StartSession to ${instanceId} failed: ${name}: ${(cause as Error)?.message ?? String(cause)}` +
        (name === 'AccessDeniedException'
          ? ' (the job needs ssm:StartSession on the instance and the AWS-StartPortForwardingSession document)'
          : ''),
      { cause }
    );
    this.name = 'StartSessionError';
    this.fatal = fatal;
  }
}

/** wss:// (ssmmessages) goes through HTTPS_PROXY as https does, ws:// through HTTP_PROXY. */
function dataChannelAgent(streamUrl: string, env: NodeJS.ProcessEnv) {
  return proxyAgentFor(new URL(streamUrl).protocol === 'wss:' ? 'https:' : 'http:', env);
}
