// bcrypt ($2a$, as golang.org/x/crypto/bcrypt writes it): Blowfish's expensive key schedule (EksBlowfish)
// over the password and a 16-byte salt, then "OrpheanBeholderScryDoubt" encrypted 64 times. Blowfish's
// initial P-array and S-boxes are the hexadecimal digits of pi, computed here once instead of tabled.

const WORDS = 18 + 4 * 256;

/** The first `count` 32-bit words of pi's fractional part in hexadecimal (Machin: 16·atan(1/5) − 4·atan(1/239)). */
function piWords(count: number): Uint32Array {
  const bits = BigInt(count * 32 + 64);
  const one = 1n << bits;
  const atan = (inverse: bigint): bigint => {
    let sum = 0n;
    let power = one / inverse;
    const square = inverse * inverse;
    for (let k = 1n; power !== 0n; k += 2n) {
      sum += ((k / 2n) % 2n === 0n ? 1n : -1n) * (power / k);
      power /= square;
    }
    return sum;
  };
  const pi = 16n * atan(5n) - 4n * atan(239n);
  const fraction = (pi % one) >> 64n;
  const words = new Uint32Array(count);
  for (let index = 0; index < count; index++)
    words[index] = Number((fraction >> BigInt((count - 1 - index) * 32)) & 0xffffffffn);
  return words;
}

let initialState: Uint32Array | undefined;

class Blowfish {
  readonly p: Uint32Array;
  readonly s: Uint32Array;
  constructor() {
    initialState ??= piWords(WORDS);
    const state = initialState.slice();
    this.p = state.subarray(0, 18);
    this.s = state.subarray(18);
  }

  private f(x: number): number {
    const s = this.s;
    return (
      (((s[x >>> 24]! + s[256 + ((x >>> 16) & 0xff)]!) ^ s[512 + ((x >>> 8) & 0xff)]!) +
        s[768 + (x & 0xff)]!) >>>
      0
    );
  }

  encrypt(block: Uint32Array, offset: number): void {
    let left = block[offset]!;
    let right = block[offset + 1]!;
    for (let round = 0; round < 16; round += 2) {
      left = (left ^ this.p[round]!) >>> 0;
      right = (right ^ this.f(left)) >>> 0;
      right = (right ^ this.p[round + 1]!) >>> 0;
      left = (left ^ this.f(right)) >>> 0;
    }
    block[offset] = (right ^ this.p[17]!) >>> 0;
    block[offset + 1] = (left ^ this.p[16]!) >>> 0;
  }

  /** Blowfish's key schedule, with the salt mixed into every block encrypted (an all-zero salt: the plain one). */
  expandKey(key: Uint8Array, salt: Uint8Array | undefined): void {
    let keyIndex = 0;
    const keyWord = (): number => {
      let word = 0;
      for (let byte = 0; byte < 4; byte++) word = (word << 8) | key[keyIndex++ % key.length]!;
      return word >>> 0;
    };
    for (let index = 0; index < 18; index++) this.p[index] = (this.p[index]! ^ keyWord()) >>> 0;
    let saltIndex = 0;
    const saltWord = (): number => {
      if (salt === undefined) return 0;
      let word = 0;
      for (let byte = 0; byte < 4; byte++) word = (word << 8) | salt[saltIndex++ % salt.length]!;
      return word >>> 0;
    };
    const block = new Uint32Array(2);
    const fill = (target: Uint32Array): void => {
      for (let index = 0; index < target.length; index += 2) {
        block[0] = (block[0]! ^ saltWord()) >>> 0;
        block[1] = (block[1]! ^ saltWord()) >>> 0;
        this.encrypt(block, 0);
        target[index] = block[0]!;
        target[index + 1] = block[1]!;
      }
    };
    fill(this.p);
    fill(this.s);
  }
}

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const STANDARD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** bcrypt's base64: its own alphabet, no padding. */
export const bcryptBase64 = (bytes: Uint8Array): string =>
  Array.from(
    Buffer.from(bytes).toString('base64').replace(/=+$/, ''),
    char => BCRYPT_ALPHABET[STANDARD_ALPHABET.indexOf(char)]
  ).join('');

export const bcryptBase64Decode = (text: string): Buffer =>
  Buffer.from(Array.from(text, char => STANDARD_ALPHABET[BCRYPT_ALPHABET.indexOf(char)]).join(''), 'base64');

const MAGIC = Buffer.from('OrpheanBeholderScryDoubt');

/** The $2a$ hash of `password` (at most 72 bytes) with `cost` (4 to 31) and a 16-byte `salt`. */
export function bcryptHash(password: Uint8Array, cost: number, salt: Uint8Array): string {
  const key = Buffer.concat([password, Buffer.of(0)]);
  const cipher = new Blowfish();
  cipher.expandKey(key, salt);
  for (let round = 0; round < 2 ** cost; round++) {
    cipher.expandKey(key, undefined);
    cipher.expandKey(salt, undefined);
  }
  const text = new Uint32Array(6);
  for (let index = 0; index < 6; index++) text[index] = MAGIC.readUInt32BE(index * 4);
  for (let round = 0; round < 64; round++)
    for (let index = 0; index < 6; index += 2) cipher.encrypt(text, index);
  const hash = Buffer.alloc(24);
  text.forEach((word, index) => hash.writeUInt32BE(word, index * 4));
  return `$2a$${String(cost).padStart(2, '0')}$${bcryptBase64(salt)}${bcryptBase64(hash.subarray(0, 23))}`;
}
