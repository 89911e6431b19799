// The string functions against the examples in Packer's documentation (functions/string/*.mdx), then the
// edges where Go and JavaScript strings part ways, and the errors as HCL words them.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

type Case = [string, HclValue[], HclValue];

describe('string functions: the documented examples', () => {
  it.each<Case>([
    ['chomp', ['hello\n'], 'hello'],
    ['chomp', ['hello\r\n'], 'hello'],
    ['chomp', ['hello\n\n'], 'hello'],
    ['endswith', ['hello world', 'world'], true],
    ['endswith', ['hello world', 'hello'], false],
    // "  items: %{indent(2, "[\n  foo,\n  bar,\n]\n")}" renders as "  items: [\n    foo,\n    bar,\n  ]\n  "
    ['indent', [2, '[\n  foo,\n  bar,\n]\n'], '[\n    foo,\n    bar,\n  ]\n  '],
    ['join', [', ', ['foo', 'bar', 'baz']], 'foo, bar, baz'],
    ['join', [', ', ['foo']], 'foo'],
    ['lower', ['HELLO'], 'hello'],
    ['lower', ['АЛЛО!'], 'алло!'],
    ['replace', ['1 + 2 + 3', '+', '-'], '1 - 2 - 3'],
    ['replace', ['hello world', 'world', 'everybody'], 'hello everybody'],
    ['split', [',', 'foo,bar,baz'], ['foo', 'bar', 'baz']],
    ['split', [',', 'foo'], ['foo']],
    ['split', [',', ''], ['']],
    ['startswith', ['hello world', 'hello'], true],
    ['startswith', ['hello world', 'world'], false],
    ['strcontains', ['hello world', 'wor'], true],
    ['strcontains', ['hello world', 'wod'], false],
    ['strrev', ['hello'], 'olleh'],
    ['strrev', ['a ☃'], '☃ a'],
    ['substr', ['hello world', 1, 4], 'ello'],
    ['substr', ['🤔🤷', 0, 1], '🤔'],
    ['title', ['hello world'], 'Hello World'],
    ['trim', ['?!hello?!', '!?'], 'hello'],
    ['trimprefix', ['helloworld', 'hello'], 'world'],
    ['trimspace', ['  hello\n\n'], 'hello'],
    ['trimsuffix', ['helloworld', 'world'], 'hello'],
    ['upper', ['hello'], 'HELLO'],
    ['upper', ['алло!'], 'АЛЛО!']
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });
});

describe('string functions: Go semantics where JavaScript differs', () => {
  it.each<[string, string, HclValue[], HclValue]>([
    ['upper leaves ß alone (Go maps rune to rune)', 'upper', ['straße'], 'STRAßE'],
    ['lower maps İ to i', 'lower', ['İSTANBUL'], 'istanbul'],
    ['upper converts a number argument first', 'upper', [5], '5'],
    ['title starts words after punctuation', 'title', ['hello-world foo_bar'], 'Hello-World Foo_bar'],
    ['title uses title case, not upper case', 'title', ['ǆungla'], 'ǅungla'],
    ['trimspace keeps a byte-order mark (not a Go space)', 'trimspace', ['\ufeffx '], '\ufeffx'],
    ['trimspace trims U+0085', 'trimspace', ['\u0085x\u3000'], 'x'],
    ['trim with an empty cutset', 'trim', ['xx', ''], 'xx'],
    ['trim cuts runes, not UTF-16 halves', 'trim', ['🤔a🤔', '🤔'], 'a'],
    ['trimsuffix with an empty suffix', 'trimsuffix', ['abc', ''], 'abc'],
    ['chomp keeps inner newlines', 'chomp', ['a\nb\r\n\r\n'], 'a\nb'],
    ['replace with an empty search inserts around runes', 'replace', ['ab', '', '-'], '-a-b-'],
    ['split on an empty separator gives runes', 'split', ['', 'a☃'], ['a', '☃']],
    ['split of nothing on nothing is empty', 'split', ['', ''], []],
    ['join of several lists', 'join', ['-', ['a'], ['b', 'c']], 'a-b-c'],
    ['strrev keeps a combining mark on its letter', 'strrev', ['an\u0308'], 'n\u0308a'],
    ['substr with a negative offset counts from the end', 'substr', ['hello world', -5, -1], 'world'],
    ['substr past the end', 'substr', ['hello', 10, 2], ''],
    ['substr with a negative length takes the rest', 'substr', ['hello', 1, -1], 'ello'],
    ['substr zero length', 'substr', ['hello', 1, 0], ''],
    ['substr counts grapheme clusters', 'substr', ['👾🕹️x', 1, 1], '🕹️'],
    ['indent by zero', 'indent', [0, 'a\nb'], 'a\nb'],
    ['startswith the empty string', 'startswith', ['abc', ''], true]
  ])('%s', (_name, fn, args, expected) => {
    expect(call(fn, args)).toEqual(expected);
  });
});

describe('string functions: errors', () => {
  it.each<[string, HclValue[], string]>([
    ['join', [','], 'Call to function "join" failed: at least one list is required.'],
    [
      'join',
      [',', ['a', null]],
      'Invalid value for "lists" parameter: element 1 is null; cannot concatenate null values.'
    ],
    [
      'join',
      [',', ['a'], [null]],
      'Invalid value for "lists" parameter: element 0 of list 2 is null; cannot concatenate null values.'
    ],
    [
      'substr',
      ['hello', 1.5, 1],
      'Call to function "substr" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.'
    ],
    [
      'indent',
      [-1, 'a'],
      'Call to function "indent" failed: panic in function implementation: strings: negative Repeat count.'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });
});
