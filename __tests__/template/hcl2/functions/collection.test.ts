// The collection, map and set functions against the examples in Packer's documentation
// (functions/collection/*.mdx, numeric/sum.mdx), then cty's edges and errors.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

type Case = [string, HclValue[], HclValue];

describe('collection functions: the documented examples', () => {
  it.each<Case>([
    ['alltrue', [['true', true]], true],
    ['alltrue', [[true, false]], false],
    ['anytrue', [['true']], true],
    ['anytrue', [[true]], true],
    ['anytrue', [[true, false]], true],
    ['anytrue', [[]], false],
    ['chunklist', [['a', 'b', 'c', 'd', 'e'], 2], [['a', 'b'], ['c', 'd'], ['e']]],
    ['chunklist', [['a', 'b', 'c', 'd', 'e'], 1], [['a'], ['b'], ['c'], ['d'], ['e']]],
    ['coalesce', ['a', 'b'], 'a'],
    ['coalesce', ['', 'b'], 'b'],
    ['coalesce', [1, 2], 1],
    ['coalesce', ['', 'b'], 'b'], // coalesce(["", "b"]...)
    [
      'coalescelist',
      [
        ['a', 'b'],
        ['c', 'd']
      ],
      ['a', 'b']
    ],
    ['coalescelist', [[], ['c', 'd']], ['c', 'd']],
    ['compact', [['a', '', 'b', 'c']], ['a', 'b', 'c']],
    [
      'concat',
      [
        ['a', ''],
        ['b', 'c']
      ],
      ['a', '', 'b', 'c']
    ],
    ['contains', [['a', 'b', 'c'], 'a'], true],
    ['contains', [['a', 'b', 'c'], 'd'], false],
    ['distinct', [['a', 'b', 'a', 'c', 'd', 'b']], ['a', 'b', 'c', 'd']],
    ['element', [['a', 'b', 'c'], 1], 'b'],
    ['element', [['a', 'b', 'c'], 3], 'a'],
    ['flatten', [[['a', 'b'], [], ['c']]], ['a', 'b', 'c']],
    ['flatten', [[[['a', 'b'], []], ['c']]], ['a', 'b', 'c']],
    ['index', [['a', 'b', 'c'], 'b'], 1],
    ['keys', [{ a: 1, c: 2, d: 3 }], ['a', 'c', 'd']],
    ['length', [[]], 0],
    ['length', [['a', 'b']], 2],
    ['length', [{ a: 'b' }], 1],
    ['length', ['hello'], 5],
    ['length', ['👾🕹️'], 2],
    ['lookup', [{ a: 'ay', b: 'bee' }, 'a', 'what?'], 'ay'],
    ['lookup', [{ a: 'ay', b: 'bee' }, 'c', 'what?'], 'what?'],
    [
      'merge',
      [
        { a: 'b', c: 'd' },
        { e: 'f', c: 'z' }
      ],
      { a: 'b', c: 'z', e: 'f' }
    ],
    ['range', [3], [0, 1, 2]],
    ['range', [1, 4], [1, 2, 3]],
    ['range', [1, 8, 2], [1, 3, 5, 7]],
    ['range', [1, 4, 0.5], [1, 1.5, 2, 2.5, 3, 3.5]],
    ['range', [4, 1], [4, 3, 2]],
    ['range', [10, 5, -2], [10, 8, 6]],
    ['reverse', [[1, 2, 3]], [3, 2, 1]],
    [
      'setintersection',
      [
        ['a', 'b'],
        ['b', 'c'],
        ['b', 'd']
      ],
      ['b']
    ],
    [
      'setproduct',
      [
        ['development', 'staging', 'production'],
        ['app1', 'app2']
      ],
      [
        ['development', 'app1'],
        ['development', 'app2'],
        ['staging', 'app1'],
        ['staging', 'app2'],
        ['production', 'app1'],
        ['production', 'app2']
      ]
    ],
    ['setproduct', [['development', 'staging', 'production'], []], []],
    ['setproduct', [['a'], ['b']], [['a', 'b']]],
    [
      'setproduct',
      [
        ['staging', 'production'],
        ['a', 2]
      ],
      [
        ['staging', 'a'],
        ['staging', '2'],
        ['production', 'a'],
        ['production', '2']
      ]
    ],
    // The documentation prints ["d", "b", "c", "a"] and warns that order is not kept; cty orders strings.
    ['setunion', [['a', 'b'], ['b', 'c'], ['d']], ['a', 'b', 'c', 'd']],
    ['slice', [['a', 'b', 'c', 'd'], 1, 3], ['b', 'c']],
    ['sort', [['e', 'd', 'a', 'x']], ['a', 'd', 'e', 'x']],
    ['sum', [[10, 13, 6, 4.5]], 33.5],
    ['values', [{ a: 3, c: 2, d: 1 }], [3, 2, 1]],
    [
      'zipmap',
      [
        ['a', 'b'],
        [1, 2]
      ],
      { a: 1, b: 2 }
    ]
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });
});

describe('collection functions: cty semantics', () => {
  it.each<[string, string, HclValue[], HclValue]>([
    ['coalesce converts to the common type', 'coalesce', [null, 1, 'a'], '1'],
    ['coalesce skips null', 'coalesce', [null, 'b'], 'b'],
    ['distinct unifies a mixed list to strings', 'distinct', [[1, '1', 'a']], ['1', 'a']],
    ['distinct compares deeply', 'distinct', [[{ a: 1 }, { a: 1 }]], [{ a: 1 }]],
    ['contains does not convert', 'contains', [[1, 2], '1'], false],
    ['element of a tuple', 'element', [[1, 'x'], 5], 'x'],
    ['flatten keeps nulls and maps', 'flatten', [[null, [{ a: [1] }]]], [null, { a: [1] }]],
    ['chunklist of zero size returns the whole list', 'chunklist', [['a', 'b'], 0], [['a', 'b']]],
    ['chunklist of an empty list', 'chunklist', [[], 3], []],
    ['keys of an empty map', 'keys', [{}], []],
    ['keys in lexical order', 'keys', [{ b: 1, a: 2, B: 3 }], ['B', 'a', 'b']],
    ['length of an object', 'length', [{ a: 1, b: 2 }], 2],
    ['lookup in an object with a default of another type', 'lookup', [{ a: 1 }, 'b', 'x'], 'x'],
    [
      'merge skips null and lets the later map win',
      'merge',
      [null, { a: 1 }, { a: 2, b: 3 }],
      { a: 2, b: 3 }
    ],
    ['merge of nothing', 'merge', [], {}],
    ['range with a fractional step stays decimal', 'range', [0, 0.35, 0.1], [0, 0.1, 0.2, 0.3]],
    ['range down to a negative limit', 'range', [-3], [0, -1, -2]],
    ['range of zero', 'range', [0], []],
    ['slice to the end', 'slice', [['a', 'b'], 2, 2], []],
    [
      'sort by code point, as Go sorts UTF-8 bytes',
      'sort',
      [['\uff5e', '😀', 'b', 'B']],
      ['B', 'b', '\uff5e', '😀']
    ],
    ['sum of strings that are numbers', 'sum', [['1', 2]], 3],
    [
      'zipmap with a repeated key keeps the last',
      'zipmap',
      [
        ['a', 'a'],
        [1, 2]
      ],
      { a: 2 }
    ],
    ['setunion converts numbers to strings', 'setunion', [['a'], [1]], ['1', 'a']],
    ['setunion orders numbers', 'setunion', [[3, 1], [2]], [1, 2, 3]],
    ['setintersection with an empty set', 'setintersection', [['a'], []], []],
    ['alltrue of an empty list', 'alltrue', [[]], true],
    ['alltrue treats null as false', 'alltrue', [[true, null]], false]
  ])('%s', (_name, fn, args, expected) => {
    expect(call(fn, args)).toEqual(expected);
  });
});

describe('collection functions: errors', () => {
  it.each<[string, HclValue[], string]>([
    [
      'length',
      [5],
      'Call to function "length" failed: argument must be a string, a collection type, or a structural type.'
    ],
    ['coalesce', [1, true], 'Call to function "coalesce" failed: all arguments must have the same type.'],
    ['coalesce', [null, ''], 'Call to function "coalesce" failed: no non-null, non-empty-string arguments.'],
    ['coalescelist', [[], []], 'Call to function "coalescelist" failed: no non-null arguments.'],
    [
      'coalescelist',
      ['a'],
      'Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples.'
    ],
    [
      'concat',
      [['a'], 'b'],
      'Invalid value for "seqs" parameter: all arguments must be lists or tuples; got string.'
    ],
    ['concat', [], 'Call to function "concat" failed: at least one argument is required.'],
    ['contains', ['abc', 'a'], 'Call to function "contains" failed: argument must be list, tuple, or set.'],
    [
      'element',
      [['a'], -1],
      'Call to function "element" failed: cannot use element function with a negative index.'
    ],
    [
      'element',
      [[], 0],
      'Call to function "element" failed: cannot use element function with an empty list.'
    ],
    ['element', [{ a: 1 }, 0], 'Call to function "element" failed: cannot read elements from object.'],
    [
      'element',
      [['a'], 1.5],
      'Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807.'
    ],
    ['flatten', ['a'], 'Call to function "flatten" failed: can only flatten lists, sets and tuples.'],
    ['index', [['a'], 'z'], 'Call to function "index" failed: item not found.'],
    ['index', [[], 'z'], 'Call to function "index" failed: cannot search an empty list.'],
    ['index', ['a', 'a'], 'Call to function "index" failed: argument must be a list or tuple.'],
    ['chunklist', [['a'], -1], 'Call to function "chunklist" failed: the size argument must be positive.'],
    [
      'distinct',
      [[1, true]],
      'Invalid value for "list" parameter: all list elements must have the same type.'
    ],
    ['keys', [['a']], 'Invalid value for "inputMap" parameter: must have map or object type.'],
    ['values', ['a'], 'Call to function "values" failed: values() requires a map as the first argument.'],
    [
      'lookup',
      ['a', 'b', 'c'],
      'Invalid value for "inputMap" parameter: lookup() requires a map as the first argument.'
    ],
    [
      'merge',
      [{ a: 1 }, 'x'],
      'Call to function "merge" failed: arguments must be maps or objects, got "string".'
    ],
    [
      'zipmap',
      [['a'], [1, 2]],
      'Call to function "zipmap" failed: number of keys (1) does not match number of values (2).'
    ],
    [
      'zipmap',
      [['a'], 'b'],
      'Call to function "zipmap" failed: values argument must be a list or tuple value.'
    ],
    ['range', [], 'Call to function "range" failed: must have one, two, or three arguments.'],
    ['range', [1, 2, 0], 'Invalid value for "params" parameter: step must not be zero.'],
    [
      'range',
      [1, 2, -1],
      'Invalid value for "params" parameter: end must be less than start when step is negative.'
    ],
    [
      'range',
      [2, 1, 1],
      'Invalid value for "params" parameter: end must be greater than start when step is positive.'
    ],
    [
      'range',
      [2000],
      'Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step.'
    ],
    [
      'reverse',
      ['abc'],
      'Invalid value for "list" parameter: can only reverse list or tuple values, not string.'
    ],
    [
      'slice',
      [['a'], -1, 1],
      'Invalid value for "start_index" parameter: start index must not be less than zero.'
    ],
    [
      'slice',
      [['a'], 2, 2],
      'Invalid value for "start_index" parameter: start index must not be greater than the length of the list.'
    ],
    [
      'slice',
      [['a'], 0, 2],
      'Invalid value for "end_index" parameter: end index must not be greater than the length of the list.'
    ],
    [
      'slice',
      [['a', 'b'], 2, 1],
      'Invalid value for "start_index" parameter: start index must not be greater than end index.'
    ],
    ['slice', ['ab', 0, 1], 'Invalid value for "list" parameter: must be a list or tuple value.'],
    [
      'sort',
      [['a', null]],
      'Call to function "sort" failed: given list element 1 is null; a null string cannot be sorted.'
    ],
    ['sum', [[]], 'Invalid value for "list" parameter: cannot sum an empty list.'],
    ['sum', ['a'], 'Invalid value for "list" parameter: cannot sum noniterable.'],
    [
      'sum',
      [{ a: 1 }],
      'Invalid value for "list" parameter: argument must be list, set, or tuple. Received object.'
    ],
    [
      'sum',
      [[1, 'x']],
      'Invalid value for "list" parameter: argument must be list, set, or tuple of number values.'
    ],
    ['setproduct', [['a']], 'Call to function "setproduct" failed: at least two arguments are required.'],
    ['setproduct', [['a'], 'b'], 'Invalid value for "sets" parameter: a set or a list is required.'],
    [
      'setproduct',
      [['a'], [1, true]],
      'Invalid value for "sets" parameter: all elements must be of the same type.'
    ],
    [
      'setunion',
      [[1], [true]],
      'Call to function "setunion" failed: given sets must all have compatible element types.'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });
});

describe('cty order of strings', () => {
  it('orders keys and sets by code point, as Go orders UTF-8 bytes', () => {
    expect(call('keys', [{ '\uff5e': 1, '😀': 2, a: 3 }])).toEqual(['a', '\uff5e', '😀']);
    expect(call('setunion', [['😀'], ['\uff5e']])).toEqual(['\uff5e', '😀']);
  });
});
