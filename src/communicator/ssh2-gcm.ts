// Speed-ups for AES-GCM in ssh2 without its optional native addon (the bundle leaves the addon
// out, so this is what the action runs). ssh2 then encrypts through node:crypto, and per SSH
// packet (at most 32 KiB with OpenSSH: 6,400 of them for a 200 MB upload) it
// - allocates a fresh packet buffer and fills its few bytes of padding with randomFillSync;
// - calls createCipheriv (GCM takes a fresh nonce per packet, which node:crypto cannot change on a
//   cipher) with the raw key Buffer: on Node 24 node:crypto tells a Buffer from a key object by
//   trying the key object's private slots and catching the TypeError, twice per call, an Error
//   with a captured stack per packet; createDecipheriv on every packet received does the same.
// Here the key is a KeyObject made once, the padding comes from a 4 KiB block of randomFillSync
// output used up in order, and the plaintext packet is written into one reused buffer (the
// ciphertext is a new buffer from node:crypto either way). Fewer fresh buffers is most of the
// gain: they are what makes V8 run full garbage collections during an upload. Each packet is three
// socket writes (length, ciphertext, tag); the socket is corked until the end of the tick, so the
// packets of one SFTP write leave in one system call rather than as many small TCP segments
// (Nagle is off) that sshd reads one by one. The key, the cipher, the nonce sequence, random
// padding, and so every byte on the wire, are as ssh2's own.
import {
  createCipheriv,
  createSecretKey,
  randomFillSync,
  type CipherGCMTypes,
  type KeyObject
} from 'node:crypto';

/** ssh2 1.x's pure-JS AES-GCM cipher (AESGCMCipherNative in ssh2's protocol/crypto.js), by the fields used here. */
interface GcmCipher {
  _encSSLName?: unknown;
  _encKey?: Buffer | KeyObject;
  _encIV?: Buffer;
  _onWrite?: (data: Buffer) => void;
  _dead?: boolean;
  outSeqno?: number;
  allocPacket(payloadLen: number): Buffer;
  encrypt(packet: Buffer): void;
}

/** Its decipher (AESGCMDecipherNative), by the fields used here. */
interface GcmDecipher {
  _decipherSSLName?: unknown;
  _decipherKey?: Buffer | KeyObject;
}

interface Transport {
  _cipher?: GcmCipher;
  _decipher?: GcmDecipher;
}

const GCM = new Set(['aes-128-gcm', 'aes-256-gcm']);
/** ssh2's client packets carry at most 35,000 bytes; larger ones get a buffer of their own. */
const SCRATCH_BYTES = 36 * 1024;

/**
 * Speeds up the connection's current AES-GCM cipher and decipher; given the connection's socket,
 * the packets written in one tick also leave in one write. A re-key brings new ones, so
 * call it after every handshake. Anything else (the addon's ciphers, another algorithm, an ssh2
 * whose fields differ) is left as it is.
 */
export function speedUpGcm(protocol: unknown, socket?: unknown): void {
  const transport = protocol as Transport | undefined;
  const decipher = transport?._decipher;
  if (decipher && GCM.has(decipher._decipherSSLName as string) && Buffer.isBuffer(decipher._decipherKey))
    decipher._decipherKey = createSecretKey(decipher._decipherKey);
  const cipher = transport?._cipher;
  if (
    cipher &&
    GCM.has(cipher._encSSLName as string) &&
    Buffer.isBuffer(cipher._encKey) &&
    Buffer.isBuffer(cipher._encIV) &&
    cipher._encIV.length === 12 &&
    typeof cipher._onWrite === 'function' &&
    typeof cipher.outSeqno === 'number'
  )
    patchCipher(cipher, createSecretKey(cipher._encKey), corkable(socket));
}

/** The connection's socket (any Writable), whose writes can be held back and sent together. */
interface Corkable {
  cork(): void;
  uncork(): void;
}

function corkable(socket: unknown): Corkable | undefined {
  const s = socket as Partial<Corkable> | undefined;
  return typeof s?.cork === 'function' && typeof s.uncork === 'function' ? (s as Corkable) : undefined;
}

function patchCipher(cipher: GcmCipher, key: KeyObject, socket: Corkable | undefined): void {
  const name = cipher._encSSLName as string;
  const iv = cipher._encIV!;
  const onWrite = cipher._onWrite!;
  cipher._encKey = key;
  const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
  // The scratch buffer is lent to one packet at a time, from allocPacket until encrypt has read it;
  // a packet allocated meanwhile (or a large one) gets a buffer of its own.
  let lent = false;
  const padding = Buffer.allocUnsafe(4096);
  let paddingUsed = padding.length;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket!.uncork();
  };

  cipher.allocPacket = (payloadLen: number): Buffer => {
    // As ssh2: 4-byte length, 1-byte padding length, payload, 4 to 19 bytes of padding, to a multiple of 16.
    let packetLen = 4 + 1 + payloadLen;
    let padLen = 16 - ((packetLen - 4) & 15);
    if (padLen < 4) padLen += 16;
    packetLen += padLen;
    let packet: Buffer;
    if (!lent && packetLen <= scratch.length) {
      lent = true;
      packet = scratch.subarray(0, packetLen);
    } else packet = Buffer.allocUnsafe(packetLen);
    packet.writeUInt32BE(packetLen - 4, 0);
    packet[4] = padLen;
    if (paddingUsed + padLen > padding.length) {
      randomFillSync(padding);
      paddingUsed = 0;
    }
    padding.copy(packet, 5 + payloadLen, paddingUsed, paddingUsed + padLen);
    paddingUsed += padLen;
    return packet;
  };

  cipher.encrypt = (packet: Buffer): void => {
    if (cipher._dead) return;
    // Every packet is three writes (length, ciphertext, tag), and one SFTP write is several packets:
    // the socket sends all written in this tick in one system call (and fewer TCP segments).
    if (socket && !corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    const gcm = createCipheriv(name as CipherGCMTypes, key, iv);
    gcm.setAutoPadding(false);
    const length = Buffer.from(packet.subarray(0, 4));
    gcm.setAAD(length);
    const encrypted = gcm.update(packet.subarray(4));
    gcm.final();
    const tag = gcm.getAuthTag();
    // Read in full: the scratch buffer may go to the next packet, even one that writing this one starts.
    if (packet.buffer === scratch.buffer) lent = false;
    incrementNonce(iv);
    cipher.outSeqno = (cipher.outSeqno! + 1) >>> 0;
    onWrite(length);
    onWrite(encrypted);
    onWrite(tag);
  };
}

/** The invocation counter, the nonce's last 8 bytes, big-endian, plus one (RFC 5647, as ssh2 does). */
function incrementNonce(iv: Buffer): void {
  for (let i = 11; i >= 4; i--) {
    iv[i] = (iv[i] + 1) & 0xff;
    if (iv[i] !== 0) return;
  }
}
