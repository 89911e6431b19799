// The KeyObject speed-up for ssh2's pure-JS AES-GCM (the bundle's path, with no native addon):
// the packets it encrypts must be the very bytes ssh2 would have sent, and decrypt as before.
// ssh2's own cipher classes are used, forced onto their node:crypto implementation.
import { KeyObject, randomBytes } from 'node:crypto';
// @ts-expect-error ssh2's internal module has no types
import sshCrypto from 'ssh2/lib/protocol/crypto.js';
import { useGcmKeyObjects } from '../../src/communicator/gcm-key-objects.js';

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
function ends(name: string, key: Buffer, iv: Buffer) {
  const wire: Buffer[] = [];
  const received: Buffer[] = [];
  const cipher = createCipher({
    outbound: {
      onWrite: (data: Buffer) => wire.push(Buffer.from(data)),
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

/** Sends each payload through the cipher; packets are padded with random bytes, so the padding is fixed here. */
function send(cipher: Cipher, payloads: Buffer[]): void {
  for (const payload of payloads) {
    const packet = cipher.allocPacket(payload.length);
    payload.copy(packet, 5);
    packet.fill(7, 5 + payload.length);
    cipher.encrypt(packet);
  }
}

test.each(['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com'])(
  '%s: the same bytes on the wire, and they decrypt, with the keys as KeyObjects',
  name => {
    const info = CIPHER_INFO[name];
    const key = randomBytes(info.keyLen);
    const iv = randomBytes(info.ivLen);
    const payloads = [randomBytes(32 * 1024), randomBytes(100), randomBytes(5000)];

    const plain = ends(name, key, iv);
    const fast = ends(name, key, iv);
    useGcmKeyObjects({ _cipher: fast.cipher, _decipher: fast.decipher });
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

test('leaves ciphers it does not know alone', () => {
  const key = randomBytes(32);
  const other = { _cipher: { _encSSLName: 'chacha20', _encKey: key }, _decipher: undefined };
  useGcmKeyObjects(other);
  expect(other._cipher._encKey).toBe(key);
  expect(() => useGcmKeyObjects(undefined)).not.toThrow();
});
