// A local file's upload over SFTP with fewer copies than ssh2's fastPut. fastPut reads each chunk
// into a buffer, and its write() allocates an SFTP packet and copies the chunk into it before the
// channel copies it again into SSH packets: per 200 MB, 200 MB more allocated and copied (and the
// garbage collections those allocations bring). Here the file is read in blocks of several writes
// into two reused buffers, and each SFTP WRITE goes straight to the channel: its header and the
// first bytes of data in one small reused buffer, the rest as slices of the block. The channel
// copies each SSH packet's data synchronously (Protocol.channelData), so a block is free again as
// soon as its writes have gone, before the server answers them.
//
// ssh2 has no API for this, so its SFTP session's internals are used, by the fields below, and
// checked first: with any other shape, sftpPut says so and the caller uses fastPut. The requests
// take their ids from ssh2's own counter and register in its table, so ssh2 parses the server's
// STATUS answers (and fails them all if the channel closes). A WRITE is only sent whole, when the
// channel window holds all of it (it is shortened to fit) and ssh2 has nothing queued: other
// requests on the session (a tree's files go up in parallel) never find half a packet on the channel.
import { open, type FileHandle } from 'node:fs/promises';

interface Outgoing {
  id: number;
  window: number;
  packetSize: number;
  state: string;
}

/** ssh2 1.x's SFTP session (protocol/SFTP.js), by the fields used here. */
interface RawSftp {
  _requests: Record<number, { cb: (err?: Error) => void }>;
  _writeReqid: number;
  _maxWriteLen: number;
  _buffer: unknown[];
  _waitWindow: boolean;
  _chunkcb: ((this: RawSftp) => void) | undefined;
  outgoing: Outgoing;
  _protocol: { channelData(id: number, data: Buffer): void };
  open(path: string, flags: string, callback: (err: Error | undefined, handle: Buffer) => void): void;
  fchmod(handle: Buffer, mode: number, callback: (err?: Error) => void): void;
  chmod(path: string, mode: number, callback: (err?: Error) => void): void;
  close(handle: Buffer, callback: (err?: Error) => void): void;
  once(event: 'close', listener: () => void): void;
  removeListener(event: 'close', listener: () => void): void;
}

const SSH_FXP_WRITE = 6;
/** A WRITE cut short by the window is sent once it can carry this much. */
const MIN_WRITE_BYTES = 32 * 1024;
/** As ssh2's counter wraps. */
const MAX_REQID = 2 ** 32 - 1;

/** Whether sftpPut can drive this session (ssh2's internals are as expected). */
export function canSftpPut(session: unknown): boolean {
  const s = session as Partial<RawSftp> | undefined;
  return (
    typeof s?._requests === 'object' &&
    s._requests !== null &&
    typeof s._writeReqid === 'number' &&
    typeof s._maxWriteLen === 'number' &&
    Array.isArray(s._buffer) &&
    typeof s._waitWindow === 'boolean' &&
    typeof s.outgoing?.id === 'number' &&
    typeof s.outgoing.window === 'number' &&
    typeof s.outgoing.packetSize === 'number' &&
    typeof s._protocol?.channelData === 'function' &&
    typeof s.open === 'function' &&
    typeof s.fchmod === 'function' &&
    typeof s.chmod === 'function' &&
    typeof s.close === 'function'
  );
}

/** Who waits on each session for window (or for ssh2's queue to drain). */
const waiting = new WeakMap<RawSftp, Set<() => void>>();

/**
 * Runs `wake` once the channel window grows: ssh2 calls a waiting channel's _chunkcb on the
 * server's window adjust. ssh2's own callback (its queue's drain), if set, runs first.
 */
function onWindow(sftp: RawSftp, wake: () => void): void {
  let waiters = waiting.get(sftp);
  if (!waiters) waiting.set(sftp, (waiters = new Set()));
  waiters.add(wake);
  const current = sftp._chunkcb;
  if (current && (current as { wakesPuts?: boolean }).wakesPuts) return;
  const wakeAll = function (this: RawSftp) {
    if (sftp._chunkcb === wakeAll) sftp._chunkcb = undefined;
    current?.call(this);
    const all = [...waiters];
    waiters.clear();
    for (const w of all) w();
  };
  (wakeAll as { wakesPuts?: boolean }).wakesPuts = true;
  sftp._chunkcb = wakeAll;
  sftp._waitWindow = true;
}

export interface SftpPutOptions {
  mode: number;
  /** Bytes per WRITE (capped at what the server takes, as ssh2 reads it). */
  chunkBytes: number;
  /** WRITEs awaiting their answer at once. */
  inFlight: number;
  /** WRITEs per read of the local file. */
  chunksPerRead?: number;
}

/** Uploads localPath to remotePath, with the mode set; the session must pass canSftpPut. */
export async function sftpPut(
  session: unknown,
  localPath: string,
  remotePath: string,
  options: SftpPutOptions
): Promise<void> {
  const sftp = session as RawSftp;
  const local = await open(localPath, 'r');
  try {
    const size = (await local.stat()).size;
    const handle = await new Promise<Buffer>((resolve, reject) =>
      sftp.open(remotePath, 'w', (err, h) => (err ? reject(err) : resolve(h)))
    );
    let failure: unknown;
    try {
      // Set at once, as fastPut does: the mode given at open is trimmed by the server's umask. As
      // fastPut, a server without fchmod gets chmod, and a mode that cannot be set (a file
      // another user owns) does not stop the upload.
      await new Promise<void>(resolve =>
        sftp.fchmod(handle, options.mode, err =>
          err ? sftp.chmod(remotePath, options.mode, () => resolve()) : resolve()
        )
      );
      if (size > 0) await writeAll(sftp, handle, local, size, options);
    } catch (err) {
      failure = err;
    }
    // ssh2 would never answer a request on a closed channel (fastPut checks this too).
    if (sftp.outgoing.state === 'open')
      await new Promise<void>((resolve, reject) =>
        sftp.close(handle, err => (err && !failure ? reject(err) : resolve()))
      );
    else failure ??= new Error('the SFTP channel closed before the file was closed');
    if (failure) throw failure;
  } finally {
    await local.close();
  }
}

function writeAll(
  sftp: RawSftp,
  handle: Buffer,
  local: FileHandle,
  size: number,
  options: SftpPutOptions
): Promise<void> {
  const chunk = Math.max(1, Math.min(options.chunkBytes, sftp._maxWriteLen));
  const blockBytes = chunk * (options.chunksPerRead ?? 4);
  // length, type, id, handle, offset, data length
  const headerBytes = 4 + 1 + 4 + 4 + handle.length + 8 + 4;
  const first = Buffer.allocUnsafe(headerBytes + sftp.outgoing.packetSize);
  handle.copy(first, 13);

  return new Promise<void>((resolve, reject) => {
    /** Two blocks: the one being sent, and the next one being read meanwhile. */
    const blocks = [
      Buffer.allocUnsafe(Math.min(blockBytes, size)),
      Buffer.allocUnsafe(Math.min(blockBytes, size))
    ];
    let current: { data: Buffer; start: number; sent: number } | undefined;
    let next: Promise<{ data: Buffer; start: number; sent: number }> | undefined;
    let nextBlock = 0;
    let readFrom = 0;
    let inFlight = 0;
    let done = false;
    let reading = false;

    const fail = (err: unknown) => {
      if (done) return;
      done = true;
      sftp.removeListener('close', onClose);
      reject(err);
    };
    const onClose = () => fail(new Error('the SFTP session closed during the upload'));
    sftp.once('close', onClose);

    const read = () => {
      const data = blocks[nextBlock];
      nextBlock ^= 1;
      const start = readFrom;
      const length = Math.min(data.length, size - start);
      readFrom += length;
      return local.read(data, 0, length, start).then(({ bytesRead }) => {
        if (bytesRead !== length)
          throw new Error(`${length - bytesRead} bytes of the file vanished while it was read`);
        return { data: data.subarray(0, length), start, sent: 0 };
      });
    };

    const pump = (): void => {
      if (done) return;
      while (inFlight < options.inFlight) {
        if (!current || current.sent === current.data.length) {
          if (readFrom >= size && !next) {
            if (inFlight === 0) {
              done = true;
              sftp.removeListener('close', onClose);
              resolve();
            }
            return;
          }
          if (reading) return;
          // The block just sent is free: read the one after the next into it.
          reading = true;
          const ready = next ?? read();
          ready.then(
            block => {
              reading = false;
              current = block;
              next = readFrom < size ? read() : undefined;
              // A failed read is reported when its block is wanted.
              next?.catch(() => undefined);
              pump();
            },
            err => fail(err)
          );
          return;
        }
        if (sftp.outgoing.state !== 'open') return fail(new Error('the SFTP channel is closed'));
        // A WRITE shorter than the chunk goes when the window has room for a good part of one, or
        // for any of it when nothing of ours is in flight (a server whose window never holds a
        // whole chunk); otherwise wait for the window to grow.
        const room = sftp.outgoing.window - headerBytes;
        const length = Math.min(chunk, current.data.length - current.sent, room);
        const enough = length >= Math.min(MIN_WRITE_BYTES, current.data.length - current.sent);
        if (sftp._buffer.length > 0 || length <= 0 || (!enough && inFlight > 0)) {
          onWindow(sftp, pump);
          // ssh2 may take the window callback back for its own queue; with no answer of ours to
          // come, look again shortly rather than wait on it alone.
          if (inFlight === 0) setTimeout(pump, 10);
          return;
        }
        send(current.data.subarray(current.sent, current.sent + length), current.start + current.sent);
        current.sent += length;
      }
    };

    const send = (data: Buffer, offset: number) => {
      const reqid = (sftp._writeReqid = (sftp._writeReqid + 1) & MAX_REQID) >>> 0;
      first.writeUInt32BE(headerBytes - 4 + data.length, 0);
      first[4] = SSH_FXP_WRITE;
      first.writeUInt32BE(reqid, 5);
      first.writeUInt32BE(handle.length, 9);
      const p = 13 + handle.length;
      first.writeUInt32BE(Math.floor(offset / 2 ** 32), p);
      first.writeUInt32BE(offset >>> 0, p + 4);
      first.writeUInt32BE(data.length, p + 8);
      inFlight++;
      sftp._requests[reqid] = {
        cb: err => {
          inFlight--;
          if (err) return fail(err);
          pump();
        }
      };
      // As ssh2 sends a payload: SSH packets of at most packetSize, the window reduced by each.
      const { id, packetSize } = sftp.outgoing;
      const head = Math.max(0, Math.min(packetSize - headerBytes, data.length));
      data.copy(first, headerBytes, 0, head);
      sftp._protocol.channelData(id, first.subarray(0, headerBytes + head));
      for (let p = head; p < data.length; p += packetSize)
        sftp._protocol.channelData(id, data.subarray(p, Math.min(p + packetSize, data.length)));
      sftp.outgoing.window -= headerBytes + data.length;
    };

    pump();
  });
}
