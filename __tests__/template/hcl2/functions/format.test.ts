// format and formatlist: the documented examples (functions/string/format.mdx, formatlist.mdx), then Go's
// verbs as cty applies them (outputs checked against Go's fmt with big.Float / big.Int), then the errors.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

describe('format: the documented examples', () => {
  it.each<[HclValue[], HclValue]>([
    [['Hello, %s!', 'Ander'], 'Hello, Ander!'],
    [['There are %d lights', 4], 'There are 4 lights'],
    [['Hello, %s!', 'Valentina'], 'Hello, Valentina!']
  ])('format example %#', (args, expected) => {
    expect(call('format', args)).toBe(expected);
  });

  it.each<[HclValue[], HclValue]>([
    [
      ['Hello, %s!', ['Valentina', 'Ander', 'Olivia', 'Sam']],
      ['Hello, Valentina!', 'Hello, Ander!', 'Hello, Olivia!', 'Hello, Sam!']
    ],
    [
      ['%s, %s!', 'Salutations', ['Valentina', 'Ander', 'Olivia', 'Sam']],
      ['Salutations, Valentina!', 'Salutations, Ander!', 'Salutations, Olivia!', 'Salutations, Sam!']
    ]
  ])('formatlist example %#', (args, expected) => {
    expect(call('formatlist', args)).toEqual(expected);
  });
});

describe('format: verbs, flags, width and precision', () => {
  it.each<[string, HclValue[], string]>([
    ['%%', [], '%'],
    ['%v', ['text'], 'text'],
    ['%v', [1000000], '1e+06'],
    ['%v', [123456], '123456'],
    ['%v', [0.5], '0.5'],
    ['%v', [0.00001], '1e-05'],
    ['%v', [true], 'true'],
    ['%v', [null], 'null'],
    ['%v', [{ b: [1, 'x'], a: '<&>' }], '{"a":"\\u003c\\u0026\\u003e","b":[1,"x"]}'],
    ['%#v', ['hi'], '"hi"'],
    ['%#v', [1.5], '1.5'],
    ['%t', ['true'], 'true'],
    ['%t', [false], 'false'],
    ['%d', ['42'], '42'],
    ['%5d|%-5d|%05d', [42, 42, 42], '   42|42   |00042'],
    ['%+d % d', [5, 5], '+5  5'],
    ['%.3d', [7], '007'],
    ['%b %o %x %X', [10, 8, 255, 255], '1010 10 ff FF'],
    ['%#x %#o %#b', [255, 8, 5], '0xff 010 0b101'],
    ['%d', [-12], '-12'],
    ['%d', [1e21], '1000000000000000000000'],
    ['%f', [3.14159], '3.141590'],
    ['%.2f', [3.14159], '3.14'],
    ['%9.2f', [3.14159], '     3.14'],
    ['%-9.2f|', [3.14159], '3.14     |'],
    ['%09.2f', [-3.14159], '-00003.14'],
    ['%.0f %.0f %.0f', [2.5, 3.5, 0.5], '2 4 0'],
    ['%.2f', [0.125], '0.12'],
    ['%.1f %.1f %.2f', [0.95, 0.15, 1.005], '0.9 0.2 1.00'],
    ['%f', [1e21], '1000000000000000000000.000000'],
    ['%e', [123456.789], '1.234568e+05'],
    ['%E', [0.000123], '1.230000E-04'],
    ['%.2e', [0], '0.00e+00'],
    ['%g', [123456.789], '123456.789'],
    ['%g', [1e21], '1e+21'],
    ['%.3g', [123456.789], '1.23e+05'],
    ['%.3g', [1], '1'],
    ['%G', [1e-7], '1E-07'],
    ['%s', [5], '5'],
    ['%s', [true], 'true'],
    ['%.3s', ['abcdef'], 'abc'],
    ['%.1s', ['👾🕹️x'], '👾'],
    ['%5s|%-5s|', ['ab', 'ab'], '   ab|ab   |'],
    ['%05s', ['ab'], '000ab'],
    ['%q', ['a"b\n'], '"a\\"b\\n"'],
    ['%8q', ['x'], '     "x"'],
    ['%[2]s %[1]s', ['a', 'b'], 'b a'],
    ['%[2]s %s', ['a', 'b', 'c'], 'b c'],
    ['%[1]s %[1]s', ['a'], 'a a'],
    ['☃ %s', ['x'], '☃ x']
  ])('format(%j, ...) with %j', (spec, args, expected) => {
    expect(call('format', [spec, ...args])).toBe(expected);
  });
});

describe('format and formatlist: errors', () => {
  it.each<[string, HclValue[], string]>([
    [
      'format',
      ['%s'],
      'Call to function "format" failed: not enough arguments for "%s" at 0: need index 1 but have 0 total.'
    ],
    [
      'format',
      ['x', 1],
      'Invalid value for "args" parameter: too many arguments; no verbs in format string.'
    ],
    [
      'format',
      ['%s', 1, 2],
      'Invalid value for "args" parameter: too many arguments; only 1 used by format string.'
    ],
    [
      'format',
      ['%s', null],
      'Call to function "format" failed: unsupported value for "%s" at 0: null value cannot be formatted.'
    ],
    [
      'format',
      ['%d', 1.5],
      'Call to function "format" failed: unsupported value for "%d" at 0: an integer is required.'
    ],
    [
      'format',
      ['%y', 1],
      'Call to function "format" failed: unsupported format verb \'y\' in "%y" at offset 0.'
    ],
    ['format', ['ab%', 1], 'Call to function "format" failed: invalid format string starting at offset 3.'],
    [
      'format',
      ['☃%!', 1],
      'Call to function "format" failed: unrecognized format character \'!\' at offset 4.'
    ],
    [
      'format',
      ['%[0]s', 1],
      'Call to function "format" failed: unrecognized format character \'0\' at offset 2.'
    ],
    [
      'formatlist',
      ['%s %s', ['a', 'b'], ['c']],
      'Invalid value for "args" parameter: argument 2 has length 1, which is inconsistent with argument 1 of length 2.'
    ],
    [
      'formatlist',
      ['%s', ['a'], 'b'],
      'Call to function "formatlist" failed: error on format iteration 0: too many arguments; only 1 used by format string.'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });

  it('formatlist repeats a single value and skips nothing when no list is given', () => {
    expect(call('formatlist', ['%s-%s', 'x', ['a', 'b']])).toEqual(['x-a', 'x-b']);
    expect(call('formatlist', ['%s', 'x'])).toEqual(['x']);
    expect(call('formatlist', ['%s', []])).toEqual([]);
    expect(call('formatlist', ['plain'])).toEqual(['plain']);
  });
});
