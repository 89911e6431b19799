// regex, regexall and regex_replace: the documented examples (functions/string/regex*.mdx), RE2 syntax as
// Go reads it (translated to JavaScript), Go's way of stepping through matches, and Go's syntax errors.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

describe('regex functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['regex', ['[a-z]+', '53453453.345345aaabbbccc23454'], 'aaabbbccc'],
    ['regex', ['(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)', '2019-02-01'], ['2019', '02', '01']],
    ['regexall', ['[a-z]+', '1234abcd5678efgh9'], ['abcd', 'efgh']],
    ['regexall', ['[a-z]+', '123456789'], []],
    ['regex_replace', ['hello world', 'world', 'everybody'], 'hello everybody'],
    ['regex_replace', ['hello world', 'w.*d', 'everybody'], 'hello everybody'],
    ['regex_replace', ['-ab-axxb-', 'a(x*)b', '$1W'], '---'],
    ['regex_replace', ['-ab-axxb-', 'a(x*)b', '${1}W'], '-W-xxW-']
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });

  it('reports a pattern that does not match as the documentation shows', () => {
    expect(failure('regex', ['[a-z]+', '53453453.34534523454'])).toBe(
      'Call to function "regex" failed: pattern did not match any part of the given string.'
    );
  });
});

describe('regex functions: RE2 as Go reads it', () => {
  it.each<[string, string, string, HclValue]>([
    [
      'named groups give an object',
      '(?P<year>\\d+)-(?P<month>\\d+)',
      '2019-02',
      { month: '02', year: '2019' }
    ],
    ['Go 1.22 named groups', '(?<n>a)', 'a', { n: 'a' }],
    ['a name JavaScript would refuse', '(?P<1st>a)', 'a', { '1st': 'a' }],
    ['an unmatched group is null', '(a)|(b)', 'b', [null, 'b']],
    ['. stops at \\n only', 'a.c', 'a\rc', 'a\rc'],
    ['(?s) lets . match \\n', '(?s)a.c', 'a\nc', 'a\nc'],
    ['(?i) folds case', '(?i)hello', 'HeLLo', 'HeLLo'],
    ['scoped flags end with the group', '(?i:a)b', 'xABAb', 'Ab'],
    ['\\s is ASCII space only', 'a\\sb', 'a\u00a0b a b', 'a b'],
    ['\\A anchors at the start', '\\Aab', 'abab', 'ab'],
    ['\\z anchors at the end', 'b\\z', 'abab', 'b'],
    ['\\Q...\\E quotes', '\\Q.*\\E+', '.***', '.***'],
    ['POSIX classes', '[[:upper:]][[:digit:]]+', 'xA12', 'A12'],
    ['negated POSIX classes', '[[:^alpha:]]+', 'ab12cd', '12'],
    ['Unicode classes', '\\p{Greek}+', 'abc αβγ', 'αβγ'],
    ['single-letter Unicode classes', '\\pN+', 'x٣4', '٣4'],
    ['hex and octal escapes', '\\x41\\x{42}\\103', 'ABC', 'ABC'],
    ['a brace that is not a repeat is literal', 'a{,2}', 'a{,2}', 'a{,2}'],
    ['bounded repeats', 'a{2,3}', 'aaaa', 'aaa'],
    ['lazy repeats', 'a+?', 'aaa', 'a'],
    ['(?U) swaps greed', '(?U)a+', 'aaa', 'a'],
    ['(?m) anchors at lines', '(?m)^b$', 'a\nb\nc', 'b'],
    ['$ without (?m) is the end of text only', 'a$', 'a\n', 'no match']
  ])('%s', (_name, pattern, text, expected) => {
    if (expected === 'no match') expect(failure('regex', [pattern, text])).toContain('did not match');
    else expect(call('regex', [pattern, text])).toEqual(expected);
  });

  it.each<[string, string, string, HclValue]>([
    ['empty matches between characters', 'x*', 'abc', ['', '', '', '']],
    ['an empty match after a match is skipped', 'a*', 'baaac', ['', 'aaa', '']],
    [
      'named groups give objects',
      '(?P<k>\\w)=(?P<v>\\w)',
      'a=1 b=2',
      [
        { k: 'a', v: '1' },
        { k: 'b', v: '2' }
      ]
    ],
    ['astral characters step whole', '', '😀', ['', '']]
  ])('regexall: %s', (_name, pattern, text, expected) => {
    expect(call('regexall', [pattern, text])).toEqual(expected);
  });

  it.each<[string, string[], string]>([
    ['Go inserts once at each empty match', ['baaac', 'a*', 'X'], 'XbXcX'],
    ['$$ is a dollar', ['a', 'a', '$$'], '$'],
    ['$0 is the whole match', ['ab', 'b', '[$0]'], 'a[b]'],
    ['a named reference', ['k=v', '(?P<key>\\w)=(?P<value>\\w)', '$value=$key'], 'v=k'],
    ['a lone $ stays', ['a', 'a', '$!'], '$!'],
    ['an unclosed brace stays', ['a', '(a)', '${1'], '${1']
  ])('regex_replace: %s', (_name, args, expected) => {
    expect(call('regex_replace', args)).toBe(expected);
  });
});

describe('regex functions: errors', () => {
  it.each<[string, HclValue[], string]>([
    [
      'regex',
      ['(a', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in (a.'
    ],
    [
      'regex',
      ['a)', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: unexpected ) in a).'
    ],
    [
      'regex',
      ['[a', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ] in [a.'
    ],
    [
      'regex',
      ['*', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: missing argument to repetition operator in *.'
    ],
    [
      'regex',
      ['a**', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in **.'
    ],
    [
      'regex',
      ['\\1', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\1.'
    ],
    [
      'regex',
      ['[z-a]', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in z-a.'
    ],
    [
      'regex',
      ['a{1001}', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: invalid repeat count in {1001}.'
    ],
    [
      'regex',
      ['(?=a)', 'a'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?=.'
    ],
    [
      'regexall',
      ['(a)(?P<b>b)', 'ab'],
      'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.'
    ],
    [
      'regex_replace',
      ['a', '(a', 'b'],
      'Call to function "regex_replace" failed: error parsing regexp: missing closing ): `(a`.'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });
});
