// The Session Manager data channel frame: bytes laid out as aws/session-manager-plugin's
// src/message/clientmessage.go and messageparser.go write them. The golden frame is typed by
// hand from that layout (the plugin's own TestSerializeAndDeserializeClientMessage values), not
// produced by the codec under test.
import {
  decodeClientMessage,
  encodeClientMessage,
  HEADER_LENGTH,
  MessageType,
  PayloadType,
  type ClientMessage
} from '../../../src/communicator/ssm/client-message.js';
import {
  acknowledgeMessage,
  flagPayload,
  handshakeResponse,
  parseAcknowledgeContent
} from '../../../src/communicator/ssm/control-messages.js';

const GOLDEN_HEX = [
  '00000074', // HeaderLength 116
  '696e7075745f73747265616d5f64617461' + '20'.repeat(15), // "input_stream_data", space-padded to 32
  '00000001', // SchemaVersion 1
  '0000015e0baa7884', // CreatedDate 1503434274948
  '0000000000000001', // SequenceNumber 1
  '0000000000000002', // Flags 2
  'a508b5f073f31b16' + 'dd01e56bff48483e', // MessageId dd01e56b-ff48-483e-a508-b5f073f31b16, halves swapped
  '239f59ed55e737c77147cf55ad0c1b030b6d7ee748a7426952f9b852d5a935e5', // SHA-256("payload")
  '00000001', // PayloadType Output
  '00000007', // PayloadLength 7
  '7061796c6f6164' // "payload"
].join('');

const golden: ClientMessage = {
  messageType: MessageType.inputStreamData,
  schemaVersion: 1,
  createdDate: 1503434274948n,
  sequenceNumber: 1n,
  flags: 2n,
  messageId: 'dd01e56b-ff48-483e-a508-b5f073f31b16',
  payloadType: PayloadType.output,
  payload: Buffer.from('payload')
};

describe('ClientMessage codec', () => {
  it('encodes the byte layout of the session-manager-plugin', () => {
    expect(encodeClientMessage(golden).toString('hex')).toBe(GOLDEN_HEX);
    expect(HEADER_LENGTH).toBe(116);
  });

  it('decodes the golden frame back to every field', () => {
    expect(decodeClientMessage(Buffer.from(GOLDEN_HEX, 'hex'))).toEqual(golden);
  });

  it('round-trips an empty payload and a large sequence number', () => {
    const message = { ...golden, payload: Buffer.alloc(0), sequenceNumber: 2n ** 40n };
    const frame = encodeClientMessage(message);
    expect(frame.length).toBe(120);
    expect(decodeClientMessage(frame)).toEqual(message);
  });

  it('rejects a frame whose payload does not match its digest', () => {
    const frame = Buffer.from(GOLDEN_HEX, 'hex');
    frame[frame.length - 1] ^= 0xff;
    expect(() => decodeClientMessage(frame)).toThrow(/payload digest does not match/);
  });

  it('accepts start_publication without checking the digest, as the plugin does', () => {
    const frame = encodeClientMessage({ ...golden, messageType: MessageType.startPublication });
    frame[frame.length - 1] ^= 0xff;
    expect(decodeClientMessage(frame).messageType).toBe('start_publication');
  });

  it('rejects a truncated header and a zero CreatedDate', () => {
    expect(() => decodeClientMessage(Buffer.alloc(50))).toThrow(/shorter than the 120-byte header/);
    const frame = encodeClientMessage({ ...golden, createdDate: 0n });
    expect(() => decodeClientMessage(frame)).toThrow(/CreatedDate is missing/);
  });

  it('refuses a MessageId that is not a UUID', () => {
    expect(() => encodeClientMessage({ ...golden, messageId: 'nope' })).toThrow(/expected a UUID/);
  });
});

describe('control messages', () => {
  it('acknowledges a stream message with the JSON keys the plugin reads', () => {
    const ack = acknowledgeMessage({ ...golden, messageType: MessageType.outputStreamData }, () => 42);
    expect(ack).toMatchObject({
      messageType: 'acknowledge',
      sequenceNumber: 0n,
      flags: 3n,
      createdDate: 42n
    });
    expect(JSON.parse(ack.payload.toString())).toEqual({
      AcknowledgedMessageType: 'output_stream_data',
      AcknowledgedMessageId: 'dd01e56b-ff48-483e-a508-b5f073f31b16',
      AcknowledgedMessageSequenceNumber: 1,
      IsSequentialMessage: true
    });
    const decoded = decodeClientMessage(encodeClientMessage(ack));
    expect(parseAcknowledgeContent(decoded).AcknowledgedMessageSequenceNumber).toBe(1);
  });

  it('writes a flag as a 4-byte big-endian integer', () => {
    expect(flagPayload(2).toString('hex')).toBe('00000002');
  });

  it('accepts SessionType and declines KMS encryption in the handshake response', () => {
    const response = handshakeResponse(
      {
        AgentVersion: '3.3.0.0',
        RequestedClientActions: [
          {
            ActionType: 'SessionType',
            ActionParameters: { SessionType: 'Port', Properties: { portNumber: '22' } }
          },
          { ActionType: 'KMSEncryption', ActionParameters: { KMSKeyId: 'k' } }
        ]
      },
      '1.0.0'
    );
    expect(response.ProcessedClientActions.map(a => [a.ActionType, a.ActionStatus])).toEqual([
      ['SessionType', 1],
      ['KMSEncryption', 3]
    ]);
    expect(response.Errors).toHaveLength(1);
  });
});
