/**
 * The Session Manager data channel frame ("ClientMessage"), byte for byte as
 * aws/session-manager-plugin src/message/clientmessage.go and messageparser.go
 * lay it out. All integers are big-endian.
 *
 *   offset  length  field
 *        0       4  HeaderLength (always 116: the offset of PayloadLength)
 *        4      32  MessageType, UTF-8, right-padded with spaces
 *       36       4  SchemaVersion
 *       40       8  CreatedDate (epoch millis)
 *       48       8  SequenceNumber (signed)
 *       56       8  Flags (bit 0 SYN, bit 1 FIN)
 *       64      16  MessageId: the UUID's bytes 8..16, then bytes 0..8
 *       80      32  PayloadDigest, SHA-256 of Payload
 *      112       4  PayloadType
 *      116       4  PayloadLength
 *      120       n  Payload
 */
import { createHash } from 'node:crypto';

export const MessageType = {
  inputStreamData: 'input_stream_data',
  outputStreamData: 'output_stream_data',
  acknowledge: 'acknowledge',
  channelClosed: 'channel_closed',
  startPublication: 'start_publication',
  pausePublication: 'pause_publication'
} as const;

export const PayloadType = {
  output: 1,
  error: 2,
  size: 3,
  parameter: 4,
  handshakeRequest: 5,
  handshakeResponse: 6,
  handshakeComplete: 7,
  encChallengeRequest: 8,
  encChallengeResponse: 9,
  flag: 10,
  stdErr: 11,
  exitCode: 12
} as const;

/** Payloads of PayloadType.flag messages (a 4-byte big-endian integer). */
export const PayloadTypeFlag = {
  disconnectToPort: 1,
  terminateSession: 2,
  connectToPortError: 3
} as const;

export interface ClientMessage {
  messageType: string;
  schemaVersion: number;
  createdDate: bigint;
  sequenceNumber: bigint;
  flags: bigint;
  /** Canonical lowercase hyphenated UUID. */
  messageId: string;
  payloadType: number;
  payload: Buffer;
}

const MESSAGE_TYPE_OFFSET = 4;
const MESSAGE_TYPE_LENGTH = 32;
const SCHEMA_VERSION_OFFSET = 36;
const CREATED_DATE_OFFSET = 40;
const SEQUENCE_NUMBER_OFFSET = 48;
const FLAGS_OFFSET = 56;
const MESSAGE_ID_OFFSET = 64;
const PAYLOAD_DIGEST_OFFSET = 80;
const PAYLOAD_TYPE_OFFSET = 112;
const PAYLOAD_LENGTH_OFFSET = 116;
/** What the plugin writes as HeaderLength. */
export const HEADER_LENGTH = PAYLOAD_LENGTH_OFFSET;

export class ClientMessageError extends Error {
  constructor(message: string) {
    super(`Invalid Session Manager message: ${message}`);
    this.name = 'ClientMessageError';
  }
}

function uuidBytes(id: string): Buffer {
  const hex = id.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
    throw new ClientMessageError(`expected a UUID as MessageId, got "${id}"`);
  }
  return Buffer.from(hex, 'hex');
}

function uuidString(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function sha256(payload: Buffer): Buffer {
  return createHash('sha256').update(payload).digest();
}

export function encodeClientMessage(message: ClientMessage): Buffer {
  const typeBytes = Buffer.from(message.messageType, 'utf8');
  if (typeBytes.length > MESSAGE_TYPE_LENGTH) {
    throw new ClientMessageError(
      `MessageType "${message.messageType}" is longer than ${MESSAGE_TYPE_LENGTH} bytes`
    );
  }
  const payload = message.payload;
  const frame = Buffer.alloc(HEADER_LENGTH + 4 + payload.length);
  frame.writeUInt32BE(HEADER_LENGTH, 0);
  frame.fill(0x20, MESSAGE_TYPE_OFFSET, MESSAGE_TYPE_OFFSET + MESSAGE_TYPE_LENGTH);
  typeBytes.copy(frame, MESSAGE_TYPE_OFFSET);
  frame.writeUInt32BE(message.schemaVersion, SCHEMA_VERSION_OFFSET);
  frame.writeBigUInt64BE(message.createdDate, CREATED_DATE_OFFSET);
  frame.writeBigInt64BE(message.sequenceNumber, SEQUENCE_NUMBER_OFFSET);
  frame.writeBigUInt64BE(message.flags, FLAGS_OFFSET);
  const id = uuidBytes(message.messageId);
  id.copy(frame, MESSAGE_ID_OFFSET, 8, 16);
  id.copy(frame, MESSAGE_ID_OFFSET + 8, 0, 8);
  sha256(payload).copy(frame, PAYLOAD_DIGEST_OFFSET);
  frame.writeUInt32BE(message.payloadType, PAYLOAD_TYPE_OFFSET);
  frame.writeUInt32BE(payload.length, PAYLOAD_LENGTH_OFFSET);
  payload.copy(frame, PAYLOAD_LENGTH_OFFSET + 4);
  return frame;
}

/**
 * Parses and validates a frame as the plugin does (Validate): the payload
 * digest must match, except for start/pause_publication, which the plugin
 * accepts unchecked.
 */
export function decodeClientMessage(frame: Buffer): ClientMessage {
  if (frame.length < PAYLOAD_LENGTH_OFFSET + 4) {
    throw new ClientMessageError(
      `frame of ${frame.length} bytes is shorter than the ${PAYLOAD_LENGTH_OFFSET + 4}-byte header`
    );
  }
  const headerLength = frame.readUInt32BE(0);
  const messageType = frame
    .subarray(MESSAGE_TYPE_OFFSET, MESSAGE_TYPE_OFFSET + MESSAGE_TYPE_LENGTH)
    .toString('utf8')
    .replace(/\0/g, '')
    .trim();
  const idBytes = Buffer.concat([
    frame.subarray(MESSAGE_ID_OFFSET + 8, MESSAGE_ID_OFFSET + 16),
    frame.subarray(MESSAGE_ID_OFFSET, MESSAGE_ID_OFFSET + 8)
  ]);
  const payloadLength = frame.readUInt32BE(PAYLOAD_LENGTH_OFFSET);
  // Like the plugin, the payload starts after HeaderLength + the 4-byte length.
  const payload = Buffer.from(frame.subarray(headerLength + 4));
  const message: ClientMessage = {
    messageType,
    schemaVersion: frame.readUInt32BE(SCHEMA_VERSION_OFFSET),
    createdDate: frame.readBigUInt64BE(CREATED_DATE_OFFSET),
    sequenceNumber: frame.readBigInt64BE(SEQUENCE_NUMBER_OFFSET),
    flags: frame.readBigUInt64BE(FLAGS_OFFSET),
    messageId: uuidString(idBytes),
    payloadType: frame.readUInt32BE(PAYLOAD_TYPE_OFFSET),
    payload
  };
  if (messageType === MessageType.startPublication || messageType === MessageType.pausePublication) {
    return message;
  }
  if (headerLength === 0) throw new ClientMessageError('HeaderLength cannot be zero');
  if (messageType === '') throw new ClientMessageError('MessageType is missing');
  if (message.createdDate === 0n) throw new ClientMessageError('CreatedDate is missing');
  if (payloadLength !== 0) {
    const digest = frame.subarray(PAYLOAD_DIGEST_OFFSET, PAYLOAD_DIGEST_OFFSET + 32);
    if (!sha256(payload).equals(digest)) {
      throw new ClientMessageError(`payload digest does not match (${messageType})`);
    }
  }
  return message;
}
