// Numeric functions, as cty's stdlib (number.go) defines them. cty numbers are arbitrary-precision; these
// work on doubles, which is what a template's numbers fit in (parseint of more than 53 bits loses digits).

import type { HclFunction } from './types.js';
import {
  anyParam,
  argumentError,
  callError,
  goQuote,
  numberParam,
  typeNameOf,
  wholeNumber
} from './support.js';

/** cty turns a NaN result into a panic (big.Float cannot hold NaN), reported as a failed call. */
function finiteOrPanic(value: number): number {
  if (Number.isNaN(value)) throw callError('panic in function implementation: Float.SetFloat64(NaN)');
  return value;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** big.Int.SetString: an optional sign, then digits of the base (letters fold to lower case up to base 36). */
function parseInteger(text: string, base: number): number | undefined {
  const match = /^([+-]?)(.+)$/s.exec(text);
  if (match === null) return undefined;
  let value = 0n;
  for (const char of match[2]!) {
    const digit = DIGITS.indexOf(base <= 36 ? char.toLowerCase() : char);
    if (digit < 0 || digit >= base) return undefined;
    value = value * BigInt(base) + BigInt(digit);
  }
  return Number(match[1] === '-' ? -value : value);
}

function parseint(number: unknown, baseArg: number): number {
  if (typeof number !== 'string')
    throw argumentError(0, `first argument must be a string, not ${typeNameOf(number)}`);
  const base = wholeNumber(baseArg, { argument: 1 });
  if (base < 2 || base > 62) throw argumentError(1, 'base must be a whole number between 2 and 62 inclusive');
  const parsed = parseInteger(number, base);
  if (parsed === undefined)
    throw argumentError(0, `cannot parse ${goQuote(number)} as a base ${base} integer`);
  return parsed;
}

const unary = (run: (value: number) => number): HclFunction => ({
  params: [numberParam('num')],
  run: ([value]) => run(value as number)
});

function extreme(pick: (a: number, b: number) => boolean): HclFunction {
  return {
    params: [],
    variadic: numberParam('numbers'),
    run: args => {
      if (args.length === 0) throw callError('must pass at least one number');
      return (args as number[]).reduce((best, value) => (pick(value, best) ? value : best));
    }
  };
}

export const NUMERIC_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  abs: unary(Math.abs),
  ceil: unary(Math.ceil),
  floor: unary(Math.floor),
  signum: unary(value => Math.sign(wholeNumber(value)) || 0),
  log: {
    params: [numberParam('num'), numberParam('base')],
    run: ([value, base]) => finiteOrPanic(Math.log(value as number) / Math.log(base as number))
  },
  pow: {
    params: [numberParam('num'), numberParam('power')],
    run: ([value, power]) => finiteOrPanic(Math.pow(value as number, power as number))
  },
  min: extreme((a, b) => a < b),
  max: extreme((a, b) => a > b),
  parseint: {
    params: [anyParam('number'), numberParam('base')],
    run: ([number, base]) => parseint(number, base as number)
  }
};
