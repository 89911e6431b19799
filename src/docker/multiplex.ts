// The Engine's multiplexed stream (exec and attach without a TTY): frames of an 8-byte header (stream
// 0 stdin, 1 stdout, 2 stderr; three zero bytes; a big-endian 32-bit length) and then that many bytes.

export interface FrameSink {
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
}

/** Feeds bytes in any chunking and hands each frame's payload to the sink as soon as it is whole. */
export class Demultiplexer {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly sink: FrameSink) {}

  push(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 8) {
      const size = this.buffered.readUInt32BE(4);
      if (this.buffered.length < 8 + size) return;
      const stream = this.buffered[0];
      const payload = this.buffered.subarray(8, 8 + size);
      this.buffered = this.buffered.subarray(8 + size);
      if (stream === 2) this.sink.stderr(payload);
      else this.sink.stdout(payload);
    }
  }

  /** Bytes of an incomplete frame left at the end (a stream cut short). */
  get leftover(): number {
    return this.buffered.length;
  }
}
