// Sequence functions, as cty's stdlib (collection.go, sequence.go) and Packer's own (index, length, sum,
// alltrue, anytrue) define them. Lists, tuples and sets are all arrays in the value model, so where cty
// tells them apart by type the friendlier reading is taken (see the notes on coalescelist and concat).

import {
  ANY,
  compareStrings,
  BOOL,
  NUMBER,
  STRING,
  convert,
  isList,
  isObject,
  typeName,
  valuesEqual,
  type HclValue
} from '../value.js';
import { unifyValues } from '../unify.js';
import type { HclFunction } from './types.js';
import {
  anyParam,
  argumentError,
  callError,
  graphemes,
  listOf,
  numberParam,
  wholeNumber
} from './support.js';

type List = readonly HclValue[];

function length(value: HclValue): number {
  if (typeof value === 'string') return graphemes(value).length;
  if (isList(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  throw callError('argument must be a string, a collection type, or a structural type');
}

/** The first argument that is neither null nor "", after converting all of them to their common type. */
function coalesce(args: List): HclValue {
  const common = unifyValues(args);
  if (common === undefined) throw callError('all arguments must have the same type');
  for (const arg of args) {
    const value = convert(arg, common);
    if (value === null || value === '') continue;
    return value;
  }
  throw callError('no non-null, non-empty-string arguments');
}

function coalescelist(args: List): HclValue {
  if (args.length === 0) throw callError('at least one argument is required');
  // A null list is skipped (cty does so for a typed null; an untyped null literal it refuses).
  if (args.some(arg => arg !== null && !isList(arg)))
    throw callError('coalescelist arguments must be lists or tuples');
  const found = args.find(arg => arg !== null && (arg as List).length > 0);
  if (found === undefined) throw callError('no non-null arguments');
  return found;
}

function concat(args: List): HclValue {
  if (args.length === 0) throw callError('at least one argument is required');
  args.forEach((arg, index) => {
    if (!isList(arg))
      throw argumentError(index, `all arguments must be lists or tuples; got ${typeName(arg)}`);
  });
  return (args as List[]).flat();
}

function element(list: HclValue, indexArg: number): HclValue {
  if (indexArg < 0) throw callError('cannot use element function with a negative index');
  if (!isList(list)) throw callError(`cannot read elements from ${typeName(list)}`);
  const index = wholeNumber(indexArg, { wrap: 'invalid index: ' });
  if (list.length === 0) throw callError('cannot use element function with an empty list');
  return list[index % list.length]!;
}

function flatten(list: HclValue): HclValue {
  if (!isList(list)) throw callError('can only flatten lists, sets and tuples');
  return list.flatMap(item => (isList(item) ? (flatten(item) as List) : [item]));
}

function indexOf(list: HclValue, value: HclValue): number {
  if (!isList(list)) throw callError('argument must be a list or tuple');
  if (list.length === 0) throw callError('cannot search an empty list');
  const found = list.findIndex(item => valuesEqual(item, value));
  if (found < 0) throw callError('item not found');
  return found;
}

function chunklist(list: List, sizeArg: number): HclValue {
  const size = wholeNumber(sizeArg, { wrap: 'invalid size: ' });
  if (size < 0) throw callError('the size argument must be positive');
  if (list.length === 0) return [];
  if (size === 0) return [list];
  const chunks: List[] = [];
  for (let start = 0; start < list.length; start += size) chunks.push(list.slice(start, start + size));
  return chunks;
}

function slice(list: HclValue, startArg: number, endArg: number): HclValue {
  if (!isList(list)) throw argumentError(0, 'must be a list or tuple value');
  const start = wholeNumber(startArg, { argument: 1, wrap: 'invalid start index: ' });
  if (start < 0) throw argumentError(1, 'start index must not be less than zero');
  if (start > list.length)
    throw argumentError(1, 'start index must not be greater than the length of the list');
  const end = wholeNumber(endArg, { argument: 2, wrap: 'invalid end index: ' });
  if (end < 0) throw argumentError(2, 'end index must not be less than zero');
  if (end > list.length) throw argumentError(2, 'end index must not be greater than the length of the list');
  if (start > end) throw argumentError(1, 'start index must not be greater than end index');
  return list.slice(start, end);
}

function sort(list: List): HclValue {
  const nullAt = list.indexOf(null);
  if (nullAt >= 0) throw callError(`given list element ${nullAt} is null; a null string cannot be sorted`);
  return [...(list as string[])].sort(compareStrings);
}

/** Decimal places a number is written with, so range(0, 1, 0.1) steps by tenths without binary drift. */
const decimals = (value: number): number => (String(value).split(/e/i)[0]!.split('.')[1] ?? '').length;

function range(args: readonly number[]): number[] {
  if (args.length < 1 || args.length > 3) throw callError('must have one, two, or three arguments');
  const [first, second, third] = args as [number, number?, number?];
  const [start, end] = second === undefined ? [0, first] : [first, second];
  const step = third ?? (end < start ? -1 : 1);
  if (step === 0) throw argumentError(2, 'step must not be zero');
  const down = step < 0;
  if (down && end > start) throw argumentError(1, 'end must be less than start when step is negative');
  if (!down && end < start) throw argumentError(1, 'end must be greater than start when step is positive');
  const scale = 10 ** Math.min(Math.max(decimals(start), decimals(step)), 15);
  const values: number[] = [];
  for (let count = 0; ; count++) {
    const value = Math.round(start * scale + count * step * scale) / scale;
    if (down ? value <= end : value >= end) break;
    if (values.length >= 1024)
      throw callError(
        'more than 1024 values were generated; either decrease the difference between start and end or use a smaller step'
      );
    values.push(value);
  }
  return values;
}

const toNumber = (item: HclValue): HclValue => {
  try {
    return convert(item, NUMBER);
  } catch {
    return null;
  }
};

function sum(list: HclValue): number {
  if (!isList(list) && !isObject(list)) throw argumentError(0, 'cannot sum noniterable');
  const items = isList(list) ? list : Object.values(list);
  if (items.length === 0) throw argumentError(0, 'cannot sum an empty list');
  if (!isList(list))
    throw argumentError(0, `argument must be list, set, or tuple. Received ${typeName(list)}`);
  let total = 0;
  for (const item of items) {
    const value = toNumber(item);
    if (value === null) throw argumentError(0, 'argument must be list, set, or tuple of number values');
    total += value as number;
  }
  if (Number.isNaN(total)) throw callError("can't compute sum of opposing infinities");
  return total;
}

export const COLLECTION_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  length: { params: [anyParam('value')], run: ([value]) => length(value!) },
  coalesce: { params: [], variadic: anyParam('vals', true), run: coalesce },
  coalescelist: { params: [], variadic: anyParam('vals', true), run: coalescelist },
  compact: {
    params: [{ name: 'list', type: listOf(STRING) }],
    run: ([list]) => (list as List).filter(item => item !== null && item !== '')
  },
  concat: { params: [], variadic: anyParam('seqs'), run: concat },
  contains: {
    params: [anyParam('list'), anyParam('value')],
    run: ([list, value]) => {
      if (!isList(list!)) throw callError('argument must be list, tuple, or set');
      return list.some(item => valuesEqual(value!, item));
    }
  },
  distinct: {
    params: [{ name: 'list', type: listOf(ANY) }],
    run: ([list]) =>
      (list as List).filter((item, index, all) => all.findIndex(seen => valuesEqual(seen, item)) === index)
  },
  element: {
    params: [anyParam('list'), numberParam('index')],
    run: ([list, index]) => element(list!, index as number)
  },
  flatten: { params: [anyParam('list')], run: ([list]) => flatten(list!) },
  index: { params: [anyParam('list'), anyParam('value')], run: ([list, value]) => indexOf(list!, value!) },
  chunklist: {
    params: [{ name: 'list', type: listOf(ANY) }, numberParam('size')],
    run: ([list, size]) => chunklist(list as List, size as number)
  },
  reverse: {
    params: [anyParam('list')],
    run: ([list]) => {
      if (!isList(list!))
        throw argumentError(0, `can only reverse list or tuple values, not ${typeName(list!)}`);
      return [...list].reverse();
    }
  },
  slice: {
    params: [anyParam('list'), numberParam('start_index'), numberParam('end_index')],
    run: ([list, start, end]) => slice(list!, start as number, end as number)
  },
  sort: { params: [{ name: 'list', type: listOf(STRING) }], run: ([list]) => sort(list as List) },
  range: { params: [], variadic: numberParam('params'), run: args => range(args as number[]) },
  alltrue: {
    params: [{ name: 'list', type: listOf(BOOL) }],
    run: ([list]) => (list as List).every(item => item === true)
  },
  anytrue: {
    params: [{ name: 'list', type: listOf(BOOL) }],
    run: ([list]) => (list as List).some(item => item === true)
  },
  sum: { params: [anyParam('list')], run: ([list]) => sum(list!) }
};
