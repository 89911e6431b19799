// Map functions, as cty's stdlib defines them (keys, values, lookup, merge, zipmap). Maps and objects are
// both plain objects in the value model, read in cty's key order through entriesOf.

import {
  STRING,
  entriesOf,
  isList,
  isObject,
  objectOf,
  sortedKeys,
  typeName,
  type HclObject,
  type HclValue
} from '../value.js';
import type { HclFunction } from './types.js';
import { anyParam, argumentError, callError, listOf, stringParam } from './support.js';

function keys(value: HclValue): string[] {
  if (!isObject(value)) throw argumentError(0, 'must have map or object type');
  return sortedKeys(value);
}

function values(value: HclValue): HclValue[] {
  if (!isObject(value)) throw callError('values() requires a map as the first argument');
  return entriesOf(value).map(([, item]) => item);
}

function lookup(map: HclValue, key: string, fallback: HclValue): HclValue {
  if (!isObject(map)) throw argumentError(0, 'lookup() requires a map as the first argument');
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key]! : fallback;
}

function merge(maps: readonly HclValue[]): HclObject {
  const merged: [string, HclValue][] = [];
  for (const map of maps) {
    if (map === null) continue;
    if (!isObject(map)) throw callError(`arguments must be maps or objects, got "${typeName(map)}"`);
    merged.push(...entriesOf(map));
  }
  // Later maps win: objectOf keeps the last value given for a key.
  return objectOf(merged);
}

function zipmap(keyList: readonly HclValue[], valueList: HclValue): HclObject {
  if (!isList(valueList)) throw callError('values argument must be a list or tuple value');
  if (keyList.length !== valueList.length)
    throw callError(
      `number of keys (${keyList.length}) does not match number of values (${valueList.length})`
    );
  return objectOf(
    keyList.map((key, index) => {
      if (key === null) throw callError(`keys list has null value at index ${index}`);
      return [key as string, valueList[index]!];
    })
  );
}

export const MAP_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  keys: { params: [anyParam('inputMap')], run: ([map]) => keys(map!) },
  values: { params: [anyParam('mapping')], run: ([map]) => values(map!) },
  lookup: {
    params: [anyParam('inputMap'), stringParam('key'), anyParam('default')],
    run: ([map, key, fallback]) => lookup(map!, key as string, fallback!)
  },
  merge: { params: [], variadic: anyParam('maps', true), run: merge },
  zipmap: {
    params: [{ name: 'keys', type: listOf(STRING) }, anyParam('values')],
    run: ([keyList, valueList]) => zipmap(keyList as HclValue[], valueList!)
  }
};
