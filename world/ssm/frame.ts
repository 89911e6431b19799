// The simulator's own reading and writing of Session Manager data channel frames, written from
// the agent's side of the wire (amazon-ssm-agent's AgentMessage is the same layout as the
// plugin's ClientMessage): a 116-byte header, a 4-byte payload length, the payload. Kept apart
// from the client's codec in src/, so a layout mistake on one side shows up as a failure.
import { createHash, randomUUID } from 'node:crypto';

export interface Frame {
  messageType: string;
  sequenceNumber: bigint;
  flags: bigint;
  messageId: string;
  payloadType: number;
  payload: Buffer;
}

const HL = 116;

export function writeFrame(frame: Omit<Frame, 'messageId'> & { messageId?: string }): Buffer {
  const out = Buffer.alloc(HL + 4 + frame.payload.length, 0);
  out.writeUInt32BE(HL, 0);
  out.write(frame.messageType.padEnd(32, ' '), 4, 32, 'utf8');
  out.writeUInt32BE(1, 36);
  out.writeBigUInt64BE(BigInt(Date.now()), 40);
  out.writeBigInt64BE(frame.sequenceNumber, 48);
  out.writeBigUInt64BE(frame.flags, 56);
  const id = Buffer.from((frame.messageId ?? randomUUID()).replace(/-/g, ''), 'hex');
  id.copy(out, 64, 8, 16); // least significant half first
  id.copy(out, 72, 0, 8);
  createHash('sha256').update(frame.payload).digest().copy(out, 80);
  out.writeUInt32BE(frame.payloadType, 112);
  out.writeUInt32BE(frame.payload.length, 116);
  frame.payload.copy(out, 120);
  return out;
}

export function readFrame(data: Buffer): Frame {
  if (data.length < HL + 4) throw new Error(`frame of ${data.length} bytes is too short`);
  const headerLength = data.readUInt32BE(0);
  const length = data.readUInt32BE(116);
  const payload = data.subarray(headerLength + 4);
  if (payload.length !== length) {
    throw new Error(`payload length ${length} does not match the ${payload.length} bytes sent`);
  }
  const digest = createHash('sha256').update(payload).digest();
  if (length > 0 && !digest.equals(data.subarray(80, 112))) throw new Error('payload digest mismatch');
  const hex = Buffer.concat([data.subarray(72, 80), data.subarray(64, 72)]).toString('hex');
  return {
    messageType: data.subarray(4, 36).toString('utf8').trim(),
    sequenceNumber: data.readBigInt64BE(48),
    flags: data.readBigUInt64BE(56),
    messageId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    payloadType: data.readUInt32BE(112),
    payload: Buffer.from(payload)
  };
}

export function ackFor(frame: Frame): Buffer {
  return writeFrame({
    messageType: 'acknowledge',
    sequenceNumber: 0n,
    flags: 3n,
    payloadType: 0,
    payload: Buffer.from(
      JSON.stringify({
        AcknowledgedMessageType: frame.messageType,
        AcknowledgedMessageId: frame.messageId,
        AcknowledgedMessageSequenceNumber: Number(frame.sequenceNumber),
        IsSequentialMessage: true
      })
    )
  });
}
