/**
 * Builders and parsers for the data channel's control messages, following
 * aws/session-manager-plugin (messageparser.go, service/service.go,
 * datachannel/streaming.go).
 */
import { randomUUID } from 'node:crypto';
import { ClientMessage, ClientMessageError, MessageType, PayloadType } from './client-message.js';

/** The JSON text sent (as a websocket text frame) right after connecting. */
export interface OpenDataChannelInput {
  MessageSchemaVersion: string;
  RequestId: string;
  TokenValue: string;
  ClientId: string;
  ClientVersion: string;
}

export function openDataChannelInput(
  tokenValue: string,
  clientId: string,
  clientVersion: string
): OpenDataChannelInput {
  return {
    MessageSchemaVersion: '1.0',
    RequestId: randomUUID(),
    TokenValue: tokenValue,
    ClientId: clientId,
    ClientVersion: clientVersion
  };
}

/** Payload of an "acknowledge" message. */
export interface AcknowledgeContent {
  AcknowledgedMessageType: string;
  AcknowledgedMessageId: string;
  AcknowledgedMessageSequenceNumber: number;
  IsSequentialMessage: boolean;
}

/** The acknowledgement the plugin sends for a received stream message. */
export function acknowledgeMessage(of: ClientMessage, now: () => number = Date.now): ClientMessage {
  const content: AcknowledgeContent = {
    AcknowledgedMessageType: of.messageType,
    AcknowledgedMessageId: of.messageId,
    AcknowledgedMessageSequenceNumber: Number(of.sequenceNumber),
    IsSequentialMessage: true
  };
  return {
    messageType: MessageType.acknowledge,
    schemaVersion: 1,
    createdDate: BigInt(now()),
    sequenceNumber: 0n,
    flags: 3n,
    messageId: randomUUID(),
    payloadType: 0,
    payload: Buffer.from(JSON.stringify(content), 'utf8')
  };
}

export function parseAcknowledgeContent(message: ClientMessage): AcknowledgeContent {
  if (message.messageType !== MessageType.acknowledge) {
    throw new ClientMessageError(`expected an acknowledge message, got ${message.messageType}`);
  }
  const content = JSON.parse(message.payload.toString('utf8')) as Partial<AcknowledgeContent>;
  if (
    typeof content.AcknowledgedMessageId !== 'string' ||
    typeof content.AcknowledgedMessageSequenceNumber !== 'number'
  ) {
    throw new ClientMessageError('acknowledge payload lacks a message id or sequence number');
  }
  return content as AcknowledgeContent;
}

/** A stream message ("input_stream_data" from the client, "output_stream_data" from the agent). */
export function streamMessage(options: {
  messageType: string;
  sequenceNumber: bigint;
  payloadType: number;
  payload: Buffer;
  now?: () => number;
}): ClientMessage {
  return {
    messageType: options.messageType,
    schemaVersion: 1,
    createdDate: BigInt((options.now ?? Date.now)()),
    sequenceNumber: options.sequenceNumber,
    flags: 0n,
    messageId: randomUUID(),
    payloadType: options.payloadType,
    payload: options.payload
  };
}

/** The 4-byte big-endian payload of a PayloadType.flag message. */
export function flagPayload(flag: number): Buffer {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(flag, 0);
  return payload;
}

export interface HandshakeRequestPayload {
  AgentVersion: string;
  RequestedClientActions: { ActionType: string; ActionParameters: unknown }[];
}

export interface HandshakeResponsePayload {
  ClientVersion: string;
  ProcessedClientActions: {
    ActionType: string;
    ActionStatus: number;
    ActionResult?: unknown;
    Error?: string;
  }[];
  Errors: string[];
}

/** Action statuses in a handshake response (handshakemessage.go). */
export const ActionStatus = { success: 1, failed: 2, unsupported: 3 } as const;

/**
 * Answers a HandshakeRequest: SessionType is accepted; KMSEncryption is
 * reported unsupported (a session with KMS encryption then fails at the
 * agent, with the error named).
 */
export function handshakeResponse(
  request: HandshakeRequestPayload,
  clientVersion: string
): HandshakeResponsePayload {
  const processed = request.RequestedClientActions.map(action =>
    action.ActionType === 'SessionType'
      ? { ActionType: action.ActionType, ActionStatus: ActionStatus.success }
      : {
          ActionType: action.ActionType,
          ActionStatus: ActionStatus.unsupported,
          Error: `${action.ActionType} is not supported by build-ami's Session Manager client`
        }
  );
  const errors = processed.flatMap(p => (p.Error ? [p.Error] : []));
  return { ClientVersion: clientVersion, ProcessedClientActions: processed, Errors: errors };
}

export { PayloadType };
