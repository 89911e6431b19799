// Output arrives in chunks cut anywhere, even inside a UTF-8 character; people read lines.
// A LineBuffer turns the chunks of one stream into lines as soon as each is complete, in time
// proportional to the bytes and memory bounded by a cap, whatever the stream's shape: the
// machine being built is not ours, and a 600 MB line without a newline or a progress bar that
// redraws itself ten thousand times must cost no more than its size.
//
// - `\n`, `\r\n` and a lone `\r` end a line (a terminal's carriage return redraws the line).
// - Progress bars (`\r` redraws: apt, pip, curl) are collapsed: a run of redraws becomes the
//   line it ends on, plus the state it had at most every `progressEveryMs` (default 10 s) while
//   it keeps redrawing, so a long download still shows signs of life.
// - A line longer than `maxLineBytes` (default 64 KiB) keeps its first bytes, cut at a character
//   boundary, and ends with "[line truncated: N bytes not shown]"; the rest is counted, not kept.
// Lines are decoded only once complete and line breaks are ASCII, so a character split across
// chunks is never broken.

export const MAX_LINE_BYTES = 64 * 1024;
export const PROGRESS_EVERY_MS = 10_000;

export interface LineBufferOptions {
  maxLineBytes?: number;
  progressEveryMs?: number;
  now?: () => number;
}

const LF = 0x0a;
const CR = 0x0d;

export class LineBuffer {
  private readonly maxLineBytes: number;
  private readonly progressEveryMs: number;
  private readonly now: () => number;
  /** The current line's kept bytes (at most maxLineBytes in all). */
  private parts: Buffer[] = [];
  private kept = 0;
  /** Bytes of the current line beyond the cap. */
  private dropped = 0;
  /** The last redraw of a progress bar (a segment ended by a lone \r), not yet shown. */
  private redrawn: string | undefined;
  /** The previous chunk ended with \r: a \n first in this one belongs to it. */
  private afterCr = false;
  private lastShown: number;

  constructor(
    private readonly onLine: ((line: string) => void) | undefined,
    options: LineBufferOptions = {}
  ) {
    this.maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
    this.progressEveryMs = options.progressEveryMs ?? PROGRESS_EVERY_MS;
    this.now = options.now ?? Date.now;
    this.lastShown = this.now();
  }

  push(chunk: Buffer | string): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let pos = 0;
    if (this.afterCr && buf.length > 0) {
      this.afterCr = false;
      if (buf[0] === LF) {
        this.endLine();
        pos = 1;
      } else this.redraw();
    }
    // Where the next \n and \r are, each found once per occurrence: two scans, not one per line.
    let lf = buf.indexOf(LF, pos);
    let cr = buf.indexOf(CR, pos);
    while (pos < buf.length) {
      if (lf !== -1 && lf < pos) lf = buf.indexOf(LF, pos);
      if (cr !== -1 && cr < pos) cr = buf.indexOf(CR, pos);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) {
        this.keep(buf, pos, buf.length);
        return;
      }
      const whole = this.kept === 0 && this.dropped === 0 && (end > pos || this.redrawn === undefined);
      if (buf[end] === LF && whole && end - pos <= this.maxLineBytes) {
        // The common case, a whole line inside this chunk: decoded in place, nothing copied.
        this.redrawn = undefined;
        this.show(buf.toString('utf8', pos, end));
        pos = end + 1;
        continue;
      }
      this.keep(buf, pos, end);
      if (buf[end] === LF) {
        this.endLine();
        pos = end + 1;
      } else if (end + 1 < buf.length) {
        if (buf[end + 1] === LF) {
          this.endLine();
          pos = end + 2;
        } else {
          this.redraw();
          pos = end + 1;
        }
      } else {
        // A \r last in the chunk: whether it is \r\n is known with the next chunk.
        this.afterCr = true;
        return;
      }
    }
  }

  /** The last line, when the stream did not end with a line break. */
  end(): void {
    this.afterCr = false;
    if (this.kept > 0 || this.dropped > 0) this.endLine();
    else if (this.redrawn !== undefined) this.show(this.redrawn);
    this.redrawn = undefined;
  }

  private keep(buf: Buffer, from: number, to: number): void {
    if (to <= from) return;
    const room = this.maxLineBytes - this.kept;
    const take = Math.min(room, to - from);
    if (take > 0) {
      // A copy: the chunk may be a view on a larger buffer the stream reuses.
      this.parts.push(Buffer.from(buf.subarray(from, from + take)));
      this.kept += take;
    }
    this.dropped += to - from - take;
  }

  private take(): string {
    const bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.kept);
    const cut = this.dropped > 0 ? characterBoundary(bytes) : bytes.length;
    let text = bytes.subarray(0, cut).toString('utf8');
    if (this.dropped > 0) text += ` [line truncated: ${this.dropped + bytes.length - cut} bytes not shown]`;
    this.parts = [];
    this.kept = 0;
    this.dropped = 0;
    return text;
  }

  /** A \n (or \r\n): the line is what was written since, or the bar's last state if nothing was. */
  private endLine(): void {
    const empty = this.kept === 0 && this.dropped === 0;
    const line = this.take();
    const shown = empty && this.redrawn !== undefined ? this.redrawn : line;
    this.redrawn = undefined;
    this.show(shown);
  }

  /** A lone \r: the terminal would draw over this line; keep it as the bar's state. */
  private redraw(): void {
    if (this.kept === 0 && this.dropped === 0) return; // "\r\r" or a leading \r redraws nothing
    this.redrawn = this.take();
    if (this.now() - this.lastShown >= this.progressEveryMs) {
      this.show(this.redrawn);
      this.redrawn = undefined;
    }
  }

  private show(line: string): void {
    this.lastShown = this.now();
    this.onLine?.(line);
  }
}

/** The length of the longest prefix of a UTF-8 byte string that does not end inside a character. */
function characterBoundary(bytes: Buffer): number {
  let end = bytes.length;
  // Step back over continuation bytes (10xxxxxx), at most three, to the lead byte.
  let back = 0;
  while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xc0) === 0x80) back++;
  const lead = end - back - 1;
  if (lead < 0) return end;
  const b = bytes[lead];
  const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  if (needed > back + 1) end = lead;
  return end;
}
