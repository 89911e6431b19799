// Output arrives in chunks cut anywhere, even inside a UTF-8 character; people read lines.
// A LineBuffer turns the chunks of one stream into whole lines as soon as each is complete.
import { StringDecoder } from 'node:string_decoder';

export class LineBuffer {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';

  constructor(private readonly onLine: ((line: string) => void) | undefined) {}

  push(chunk: Buffer | string): void {
    this.pending += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    let newline = this.pending.indexOf('\n');
    while (newline !== -1) {
      this.emit(this.pending.slice(0, newline));
      this.pending = this.pending.slice(newline + 1);
      newline = this.pending.indexOf('\n');
    }
  }

  /** The last line, when the stream did not end with a newline. */
  end(): void {
    this.pending += this.decoder.end();
    if (this.pending !== '') this.emit(this.pending);
    this.pending = '';
  }

  // A pty (and Windows-made scripts) end lines with \r\n; the \r is not part of the line.
  private emit(line: string): void {
    this.onLine?.(line.endsWith('\r') ? line.slice(0, -1) : line);
  }
}
