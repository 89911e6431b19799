// HCL's JSON syntax (`.pkr.json`), as an expression tree: an object becomes an object constructor whose
// keys are literal strings with their ranges (duplicates kept, in order: repeated keys are how the JSON
// syntax repeats blocks), an array a tuple, numbers, booleans and null literals, and every string a
// template, `${}` and `%{}` included, whose positions point into the file. The Packer layer reads the
// structure (which keys are blocks) itself.

import { closestName } from '../../suggest.js';
import { errorAt, type Diagnostic, type Range } from '../diagnostics.js';
import type { Expression, ObjectConsItem } from './ast.js';
import { readJsonString } from './json-string.js';
import { MAX_JSON_NESTING } from './limits.js';
import { parseTemplateText } from './parser.js';
import { rangeBetween, SourceText } from './source.js';

export function parseJsonExpression(
  text: string,
  file: string
): { expr: Expression; diagnostics: Diagnostic[] } {
  const parser = new JsonParser(new SourceText(text, file));
  return parser.parseDocument();
}

/** Thrown to abandon the document at its first syntax error (JSON errors cascade; the first is the one to fix). */
class Abandon extends Error {}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isWordChar = (char: string | undefined): boolean =>
  char !== undefined &&
  ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || isDigit(char) || char === '_');

class JsonParser {
  private index: number;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly text: string;

  constructor(private readonly source: SourceText) {
    this.text = source.text;
    this.index = this.text.startsWith('\uFEFF') ? 1 : 0;
  }

  parseDocument(): { expr: Expression; diagnostics: Diagnostic[] } {
    let expr: Expression;
    try {
      expr = this.value('Missing JSON value');
      this.skipSpace();
      if (this.index < this.text.length)
        this.fail(
          [this.index, this.index + 1],
          'Extraneous data after value',
          'Extra characters appear after the JSON value.'
        );
    } catch (error) {
      if (!(error instanceof Abandon)) throw error;
      expr = { kind: 'invalid', range: this.source.rangeOf(0, this.text.length) };
    }
    return { expr, diagnostics: this.diagnostics };
  }

  /** Reports the error at the characters `[start, end)` and abandons the document. */
  private fail([start, end]: readonly [number, number], summary: string, detail: string): never {
    this.diagnostics.push(
      errorAt(this.source.rangeOf(start, Math.min(end, this.text.length)), summary, detail)
    );
    throw new Abandon(summary);
  }

  private skipSpace(): void {
    for (;;) {
      const char = this.text[this.index];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') this.index++;
      else return;
    }
  }

  private depth = 0;

  private value(missing: string): Expression {
    this.skipSpace();
    const start = this.index;
    const char = this.text[start];
    if ((char === '{' || char === '[') && this.depth >= MAX_JSON_NESTING)
      this.fail(
        [start, start + 1],
        'Value too deeply nested',
        `JSON objects and arrays may be nested at most ${MAX_JSON_NESTING} levels deep.`
      );
    this.depth++;
    try {
      return this.valueAt(start, char, missing);
    } finally {
      this.depth--;
    }
  }

  private valueAt(start: number, char: string | undefined, missing: string): Expression {
    if (char === undefined) this.fail([start, start], 'Missing value', 'The JSON data ends prematurely.');
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || isDigit(char)) return this.number();
    if (isWordChar(char)) return this.keyword();
    if (char === ',' || char === ']' || char === '}')
      this.fail(
        [start, start + 1],
        missing,
        'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.'
      );
    return this.fail(
      [start, start + 1],
      'Invalid start of value',
      'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.'
    );
  }

  private object(): Expression {
    const open = this.index++;
    const items: ObjectConsItem[] = [];
    this.skipSpace();
    if (this.text[this.index] === '}')
      return { kind: 'object', items, range: this.source.rangeOf(open, ++this.index), uniqueKeys: true };
    for (;;) {
      this.skipSpace();
      const keyStart = this.index;
      if (this.text[keyStart] !== '"') {
        if (this.text[keyStart] === '}' && items.length > 0)
          this.fail(
            [keyStart, keyStart + 1],
            'Trailing comma in object',
            'JSON does not permit a trailing comma after the final property in an object.'
          );
        if (keyStart >= this.text.length) this.unclosed(open, '{');
        this.fail(
          [keyStart, keyStart + 1],
          'Invalid object property name',
          'A JSON object property name must be a string.'
        );
      }
      const read = readJsonString(this.source, keyStart, this.diagnostics);
      if (read.text === undefined) throw new Abandon('string');
      this.index = read.end;
      const keyRange = this.source.rangeOf(keyStart, read.end);
      this.skipSpace();
      const colon = this.text[this.index];
      if (colon !== ':') {
        if (colon === '=')
          this.fail(
            [this.index, this.index + 1],
            'Missing property value colon',
            'JSON uses a colon as its name/value delimiter, not an equals sign.'
          );
        if (colon === ',' || colon === '}')
          this.fail(
            [this.index, this.index + 1],
            'Missing object value',
            'A JSON object attribute must have a value, introduced by a colon.'
          );
        this.fail(
          [this.index, this.index + 1],
          'Missing property value colon',
          "A colon must appear between an object property's name and its value."
        );
      }
      this.index++;
      const value = this.value('Missing JSON value');
      items.push({
        key: { kind: 'literal', value: read.text.text, range: keyRange },
        forceNonLiteral: false,
        value,
        range: rangeBetween(keyRange, value.range)
      });
      this.skipSpace();
      const next = this.text[this.index];
      if (next === ',') {
        this.index++;
        continue;
      }
      if (next === '}')
        return { kind: 'object', items, range: this.source.rangeOf(open, ++this.index), uniqueKeys: true };
      if (next === undefined) this.unclosed(open, '{');
      if (next === ']')
        this.fail(
          [this.index, this.index + 1],
          'Mismatched braces',
          'A JSON object must be closed with a brace, not a bracket.'
        );
      this.fail(
        [this.index, this.index + 1],
        'Missing attribute seperator comma',
        'A comma must appear between each property definition in an object.'
      );
    }
  }

  private array(): Expression {
    const open = this.index++;
    const items: Expression[] = [];
    this.skipSpace();
    if (this.text[this.index] === ']')
      return { kind: 'tuple', items, range: this.source.rangeOf(open, ++this.index) };
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] === ']' && items.length > 0)
        this.fail(
          [this.index, this.index + 1],
          'Trailing comma in array',
          'JSON does not permit a trailing comma after the final value in an array.'
        );
      if (this.index >= this.text.length) this.unclosed(open, '[');
      items.push(this.value('Missing array element value'));
      this.skipSpace();
      const next = this.text[this.index];
      if (next === ',') {
        this.index++;
        continue;
      }
      if (next === ']') return { kind: 'tuple', items, range: this.source.rangeOf(open, ++this.index) };
      if (next === undefined) this.unclosed(open, '[');
      if (next === ':')
        this.fail(
          [this.index, this.index + 1],
          'Invalid array value',
          'A colon is not used to introduce values in a JSON array.'
        );
      if (next === '}')
        this.fail(
          [this.index, this.index + 1],
          'Mismatched brackets',
          'A JSON array must be closed with a bracket, not a brace.'
        );
      this.fail(
        [this.index, this.index + 1],
        'Missing attribute seperator comma',
        'A comma must appear between each value in an array.'
      );
    }
  }

  private unclosed(open: number, kind: '{' | '['): never {
    return this.fail(
      [open, open + 1],
      kind === '{' ? 'Unclosed object' : 'Unclosed array',
      kind === '{'
        ? 'No closing brace was found for this JSON object.'
        : 'No closing bracket was found for this JSON array.'
    );
  }

  private string(): Expression {
    const start = this.index;
    const read = readJsonString(this.source, start, this.diagnostics);
    if (read.text === undefined) throw new Abandon('string');
    this.index = read.end;
    const range: Range = this.source.rangeOf(start, read.end);
    const { expr, diagnostics } = parseTemplateText(read.text);
    this.diagnostics.push(...diagnostics);
    return { ...expr, range, json: read.text };
  }

  private number(): Expression {
    const text = this.text;
    const start = this.index;
    let at = start;
    if (text[at] === '-') at++;
    const invalid = (): never =>
      this.fail(
        [start, Math.max(at, start + 1)],
        'Invalid JSON number',
        'There is a syntax error in the given JSON number.'
      );
    if (text[at] === '0') at++;
    else if (isDigit(text[at])) while (isDigit(text[at])) at++;
    else invalid();
    if (text[at] === '.') {
      at++;
      if (!isDigit(text[at])) invalid();
      while (isDigit(text[at])) at++;
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      if (!isDigit(text[at])) invalid();
      while (isDigit(text[at])) at++;
    }
    if (isWordChar(text[at]) || text[at] === '.') {
      while (isWordChar(text[at]) || text[at] === '.') at++;
      invalid();
    }
    this.index = at;
    return { kind: 'literal', value: Number(text.slice(start, at)), range: this.source.rangeOf(start, at) };
  }

  private keyword(): Expression {
    const start = this.index;
    let at = start;
    while (isWordChar(this.text[at])) at++;
    const word = this.text.slice(start, at);
    this.index = at;
    const range = this.source.rangeOf(start, at);
    if (word === 'true' || word === 'false') return { kind: 'literal', value: word === 'true', range };
    if (word === 'null') return { kind: 'literal', value: null, range };
    if (word === 'undefined' || word === 'NaN' || word === 'Infinity')
      this.fail(
        [start, at],
        'Invalid JSON keyword',
        `The JavaScript identifier "${word}" cannot be used in JSON.`
      );
    const closest = closestName(word, ['true', 'false', 'null']);
    const suggestion = closest === undefined ? '' : ` Did you mean "${closest}"?`;
    return this.fail(
      [start, at],
      'Invalid JSON keyword',
      `"${word}" is not a valid JSON keyword.${suggestion}`
    );
  }
}
