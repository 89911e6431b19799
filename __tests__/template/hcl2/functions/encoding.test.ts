// Encoding functions against Packer's documentation (functions/encoding/*.mdx), then Go's strictness.
import { gunzipSync } from 'node:zlib';
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

describe('encoding functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['base64decode', ['SGVsbG8gV29ybGQ='], 'Hello World'],
    ['base64encode', ['Hello World'], 'SGVsbG8gV29ybGQ='],
    [
      'csvdecode',
      ['a,b,c\n1,2,3\n4,5,6'],
      [
        { a: '1', b: '2', c: '3' },
        { a: '4', b: '5', c: '6' }
      ]
    ],
    ['jsondecode', ['{"hello": "world"}'], { hello: 'world' }],
    ['jsondecode', ['true'], true],
    ['jsonencode', [{ hello: 'world' }], '{"hello":"world"}'],
    ['textdecodebase64', ['SABlAGwAbABvACAAVwBvAHIAbABkAA==', 'UTF-16LE'], 'Hello World'],
    ['textencodebase64', ['Hello World', 'UTF-16LE'], 'SABlAGwAbABvACAAVwBvAHIAbABkAA=='],
    // The documentation shows "Hello%20World", but Packer's urlencode is Go's url.QueryEscape, which writes '+'.
    ['urlencode', ['Hello World'], 'Hello+World'],
    ['urlencode', ['☃'], '%E2%98%83'],
    ['urlencode', ['packer urlencode'], 'packer+urlencode']
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });

  it("base64gzip writes a gzip stream that unpacks to the string, with Go's header", () => {
    const encoded = call('base64gzip', ['test']) as string;
    const bytes = Buffer.from(encoded, 'base64');
    expect([...bytes.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    expect(gunzipSync(bytes).toString()).toBe('test');
  });
});

describe('encoding functions: cty and Go semantics', () => {
  it.each<[string, HclValue[], HclValue]>([
    [
      'jsonencode',
      [{ b: [1, 2.5, true, null], a: '<tag>&' }],
      '{"a":"\\u003ctag\\u003e\\u0026","b":[1,2.5,true,null]}'
    ],
    ['jsonencode', [null], 'null'],
    ['jsonencode', ['line\u2028\t'], '"line\\u2028\\t"'],
    ['jsonencode', [1e21], '1000000000000000000000'],
    ['jsondecode', ['[1, "a", {"b": null}]'], [1, 'a', { b: null }]],
    ['jsondecode', ['  1 ] ignored'], 1],
    ['base64decode', ['SGVs\nbG8='], 'Hello'],
    ['urlencode', ['a/b?c=d&e~f'], 'a%2Fb%3Fc%3Dd%26e~f'],
    ['csvdecode', ['a,b\n"x, ""y""","multi\nline"\n\n'], [{ a: 'x, "y"', b: 'multi\nline' }]],
    ['csvdecode', ['a,b\r\n1,2\r\n'], [{ a: '1', b: '2' }]],
    ['csvdecode', ['a,b'], []],
    ['textencodebase64', ['Hé', 'ISO-8859-1'], 'SOk='],
    ['textencodebase64', ['€', 'windows-1252'], 'gA=='],
    ['textencodebase64', ['A', 'UTF-16'], '/v8AQQ=='],
    ['textdecodebase64', ['/v8AQQ==', 'utf-16'], 'A'],
    ['textdecodebase64', ['gA==', 'cp1252'], '€']
  ])('%s, case %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });

  it.each<[string, HclValue[], string]>([
    [
      'base64decode',
      ['SGVsbG8'],
      'Call to function "base64decode" failed: failed to decode base64 data \'SGVsbG8\'.'
    ],
    [
      'base64decode',
      ['/w=='],
      'Call to function "base64decode" failed: the result of decoding the the provided string is not valid UTF-8.'
    ],
    ['jsondecode', [''], 'Call to function "jsondecode" failed: EOF.'],
    ['jsondecode', ['{"a": 1'], 'Call to function "jsondecode" failed: unexpected EOF.'],
    [
      'jsondecode',
      ['nope'],
      "Call to function \"jsondecode\" failed: invalid character 'o' in literal null (expecting 'u')."
    ],
    [
      'jsondecode',
      ['x'],
      'Call to function "jsondecode" failed: invalid character \'x\' looking for beginning of value.'
    ],
    [
      'jsondecode',
      ['[1 2]'],
      'Call to function "jsondecode" failed: invalid character \'2\' after array element.'
    ],
    [
      'jsondecode',
      ['{"a" 1}'],
      'Call to function "jsondecode" failed: invalid character \'1\' after object key.'
    ],
    ['jsondecode', ['1 2'], 'Call to function "jsondecode" failed: extraneous data after JSON object.'],
    ['csvdecode', [''], 'Call to function "csvdecode" failed: missing header line.'],
    ['csvdecode', ['a,a\n1,2'], 'Call to function "csvdecode" failed: duplicate column name "a".'],
    [
      'csvdecode',
      ['a,b\n1,2\n3'],
      'Call to function "csvdecode" failed: CSV parse error on line 3: wrong number of fields.'
    ],
    [
      'csvdecode',
      ['a,b\n1,x"y'],
      'Call to function "csvdecode" failed: CSV parse error on line 2: bare " in non-quoted-field.'
    ],
    [
      'csvdecode',
      ['a\n"x'],
      'Call to function "csvdecode" failed: CSV parse error on line 2: extraneous or missing " in quoted-field.'
    ],
    [
      'textencodebase64',
      ['x', 'klingon'],
      'Invalid value for "encoding" parameter: "klingon" is not a supported IANA encoding name or alias.'
    ],
    [
      'textencodebase64',
      ['☃', 'ISO-8859-1'],
      'Invalid value for "string" parameter: the given string contains characters that cannot be represented in ISO-8859-1.'
    ],
    [
      'textdecodebase64',
      ['!!', 'UTF-8'],
      'Invalid value for "source" parameter: the given value is has an invalid base64 symbol at offset 0.'
    ],
    [
      'textdecodebase64',
      ['/w==', 'UTF-8'],
      'Invalid value for "source" parameter: the given string contains symbols that are not defined for UTF-8.'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });
});
