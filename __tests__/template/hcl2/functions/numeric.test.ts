// Numeric functions against Packer's documentation (functions/numeric/*.mdx), then cty's edges and errors.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

describe('numeric functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['abs', [23], 23],
    ['abs', [0], 0],
    ['abs', [-12.4], 12.4],
    ['ceil', [5], 5],
    ['ceil', [5.1], 6],
    ['floor', [5], 5],
    ['floor', [4.9], 4],
    ['log', [50, 10], 1.6989700043360185],
    ['log', [16, 2], 4],
    ['max', [12, 54, 3], 54],
    ['min', [12, 54, 3], 3],
    ['parseint', ['100', 10], 100],
    ['parseint', ['FF', 16], 255],
    ['parseint', ['-10', 16], -16],
    ['parseint', ['1011111011101111', 2], 48879],
    ['parseint', ['aA', 62], 656],
    ['pow', [3, 2], 9],
    ['pow', [4, 0], 1],
    ['signum', [-13], -1],
    ['signum', [0], 0],
    ['signum', [344], 1]
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toBe(expected);
  });

  it.each([
    [15, 4],
    [16, 4],
    [17, 5]
  ])('ceil(log(%d, 2)) is %d', (value, expected) => {
    expect(call('ceil', [call('log', [value, 2])])).toBe(expected);
  });

  it('reports an unparsable integer as the documentation shows', () => {
    expect(failure('parseint', ['12', 2])).toBe(
      'Invalid value for "number" parameter: cannot parse "12" as a base 2 integer.'
    );
  });
});

describe('numeric functions: edges and errors', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['max', ['7', 3], 7],
    ['ceil', [-1.5], -1],
    ['floor', [-1.5], -2],
    ['parseint', ['+7', 8], 7],
    ['parseint', ['zz', 36], 1295],
    ['parseint', ['ZZ', 36], 1295]
  ])('%s, case %#', (name, args, expected) => {
    expect(call(name, args)).toBe(expected);
  });

  it.each<[string, HclValue[], string]>([
    ['min', [], 'Call to function "min" failed: must pass at least one number.'],
    [
      'parseint',
      [10, 10],
      'Invalid value for "number" parameter: first argument must be a string, not number.'
    ],
    [
      'parseint',
      ['1', 63],
      'Invalid value for "base" parameter: base must be a whole number between 2 and 62 inclusive.'
    ],
    ['parseint', ['', 10], 'Invalid value for "number" parameter: cannot parse "" as a base 10 integer.'],
    [
      'signum',
      [0.5],
      'Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.'
    ],
    [
      'log',
      [-1, 10],
      'Call to function "log" failed: panic in function implementation: Float.SetFloat64(NaN).'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });
});
