// Key material as EC2 hands it out: CreateKeyPair returns an RSA key as PKCS#1 PEM and an
// ed25519 key in OpenSSH's format, with AWS's fingerprints (SHA-1 of the PKCS#8 private key
// for created RSA keys, MD5 of the public key for imported RSA keys, SHA-256 for ed25519).
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import ssh2 from 'ssh2';
import { Ec2Error } from './errors.js';

const { utils } = ssh2;

export interface GeneratedKey {
  privateKey: string;
  publicKey: string;
  fingerprint: string;
}

const colonHex = (buf: Buffer) => buf.toString('hex').replace(/(..)(?!$)/g, '$1:');

export function sha256Fingerprint(publicKeyLine: string): string {
  const blob = Buffer.from(publicKeyLine.trim().split(/\s+/)[1], 'base64');
  return createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

/**
 * An ed25519 pair in OpenSSH's format. ssh2's generator drops a leading zero byte of the public key
 * about once in 256 keys, writing a 31-byte key that neither ssh2 ("Malformed OpenSSH private key")
 * nor sshd ("error in libcrypto") can load: such a pair is thrown away and another made.
 */
function ed25519Pair(comment: string): { private: string; public: string } {
  for (;;) {
    const pair = utils.generateKeyPairSync('ed25519', { comment });
    if (!(utils.parseKey(pair.private) instanceof Error)) return pair;
  }
}

export function generateKey(type: 'rsa' | 'ed25519', comment: string): GeneratedKey {
  if (type === 'ed25519') {
    const pair = ed25519Pair(comment);
    return {
      privateKey: pair.private,
      publicKey: pair.public,
      fingerprint: sha256Fingerprint(pair.public)
    };
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  return {
    privateKey: pem,
    publicKey: publicLine(pem, comment),
    fingerprint: colonHex(createHash('sha1').update(pkcs8).digest())
  };
}

/** The OpenSSH one-line public key of a private or public key in any format ssh2 reads. */
export function publicLine(key: string, comment = ''): string {
  const parsed = utils.parseKey(key);
  if (parsed instanceof Error) throw parsed;
  const one = Array.isArray(parsed) ? parsed[0] : parsed;
  const line = `${one.type} ${one.getPublicSSH().toString('base64')}`;
  return comment ? `${line} ${comment}` : line;
}

/** ImportKeyPair: validate the public key and compute AWS's fingerprint for it. */
export function importPublicKey(material: string): {
  publicKey: string;
  type: 'rsa' | 'ed25519';
  fingerprint: string;
} {
  const line = material.trim();
  const parsed = utils.parseKey(line);
  if (parsed instanceof Error || Array.isArray(parsed)) {
    throw new Ec2Error('InvalidKey.Format', 'Key is not in valid OpenSSH public key format');
  }
  if (parsed.type === 'ssh-ed25519') {
    return { publicKey: line, type: 'ed25519', fingerprint: sha256Fingerprint(line) };
  }
  if (parsed.type !== 'ssh-rsa') {
    throw new Ec2Error('InvalidKey.Format', `Key type ${parsed.type} is not supported; use rsa or ed25519`);
  }
  const der = createPublicKey({ key: parsed.getPublicPEM(), format: 'pem' }).export({
    type: 'spki',
    format: 'der'
  });
  return { publicKey: line, type: 'rsa', fingerprint: colonHex(createHash('md5').update(der).digest()) };
}

/** A host key for an instance's sshd: the private key file and its public line. */
export function generateHostKey(): { privateKey: string; publicKey: string; fingerprint: string } {
  const pair = ed25519Pair('root@instance');
  return { privateKey: pair.private, publicKey: pair.public, fingerprint: sha256Fingerprint(pair.public) };
}
