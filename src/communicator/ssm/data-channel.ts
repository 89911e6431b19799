/**
 * The client end of a Session Manager port-forwarding data channel, as a Duplex stream that
 * ssh2's Client takes as `sock`: bytes written become input_stream_data messages, and the
 * agent's output_stream_data payloads are what is read. Follows aws/session-manager-plugin
 * (datachannel/streaming.go, sessionmanagerplugin/session/portsession/basicportforwarding.go).
 *
 * Reliability: every stream message carries a sequence number and is acknowledged. Incoming
 * messages are delivered in sequence order (early ones are held, repeats dropped) and each is
 * acknowledged; outgoing ones are kept until acknowledged and sent again when unanswered for
 * RESEND_AFTER_MS. KMS encryption of the channel is not supported (the handshake declines it).
 */
import { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import WebSocket from 'ws';
import {
  ClientMessageError,
  decodeClientMessage,
  encodeClientMessage,
  MessageType,
  PayloadType,
  PayloadTypeFlag,
  type ClientMessage
} from './client-message.js';
import {
  acknowledgeMessage,
  flagPayload,
  handshakeResponse,
  openDataChannelInput,
  parseAcknowledgeContent,
  streamMessage,
  type HandshakeRequestPayload
} from './control-messages.js';

/**
 * The client version the handshake reports. Agents multiplex port sessions (smux) only for
 * clients from 1.1.70 on; this client speaks the single-stream form, so it reports an older one.
 */
export const CLIENT_VERSION = '1.1.61.0';
/** The plugin's StreamDataPayloadSize: the largest payload of one input_stream_data message. */
export const MAX_PAYLOAD = 1024;
const RESEND_AFTER_MS = 3000;
const RESEND_CHECK_MS = 500;
/** Stream messages held ahead of a gap before the channel is declared broken. */
const MAX_HELD = 10_000;

export interface OpenDataChannelOptions {
  streamUrl: string;
  tokenValue: string;
  sessionId: string;
  /** How long to wait for the websocket and the agent's handshake. */
  timeoutMs?: number;
  signal?: AbortSignal;
  log?: (message: string) => void;
  /** The agent the websocket connects through (the runner's proxy); undefined: directly. */
  agent?: Agent;
}

export class DataChannelError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataChannelError';
  }
}

interface Unacked {
  frame: Buffer;
  sentAt: number;
}

export class SsmDataChannel extends Duplex {
  readonly sessionId: string;
  /** The agent's version, from its handshake request. */
  agentVersion: string | undefined;
  /** Why the stream ended without an error (the agent could not reach the port). */
  closeReason: string | undefined;
  private readonly ws: WebSocket;
  private readonly log: (message: string) => void;
  private outgoingSeq = 0n;
  private expectedSeq = 0n;
  private readonly held = new Map<bigint, ClientMessage>();
  private readonly unacked = new Map<bigint, Unacked>();
  private readonly resendTimer: NodeJS.Timeout;
  private paused = false;
  private readonly whilePaused: (() => void)[] = [];
  private handshakeDone!: (error?: Error) => void;
  readonly ready: Promise<void>;

  private constructor(ws: WebSocket, sessionId: string, log: (message: string) => void) {
    super({ allowHalfOpen: false });
    this.ws = ws;
    this.sessionId = sessionId;
    this.log = log;
    this.ready = new Promise<void>((resolve, reject) => {
      this.handshakeDone = error => (error ? reject(error) : resolve());
    });
    // The handshake's rejection is the opener's to report; keep it from being "unhandled".
    this.ready.catch(() => undefined);
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return;
      try {
        this.receive(decodeClientMessage(toBuffer(data)));
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    ws.on('close', (code, reason) => {
      const why = `the data channel of session ${sessionId} closed (${code}${reason.length ? `: ${reason.toString()}` : ''})`;
      this.handshakeDone(new DataChannelError(why));
      this.push(null);
      if (!this.destroyed) this.destroy();
    });
    ws.on('error', error =>
      this.fail(
        new DataChannelError(`data channel of session ${sessionId}: ${error.message}`, { cause: error })
      )
    );
    this.resendTimer = setInterval(() => this.resendOverdue(), RESEND_CHECK_MS);
    this.resendTimer.unref();
  }

  /** Connects, presents the session's token, and completes the agent's handshake. */
  static async open(options: OpenDataChannelOptions): Promise<SsmDataChannel> {
    const log = options.log ?? (() => undefined);
    const ws = new WebSocket(options.streamUrl, {
      handshakeTimeout: options.timeoutMs ?? 30_000,
      ...(options.agent ? { agent: options.agent } : {})
    });
    const channel = new SsmDataChannel(ws, options.sessionId, log);
    const timeoutMs = options.timeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => channel.fail(new DataChannelError('aborted', { cause: options.signal?.reason }));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await new Promise<void>((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
        ws.once('close', () =>
          reject(new DataChannelError(`data channel of session ${options.sessionId} closed while opening`))
        );
      });
      ws.send(JSON.stringify(openDataChannelInput(options.tokenValue, randomUUID(), CLIENT_VERSION)));
      await Promise.race([
        channel.ready,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new DataChannelError(
                  `no handshake from the agent on session ${options.sessionId} within ${timeoutMs / 1000}s`
                )
              ),
            timeoutMs
          );
        })
      ]);
      return channel;
    } catch (error) {
      channel.destroy();
      throw error instanceof DataChannelError
        ? error
        : new DataChannelError(
            `could not open the data channel of session ${options.sessionId}: ${(error as Error).message}`,
            {
              cause: error
            }
          );
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  override _read(): void {
    // Data is pushed as it arrives; the websocket has no backpressure to apply here.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.afterPublication(() => {
      try {
        for (let at = 0; at < chunk.length; at += MAX_PAYLOAD) {
          this.sendStream(PayloadType.output, chunk.subarray(at, at + MAX_PAYLOAD));
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    });
  }

  override _final(callback: (error?: Error | null) => void): void {
    // The SSH client is done with the port: tell the agent to drop its connection to it.
    this.afterPublication(() => {
      try {
        if (this.ws.readyState === WebSocket.OPEN) {
          this.sendStream(PayloadType.flag, flagPayload(PayloadTypeFlag.disconnectToPort));
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    });
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    clearInterval(this.resendTimer);
    this.handshakeDone(error ?? new DataChannelError('data channel closed'));
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.terminate();
    }
    callback(error);
  }

  /** Outgoing stream messages not yet acknowledged (tests and diagnostics). */
  get unacknowledged(): number {
    return this.unacked.size;
  }

  private fail(error: Error): void {
    this.handshakeDone(error);
    if (!this.destroyed) this.destroy(error);
  }

  private afterPublication(send: () => void): void {
    if (this.paused) this.whilePaused.push(send);
    else send();
  }

  private sendStream(payloadType: number, payload: Buffer): void {
    const sequenceNumber = this.outgoingSeq++;
    const frame = encodeClientMessage(
      streamMessage({ messageType: MessageType.inputStreamData, sequenceNumber, payloadType, payload })
    );
    this.unacked.set(sequenceNumber, { frame, sentAt: Date.now() });
    this.ws.send(frame);
  }

  private resendOverdue(): void {
    if (this.paused || this.ws.readyState !== WebSocket.OPEN) return;
    const now = Date.now();
    for (const [seq, entry] of this.unacked) {
      if (now - entry.sentAt < RESEND_AFTER_MS) continue;
      this.log(
        `resending message ${seq} of session ${this.sessionId} (unacknowledged for ${now - entry.sentAt} ms)`
      );
      entry.sentAt = now;
      this.ws.send(entry.frame);
    }
  }

  private receive(message: ClientMessage): void {
    switch (message.messageType) {
      case MessageType.acknowledge: {
        const ack = parseAcknowledgeContent(message);
        this.unacked.delete(BigInt(ack.AcknowledgedMessageSequenceNumber));
        return;
      }
      case MessageType.outputStreamData:
        this.ws.send(encodeClientMessage(acknowledgeMessage(message)));
        if (message.sequenceNumber < this.expectedSeq) return; // a repeat: already delivered
        if (message.sequenceNumber > this.expectedSeq) {
          if (this.held.size >= MAX_HELD)
            throw new DataChannelError(
              `more than ${MAX_HELD} messages arrived ahead of message ${this.expectedSeq}`
            );
          this.held.set(message.sequenceNumber, message);
          return;
        }
        this.deliver(message);
        for (let next = this.held.get(this.expectedSeq); next; next = this.held.get(this.expectedSeq)) {
          this.held.delete(next.sequenceNumber);
          this.deliver(next);
        }
        return;
      case MessageType.channelClosed: {
        const output = channelClosedOutput(message.payload);
        const error = new DataChannelError(
          `session ${this.sessionId} was closed by Session Manager${output ? `: ${output}` : ''}`
        );
        this.handshakeDone(error);
        this.push(null);
        this.ws.close(1000);
        return;
      }
      case MessageType.pausePublication:
        this.paused = true;
        return;
      case MessageType.startPublication: {
        this.paused = false;
        for (const send of this.whilePaused.splice(0)) send();
        return;
      }
      default:
        this.log(`ignoring a ${message.messageType} message on session ${this.sessionId}`);
    }
  }

  private deliver(message: ClientMessage): void {
    this.expectedSeq = message.sequenceNumber + 1n;
    switch (message.payloadType) {
      case PayloadType.output:
        this.push(message.payload);
        return;
      case PayloadType.handshakeRequest: {
        const request = JSON.parse(message.payload.toString('utf8')) as HandshakeRequestPayload;
        this.agentVersion = request.AgentVersion;
        const response = handshakeResponse(request, CLIENT_VERSION);
        this.sendStream(PayloadType.handshakeResponse, Buffer.from(JSON.stringify(response), 'utf8'));
        return;
      }
      case PayloadType.handshakeComplete:
        this.handshakeDone();
        return;
      case PayloadType.flag: {
        const flag = message.payload.length >= 4 ? message.payload.readUInt32BE(0) : -1;
        if (flag === PayloadTypeFlag.connectToPortError) {
          // Nothing listens on the port yet (sshd still starting): the stream ends, as a refused
          // TCP connection would, rather than emitting an error that may have no listener yet
          // (this flag can arrive in the same read as the handshake's completion).
          this.closeReason = `the agent on session ${this.sessionId} could not connect to the port`;
          this.log(this.closeReason);
          this.push(null);
          this.destroy();
        }
        return;
      }
      default:
        this.log(`ignoring payload type ${message.payloadType} on session ${this.sessionId}`);
    }
  }
}

function channelClosedOutput(payload: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(payload.toString('utf8')) as { Output?: unknown };
    return typeof parsed.Output === 'string' && parsed.Output ? parsed.Output : undefined;
  } catch {
    return undefined;
  }
}

function toBuffer(data: WebSocket.RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

export { ClientMessageError };
