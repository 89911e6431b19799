// Hash, bcrypt, rsadecrypt and uuid functions against Packer's documentation (functions/crypto/*.mdx,
// functions/uuid/*.mdx); bcrypt's Blowfish is checked against the documented hash and OpenBSD's vectors.
import { constants, generateKeyPairSync, publicEncrypt } from 'node:crypto';
import { bcryptBase64Decode, bcryptHash } from '../../../../src/template/hcl2/functions/bcrypt.js';
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure, FIXED_UUID, makeContext } from './call.js';

describe('hash and uuid functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['md5', ['hello world'], '5eb63bbbe01eeed093cb22bb8f5acdc3'],
    ['sha1', ['hello world'], '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed'],
    ['sha256', ['hello world'], 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
    [
      'sha512',
      ['hello world'],
      '309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f'
    ],
    // Packer's page renamed Terraform's examples (www.terraform.io) but kept their outputs; the outputs are
    // those of the original names (Python's uuid.uuid5 agrees), and the renamed ones give b616cf0d-....
    ['uuidv5', ['dns', 'www.terraform.io'], 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
    ['uuidv5', ['url', 'https://www.terraform.io/'], '9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5'],
    ['uuidv5', ['dns', 'developer.hashicorp.com'], 'b616cf0d-ea43-5f64-bb24-cba3e34e78c3'],
    ['uuidv5', ['oid', '1.3.6.1.4'], 'af9d40a5-7a36-5c07-b23a-851cd99fbfa5'],
    ['uuidv5', ['x500', 'CN=Example,C=GB'], '84e09961-4aa4-57f8-95b7-03edb1073253'],
    [
      'uuidv5',
      ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.terraform.io'],
      'a5008fae-b28c-5ba5-96cd-82b4c53552d6'
    ],
    [
      'uuidv5',
      ['743ac3c0-3bf7-4a5b-9e6c-59360447c757', 'LIBS:diskfont.library'],
      'ede1a974-df7e-5f17-84b9-76208818b2c8'
    ]
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toBe(expected);
  });

  it('uuidv4 comes from the run context (the documented shape: 9fc99a70-7cd5-482d-bb2b-03af016e4e94)', () => {
    expect(call('uuidv4', [])).toBe(FIXED_UUID);
  });

  it.each([
    ['{6ba7b810-9dad-11d1-80b4-00c04fd430c8}'],
    ['urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8'],
    ['6ba7b8109dad11d180b400c04fd430c8']
  ])('uuidv5 reads the namespace %s as google/uuid does', namespace => {
    expect(call('uuidv5', [namespace, 'www.terraform.io'])).toBe('a5008fae-b28c-5ba5-96cd-82b4c53552d6');
  });

  it.each<[string, string]>([
    ['nope', 'invalid UUID length: 4'],
    ['urn:uuix:6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'invalid urn prefix: "urn:uuix:"'],
    ['6ba7b810x9dad-11d1-80b4-00c04fd430c8', 'invalid UUID format']
  ])('uuidv5 refuses the namespace %s', (namespace, reason) => {
    expect(failure('uuidv5', [namespace, 'x'])).toBe(
      `Call to function "uuidv5" failed: uuidv5() doesn't support namespace ${namespace} (${reason}).`
    );
  });
});

describe('bcrypt', () => {
  it('computes the documented hash of "hello world" from its salt', () => {
    // bcrypt("hello world") → $2a$10$D5grTTzcsqyvAeIAnY/mYOIqliCoG7eAMX0/oFcuD.iErkksEbcAa
    const salt = bcryptBase64Decode('D5grTTzcsqyvAeIAnY/mYO');
    expect(bcryptHash(Buffer.from('hello world'), 10, salt)).toBe(
      '$2a$10$D5grTTzcsqyvAeIAnY/mYOIqliCoG7eAMX0/oFcuD.iErkksEbcAa'
    );
  });

  it.each([
    ['', '$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.'],
    ['a', '$2a$06$m0CrhHm10qJ3lXRY.5zDGO3rS2KdeeWLuGmsfGlMfOxih58VYVfxe'],
    ['abcdefghijklmnopqrstuvwxyz', '$2a$06$.rCVZVOThsIa97pEDOxvGuRRgzG64bvtJ0938xuqzv18d3ZpQhstC'],
    ['~!@#$%^&*()      ~!@#$%^&*()PNBFRD', '$2a$06$fPIsBO8qRqkjj273rfaOI.HtSV9jLDpTbZn782DC6/t7qT67P6FfO']
  ])("matches OpenBSD's test vector for %j", (password, expected) => {
    const salt = bcryptBase64Decode(expected.slice(7, 29));
    expect(bcryptHash(Buffer.from(password), 6, salt)).toBe(expected);
  });

  it('salts every call and uses cost 10 unless told otherwise', () => {
    const first = call('bcrypt', ['hello world']) as string;
    expect(first).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/);
    expect(call('bcrypt', ['hello world'])).not.toBe(first);
    const salt = bcryptBase64Decode(first.slice(7, 29));
    expect(bcryptHash(Buffer.from('hello world'), 10, salt)).toBe(first);
    expect(call('bcrypt', ['x', 4])).toMatch(/^\$2a\$04\$/);
    expect(call('bcrypt', ['x', 2])).toMatch(/^\$2a\$10\$/);
  });

  it.each<[HclValue[], string]>([
    [
      ['x', 32],
      'Call to function "bcrypt" failed: error occured generating password crypto/bcrypt: cost 32 is outside allowed range (4,31).'
    ],
    [
      ['x'.repeat(73)],
      'Call to function "bcrypt" failed: error occured generating password bcrypt: password length exceeds 72 bytes.'
    ],
    [['x', 4, 5], 'Call to function "bcrypt" failed: bcrypt() takes no more than two arguments.']
  ])('refuses %j', (args, detail) => {
    expect(failure('bcrypt', args)).toBe(detail);
  });
});

describe('rsadecrypt', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' }
  });
  const encrypt = (text: string): string =>
    publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(text)).toString(
      'base64'
    );

  it('decrypts a PKCS #1 v1.5 ciphertext with a PEM key (the documented Hello, world!)', () => {
    expect(call('rsadecrypt', [encrypt('Hello, world!'), privateKey], makeContext())).toBe('Hello, world!');
  });

  it.each<[() => HclValue[], string]>([
    [
      () => ['not base64!', privateKey],
      'Call to function "rsadecrypt" failed: failed to decode input "not base64!": cipher text must be base64-encoded.'
    ],
    [
      () => [encrypt('x'), 'no key here'],
      'Call to function "rsadecrypt" failed: failed to parse key: no key found.'
    ],
    [
      () => [Buffer.from('garbage').toString('base64'), privateKey],
      'Call to function "rsadecrypt" failed: crypto/rsa: decryption error.'
    ]
  ])('refuses bad input, case %#', (args, detail) => {
    expect(failure('rsadecrypt', args())).toBe(detail);
  });
});
