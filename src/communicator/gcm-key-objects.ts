// A speed-up for AES-GCM in ssh2 without its optional native addon (the bundle leaves the addon
// out, so it is what the action runs). ssh2 then encrypts through node:crypto with one
// createCipheriv per SSH packet (GCM takes a fresh nonce per packet, and node:crypto cannot change
// a cipher's nonce) and one createDecipheriv per packet received, passing the raw key Buffer every
// time. On Node 24 node:crypto tells a Buffer from a key object by trying the key object's private
// slots and catching the TypeError, twice per call: an Error with a captured stack per packet,
// about a quarter of an upload's CPU. A KeyObject made once from the same bytes takes the first
// branch instead. The key, the cipher, the nonces and every byte on the wire stay the same.
import { createSecretKey, type KeyObject } from 'node:crypto';

/** ssh2 1.x's pure-JS AES-GCM cipher and decipher, by the fields this reads (see ssh2's protocol/crypto.js). */
interface Transport {
  _cipher?: { _encSSLName?: unknown; _encKey?: Buffer | KeyObject };
  _decipher?: { _decipherSSLName?: unknown; _decipherKey?: Buffer | KeyObject };
}

const GCM = new Set(['aes-128-gcm', 'aes-256-gcm']);

/**
 * Gives the connection's current AES-GCM cipher and decipher their key as a KeyObject, once per key
 * (a re-key brings new ones, so callers may call this again at any time). Anything else (the addon's
 * ciphers, another algorithm, a later ssh2 with other fields) is left as it is.
 */
export function useGcmKeyObjects(protocol: unknown): void {
  const transport = protocol as Transport | undefined;
  const cipher = transport?._cipher;
  if (cipher && GCM.has(cipher._encSSLName as string) && Buffer.isBuffer(cipher._encKey))
    cipher._encKey = createSecretKey(cipher._encKey);
  const decipher = transport?._decipher;
  if (decipher && GCM.has(decipher._decipherSSLName as string) && Buffer.isBuffer(decipher._decipherKey))
    decipher._decipherKey = createSecretKey(decipher._decipherKey);
}
