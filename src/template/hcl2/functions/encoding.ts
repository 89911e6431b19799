// Encoding functions: base64 (go-cty-funcs), base64gzip (Packer), urlencode, jsonencode / jsondecode and
// csvdecode (cty), textencodebase64 / textdecodebase64 (Packer's functions.go).

import { gzipSync } from 'node:zlib';
import { objectOf, type HclValue } from '../value.js';
import { CsvError, readCsv } from './csv.js';
import { checkJsonSyntax, ctyJson } from './json.js';
import { textEncoding } from './text-encodings.js';
import type { HclFunction } from './types.js';
import { anyParam, argumentError, callError, goQuote, stringFunction } from './support.js';

/** Go's base64.StdEncoding.DecodeString: padded standard alphabet, \r and \n ignored, nothing else. */
function strictBase64(text: string): Buffer | undefined {
  const body = text.replace(/[\r\n]/g, '');
  if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(body))
    return undefined;
  return Buffer.from(body, 'base64');
}

const utf8 = (bytes: Buffer): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

function base64decode(text: string): string {
  const bytes = strictBase64(text);
  if (bytes === undefined) throw callError(`failed to decode base64 data '${text}'`);
  const decoded = utf8(bytes);
  if (decoded === undefined)
    throw callError('the result of decoding the the provided string is not valid UTF-8');
  return decoded;
}

/** gzip as Go's compress/gzip writes its header (no name, no time, OS "unknown"); the deflate stream is zlib's. */
function base64gzip(text: string): string {
  const compressed = gzipSync(Buffer.from(text, 'utf8'));
  compressed[9] = 0xff;
  return compressed.toString('base64');
}

/** Go's url.QueryEscape: unreserved characters stay, a space becomes '+', the rest %XX of UTF-8. */
const urlencode = (text: string): string =>
  Array.from(Buffer.from(text, 'utf8'), byte => {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(char)) return char;
    return byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');

function fromJson(value: unknown): HclValue {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value !== null && typeof value === 'object')
    return objectOf(Object.entries(value).map(([key, item]) => [key, fromJson(item)]));
  return value as HclValue;
}

function jsondecode(text: string): HclValue {
  const checked = checkJsonSyntax(text);
  if ('error' in checked) throw callError(checked.error);
  return fromJson(JSON.parse(text.slice(0, checked.end)));
}

function csvdecode(text: string): HclValue {
  let records: string[][];
  try {
    records = readCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw callError(error.message);
    throw error;
  }
  const [headers, ...rows] = records;
  if (headers === undefined) throw callError('missing header line');
  const duplicate = headers.find((name, index) => headers.indexOf(name) !== index);
  if (duplicate !== undefined) throw callError(`duplicate column name ${goQuote(duplicate)}`);
  return rows.map(row => objectOf(headers.map((name, index) => [name, row[index]!])));
}

function encodingNamed(label: string): NonNullable<ReturnType<typeof textEncoding>> {
  const encoding = textEncoding(label);
  if (encoding === undefined)
    throw argumentError(1, `${goQuote(label)} is not a supported IANA encoding name or alias`);
  return encoding;
}

function textencodebase64(text: string, label: string): string {
  const encoding = encodingNamed(label);
  const bytes = encoding.encode(text);
  if (bytes === undefined)
    throw argumentError(
      0,
      `the given string contains characters that cannot be represented in ${encoding.name}`
    );
  return bytes.toString('base64');
}

function textdecodebase64(source: string, label: string): string {
  const encoding = encodingNamed(label);
  const bytes = strictBase64(source);
  if (bytes === undefined) {
    const offset = source.search(/[^A-Za-z0-9+/=\r\n]/);
    throw argumentError(
      0,
      `the given value is has an invalid base64 symbol at offset ${offset < 0 ? source.length : offset}`
    );
  }
  const text = encoding.decode(bytes);
  if (text === undefined || text.includes('\ufffd'))
    throw argumentError(0, `the given string contains symbols that are not defined for ${encoding.name}`);
  return text;
}

export const ENCODING_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  base64encode: stringFunction(['str'], text => Buffer.from(text, 'utf8').toString('base64')),
  base64decode: stringFunction(['str'], base64decode),
  base64gzip: stringFunction(['str'], base64gzip),
  urlencode: stringFunction(['str'], urlencode),
  jsonencode: { params: [anyParam('val', true)], run: ([value]) => ctyJson(value!) },
  jsondecode: stringFunction(['str'], jsondecode),
  csvdecode: stringFunction(['str'], csvdecode),
  textencodebase64: stringFunction(['string', 'encoding'], textencodebase64),
  textdecodebase64: stringFunction(['source', 'encoding'], textdecodebase64)
};
