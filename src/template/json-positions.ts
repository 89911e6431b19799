// A small JSON parser that remembers where every value and key starts, so that any later complaint about
// a value can name its file, line and column. JSON.parse cannot: it throws away positions.

import { InputError, type SourceLocation } from '../errors.js';
import { quotePreview } from '../secrets.js';
import { childPath } from './json-path.js';

interface NodeBase {
  readonly loc: SourceLocation;
}
export interface JsonString extends NodeBase {
  readonly kind: 'string';
  readonly value: string;
}
export interface JsonNumber extends NodeBase {
  readonly kind: 'number';
  readonly value: number;
  /** The number as written, for messages: `1e3` stays `1e3`. */
  readonly raw: string;
}
export interface JsonBoolean extends NodeBase {
  readonly kind: 'boolean';
  readonly value: boolean;
  /**
   * How the value reads where a string is expected, when that differs from mapstructure's "1"/"0": an
   * HCL2 value is converted by cty first, so `true` reads "true" (set by the HCL2 front end).
   */
  readonly asText?: string;
}
export interface JsonNull extends NodeBase {
  readonly kind: 'null';
}
export interface JsonArray extends NodeBase {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
}
export interface JsonEntry {
  readonly key: string;
  readonly keyLoc: SourceLocation;
  readonly value: JsonNode;
}
export interface JsonObject extends NodeBase {
  readonly kind: 'object';
  /** In document order; keys are unique (a duplicate is a parse error, as in Packer). */
  readonly entries: readonly JsonEntry[];
}
export type JsonNode = JsonString | JsonNumber | JsonBoolean | JsonNull | JsonArray | JsonObject;

/**
 * How deep lists and objects may nest. The parser and every walker over its tree (freeze, weak decoding,
 * interpolation) recurse once per level, so without a bound a file of 20,000 `[` would end in "Maximum call
 * stack size exceeded" instead of a message. Go's encoding/json stops at 10,000; no template or var-file
 * nests beyond a handful of levels, so a tenth of that leaves every walker far from Node's stack limit.
 */
export const MAX_JSON_DEPTH = 1000;

/** Parses `text` (the contents of `file`), or throws an InputError at the first character that breaks JSON. */
export function parseJson(text: string, file: string): JsonNode {
  return new Parser(text.startsWith('\uFEFF') ? text.slice(1) : text, file).parseDocument();
}

/** The entry for `key`, if the object has one. */
export function findEntry(object: JsonObject, key: string): JsonEntry | undefined {
  return object.entries.find(entry => entry.key === key);
}

/** How a value reads in a message: `a number (42)`, `a string ("x")`, `an object`, `a list`, `null`. */
export function describeNode(node: JsonNode): string {
  switch (node.kind) {
    case 'string':
      return `a string (${quotePreview(node.value)})`;
    case 'number':
      return `a number (${node.raw})`;
    case 'boolean':
      return `a boolean (${node.value})`;
    case 'null':
      return 'null';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
};

class Parser {
  private index = 0;
  private depth = 0;
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly file: string
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  parseDocument(): JsonNode {
    this.skipWhitespace();
    if (this.index >= this.text.length) this.fail('', 'invalid JSON: the file is empty');
    const node = this.parseValue('');
    this.skipWhitespace();
    if (this.index < this.text.length) {
      this.fail('', `invalid JSON: unexpected ${this.describeHere()} after the end of the document`);
    }
    return node;
  }

  private parseValue(path: string): JsonNode {
    const loc = this.location();
    const char = this.text[this.index];
    if (char === '{' || char === '[') {
      if (this.depth >= MAX_JSON_DEPTH) {
        // The path here is a thousand steps long: its head says where the nesting starts.
        const cut = Math.max(path.lastIndexOf('[', 60), path.lastIndexOf('.', 60));
        const shown = path.length > 80 ? `${path.slice(0, cut > 0 ? cut : 60)}…` : path;
        this.fail(shown, `invalid JSON: lists and objects nested more than ${MAX_JSON_DEPTH} levels deep`);
      }
      this.depth++;
      const node = char === '{' ? this.parseObject(path, loc) : this.parseArray(path, loc);
      this.depth--;
      return node;
    }
    if (char === '"') return { kind: 'string', value: this.parseString(path), loc };
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
      return this.parseNumber(path, loc);
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true, loc }],
      ['false', { kind: 'boolean', value: false, loc }],
      ['null', { kind: 'null', loc }]
    ] as const) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return node;
      }
    }
    return this.fail(path, `invalid JSON: expected a value, found ${this.describeHere()}`);
  }

  private parseObject(path: string, loc: SourceLocation): JsonObject {
    this.index++; // {
    const entries: JsonEntry[] = [];
    this.skipWhitespace();
    if (this.text[this.index] === '}') {
      this.index++;
      return { kind: 'object', entries, loc };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.index] !== '"') {
        const hint = this.text[this.index] === '}' ? ' (a trailing comma is not allowed in JSON)' : '';
        this.fail(path, `invalid JSON: expected a quoted key, found ${this.describeHere()}${hint}`);
      }
      const keyLoc = this.location();
      const key = this.parseString(path);
      const valuePath = childPath(path, key);
      if (entries.some(entry => entry.key === key)) {
        throw new InputError({
          at: keyLoc,
          field: valuePath,
          detail: `duplicate key ${JSON.stringify(key)} in the same object`
        });
      }
      this.skipWhitespace();
      if (this.text[this.index] !== ':') {
        this.fail(valuePath, `invalid JSON: expected ':' after the key, found ${this.describeHere()}`);
      }
      this.index++;
      this.skipWhitespace();
      entries.push({ key, keyLoc, value: this.parseValue(valuePath) });
      this.skipWhitespace();
      const next = this.text[this.index];
      this.index++;
      if (next === '}') return { kind: 'object', entries, loc };
      if (next !== ',') {
        this.index--;
        this.fail(
          path,
          `invalid JSON: expected ',' or '}' after an object value, found ${this.describeHere()}`
        );
      }
    }
  }

  private parseArray(path: string, loc: SourceLocation): JsonArray {
    this.index++; // [
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.index] === ']') {
      this.index++;
      return { kind: 'array', items, loc };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.index] === ']') {
        this.fail(
          path,
          "invalid JSON: expected a value, found ']' (a trailing comma is not allowed in JSON)"
        );
      }
      items.push(this.parseValue(childPath(path, items.length)));
      this.skipWhitespace();
      const next = this.text[this.index];
      this.index++;
      if (next === ']') return { kind: 'array', items, loc };
      if (next !== ',') {
        this.index--;
        this.fail(path, `invalid JSON: expected ',' or ']' after a list item, found ${this.describeHere()}`);
      }
    }
  }

  private parseString(path: string): string {
    const start = this.index;
    this.index++; // opening quote
    let value = '';
    for (;;) {
      const char = this.text[this.index];
      if (char === undefined) {
        this.index = start;
        this.fail(path, 'invalid JSON: this string is never closed');
      }
      if (char === '"') {
        this.index++;
        return value;
      }
      if (char < ' ') {
        this.fail(
          path,
          'invalid JSON: a control character (such as a line break) must be escaped in a string'
        );
      }
      if (char !== '\\') {
        value += char;
        this.index++;
        continue;
      }
      const escape = this.text[this.index + 1];
      if (escape === 'u') {
        const hex = this.text.slice(this.index + 2, this.index + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          this.fail(path, 'invalid JSON: \\u must be followed by 4 hex digits');
        value += String.fromCharCode(parseInt(hex, 16));
        this.index += 6;
      } else if (escape !== undefined && ESCAPES[escape] !== undefined) {
        value += ESCAPES[escape];
        this.index += 2;
      } else {
        this.fail(path, `invalid JSON: unknown escape sequence \\${escape ?? ''} in a string`);
      }
    }
  }

  private parseNumber(path: string, loc: SourceLocation): JsonNumber {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.index));
    if (match === null) return this.fail(path, 'invalid JSON: malformed number');
    const raw = match[0];
    this.index += raw.length;
    if (/^[0-9.eE+-]/.test(this.text[this.index] ?? '')) {
      throw new InputError({
        at: loc,
        field: path,
        detail: `invalid JSON: malformed number ${raw}${this.text[this.index]}`
      });
    }
    return { kind: 'number', value: Number(raw), raw, loc };
  }

  private skipWhitespace(): void {
    while (/[ \t\r\n]/.test(this.text[this.index] ?? '')) this.index++;
  }

  private describeHere(): string {
    const char = this.text[this.index];
    if (char === undefined) return 'the end of the file';
    if (char === '\n' || char === '\r') return 'a line break';
    return `'${char}'`;
  }

  private location(): SourceLocation {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= this.index) low = middle;
      else high = middle - 1;
    }
    return { file: this.file, line: low + 1, column: this.index - this.lineStarts[low]! + 1 };
  }

  private fail(path: string, detail: string): never {
    throw new InputError({ at: this.location(), field: path, detail: detail });
  }
}
