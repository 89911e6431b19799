// The JSON parser keeps where every value starts, and says exactly where broken JSON breaks.
import { InputError } from '../../src/errors.js';
import {
  MAX_JSON_DEPTH,
  parseJson,
  type JsonNode,
  type JsonObject
} from '../../src/template/json-positions.js';
import { locateMarker } from './fixtures.js';

function entryValue(node: JsonNode, key: string): JsonNode {
  const found = (node as JsonObject).entries.find(entry => entry.key === key);
  if (found === undefined) throw new Error(`no ${key}`);
  return found.value;
}

describe('parseJson positions', () => {
  const text = '{\n  "a": [1, "two", true],\n  "b": {\n    "c": null\n  },\n  "d": -1.5e3\n}';
  const root = parseJson(text, 'web.json');

  it('records the start of every value, 1-based', () => {
    expect(root.loc).toEqual({ file: 'web.json', line: 1, column: 1 });
    const a = entryValue(root, 'a');
    expect(a.loc).toEqual({ file: 'web.json', line: 2, column: 8 });
    expect(a.kind === 'array' && a.items.map(item => [item.loc.line, item.loc.column])).toEqual([
      [2, 9],
      [2, 12],
      [2, 19]
    ]);
    expect(entryValue(entryValue(root, 'b'), 'c').loc).toEqual({ file: 'web.json', line: 4, column: 10 });
  });

  it('records where each key starts', () => {
    const entries = (root as JsonObject).entries;
    expect(entries.map(entry => [entry.key, entry.keyLoc.line, entry.keyLoc.column])).toEqual([
      ['a', 2, 3],
      ['b', 3, 3],
      ['d', 6, 3]
    ]);
  });

  it('keeps numbers as written for messages', () => {
    expect(entryValue(root, 'd')).toMatchObject({ kind: 'number', value: -1500, raw: '-1.5e3' });
  });

  it('decodes string escapes', () => {
    expect(parseJson('"a\\n\\"b\\u00e9\\/"', 'x')).toMatchObject({ kind: 'string', value: 'a\n"bé/' });
  });

  it('ignores a byte order mark', () => {
    expect(parseJson('\uFEFF{}', 'x')).toMatchObject({ kind: 'object', entries: [] });
  });
});

describe('parseJson errors', () => {
  const cases: { name: string; text: string; field: string; detail: string }[] = [
    {
      name: 'a trailing comma in an object',
      text: '{\n  "a": 1,\n▶}',
      field: '',
      detail: "invalid JSON: expected a quoted key, found '}' (a trailing comma is not allowed in JSON)"
    },
    {
      name: 'a trailing comma in a list',
      text: '{"a": [1, 2, ▶]}',
      field: 'a',
      detail: "invalid JSON: expected a value, found ']' (a trailing comma is not allowed in JSON)"
    },
    {
      name: 'a missing comma between entries',
      text: '{\n  "a": 1\n  ▶"b": 2\n}',
      field: '',
      detail: `invalid JSON: expected ',' or '}' after an object value, found '"'`
    },
    {
      name: 'a missing comma in a nested list',
      text: '{"builders": [{"tags": ["a" ▶"b"]}]}',
      field: 'builders[0].tags',
      detail: `invalid JSON: expected ',' or ']' after a list item, found '"'`
    },
    {
      name: 'a string that is never closed',
      text: '{"a": ▶"abc}',
      field: 'a',
      detail: 'invalid JSON: this string is never closed'
    },
    {
      name: 'a line break inside a string',
      text: '{"a": "ab▶\ncd"}',
      field: 'a',
      detail: 'invalid JSON: a control character (such as a line break) must be escaped in a string'
    },
    {
      name: 'an unknown escape',
      text: '{"a": "x▶\\q"}',
      field: 'a',
      detail: 'invalid JSON: unknown escape sequence \\q in a string'
    },
    {
      name: 'a duplicate key',
      text: '{"a": 1, ▶"a": 2}',
      field: 'a',
      detail: 'duplicate key "a" in the same object'
    },
    {
      name: 'a capitalised literal',
      text: '{"a": ▶True}',
      field: 'a',
      detail: "invalid JSON: expected a value, found 'T'"
    },
    {
      name: 'a single-quoted key',
      text: "{▶'a': 1}",
      field: '',
      detail: "invalid JSON: expected a quoted key, found '''"
    },
    {
      name: 'a missing colon',
      text: '{"a" ▶1}',
      field: 'a',
      detail: "invalid JSON: expected ':' after the key, found '1'"
    },
    {
      name: 'a leading zero',
      text: '{"a": ▶01}',
      field: 'a',
      detail: 'invalid JSON: malformed number 01'
    },
    {
      name: 'text after the document',
      text: '{}\n▶{}',
      field: '',
      detail: "invalid JSON: unexpected '{' after the end of the document"
    },
    {
      name: 'an empty file',
      text: '\n  ▶',
      field: '',
      detail: 'invalid JSON: the file is empty'
    },
    {
      name: 'a document cut short',
      text: '{"a": [1, 2▶',
      field: 'a',
      detail: "invalid JSON: expected ',' or ']' after a list item, found the end of the file"
    }
  ];

  it.each(cases)('reports $name where it breaks', ({ text, field, detail }) => {
    const marked = locateMarker(text);
    let thrown: unknown;
    try {
      parseJson(marked.text, 'packer/web.pkr.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    const prefix = `packer/web.pkr.json:${marked.line}:${marked.column}: `;
    expect((thrown as InputError).message).toBe(prefix + (field === '' ? '' : `${field}: `) + detail);
    expect(thrown).toMatchObject({ line: marked.line, column: marked.column, field });
  });
});

describe('parseJson nesting', () => {
  test('20,000 nested lists are refused at the list past the limit, not with a stack overflow', () => {
    const text = '{"a":\n' + '['.repeat(20_000) + ']'.repeat(20_000) + '}';
    const error = (() => {
      try {
        parseJson(text, 'deep.json');
      } catch (e) {
        return e as InputError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `deep.json:2:${MAX_JSON_DEPTH}: a${'[0]'.repeat(19)}…: invalid JSON: lists and objects nested more than ${MAX_JSON_DEPTH} levels deep`
    );
  });

  test('nesting up to the limit parses', () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJson(text, 'ok.json').kind).toBe('array');
  });
});
