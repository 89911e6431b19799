// Go's time.ParseDuration, to the nanosecond and with its errors, for timeadd: "1.5h", "-2h5m", "300ms".

import { callError } from './support.js';

const UNIT_NANOS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n, // U+00B5 micro sign
  μs: 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n
};
const MAX_DURATION = (1n << 63n) - 1n;

/** Nanoseconds in a Go duration string; throws cty's call error with Go's message otherwise. */
export function parseDuration(text: string): bigint {
  const quoted = JSON.stringify(text);
  const invalid = (): never => {
    throw callError(`time: invalid duration ${quoted}`);
  };
  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return 0n;
  if (rest === '') invalid();
  let total = 0n;
  while (rest !== '') {
    const number = /^(\d*)(?:\.(\d*))?/.exec(rest)!;
    const [whole, integer, fraction] = [number[0], number[1]!, number[2]];
    if (integer === '' && (fraction === undefined || fraction === '')) invalid();
    rest = rest.slice(whole.length);
    const unitText = /^[^\d.]*/.exec(rest)![0];
    if (unitText === '') throw callError(`time: missing unit in duration ${quoted}`);
    const unit = UNIT_NANOS[unitText];
    if (unit === undefined)
      throw callError(`time: unknown unit ${JSON.stringify(unitText)} in duration ${quoted}`);
    rest = rest.slice(unitText.length);
    let value = BigInt(integer || '0') * unit;
    if (fraction !== undefined && fraction !== '')
      value += (BigInt(fraction) * unit) / 10n ** BigInt(fraction.length);
    total += value;
    if (total > MAX_DURATION + (negative ? 1n : 0n)) invalid();
  }
  return negative ? -total : total;
}
