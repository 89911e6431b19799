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
