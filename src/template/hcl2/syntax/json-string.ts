// A JSON string literal decoded, keeping where every decoded character came from: the string is then
// parsed as a template, and a problem inside it (an unknown variable in "${var.x}") must point at the
// characters in the file, escapes and all.

import { errorAt, type Diagnostic, type Pos, type Range } from '../diagnostics.js';
import type { PositionedText, SourceText } from './source.js';

/** A decoded string whose characters map back to offsets of the file it was read from. */
export class MappedText implements PositionedText {
  readonly file: string;

  constructor(
    readonly text: string,
    private readonly base: SourceText,
    /** For each decoded character (and one past the end), its offset in the file's text. */
    private readonly offsets: readonly number[]
  ) {
    this.file = base.file;
  }

  posAt(index: number): Pos {
    return this.base.posAt(this.offsets[Math.min(index, this.offsets.length - 1)]!);
  }

  rangeOf(start: number, end: number): Range {
    return { file: this.file, start: this.posAt(start), end: this.posAt(end) };
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

const isHex = (char: string | undefined): boolean =>
  char !== undefined &&
  ((char >= '0' && char <= '9') || (char >= 'a' && char <= 'f') || (char >= 'A' && char <= 'F'));

/**
 * Reads the string starting at the `"` at `start`. Returns the decoded text with its offsets and where
 * the string ends (after its closing quote); undefined text when it is broken (reported).
 */
export function readJsonString(
  source: SourceText,
  start: number,
  diagnostics: Diagnostic[]
): { text?: MappedText; end: number } {
  const raw = source.text;
  let value = '';
  const offsets: number[] = [];
  let index = start + 1;
  const invalid = (at: number, to: number, detail: string): { end: number } => {
    diagnostics.push(errorAt(source.rangeOf(at, to), 'Invalid JSON string', detail));
    return { end: to };
  };
  for (;;) {
    if (index >= raw.length)
      return invalid(
        start,
        index,
        'There is a syntax error in the given JSON string: it has no closing quote.'
      );
    const char = raw[index]!;
    if (char === '"') {
      offsets.push(index);
      return { text: new MappedText(value, source, offsets), end: index + 1 };
    }
    if (char === '\n' || char === '\r')
      return invalid(
        start,
        index,
        'There is a syntax error in the given JSON string: a line break must be written as \\n.'
      );
    if (char !== '\\') {
      value += char;
      offsets.push(index);
      index++;
      continue;
    }
    const selector = raw[index + 1];
    const simple = selector === undefined ? undefined : ESCAPES[selector];
    if (simple !== undefined) {
      value += simple;
      offsets.push(index);
      index += 2;
      continue;
    }
    if (selector === 'u' && [2, 3, 4, 5].every(offset => isHex(raw[index + offset]))) {
      value += String.fromCharCode(parseInt(raw.slice(index + 2, index + 6), 16));
      offsets.push(index);
      index += 6;
      continue;
    }
    if (selector === undefined || selector === '\n' || selector === '\r') {
      // A backslash ending the line or the file: the unclosed string is reported next.
      index++;
      continue;
    }
    // A bad escape is reported and read as the character after the backslash; the string goes on.
    invalid(
      index,
      index + 2,
      `There is a syntax error in the given JSON string: "${raw.slice(index, index + 2)}" is not a valid escape.`
    );
    value += selector;
    offsets.push(index);
    index += 2;
  }
}
