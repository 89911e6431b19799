// yamlencode: libyaml's emitter as go-cty-yaml drives it, block style. Strings are double-quoted (escapes as
// libyaml writes them, a long one folded at a space once past column 80), or a literal block when they hold
// a line break and nothing a block cannot carry; numbers plain, without exponent; empty collections in
// flow style ({} and []); a sequence inside a mapping starts at the key's column.

import { entriesOf, isList, isObject, numberToString, type HclObject, type HclValue } from '../value.js';
import { callError } from './support.js';

const BEST_WIDTH = 80;
const ESCAPES: Readonly<Record<number, string>> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P'
};

/** libyaml's is_printable, over code points (it refuses every character outside the BMP, and the BOM). */
const isPrintable = (code: number): boolean =>
  code === 0x0a ||
  (code >= 0x20 && code <= 0x7e) ||
  (code >= 0xa0 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff);
const isBreak = (code: number): boolean =>
  code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;

function escape(code: number): string {
  const short = ESCAPES[code];
  if (short !== undefined) return `\\${short}`;
  const [letter, width] = code <= 0xff ? ['x', 2] : code <= 0xffff ? ['u', 4] : ['U', 8];
  return `\\${letter}${code.toString(16).toUpperCase().padStart(width, '0')}`;
}

/** A double-quoted scalar starting at `column`; past the best width, a space becomes a break to `indent`. */
function doubleQuoted(text: string, column: number, indent: number, allowBreaks: boolean): string {
  const chars = Array.from(text);
  let out = '"';
  let col = column + 1;
  let spaces = false;
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    const code = char.codePointAt(0)!;
    if (!isPrintable(code) || isBreak(code) || char === '"' || char === '\\') {
      const escaped = escape(code);
      out += escaped;
      col += escaped.length;
      spaces = false;
    } else if (char === ' ') {
      if (allowBreaks && !spaces && col > BEST_WIDTH && index > 0 && index < chars.length - 1) {
        out += '\n' + ' '.repeat(indent);
        col = indent;
        if (chars[index + 1] === ' ') {
          out += '\\';
          col++;
        }
      } else {
        out += ' ';
        col++;
      }
      spaces = true;
    } else {
      out += char;
      col++;
      spaces = false;
    }
  }
  return out + '"';
}

/** Whether libyaml may write `text` as a literal block: a break in it, and no tab, trailing space or space before a break. */
function literalAllowed(text: string): boolean {
  if (!/[\n]/.test(text)) return false;
  const codes = Array.from(text, char => char.codePointAt(0)!);
  if (codes.some(code => !isPrintable(code) && code !== 0x0a)) return false;
  return !/ $/.test(text) && !/ \n/.test(text);
}

function literal(text: string, indent: number): string {
  const indentHint = text.startsWith(' ') || text.startsWith('\n') ? '2' : '';
  const chomp = !text.endsWith('\n') ? '-' : text === '\n' || text.endsWith('\n\n') ? '+' : '';
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = body.split('\n').map(line => (line === '' ? '' : ' '.repeat(indent) + line));
  return `|${indentHint}${chomp}\n${lines.join('\n')}`;
}

/** A scalar at `column`, in a container whose contents sit at `indent` (libyaml: a scalar's indent is one step in). */
function scalar(value: HclValue, column: number, indent: number): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw callError('cannot serialize infinity as YAML');
    return numberToString(value);
  }
  const text = value as string;
  return literalAllowed(text) ? literal(text, indent) : doubleQuoted(text, column, indent, true);
}

const isEmptyCollection = (value: HclValue): boolean =>
  (isList(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
const isBlock = (value: HclValue): boolean => (isList(value) || isObject(value)) && !isEmptyCollection(value);

/** A block node whose first line continues the current one (after "- " or at the start), lines at `indent`. */
function block(value: HclValue, indent: number, column: number): string {
  if (isEmptyCollection(value)) return isList(value) ? '[]' : '{}';
  if (!isBlock(value)) return scalar(value, column, indent + 2);
  const pad = ' '.repeat(indent);
  if (isList(value))
    return value
      .map((item, index) => {
        // A block item's lines sit two in; a scalar item's own indent is the sequence's plus two, as libyaml's.
        const content = isBlock(item) ? block(item, indent + 2, indent + 2) : block(item, indent, indent + 2);
        return `${index === 0 ? '' : pad}- ${content}`;
      })
      .join('\n');
  return entriesOf(value as HclObject)
    .map(([key, item], index) => {
      const keyText = doubleQuoted(key, indent, indent, false);
      const start = `${index === 0 ? '' : pad}${keyText}:`;
      if (!isBlock(item)) return `${start} ${block(item, indent, indent + keyText.length + 2)}`;
      // A sequence in a mapping is not indented; a mapping in a mapping is.
      const childIndent = isList(item) ? indent : indent + 2;
      return `${start}\n${' '.repeat(childIndent)}${block(item, childIndent, childIndent)}`;
    })
    .join('\n');
}

export function yamlencodeValue(value: HclValue): string {
  return `${block(value, 0, 0)}\n`;
}
