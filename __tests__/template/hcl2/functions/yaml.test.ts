// yamldecode and yamlencode against Packer's documentation (functions/encoding/yaml*.mdx), then
// go-cty-yaml's YAML 1.1 scalars and libyaml's output style.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

describe('yaml functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['yamldecode', ['{"hello": "world"}'], { hello: 'world' }],
    ['yamldecode', ['true'], true],
    ['yamldecode', ['{a: &foo [1, 2, 3], b: *foo}'], { a: [1, 2, 3], b: [1, 2, 3] }],
    ['yamlencode', [{ a: 'b', c: 'd' }], '"a": "b"\n"c": "d"\n'],
    ['yamlencode', [{ foo: [1, 2, 3], bar: 'baz' }], '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
    [
      'yamlencode',
      [{ foo: [1, { a: 'b', c: 'd' }, 3], bar: 'baz' }],
      '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n'
    ]
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      '{a: &foo [1, *foo, 3]}',
      'Call to function "yamldecode" failed: cannot refer to anchor "foo" from inside its own definition.'
    ],
    ['{a: !not-supported foo}', 'Call to function "yamldecode" failed: unsupported tag "!not-supported".']
  ])('yamldecode(%j) fails as documented', (source, detail) => {
    expect(failure('yamldecode', [source])).toBe(detail);
  });
});

describe('yamldecode: go-cty-yaml scalars', () => {
  it.each<[string, HclValue]>([
    ['yes', true],
    ['Off', false],
    ['"yes"', 'yes'],
    ["'1'", '1'],
    ['~', null],
    ['', null],
    ['1_000', 1000],
    ['012', 12],
    ['0x1F', '0x1F'],
    ['!!int 0x1F', 31],
    ['-.inf', -Infinity],
    ['1.5e3', 1500],
    ['2001-12-14', '2001-12-14T00:00:00Z'],
    ['2001-12-14t21:59:43.10-05:00', '2001-12-14T21:59:43-05:00'],
    ['!!str 12', '12'],
    ['a: 1\nb: [x, "y"]\n', { a: 1, b: ['x', 'y'] }],
    ['base: &b {p: 1, q: 2}\nmore:\n  <<: *b\n  q: 3\n', { base: { p: 1, q: 2 }, more: { p: 1, q: 3 } }],
    // YAML 1.1 as go-cty-yaml reads it: a plain y is a boolean, even as a key.
    ['{x: 1, y: 2}', { true: 2, x: 1 }],
    ['1: one\ntrue: t', { '1': 'one', true: 't' }],
    ['text: |\n  line one\n  line two\n', { text: 'line one\nline two\n' }]
  ])('yamldecode(%j)', (source, expected) => {
    expect(call('yamldecode', [source])).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a: 1\n---\nb: 2\n', 'Call to function "yamldecode" failed: only a single document is allowed.'],
    ['*nothing', 'Call to function "yamldecode" failed: reference to undefined anchor "nothing".'],
    ['.nan', 'Call to function "yamldecode" failed: floating point NaN is not supported.'],
    ['!!int abc', 'Call to function "yamldecode" failed: cannot parse "abc" as !!int.'],
    ['{[1]: 2}', 'Call to function "yamldecode" failed: only strings are allowed as mapping keys.']
  ])('yamldecode(%j) fails', (source, detail) => {
    expect(failure('yamldecode', [source])).toBe(detail);
  });

  it('reports a syntax error with its position', () => {
    expect(failure('yamldecode', ['x: [1, 2'])).toMatch(
      /^Call to function "yamldecode" failed: on line 1, column 9: /
    );
  });
});

describe('yamlencode: libyaml style', () => {
  it.each<[HclValue, string]>([
    ['hello', '"hello"\n'],
    [1.5, '1.5\n'],
    [1e21, '1000000000000000000000\n'],
    [true, 'true\n'],
    [null, 'null\n'],
    [[], '[]\n'],
    [{}, '{}\n'],
    [{ a: [], b: {} }, '"a": []\n"b": {}\n'],
    [[[1, 2], [3]], '- - 1\n  - 2\n- - 3\n'],
    [{ a: { b: { c: 'd' } } }, '"a":\n  "b":\n    "c": "d"\n'],
    [{ a: { b: [1] } }, '"a":\n  "b":\n  - 1\n'],
    [{ s: 'line1\nline2' }, '"s": |-\n  line1\n  line2\n'],
    [{ s: 'line1\nline2\n' }, '"s": |\n  line1\n  line2\n'],
    ['a\n\nb\n', '|\n  a\n\n  b\n'],
    [' lead\nx', '|2-\n   lead\n  x\n'],
    [{ s: 'tab\there\n' }, '"s": "tab\\there\\n"\n'],
    [{ s: 'trailing \nspace' }, '"s": "trailing \\nspace"\n'],
    ['quote " and \\ and \u0085 and 😀 and é', '"quote \\" and \\\\ and \\N and \\U0001F600 and é"\n'],
    [{ 'key with "quote"': 1 }, '"key with \\"quote\\"": 1\n']
  ])('yamlencode(%j)', (value, expected) => {
    expect(call('yamlencode', [value])).toBe(expected);
  });

  it('folds a long double-quoted string at a space past column 80, as libyaml does', () => {
    const words = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ');
    const encoded = call('yamlencode', [{ description: words }]) as string;
    const lines = encoded.split('\n');
    expect(lines[0]!.length).toBeGreaterThan(80);
    expect(lines[0]!.endsWith(' ')).toBe(false);
    expect(lines[1]!.startsWith('  word')).toBe(true);
    expect(call('yamldecode', [encoded])).toEqual({ description: words });
  });
});
