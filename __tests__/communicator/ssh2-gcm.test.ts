// The speed-ups for ssh2's pure-JS AES-GCM (the bundle's path, with no native addon): the packets
// must be the very bytes ssh2's own cipher sends, nonce after nonce, and decrypt as before.
// ssh2's own cipher classes are used, forced onto their node:crypto implementation.
import { KeyObject, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
// @ts-expect-error ssh2's internal module has no types
import sshCrypto from 'ssh2/lib/protocol/crypto.js';
import { speedUpGcm } from '../../src/communicator/ssh2-gcm.js';

interface Cipher {
  allocPacket(payloadLen: number): Buffer;
  encrypt(packet: Buffer): void;
}
interface Decipher {
  decrypt(data: Buffer, p: number, dataLen: number): void;
}
const { CIPHER_INFO, createCipher, createDecipher } = sshCrypto as {
  CIPHER_INFO: Record<string, { keyLen: number; ivLen: number }>;
  createCipher(config: unknown): Cipher;
  createDecipher(config: unknown): Decipher;
};

/** A cipher and a decipher on the same key and nonce, as the two ends of one direction of a connection. */
function ends(name: string, key: Buffer, iv: Buffer, socket?: Writable) {
  const wire: Buffer[] = [];
  const received: Buffer[] = [];
  const cipher = createCipher({
    outbound: {
      onWrite: (data: Buffer) => (socket ? socket.write(data) : wire.push(Buffer.from(data))),
      seqno: 0,
      cipherInfo: CIPHER_INFO[name],
      cipherIV: Buffer.from(iv),
      cipherKey: Buffer.from(key),
      forceNative: true
    }
  });
  const decipher = createDecipher({
    inbound: {
      // Returning nothing lets the decipher go on to the next packet.
      onPayload: (payload: Buffer) => void received.push(Buffer.from(payload)),
      seqno: 0,
      decipherInfo: CIPHER_INFO[name],
      decipherIV: Buffer.from(iv),
      decipherKey: Buffer.from(key),
      forceNative: true
    }
  });
  return { cipher, decipher, wire, received };
}

/** A packet for a payload; padding is random, so it is fixed here to compare the two ciphers. */
function packetFor(cipher: Cipher, payload: Buffer): Buffer {
  const packet = cipher.allocPacket(payload.length);
  payload.copy(packet, 5);
  packet.fill(7, 5 + payload.length);
  return packet;
}

function send(cipher: Cipher, payloads: Buffer[]): void {
  for (const payload of payloads) cipher.encrypt(packetFor(cipher, payload));
}

/** A nonce whose invocation counter carries through three bytes within the first packets. */
const nonce = (fixed: Buffer) =>
  Buffer.concat([fixed.subarray(0, 4), Buffer.from('0000000000fffffe', 'hex')]);

test.each(['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com'])(
  '%s: the same bytes on the wire, and they decrypt, with the keys as KeyObjects',
  name => {
    const info = CIPHER_INFO[name];
    const key = randomBytes(info.keyLen);
    const iv = nonce(randomBytes(info.ivLen));
    const payloads = [
      randomBytes(32 * 1024),
      randomBytes(100),
      randomBytes(5000),
      randomBytes(1),
      randomBytes(32 * 1024)
    ];

    const plain = ends(name, key, iv);
    const fast = ends(name, key, iv);
    speedUpGcm({ _cipher: fast.cipher, _decipher: fast.decipher });
    expect((fast.cipher as unknown as { _encKey: unknown })._encKey).toBeInstanceOf(KeyObject);
    expect((fast.decipher as unknown as { _decipherKey: unknown })._decipherKey).toBeInstanceOf(KeyObject);

    send(plain.cipher, payloads);
    send(fast.cipher, payloads);
    const wire = Buffer.concat(fast.wire);
    expect(wire.equals(Buffer.concat(plain.wire))).toBe(true);

    fast.decipher.decrypt(wire, 0, wire.length);
    expect(fast.received).toEqual(payloads);
  }
);

test('a packet allocated while another is being built, and one larger than the reused buffer, come out as ssh2 sends them', () => {
  const name = 'aes128-gcm@openssh.com';
  const key = randomBytes(16);
  const iv = nonce(randomBytes(12));
  const plain = ends(name, key, iv);
  const fast = ends(name, key, iv);
  speedUpGcm({ _cipher: fast.cipher, _decipher: fast.decipher });
  const [outer, inner, large] = [randomBytes(20_000), randomBytes(300), randomBytes(60_000)];
  for (const { cipher } of [plain, fast]) {
    const first = packetFor(cipher, outer);
    const second = packetFor(cipher, inner);
    cipher.encrypt(second);
    cipher.encrypt(first);
    send(cipher, [large, inner]);
  }
  expect(Buffer.concat(fast.wire).equals(Buffer.concat(plain.wire))).toBe(true);
});

test("the packets sent in one tick reach the socket in one write, as ssh2's bytes", async () => {
  const name = 'aes128-gcm@openssh.com';
  const key = randomBytes(16);
  const iv = nonce(randomBytes(12));
  /** What the socket was handed, one entry per system call it would make. */
  const calls: Buffer[] = [];
  const socket = new Writable({
    write: (chunk: Buffer, _encoding, done) => (calls.push(Buffer.from(chunk)), done()),
    writev: (chunks, done) => (calls.push(Buffer.concat(chunks.map(c => c.chunk as Buffer))), done())
  });
  const plain = ends(name, key, iv);
  const fast = ends(name, key, iv, socket);
  speedUpGcm({ _cipher: fast.cipher, _decipher: fast.decipher }, socket);
  const payloads = [randomBytes(32 * 1024), randomBytes(32 * 1024), randomBytes(100)];
  send(plain.cipher, payloads);
  send(fast.cipher, payloads.slice(0, 2));
  await new Promise(resolve => setImmediate(resolve));
  send(fast.cipher, payloads.slice(2));
  await new Promise(resolve => setImmediate(resolve));
  // Two ticks, two writes (not three per packet), and the same bytes.
  expect(calls).toHaveLength(2);
  expect(Buffer.concat(calls).equals(Buffer.concat(plain.wire))).toBe(true);
});

test('leaves ciphers it does not know alone', () => {
  const key = randomBytes(32);
  const other = { _cipher: { _encSSLName: 'chacha20', _encKey: key }, _decipher: undefined };
  speedUpGcm(other);
  expect(other._cipher._encKey).toBe(key);
  expect(() => speedUpGcm(undefined)).not.toThrow();
});
