// Set functions, as cty's stdlib defines them (set.go; setproduct in collection.go). Sets are arrays without
// duplicates in cty's order (setOf); every argument arrives already converted to set(any) by the evaluator,
// and the sets are then brought to one element type, as cty's setOperationReturnType does.

import {
  ANY,
  ConversionError,
  convert,
  isList,
  setOf,
  valuesEqual,
  type HclType,
  type HclValue
} from '../value.js';
import { unifyTypes, unifyValues } from '../unify.js';
import type { HclFunction } from './types.js';
import { anyParam, argumentError, callError } from './support.js';

type List = readonly HclValue[];
const SET_OF_ANY: HclType = { kind: 'set', element: ANY };

/** Converts every set to the sets' common element type; a set that cannot be is named by its argument index. */
function commonSets(sets: readonly List[]): List[] {
  const elementTypes = sets.filter(set => set.length > 0).map(set => unifyValues(set) ?? ANY);
  const element = unifyTypes(elementTypes);
  if (element === undefined) throw callError('given sets must all have compatible element types');
  return sets.map((set, index) => {
    try {
      return convert(set, { kind: 'set', element }) as List;
    } catch (error) {
      if (error instanceof ConversionError) throw argumentError(index, error.message);
      throw error;
    }
  });
}

function setunion(sets: readonly List[]): HclValue {
  return setOf(commonSets(sets).flat());
}

function setintersection(sets: readonly List[]): HclValue {
  const [first, ...others] = commonSets(sets);
  return setOf(first!.filter(item => others.every(other => other.some(seen => valuesEqual(seen, item)))));
}

/** Every combination of one element from each argument, the last argument varying fastest. */
function setproduct(args: readonly HclValue[]): HclValue {
  if (args.length < 2) throw callError('at least two arguments are required');
  const lists = args.map((arg, index) => {
    if (!isList(arg)) throw argumentError(index, 'a set or a list is required');
    const element = arg.length === 0 ? ANY : unifyValues(arg);
    if (element === undefined) throw argumentError(index, 'all elements must be of the same type');
    return arg.map(item => convert(item, element));
  });
  let product: HclValue[][] = [[]];
  for (const list of lists) product = product.flatMap(prefix => list.map(item => [...prefix, item]));
  return product;
}

export const SET_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  setunion: {
    params: [{ name: 'first_set', type: SET_OF_ANY }],
    variadic: { name: 'other_sets', type: SET_OF_ANY },
    run: args => setunion(args as List[])
  },
  setintersection: {
    params: [{ name: 'first_set', type: SET_OF_ANY }],
    variadic: { name: 'other_sets', type: SET_OF_ANY },
    run: args => setintersection(args as List[])
  },
  setproduct: { params: [], variadic: anyParam('sets'), run: setproduct }
};
