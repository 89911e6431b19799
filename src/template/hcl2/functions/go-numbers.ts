// Go's fmt verbs for numbers as cty's format() reaches them: %e %E %f %g %G through big.Float's Format and
// %b %d %o %x %X through big.Int's. cty numbers are 512-bit decimals parsed from source text; a double's
// shortest decimal (what the template said: 0.1, 2.5) stands in for them, rounded as big rounds the 512-bit
// value: format("%.0f", 2.5) is "2" (half to even) and format("%.1f", 0.95) is "0.9" (0.95 is stored below).

export interface NumberVerb {
  readonly mode: string;
  readonly plus: boolean;
  readonly space: boolean;
  readonly zero: boolean;
  readonly minus: boolean;
  readonly sharp: boolean;
  /** -1 when not given. */
  readonly width: number;
  readonly precision: number;
}

/** big's decimal: value = 0.mant × 10^exp, mant without leading or trailing zeros ('' for zero). */
interface Decimal {
  mant: string;
  exp: number;
}

function toDecimal(magnitude: number): Decimal {
  if (magnitude === 0) return { mant: '', exp: 0 };
  const [digits, exponent] = magnitude.toExponential().split('e') as [string, string];
  const mant = digits.replace('.', '').replace(/0+$/, '');
  return { mant, exp: Number(exponent) + 1 };
}

const bitLength = (value: bigint): number => value.toString(2).length;

/**
 * Which side of the decimal a 512-bit big.Float of it lies on: cty parses "0.95" to the nearest 512-bit
 * binary fraction, which is a little below 0.95, so Go rounds %.1f of it down to "0.9". Exact: 'even'.
 */
function binarySide(d: Decimal): 'up' | 'down' | 'even' {
  const scale = d.mant.length - d.exp;
  if (scale <= 0) return 'even';
  const numerator = BigInt(d.mant);
  const denominator = 10n ** BigInt(scale);
  let shift = 512 - (bitLength(numerator) - bitLength(denominator));
  const scaled = (): bigint => (numerator << BigInt(shift)) / denominator;
  while (bitLength(scaled()) > 512) shift--;
  while (bitLength(scaled()) < 512) shift++;
  let mantissa = scaled();
  const remainder = (numerator << BigInt(shift)) - mantissa * denominator;
  if (2n * remainder > denominator || (2n * remainder === denominator && mantissa % 2n === 1n)) mantissa++;
  const difference = mantissa * denominator - (numerator << BigInt(shift));
  return difference > 0n ? 'up' : difference < 0n ? 'down' : 'even';
}

/** decimal.round: to n digits; a tie goes to the side the 512-bit value lies on, or to even when exact. */
function round(d: Decimal, n: number): void {
  if (n < 0 || n >= d.mant.length) return;
  const next = d.mant[n]!;
  let up = next >= '5';
  if (next === '5' && n + 1 === d.mant.length) {
    const side = binarySide(d);
    up = side === 'even' ? n > 0 && Number(d.mant[n - 1]) % 2 === 1 : side === 'up';
  }
  if (!up) {
    d.mant = d.mant.slice(0, n).replace(/0+$/, '');
    return;
  }
  let end = n;
  while (end > 0 && d.mant[end - 1] === '9') end--;
  if (end === 0) {
    d.mant = '1';
    d.exp++;
    return;
  }
  d.mant = d.mant.slice(0, end - 1) + String(Number(d.mant[end - 1]) + 1);
}

const digitAt = (d: Decimal, index: number): string =>
  index >= 0 && index < d.mant.length ? d.mant[index]! : '0';

function fmtE(d: Decimal, letter: string, precision: number): string {
  let out = d.mant[0] ?? '0';
  if (precision > 0) out += '.' + d.mant.slice(1, precision + 1).padEnd(precision, '0');
  const exp = d.mant.length > 0 ? d.exp - 1 : 0;
  return `${out}${letter}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function fmtF(d: Decimal, precision: number): string {
  let out = d.exp > 0 ? d.mant.slice(0, d.exp).padEnd(d.exp, '0') : '0';
  if (precision > 0) {
    out += '.';
    for (let index = 0; index < precision; index++) out += digitAt(d, d.exp + index);
  }
  return out;
}

/** big.Float.Append for e, f and g, without the sign. */
function floatText(magnitude: number, mode: string, precisionArg: number): string {
  if (!Number.isFinite(magnitude)) return 'Inf';
  const d = toDecimal(magnitude);
  const lower = mode.toLowerCase();
  const letter = mode === 'E' || mode === 'G' ? 'E' : 'e';
  let precision = precisionArg;
  const shortest = precision < 0;
  if (shortest) {
    if (lower === 'e') precision = d.mant.length - 1;
    else if (lower === 'f') precision = Math.max(d.mant.length - d.exp, 0);
    else precision = d.mant.length;
  } else if (lower === 'e') round(d, 1 + precision);
  else if (lower === 'f') round(d, d.exp + precision);
  else {
    if (precision === 0) precision = 1;
    round(d, precision);
  }
  if (lower === 'e') return fmtE(d, letter, precision);
  if (lower === 'f') return fmtF(d, precision);
  let eprec = precision;
  if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
  if (shortest) eprec = 6;
  const exp = d.exp - 1;
  if (exp < -4 || exp >= eprec) return fmtE(d, letter, Math.min(precision, d.mant.length) - 1);
  if (precision > d.exp) precision = d.mant.length;
  return fmtF(d, Math.max(precision - d.exp, 0));
}

/** big.Float.Format: %e %E %f %g %G with flags, width and precision (6 by default, shortest for %g). */
export function formatFloat(value: number, verb: NumberVerb): string {
  const defaultPrecision = verb.mode === 'g' || verb.mode === 'G' ? -1 : 6;
  const body = floatText(Math.abs(value), verb.mode, verb.precision >= 0 ? verb.precision : defaultPrecision);
  const negative = value < 0 || Object.is(value, -0);
  const sign = negative ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
  const padding = Math.max(verb.width - sign.length - body.length, 0);
  if (verb.zero && Number.isFinite(value)) return sign + '0'.repeat(padding) + body;
  if (verb.minus) return sign + body + ' '.repeat(padding);
  return ' '.repeat(padding) + sign + body;
}

const BASES: Readonly<Record<string, number>> = { b: 2, o: 8, d: 10, x: 16, X: 16 };
const PREFIXES: Readonly<Record<string, string>> = { b: '0b', o: '0', x: '0x', X: '0X' };

/** big.Int.Format: %b %d %o %x %X with flags, width and precision (the least number of digits). */
export function formatInteger(value: bigint, verb: NumberVerb): string {
  const sign = value < 0n ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
  const prefix = verb.sharp ? (PREFIXES[verb.mode] ?? '') : '';
  let digits = (value < 0n ? -value : value).toString(BASES[verb.mode]!);
  if (verb.mode === 'X') digits = digits.toUpperCase();
  let zeros = 0;
  if (verb.precision >= 0) {
    if (digits.length < verb.precision) zeros = verb.precision - digits.length;
    else if (digits === '0' && verb.precision === 0) return '';
  }
  let left = 0;
  let right = 0;
  const length = sign.length + prefix.length + zeros + digits.length;
  if (verb.width > length) {
    const extra = verb.width - length;
    if (verb.minus) right = extra;
    else if (verb.zero && verb.precision < 0) zeros = extra;
    else left = extra;
  }
  return ' '.repeat(left) + sign + prefix + '0'.repeat(zeros) + digits + ' '.repeat(right);
}

/** big.Float.Text('g', -1): how %v shows a number (1e+06 for a million, as Go does). */
export const shortestG = (value: number): string =>
  formatFloat(value, {
    mode: 'g',
    plus: false,
    space: false,
    zero: false,
    minus: false,
    sharp: false,
    width: -1,
    precision: -1
  });
