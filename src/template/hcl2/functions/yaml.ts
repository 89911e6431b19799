// yamldecode and yamlencode as zclconf/go-cty-yaml does them. Decoding: the `yaml` package parses (every
// scalar kept as text), then scalars are resolved by go-cty-yaml's YAML 1.1 rules (yes/no/on/off booleans,
// 1_000, timestamps to RFC 3339 strings, hex left as a string), with its anchors, merges and errors.
// Encoding: libyaml's block style as go-cty-yaml drives it: double-quoted strings (folded past column 80),
// literal blocks for multi-line strings, sequences in mappings not indented.

import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type Node } from 'yaml';
import { entriesOf, isList, numberToString, objectOf, type HclValue } from '../value.js';
import { formatRfc3339, goParse } from './rfc3339.js';
import type { HclFunction } from './types.js';
import { anyParam, callError, stringFunction } from './support.js';
import { yamlencodeValue } from './yaml-encode.js';

const BOOLEANS: Readonly<Record<string, boolean>> = Object.fromEntries([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(word => [word, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(word => [word, false])
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const INFINITIES: Readonly<Record<string, number>> = Object.fromEntries([
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map(word => [word, Infinity]),
  ...['-.inf', '-.Inf', '-.INF'].map(word => [word, -Infinity])
]);
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const TAG = 'tag:yaml.org,2002:';

/** go-cty-yaml's parseTimestamp: a four-digit year, then one of its layouts; the result in RFC 3339. */
function timestamp(text: string): string | undefined {
  const match =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d\d:\d\d)?)?$/.exec(
      text
    );
  if (
    match === null ||
    (match[4] === ' ' ? match[9] !== undefined : match[4] !== undefined && match[9] === undefined)
  )
    return undefined;
  const two = (part: string | undefined): string => (part ?? '0').padStart(2, '0');
  const normal = `${match[1]}-${two(match[2])}-${two(match[3])}T${two(match[5])}:${two(match[6])}:${two(match[7])}${match[9] ?? 'Z'}`;
  const parsed = goParse(normal);
  return 'layoutElem' in parsed ? undefined : formatRfc3339(parsed);
}

/** go-cty-yaml's resolveScalar: the value of a scalar given its tag and whether it was quoted. */
function resolveScalar(source: string, tag: string | undefined, quoted: boolean): HclValue {
  const short = tag?.startsWith(TAG) ? `!!${tag.slice(TAG.length)}` : tag;
  if (
    short !== undefined &&
    !['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp', '!!binary', '!'].includes(short)
  )
    throw callError(`unsupported tag ${JSON.stringify(short)}`);
  if (
    short === undefined ||
    short === '!!bool' ||
    short === '!!int' ||
    short === '!!float' ||
    short === '!!null' ||
    short === '!!timestamp'
  ) {
    if (quoted) return source;
    if (source in BOOLEANS && (short === undefined || short === '!!bool')) return BOOLEANS[source]!;
    if (NULLS.has(source) && (short === undefined || short === '!!null')) return null;
    if (source in INFINITIES && (short === undefined || short === '!!float')) return INFINITIES[source]!;
    if (/^\.nan$/i.test(source) && short === undefined)
      throw callError('floating point NaN is not supported');
    if (short === undefined || short === '!!timestamp') {
      const time = timestamp(source);
      if (time !== undefined) return time;
    }
    const plain = source.replaceAll('_', '');
    if (DECIMAL.test(plain) && short !== '!!null') return Number(plain);
    if (short === '!!int' || short === '!!float') {
      const integer = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+)$/.exec(plain);
      if (integer !== null)
        return Number(
          integer[1] === '-'
            ? -BigInt(integer[2]!.replace(/^0(?=[0-7])/, '0o'))
            : BigInt(integer[2]!.replace(/^0(?=[0-7])/, '0o'))
        );
    }
    if (short !== undefined) throw callError(`cannot parse ${JSON.stringify(source)} as ${short}`);
    return source;
  }
  if (short === '!!binary' && !/^[A-Za-z0-9+/\s]*={0,2}$/.test(source))
    throw callError(`cannot parse ${JSON.stringify(source)} as ${short}: not valid base64`);
  return source;
}

function decodeNode(
  node: Node | null,
  doc: Document,
  anchors: { pending: Set<string>; values: Map<string, HclValue> }
): HclValue {
  if (node === null) return null;
  if (isAlias(node)) {
    if (anchors.pending.has(node.source))
      throw callError(`cannot refer to anchor ${JSON.stringify(node.source)} from inside its own definition`);
    if (!anchors.values.has(node.source))
      throw callError(`reference to undefined anchor ${JSON.stringify(node.source)}`);
    return anchors.values.get(node.source)!;
  }
  const anchor = node.anchor;
  if (anchor !== undefined) anchors.pending.add(anchor);
  let value: HclValue;
  if (isScalar(node))
    value = resolveScalar(
      String(node.value),
      node.tag,
      node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE
    );
  else if (isSeq(node)) {
    if (node.tag !== undefined && node.tag !== `${TAG}seq`)
      throw callError(`can't interpret sequence as ${node.tag}`);
    value = node.items.map(item => decodeNode(item as Node, doc, anchors));
  } else if (isMap(node)) {
    if (node.tag !== undefined && node.tag !== `${TAG}map`)
      throw callError(`can't interpret mapping as ${node.tag}`);
    const entries: [string, HclValue][] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      if (keyNode !== null && !isScalar(keyNode) && !isAlias(keyNode))
        throw callError('only strings are allowed as mapping keys');
      const key =
        isScalar(keyNode) && keyNode.type === Scalar.PLAIN && keyNode.value === '<<'
          ? '<<'
          : decodeNode(keyNode, doc, anchors);
      const item = decodeNode(pair.value as Node | null, doc, anchors);
      if (key === '<<' && !(isScalar(keyNode) && keyNode.type !== Scalar.PLAIN)) {
        if (item === null || typeof item !== 'object' || isList(item))
          throw callError(
            `cannot merge ${item === null ? 'dynamic' : isList(item) ? 'tuple' : typeof item} into mapping`
          );
        entries.push(...entriesOf(item));
        continue;
      }
      if (key === null) throw callError('mapping key cannot be null');
      if (typeof key === 'object') throw callError('only strings are allowed as mapping keys');
      entries.push([typeof key === 'number' ? numberToString(key) : String(key), item]);
    }
    value = objectOf(entries);
  } else throw callError('unsupported YAML node');
  if (anchor !== undefined) {
    anchors.pending.delete(anchor);
    anchors.values.set(anchor, value);
  }
  return value;
}

function yamldecode(source: string): HclValue {
  const docs = parseAllDocuments(source, {
    schema: 'failsafe',
    merge: false,
    uniqueKeys: false,
    version: '1.1'
  });
  const list = Array.isArray(docs) ? docs : [];
  const problem = list.flatMap(doc => doc.errors)[0];
  if (problem !== undefined) {
    const [line, column] = problem.linePos?.[0] ? [problem.linePos[0].line, problem.linePos[0].col] : [0, 0];
    throw callError(`on line ${line}, column ${column}: ${problem.message.split(' at line ')[0]}`);
  }
  if (list.length > 1) throw callError('only a single document is allowed');
  if (list.length === 0) return null;
  return decodeNode(list[0]!.contents as Node | null, list[0]!, { pending: new Set(), values: new Map() });
}

export const YAML_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  yamldecode: stringFunction(['src'], yamldecode),
  yamlencode: { params: [anyParam('value', true)], run: ([value]) => yamlencodeValue(value!) }
};
