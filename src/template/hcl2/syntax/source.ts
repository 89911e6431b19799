// Turns offsets into a file's text into the positions diagnostics carry: 1-based line, 1-based column
// counted in characters (a tab, an "é" and an emoji are one column each), and the UTF-8 byte offset.
// Lines are found once; a column is counted only on lines that are not plain ASCII.

import type { Pos, Range } from '../diagnostics.js';

const BOM = '\uFEFF';

/** What the lexer needs of a text: its characters and where each one sits in the file. */
export interface PositionedText {
  readonly text: string;
  readonly file: string;
  posAt(index: number): Pos;
  rangeOf(start: number, end: number): Range;
}

export class SourceText implements PositionedText {
  readonly text: string;
  readonly file: string;
  /** Where each line starts, as string indexes (after a byte order mark on the first line). */
  private readonly lineStarts: number[] = [];
  /** UTF-8 byte offset of each line start; filled lazily with `asciiLines`. */
  private readonly lineBytes: number[] = [];
  private readonly asciiLines: boolean[] = [];

  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
    const first = text.startsWith(BOM) ? 1 : 0;
    this.lineStarts.push(first);
    for (let index = text.indexOf('\n', first); index !== -1; index = text.indexOf('\n', index + 1))
      this.lineStarts.push(index + 1);
    let byte = first === 1 ? 3 : 0;
    for (let line = 0; line < this.lineStarts.length; line++) {
      const from = this.lineStarts[line]!;
      const to = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : text.length;
      this.lineBytes.push(byte);
      const ascii = isAscii(text, from, to);
      this.asciiLines.push(ascii);
      byte += ascii ? to - from : utf8Length(text, from, to);
    }
  }

  /** The position of the character at `index` (or of the end of the text, for `index` = its length). */
  posAt(index: number): Pos {
    const line = this.lineOf(index);
    const start = this.lineStarts[line]!;
    const ascii = this.asciiLines[line]!;
    const column = ascii ? index - start : codePointCount(this.text, start, index);
    const byte = this.lineBytes[line]! + (ascii ? index - start : utf8Length(this.text, start, index));
    return { line: line + 1, column: column + 1, byte };
  }

  rangeOf(start: number, end: number): Range {
    return { file: this.file, start: this.posAt(start), end: this.posAt(end) };
  }

  /** The line of the last lookup: the lexer asks in order, mostly on the same line. */
  private lastLine = 0;

  private lineOf(index: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (starts[last]! <= index && (last + 1 === starts.length || starts[last + 1]! > index)) return last;
    if (
      last + 1 < starts.length &&
      starts[last + 1]! <= index &&
      (last + 2 === starts.length || starts[last + 2]! > index)
    )
      return (this.lastLine = last + 1);
    this.lastLine = this.search(index);
    return this.lastLine;
  }

  private search(index: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** The smallest range covering both: from the start of `from` to the end of `to`. */
export const rangeBetween = (from: Range, to: Range): Range => ({
  file: from.file,
  start: from.start,
  end: to.end
});

/** An empty range at the end of `range`. */
export const rangeAfter = (range: Range): Range => ({ file: range.file, start: range.end, end: range.end });

/** How a position reads in a message: `web.pkr.hcl:3:5`. */
export const formatPos = (range: Range): string => `${range.file}:${range.start.line}:${range.start.column}`;

function isAscii(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

function codePointCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // The second half of a surrogate pair is not a character of its own.
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
