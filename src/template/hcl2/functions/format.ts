// format and formatlist: cty's printf (format.go and its Ragel scanner format_fsm.rl), verb by verb:
// %v %#v %t %s %q, the number verbs of go-numbers.ts, flags, width, precision and explicit [n] indexes.
// Offsets in messages are byte offsets into the format string, as Go reports them.

import { BOOL, NUMBER, STRING, convert, isList, numberToString, type HclValue } from '../value.js';
import { formatFloat, formatInteger, shortestG, type NumberVerb } from './go-numbers.js';
import { ctyJson } from './json.js';
import { HclFunctionError, type HclFunction } from './types.js';
import {
  anyParam,
  argumentError,
  callError,
  goQuote,
  graphemes,
  stringParam,
  utf8Length
} from './support.js';

interface Verb extends NumberVerb {
  readonly raw: string;
  /** Byte offset of the verb's '%'. */
  readonly offset: number;
  readonly argNumber: number;
}

/** Go's %q of a rune: 'x'. */
const quoteRune = (rune: string): string => `'${rune === "'" ? "\\'" : rune}'`;

function padWidth(verb: Verb, text: string): string {
  const missing = verb.width - graphemes(text).length;
  if (verb.width < 0 || missing <= 0) return text;
  const pad = (verb.zero ? '0' : ' ').repeat(missing);
  return verb.minus ? text + pad : pad + text;
}

function converted(verb: Verb, value: HclValue, type: typeof STRING): HclValue {
  try {
    return convert(value, type);
  } catch (error) {
    throw callError(
      `unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: ${(error as Error).message}`
    );
  }
}

function formatValue(verb: Verb, value: HclValue): string {
  if (verb.mode !== 'v' && value === null)
    throw callError(
      `unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: null value cannot be formatted`
    );
  switch (verb.mode) {
    case 'v':
      if (!verb.sharp && typeof value === 'string') return padWidth(verb, value);
      if (!verb.sharp && typeof value === 'number') return padWidth(verb, shortestG(value));
      return padWidth(verb, ctyJson(value));
    case 't':
      return converted(verb, value, BOOL) ? 'true' : 'false';
    case 'b':
    case 'd':
    case 'o':
    case 'x':
    case 'X': {
      const number = converted(verb, value, NUMBER) as number;
      if (!Number.isInteger(number))
        throw callError(
          `unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: an integer is required`
        );
      return formatInteger(BigInt(numberToString(number)), verb);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'g':
    case 'G':
      return formatFloat(converted(verb, value, NUMBER) as number, verb);
    case 's':
    case 'q': {
      let text = converted(verb, value, STRING) as string;
      if (verb.precision > 0) text = graphemes(text).slice(0, verb.precision).join('');
      return padWidth(verb, verb.mode === 'q' ? ctyJson(text) : text);
    }
    default:
      throw callError(
        `unsupported format verb ${quoteRune(verb.mode)} in ${goQuote(verb.raw)} at offset ${verb.offset}`
      );
  }
}

/** Reads decimal digits at `index`: [value, next index]; value -1 when there are none. */
function digitsAt(text: string, index: number): [number, number] {
  let end = index;
  while (end < text.length && text[end]! >= '0' && text[end]! <= '9') end++;
  return [end === index ? -1 : Number(text.slice(index, end)), end];
}

/** cty's formatFSM: the formatted string, or an error naming the offset where the format string went wrong. */
export function formatString(format: string, args: readonly HclValue[]): string {
  const runes = format; // indexes below are UTF-16; messages convert them to byte offsets
  const byteOffset = (index: number): number => utf8Length(runes.slice(0, index));
  const unrecognized = (index: number): HclFunctionError => {
    const rune = String.fromCodePoint(runes.codePointAt(index)!);
    return callError(`unrecognized format character ${quoteRune(rune)} at offset ${byteOffset(index)}`);
  };
  let out = '';
  let nextArg = 1;
  let highest = 0;
  let index = 0;
  while (index < runes.length) {
    if (runes[index] !== '%') {
      out += runes[index++];
      continue;
    }
    if (runes[index + 1] === '%') {
      out += '%';
      index += 2;
      continue;
    }
    const start = index++;
    const flags = { plus: false, space: false, zero: false, minus: false, sharp: false };
    const FLAG_NAMES: Record<string, keyof typeof flags> = {
      '+': 'plus',
      ' ': 'space',
      '0': 'zero',
      '-': 'minus',
      '#': 'sharp'
    };
    while (index < runes.length && FLAG_NAMES[runes[index]!] !== undefined)
      flags[FLAG_NAMES[runes[index++]!]!] = true;
    let width = -1;
    if (index < runes.length && runes[index]! >= '1' && runes[index]! <= '9')
      [width, index] = digitsAt(runes, index);
    let precision = -1;
    if (runes[index] === '.') {
      [precision, index] = digitsAt(runes, index + 1);
      precision = Math.max(precision, 0); // "%.f": a precision of zero
    }
    let argNumber = nextArg;
    if (runes[index] === '[') {
      index++;
      if (!(runes[index]! >= '1' && runes[index]! <= '9'))
        throw index >= runes.length ? unfinished() : unrecognized(index);
      [argNumber, index] = digitsAt(runes, index);
      if (runes[index] !== ']') throw index >= runes.length ? unfinished() : unrecognized(index);
      index++;
    }
    if (index >= runes.length) throw unfinished();
    const mode = runes[index]!;
    if (!/[A-Za-z]/.test(mode)) throw unrecognized(index);
    index++;
    const verb: Verb = {
      ...flags,
      width,
      precision,
      mode,
      argNumber,
      raw: runes.slice(start, index),
      offset: byteOffset(start)
    };
    highest = Math.max(highest, argNumber);
    if (argNumber - 1 >= args.length)
      throw callError(
        `not enough arguments for ${goQuote(verb.raw)} at ${verb.offset}: need index ${argNumber} but have ${args.length} total`
      );
    out += formatValue(verb, args[argNumber - 1]!);
    nextArg = argNumber + 1;
  }
  if (highest < args.length) {
    // Argument indexes count the format string as argument 0, so the first unused value is at highest + 1.
    if (highest === 0) throw argumentError(highest + 1, 'too many arguments; no verbs in format string');
    throw argumentError(highest + 1, `too many arguments; only ${highest} used by format string`);
  }
  return out;

  function unfinished(): HclFunctionError {
    return callError(`invalid format string starting at offset ${utf8Length(runes)}`);
  }
}

function formatlist(format: string, args: readonly HclValue[]): string[] {
  if (args.length === 0) return [formatString(format, [])];
  let length = -1;
  let chooser = -1;
  args.forEach((arg, index) => {
    if (!isList(arg)) return;
    if (length === -1) {
      length = arg.length;
      chooser = index;
    } else if (arg.length !== length)
      throw argumentError(
        index + 1,
        `argument ${index + 1} has length ${arg.length}, which is inconsistent with argument ${chooser + 1} of length ${length}`
      );
  });
  if (length === 0) return [];
  const results: string[] = [];
  for (let iteration = 0; iteration < Math.max(length, 1); iteration++) {
    const values = args.map(arg => (isList(arg) ? arg[iteration]! : arg));
    try {
      results.push(formatString(format, values));
    } catch (error) {
      throw callError(`error on format iteration ${iteration}: ${(error as Error).message}`);
    }
  }
  return results;
}

export const FORMAT_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  format: {
    params: [stringParam('format')],
    variadic: anyParam('args', true),
    run: ([format, ...args]) => formatString(format as string, args)
  },
  formatlist: {
    params: [stringParam('format')],
    variadic: anyParam('args', true),
    run: ([format, ...args]) => formatlist(format as string, args)
  }
};
