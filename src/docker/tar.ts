// Just enough tar for the Engine's archive endpoints, which take and give tar streams: a writer of
// ustar entries (a PAX header carries names past 100 bytes) and a streaming reader that hands each
// entry's bytes on as they arrive, so a large download is never held in memory. Reads the PAX and
// GNU long-name extensions the Engine writes.

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

const BLOCK = 512;

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'other';

export interface TarEntryInput {
  /** Relative path inside the archive, `/`-separated; directories without a trailing slash. */
  name: string;
  type: 'file' | 'directory' | 'symlink';
  mode: number;
  content?: Buffer;
  linkTarget?: string;
  uid?: number;
  gid?: number;
  mtime?: Date;
}

/** A whole archive (entries, then the two zero blocks that end it). */
export function writeTar(entries: readonly TarEntryInput[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const name = entry.type === 'directory' ? `${entry.name}/` : entry.name;
    const link = entry.linkTarget ?? '';
    if (Buffer.byteLength(name) > 100 || Buffer.byteLength(link) > 100) {
      const pax = paxRecords({ path: name, ...(link ? { linkpath: link } : {}) });
      parts.push(header({ name: 'PaxHeader', typeflag: 'x', size: pax.length, mode: 0o644 }), padded(pax));
    }
    const content = entry.type === 'file' ? (entry.content ?? Buffer.alloc(0)) : Buffer.alloc(0);
    parts.push(
      header({
        name: name.slice(0, 100),
        typeflag: entry.type === 'file' ? '0' : entry.type === 'directory' ? '5' : '2',
        size: content.length,
        mode: entry.mode,
        linkname: link.slice(0, 100),
        uid: entry.uid,
        gid: entry.gid,
        mtime: entry.mtime
      }),
      padded(content)
    );
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** A file on the runner's disk, streamed into the archive rather than read whole. */
export interface TarFileFromDisk {
  name: string;
  mode: number;
  localPath: string;
  size: number;
}

/**
 * The same archive as writeTar, as a stream: entries with `localPath` are read from disk chunk by
 * chunk, so uploading a large file or tree never holds it in memory. A file whose size changed since it
 * was listed fails the stream (its header already promised the size).
 */
export function tarStream(entries: readonly (TarEntryInput | TarFileFromDisk)[]): Readable {
  return Readable.from(tarChunks(entries));
}

async function* tarChunks(entries: readonly (TarEntryInput | TarFileFromDisk)[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    if (!('localPath' in entry)) {
      yield writeTar([entry]).subarray(0, -BLOCK * 2);
      continue;
    }
    const name = entry.name;
    if (Buffer.byteLength(name) > 100) {
      const pax = paxRecords({ path: name });
      yield header({ name: 'PaxHeader', typeflag: 'x', size: pax.length, mode: 0o644 });
      yield padded(pax);
    }
    yield header({ name: name.slice(0, 100), typeflag: '0', size: entry.size, mode: entry.mode });
    let sent = 0;
    for await (const chunk of createReadStream(entry.localPath)) {
      sent += (chunk as Buffer).length;
      if (sent > entry.size) break;
      yield chunk as Buffer;
    }
    if (sent !== entry.size) throw new Error(`${entry.localPath} changed size while it was uploaded`);
    if (entry.size % BLOCK !== 0) yield Buffer.alloc(BLOCK - (entry.size % BLOCK));
  }
  yield Buffer.alloc(BLOCK * 2);
}

function header(h: {
  name: string;
  typeflag: string;
  size: number;
  mode: number;
  linkname?: string;
  uid?: number;
  gid?: number;
  mtime?: Date;
}): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(h.name, 0, 100, 'utf8');
  octal(block, 100, 8, h.mode & 0o7777);
  octal(block, 108, 8, h.uid ?? 0);
  octal(block, 116, 8, h.gid ?? 0);
  octal(block, 124, 12, h.size);
  octal(block, 136, 12, Math.floor((h.mtime ?? new Date()).getTime() / 1000));
  block.write(h.typeflag, 156, 1, 'ascii');
  block.write(h.linkname ?? '', 157, 100, 'utf8');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

function octal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}

function padded(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

function paxRecords(records: Record<string, string>): Buffer {
  const lines = Object.entries(records).map(([key, value]) => {
    const body = ` ${key}=${value}\n`;
    // The record's length counts its own digits.
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length) length++;
    return `${length}${body}`;
  });
  return Buffer.from(lines.join(''), 'utf8');
}

export interface TarEntry {
  name: string;
  type: TarEntryType;
  mode: number;
  size: number;
  linkTarget: string;
}

/** What the reader does with one entry's bytes: `write` each chunk, then `end`. */
export interface TarEntrySink {
  write(chunk: Buffer): void;
  end(): void;
}

/**
 * A streaming reader: push the archive's bytes in any chunking; `onEntry` is called with each entry's
 * header and may return a sink for its content (or nothing, to skip it).
 */
export class TarReader {
  private pending: Buffer = Buffer.alloc(0);
  private remaining = 0;
  private padding = 0;
  private sink?: TarEntrySink;
  /** An extended header's body being collected (`x` PAX or `L`/`K` GNU long names). */
  private extension?: { kind: string; chunks: Buffer[] };
  private overrides: { path?: string; linkpath?: string; size?: number } = {};
  private finished = false;

  constructor(private readonly onEntry: (entry: TarEntry) => TarEntrySink | undefined) {}

  get ended(): boolean {
    return this.finished;
  }

  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (!this.finished) {
      if (this.remaining > 0) {
        if (this.pending.length === 0) return;
        const take = Math.min(this.remaining, this.pending.length);
        this.content(this.pending.subarray(0, take));
        this.pending = this.pending.subarray(take);
        this.remaining -= take;
        if (this.remaining === 0) this.endEntry();
        continue;
      }
      if (this.padding > 0) {
        const skip = Math.min(this.padding, this.pending.length);
        this.pending = this.pending.subarray(skip);
        this.padding -= skip;
        if (this.padding > 0) return;
        continue;
      }
      if (this.pending.length < BLOCK) return;
      const block = this.pending.subarray(0, BLOCK);
      this.pending = this.pending.subarray(BLOCK);
      this.header(block);
    }
  }

  private header(block: Buffer): void {
    if (block.every(b => b === 0)) {
      this.finished = true;
      return;
    }
    const typeflag = String.fromCharCode(block[156]!);
    const extension = typeflag === 'x' || typeflag === 'L' || typeflag === 'K' || typeflag === 'g';
    const size = (extension ? undefined : this.overrides.size) ?? readNumber(block, 124, 12);
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    this.remaining = size;
    if (extension) {
      this.extension = { kind: typeflag, chunks: [] };
      if (size === 0) this.endEntry();
      return;
    }
    const prefix = readString(block, 345, 155);
    const base = readString(block, 0, 100);
    const name = this.overrides.path ?? (prefix ? `${prefix}/${base}` : base);
    const entry: TarEntry = {
      name: name.replace(/\/+$/, ''),
      type:
        typeflag === '0' || typeflag === '\0' || typeflag === '7'
          ? 'file'
          : typeflag === '5'
            ? 'directory'
            : typeflag === '2'
              ? 'symlink'
              : 'other',
      mode: readNumber(block, 100, 8),
      size,
      linkTarget: this.overrides.linkpath ?? readString(block, 157, 100)
    };
    this.overrides = {};
    this.sink = this.onEntry(entry);
    if (size === 0) this.endEntry();
  }

  private content(chunk: Buffer): void {
    if (this.extension) this.extension.chunks.push(Buffer.from(chunk));
    else this.sink?.write(chunk);
  }

  private endEntry(): void {
    if (this.extension) {
      const body = Buffer.concat(this.extension.chunks).toString('utf8');
      if (this.extension.kind === 'x') this.overrides = { ...this.overrides, ...parsePax(body) };
      else if (this.extension.kind === 'L') this.overrides.path = body.replace(/\0.*$/s, '');
      else if (this.extension.kind === 'K') this.overrides.linkpath = body.replace(/\0.*$/s, '');
      this.extension = undefined;
      return;
    }
    this.sink?.end();
    this.sink = undefined;
  }
}

function parsePax(body: string): { path?: string; linkpath?: string; size?: number } {
  const found: { path?: string; linkpath?: string; size?: number } = {};
  for (const line of body.split('\n')) {
    const match = /^\d+ ([^=]+)=(.*)$/s.exec(line);
    if (!match) continue;
    const [, key, value] = match;
    if (key === 'path') found.path = value;
    else if (key === 'linkpath') found.linkpath = value;
    else if (key === 'size') found.size = Number(value);
  }
  return found;
}

function readString(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** Octal, or base-256 (high bit set) for values past the octal field's range. */
function readNumber(block: Buffer, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length);
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + field[i]!;
    return value;
  }
  const text = readString(block, offset, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}
