// Hash and cryptographic functions, as go-cty-funcs' crypto package defines them: md5, sha1, sha256, sha512
// (hex of the UTF-8 bytes), bcrypt (random salt, cost 10 by default) and rsadecrypt (PKCS #1 v1.5).

import { createHash, createPrivateKey, randomBytes } from 'node:crypto';
import type { HclFunction } from './types.js';
import { bcryptHash } from './bcrypt.js';
import { callError, numberParam, stringFunction, stringParam, wholeNumber } from './support.js';

const hexDigest = (algorithm: string) => (text: string) =>
  createHash(algorithm).update(text, 'utf8').digest('hex');

/** golang.org/x/crypto/bcrypt's GenerateFromPassword: a cost under 4 means the default, 10. */
function bcrypt(args: readonly unknown[]): string {
  const [password, costArg] = args as [string, number | undefined];
  let cost = 10;
  if (costArg !== undefined) cost = wholeNumber(costArg);
  if (args.length > 2) throw callError('bcrypt() takes no more than two arguments');
  const bytes = Buffer.from(password, 'utf8');
  if (bytes.length > 72)
    throw callError('error occured generating password bcrypt: password length exceeds 72 bytes');
  if (cost < 4) cost = 10;
  if (cost > 31)
    throw callError(
      `error occured generating password crypto/bcrypt: cost ${cost} is outside allowed range (4,31)`
    );
  return bcryptHash(bytes, cost, randomBytes(16));
}

const DECRYPTION_ERROR = 'crypto/rsa: decryption error';

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let factor = base % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * factor) % modulus;
    factor = (factor * factor) % modulus;
  }
  return result;
}

const fromBase64Url = (text: string): bigint => BigInt(`0x${Buffer.from(text, 'base64url').toString('hex')}`);

/**
 * rsa.DecryptPKCS1v15 with an x509.ParsePKCS1PrivateKey key. The RSA step is done here with BigInt: Node
 * refuses PKCS #1 v1.5 padding in privateDecrypt since CVE-2023-46809.
 */
function rsadecrypt(ciphertext: string, pem: string): string {
  const body = ciphertext.replace(/[\r\n]/g, '');
  if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(body))
    throw callError(
      `failed to decode input ${JSON.stringify(ciphertext)}: cipher text must be base64-encoded`
    );
  const block = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(pem);
  if (block === null) throw callError('failed to parse key: no key found');
  if (/^Proc-Type:\s*4,ENCRYPTED/m.test(block[2]!))
    throw callError(
      'failed to parse key: password protected keys are not supported. Please decrypt the key prior to use'
    );
  let jwk: { n?: string; d?: string };
  try {
    const der = Buffer.from(block[2]!.replace(/^[\w-]+:.*$/gm, ''), 'base64');
    jwk = createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }).export({ format: 'jwk' });
  } catch {
    throw callError(
      'x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)'
    );
  }
  const modulus = fromBase64Url(jwk.n!);
  const size = (modulus.toString(16).length + 1) >> 1;
  const bytes = Buffer.from(body, 'base64');
  const cipher = BigInt(`0x${bytes.toString('hex') || '0'}`);
  if (bytes.length > size || cipher >= modulus) throw callError(DECRYPTION_ERROR);
  const encoded = Buffer.from(
    modPow(cipher, fromBase64Url(jwk.d!), modulus)
      .toString(16)
      .padStart(size * 2, '0'),
    'hex'
  );
  const separator = encoded.indexOf(0, 2);
  if (encoded[0] !== 0 || encoded[1] !== 2 || separator < 10) throw callError(DECRYPTION_ERROR);
  return encoded.subarray(separator + 1).toString('utf8');
}

export const CRYPTO_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  md5: stringFunction(['str'], hexDigest('md5')),
  sha1: stringFunction(['str'], hexDigest('sha1')),
  sha256: stringFunction(['str'], hexDigest('sha256')),
  sha512: stringFunction(['str'], hexDigest('sha512')),
  bcrypt: { params: [stringParam('str')], variadic: numberParam('cost'), run: args => bcrypt(args) },
  rsadecrypt: stringFunction(['ciphertext', 'privatekey'], rsadecrypt)
};
