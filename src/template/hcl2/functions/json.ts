// cty's JSON serialization (cty/json.Marshal), shared by jsonencode and format's %#v / %v: object keys in
// cty's order, numbers without exponent, and strings as Go's encoding/json writes them, which escapes
// <, > and & for HTML safety and the line separators U+2028 / U+2029 for JavaScript safety.

import { entriesOf, isList, numberToString, type HclValue } from '../value.js';
import { callError } from './support.js';

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f'
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A string as Go's json.Marshal writes it (a lone surrogate, invalid UTF-8 to Go, becomes U+FFFD). */
export function goJsonString(text: string): string {
  const escaped = text
    .replace(LONE_SURROGATE, '\ufffd')
    // Control characters are what JSON must escape: the regular expression is about them on purpose.
    // eslint-disable-next-line no-control-regex
    .replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, char => {
      const short = SHORT_ESCAPES[char];
      if (short !== undefined) return short;
      return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
  return `"${escaped}"`;
}

export function ctyJson(value: HclValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw callError('cannot serialize infinity as JSON');
    return numberToString(value);
  }
  if (isList(value)) return `[${value.map(ctyJson).join(',')}]`;
  return `{${entriesOf(value)
    .map(([key, item]) => `${goJsonString(key)}:${ctyJson(item)}`)
    .join(',')}}`;
}

/** Go's quoteChar in encoding/json's syntax errors: 'x', '"', '\''. */
const quoteChar = (char: string): string =>
  char === "'" ? "'\\''" : char === '"' ? "'\"'" : `'${JSON.stringify(char).slice(1, -1)}'`;

/**
 * Checks `text` as Go's json.Decoder reads one value (cty's jsondecode), for its error wording:
 * "invalid character 'x' looking for beginning of value", "unexpected EOF", "extraneous data after JSON object".
 */
export function checkJsonSyntax(text: string): { error: string } | { end: number } {
  let index = 0;
  const fail = (context: string): never => {
    if (index >= text.length) throw new SyntaxError('unexpected EOF');
    throw new SyntaxError(
      `invalid character ${quoteChar(String.fromCodePoint(text.codePointAt(index)!))} ${context}`
    );
  };
  const space = (): void => {
    while (' \t\n\r'.includes(text[index] ?? '.')) index++;
  };
  const expect = (char: string, context: string): void => {
    space();
    if (text[index] !== char) fail(context);
    index++;
  };
  const string = (): void => {
    index++;
    for (;;) {
      const char = text[index];
      if (char === undefined) fail('in string literal');
      if (char === '"') break;
      if (char! < ' ') fail('in string literal');
      index++;
      if (char === '\\') {
        if (!'"\\/bfnrtu'.includes(text[index] ?? '.') || text[index] === undefined)
          fail('in string escape code');
        if (text[index++] === 'u')
          for (let digit = 0; digit < 4; digit++, index++)
            if (!/[0-9a-fA-F]/.test(text[index] ?? '')) fail('in \\u hexadecimal character escape');
      }
    }
    index++;
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === '{') {
      index++;
      space();
      if (text[index] === '}') return void index++;
      for (;;) {
        space();
        if (text[index] !== '"') fail('looking for beginning of object key string');
        string();
        expect(':', 'after object key');
        value();
        space();
        if (text[index] === '}') return void index++;
        expect(',', 'after object key:value pair');
      }
    }
    if (char === '[') {
      index++;
      space();
      if (text[index] === ']') return void index++;
      for (;;) {
        value();
        space();
        if (text[index] === ']') return void index++;
        expect(',', 'after array element');
      }
    }
    if (char === '"') return string();
    for (const literal of ['true', 'false', 'null'])
      if (char === literal[0]) {
        for (const expected of literal) {
          if (text[index] !== expected) fail(`in literal ${literal} (expecting ${quoteChar(expected)})`);
          index++;
        }
        return;
      }
    const number = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(index));
    if (number === null || number[0] === '' || number[0] === '-') {
      if (char === '-') index++;
      return fail(char === '-' ? 'in numeric literal' : 'looking for beginning of value');
    }
    index += number[0].length;
  };
  try {
    space();
    if (index >= text.length) return { error: 'EOF' };
    value();
    const end = index;
    space();
    // Go's Decoder.More() sees no more data before a closing bracket, so cty ignores what follows one.
    if (index < text.length && text[index] !== ']' && text[index] !== '}')
      return { error: 'extraneous data after JSON object' };
    return { end };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
