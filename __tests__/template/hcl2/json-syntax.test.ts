// HCL's JSON syntax (.pkr.json): the document as an expression tree whose strings are templates, with
// every position (even behind escapes) pointing into the file.
import { evaluate, keyword, references, typeConstraint } from '../../../src/template/hcl2/eval/index.js';
import type { Expression, ObjectConsExpr } from '../../../src/template/hcl2/syntax/ast.js';
import { parseJsonExpression } from '../../../src/template/hcl2/syntax/index.js';
import { context } from './eval-helpers.js';
import { describe1, lines, marked, show } from './helpers.js';

const span = (range: {
  start: { line: number; column: number };
  end: { line: number; column: number };
}): string => `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;

function parse(text: string): Expression {
  const { expr, diagnostics } = parseJsonExpression(text, 'web.pkr.json');
  expect(lines(diagnostics)).toEqual([]);
  return expr;
}

const entries = (expr: Expression): ObjectConsExpr['items'] => (expr as ObjectConsExpr).items;

describe('parseJsonExpression structure', () => {
  const text = [
    '{',
    '  "variable": { "region": { "type": "string", "default": "us-east-1" } },',
    '  "source": { "amazon-ebs": { "web": {',
    '    "ami_name": "web-${var.region}",',
    '    "volume_size": 8.5,',
    '    "encrypted": true,',
    '    "kms_key_id": null,',
    '    "ami_regions": ["us-west-2", "eu-west-1"]',
    '  } } },',
    '  "build": [ { "sources": ["source.amazon-ebs.web"] } ],',
    '  "build": { "name": "second" }',
    '}'
  ].join('\n');
  const root = parse(text);

  it('turns objects into object constructors with literal keys, duplicates kept in order', () => {
    expect(entries(root).map(item => show(item.key))).toEqual([
      '"variable"',
      '"source"',
      '"build"',
      '"build"'
    ]);
    expect(entries(root).every(item => item.key.kind === 'literal')).toBe(true);
  });

  it('gives each key its range, quotes included', () => {
    expect(entries(root).map(item => span(item.key.range))).toEqual([
      '2:3-2:13',
      '3:3-3:11',
      '10:3-10:10',
      '11:3-11:10'
    ]);
  });

  it('turns arrays into tuples and numbers, booleans and null into literals', () => {
    const web = entries(entries(entries(entries(root)[1]!.value)[0]!.value)[0]!.value);
    expect(web.map(item => [show(item.key), show(item.value)])).toEqual([
      ['"ami_name"', '"web-${var.region}"'],
      ['"volume_size"', '8.5'],
      ['"encrypted"', 'true'],
      ['"kms_key_id"', 'null'],
      ['"ami_regions"', '["us-west-2", "eu-west-1"]']
    ]);
    expect(span(web[4]!.value.range)).toEqual('8:20-8:46');
  });

  it('evaluates the document as values', () => {
    const { value, diagnostics } = evaluate(
      entries(root)[1]!.value,
      context({ var: { region: 'us-east-1' } })
    );
    expect(lines(diagnostics)).toEqual([]);
    expect(value).toEqual({
      'amazon-ebs': {
        web: {
          ami_name: 'web-us-east-1',
          volume_size: 8.5,
          encrypted: true,
          kms_key_id: null,
          ami_regions: ['us-west-2', 'eu-west-1']
        }
      }
    });
  });
});

describe('JSON strings as templates', () => {
  const cases: [string, string, unknown][] = [
    ['plain text', '"hello"', 'hello'],
    ['an interpolation', '"x-${upper(var.name)}"', 'x-WEB'],
    ['a lone interpolation, unwrapped', '"${var.list}"', ['a', 'b']],
    ['a directive', '"%{ for s in var.list }<${s}>%{ endfor }"', '<a><b>'],
    ['JSON escapes decoded before the template is read', '"\\u00e9\\t${var.name}\\"\\\\"', 'é\tweb"\\'],
    ['an escaped interpolation', '"$${not_a_variable}"', '${not_a_variable}'],
    ['backslashes that are not template escapes', '"C:\\\\path\\\\n"', 'C:\\path\\n']
  ];
  it.each(cases)('%s: %s', (_name, text, expected) => {
    const { value, diagnostics } = evaluate(parse(text), context({ var: { name: 'web', list: ['a', 'b'] } }));
    expect(lines(diagnostics)).toEqual([]);
    expect(value).toEqual(expected);
  });

  it('points an evaluation error inside a string at the characters in the file, past escapes', () => {
    const { text, at } = marked('{\n  "a": "\\u00e9\\n\\"${var▶.missing◀}"\n}');
    const { value, diagnostics } = evaluate(parse(text), context({ var: {} }));
    expect(diagnostics.map(describe1)).toEqual([
      `${at} Unsupported attribute; This object does not have an attribute named "missing".`
    ]);
    expect(value).toEqual({ a: null });
  });

  it('points a template syntax error inside a string at the file', () => {
    const { text, at } = marked('{"a": "ok", "b": "${▶}◀"}');
    const { diagnostics } = parseJsonExpression(text, 'web.pkr.json');
    expect(diagnostics.map(describe1)).toEqual([
      `${at} Invalid expression; Expected the start of an expression, but found "}".`
    ]);
  });

  it('finds references inside strings', () => {
    const refs = references(parse('{"a": ["${local.x}", "${var.y[0]}"]}'));
    expect(refs.map(ref => [ref.root, ...ref.steps].join('.'))).toEqual(['local.x', 'var.y.0']);
    expect(span(refs[0]!.range)).toEqual('1:11-1:18');
  });

  it('reads a string as a keyword and as a type constraint, as the JSON syntax does', () => {
    expect(keyword(parse('"string"'))).toEqual('string');
    expect(keyword(parse('"not a word"'))).toBeUndefined();
    expect(typeConstraint(parse('"map(list(string))"'))).toEqual({
      type: { kind: 'map', element: { kind: 'list', element: { kind: 'string' } } },
      diagnostics: []
    });
    const { text, at } = marked('{"type": "list(▶strin◀)"}');
    const { diagnostics } = typeConstraint(entries(parse(text))[0]!.value);
    expect(diagnostics.map(describe1)).toEqual([
      `${at} Invalid type specification; The keyword "strin" is not a valid type specification.`
    ]);
  });
});

describe('JSON syntax errors', () => {
  const cases: [string, string, string, string][] = [
    [
      'a trailing comma in an object',
      '{"a": 1,▶}◀',
      'Trailing comma in object',
      'JSON does not permit a trailing comma after the final property in an object.'
    ],
    [
      'a trailing comma in an array',
      '[1, ▶]◀',
      'Trailing comma in array',
      'JSON does not permit a trailing comma after the final value in an array.'
    ],
    [
      'a missing colon',
      '{"a" ▶1◀}',
      'Missing property value colon',
      "A colon must appear between an object property's name and its value."
    ],
    [
      'an equals sign for a colon',
      '{"a" ▶=◀ 1}',
      'Missing property value colon',
      'JSON uses a colon as its name/value delimiter, not an equals sign.'
    ],
    [
      'a missing comma',
      '{"a": 1\n  ▶"◀b": 2}',
      'Missing attribute seperator comma',
      'A comma must appear between each property definition in an object.'
    ],
    [
      'an unquoted key',
      '{▶a◀: 1}',
      'Invalid object property name',
      'A JSON object property name must be a string.'
    ],
    [
      'an unclosed object',
      '▶{◀"a": 1',
      'Unclosed object',
      'No closing brace was found for this JSON object.'
    ],
    [
      'a mismatched bracket',
      '[1, 2▶}◀',
      'Mismatched brackets',
      'A JSON array must be closed with a bracket, not a brace.'
    ],
    [
      'a capitalised keyword',
      '{"a": ▶True◀}',
      'Invalid JSON keyword',
      '"True" is not a valid JSON keyword. Did you mean "true"?'
    ],
    [
      'a leading zero',
      '{"a": ▶01◀}',
      'Invalid JSON number',
      'There is a syntax error in the given JSON number.'
    ],
    [
      'an unknown escape',
      '{"a": "x▶\\q◀"}',
      'Invalid JSON string',
      'There is a syntax error in the given JSON string: "\\q" is not a valid escape.'
    ],
    [
      'a line break in a string',
      '{"a": ▶"ab◀\ncd"}',
      'Invalid JSON string',
      'There is a syntax error in the given JSON string: a line break must be written as \\n.'
    ],
    [
      'text after the document',
      '{}\n▶x◀',
      'Extraneous data after value',
      'Extra characters appear after the JSON value.'
    ],
    ['an empty file', '\n  ▶◀', 'Missing value', 'The JSON data ends prematurely.']
  ];
  it.each(cases)('%s', (_name, fixture, summary, detail) => {
    const { text, at } = marked(fixture);
    const { expr, diagnostics } = parseJsonExpression(text, 'bad.pkr.json');
    expect(diagnostics.map(describe1)).toEqual([`${at} ${summary}; ${detail}`]);
    expect(diagnostics[0]!.range.file).toEqual('bad.pkr.json');
    expect(expr).toBeDefined();
  });
});

describe('JSON objects as values', () => {
  it('refuses a key given twice, where the native syntax lets the later one win', () => {
    const { text, at } = marked('{"tags": {"Name": "a", ▶"Name"◀: "b"}}');
    const { value, diagnostics } = evaluate(parse(text), context({}));
    expect(diagnostics.map(describe1)).toEqual([
      `${at} Duplicate object attribute; An attribute named "Name" was already defined at web.pkr.json:1:11.`
    ]);
    expect(value).toEqual({ tags: { Name: 'a' } });
  });
});
