// uuidv4 (the run's uuid source, so a test can fix it) and uuidv5 (RFC 4122 name-based, SHA-1), as
// go-cty-funcs' uuid package defines them with google/uuid's parser for a namespace given as a UUID.

import { createHash } from 'node:crypto';
import type { HclFunction } from './types.js';
import { callError, stringFunction } from './support.js';

const NAMESPACES: Readonly<Record<string, string>> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8'
};

/** google/uuid's Parse: 36 characters, {36}, urn:uuid:36, or 32 hex digits; its errors word for word. */
function parseUuid(text: string): Buffer {
  let body = text;
  const length = Buffer.byteLength(text, 'utf8');
  if (length === 45) {
    if (text.slice(0, 9).toLowerCase() !== 'urn:uuid:')
      throw new Error(`invalid urn prefix: ${JSON.stringify(text.slice(0, 9))}`);
    body = text.slice(9);
  } else if (length === 38) body = text.slice(1, 37);
  else if (length === 32) {
    if (!/^[0-9a-fA-F]{32}$/.test(text)) throw new Error('invalid UUID format');
    return Buffer.from(text, 'hex');
  } else if (length !== 36) throw new Error(`invalid UUID length: ${length}`);
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(body))
    throw new Error('invalid UUID format');
  return Buffer.from(body.replaceAll('-', ''), 'hex');
}

const format = (bytes: Buffer): string =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

function uuidv5(namespaceText: string, name: string): string {
  let namespace: Buffer;
  try {
    namespace = parseUuid(NAMESPACES[namespaceText] ?? namespaceText);
  } catch (error) {
    throw callError(`uuidv5() doesn't support namespace ${namespaceText} (${(error as Error).message})`);
  }
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  return format(hash);
}

export const UUID_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  uuidv4: { params: [], run: (_args, context) => context.uuid() },
  uuidv5: stringFunction(['namespace', 'name'], uuidv5)
};
