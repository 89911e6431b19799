export const id = 513;
export const ids = [513];
export const modules = {

/***/ 8513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectSsh: () => (/* binding */ connectSsh)
});

// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(5472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/communicator/connect-retry.ts
var connect_retry = __webpack_require__(8374);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/communicator/ssh2-gcm.ts
// Speed-ups for AES-GCM in ssh2 without its optional native addon (the bundle leaves the addon
// out, so this is what the action runs). ssh2 then encrypts through node:crypto, and per SSH
// packet (at most 32 KiB with OpenSSH: 6,400 of them for a 200 MB upload) it
// - allocates a fresh packet buffer and fills its few bytes of padding with randomFillSync;
// - calls createCipheriv (GCM takes a fresh nonce per packet, which node:crypto cannot change on a
//   cipher) with the raw key Buffer: on Node 24 node:crypto tells a Buffer from a key object by
//   trying the key object's private slots and catching the TypeError, twice per call, an Error
//   with a captured stack per packet; createDecipheriv on every packet received does the same.
// Here the key is a KeyObject made once, the padding comes from a 4 KiB block of randomFillSync
// output used up in order, and the plaintext packet is written into one reused buffer (the
// ciphertext is a new buffer from node:crypto either way). Fewer fresh buffers is most of the
// gain: they are what makes V8 run full garbage collections during an upload. Each packet is three
// socket writes (length, ciphertext, tag); the socket is corked until the end of the tick, so the
// packets of one SFTP write leave in one system call rather than as many small TCP segments
// (Nagle is off) that sshd reads one by one. The key, the cipher, the nonce sequence, random
// padding, and so every byte on the wire, are as ssh2's own.

const GCM = new Set(['aes-128-gcm', 'aes-256-gcm']);
/** ssh2's client packets carry at most 35,000 bytes; larger ones get a buffer of their own. */
const SCRATCH_BYTES = 36 * 1024;
/**
 * Speeds up the connection's current AES-GCM cipher and decipher; given the connection's socket,
 * the packets written in one tick also leave in one write. A re-key brings new ones, so
 * call it after every handshake. Anything else (the addon's ciphers, another algorithm, an ssh2
 * whose fields differ) is left as it is.
 */
function speedUpGcm(protocol, socket) {
    const transport = protocol;
    const decipher = transport?._decipher;
    if (decipher && GCM.has(decipher._decipherSSLName) && Buffer.isBuffer(decipher._decipherKey))
        decipher._decipherKey = (0,external_node_crypto_.createSecretKey)(decipher._decipherKey);
    const cipher = transport?._cipher;
    if (cipher &&
        GCM.has(cipher._encSSLName) &&
        Buffer.isBuffer(cipher._encKey) &&
        Buffer.isBuffer(cipher._encIV) &&
        cipher._encIV.length === 12 &&
        typeof cipher._onWrite === 'function' &&
        typeof cipher.outSeqno === 'number')
        patchCipher(cipher, (0,external_node_crypto_.createSecretKey)(cipher._encKey), corkable(socket));
}
function corkable(socket) {
    const s = socket;
    return typeof s?.cork === 'function' && typeof s.uncork === 'function' ? s : undefined;
}
function patchCipher(cipher, key, socket) {
    const name = cipher._encSSLName;
    const iv = cipher._encIV;
    const onWrite = cipher._onWrite;
    cipher._encKey = key;
    const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
    // The scratch buffer is lent to one packet at a time, from allocPacket until encrypt has read it;
    // a packet allocated meanwhile (or a large one) gets a buffer of its own.
    let lent = false;
    const padding = Buffer.allocUnsafe(4096);
    let paddingUsed = padding.length;
    let corked = false;
    const uncork = () => {
        corked = false;
        socket.uncork();
    };
    cipher.allocPacket = (payloadLen) => {
        // As ssh2: 4-byte length, 1-byte padding length, payload, 4 to 19 bytes of padding, to a multiple of 16.
        let packetLen = 4 + 1 + payloadLen;
        let padLen = 16 - ((packetLen - 4) & 15);
        if (padLen < 4)
            padLen += 16;
        packetLen += padLen;
        let packet;
        if (!lent && packetLen <= scratch.length) {
            lent = true;
            packet = scratch.subarray(0, packetLen);
        }
        else
            packet = Buffer.allocUnsafe(packetLen);
        packet.writeUInt32BE(packetLen - 4, 0);
        packet[4] = padLen;
        if (paddingUsed + padLen > padding.length) {
            (0,external_node_crypto_.randomFillSync)(padding);
            paddingUsed = 0;
        }
        padding.copy(packet, 5 + payloadLen, paddingUsed, paddingUsed + padLen);
        paddingUsed += padLen;
        return packet;
    };
    cipher.encrypt = (packet) => {
        if (cipher._dead)
            return;
        // Every packet is three writes (length, ciphertext, tag), and one SFTP write is several packets:
        // the socket sends all written in this tick in one system call (and fewer TCP segments).
        if (socket && !corked) {
            corked = true;
            socket.cork();
            process.nextTick(uncork);
        }
        const gcm = (0,external_node_crypto_.createCipheriv)(name, key, iv);
        gcm.setAutoPadding(false);
        const length = Buffer.from(packet.subarray(0, 4));
        gcm.setAAD(length);
        const encrypted = gcm.update(packet.subarray(4));
        gcm.final();
        const tag = gcm.getAuthTag();
        // Read in full: the scratch buffer may go to the next packet, even one that writing this one starts.
        if (packet.buffer === scratch.buffer)
            lent = false;
        incrementNonce(iv);
        cipher.outSeqno = (cipher.outSeqno + 1) >>> 0;
        onWrite(length);
        onWrite(encrypted);
        onWrite(tag);
    };
}
/** The invocation counter, the nonce's last 8 bytes, big-endian, plus one (RFC 5647, as ssh2 does). */
function incrementNonce(iv) {
    for (let i = 11; i >= 4; i--) {
        iv[i] = (iv[i] + 1) & 0xff;
        if (iv[i] !== 0)
            return;
    }
}

// EXTERNAL MODULE: ./src/communicator/host-key.ts
var host_key = __webpack_require__(7691);
// EXTERNAL MODULE: ./src/communicator/lines.ts
var lines = __webpack_require__(696);
// EXTERNAL MODULE: ./src/communicator/download-limits.ts
var download_limits = __webpack_require__(1820);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/communicator/sftp-put.ts
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

const SSH_FXP_WRITE = 6;
/** A WRITE cut short by the window is sent once it can carry this much. */
const MIN_WRITE_BYTES = 32 * 1024;
/** As ssh2's counter wraps. */
const MAX_REQID = 2 ** 32 - 1;
/** Whether sftpPut can drive this session (ssh2's internals are as expected). */
function canSftpPut(session) {
    const s = session;
    return (typeof s?._requests === 'object' &&
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
        typeof s.close === 'function');
}
/** Who waits on each session for window (or for ssh2's queue to drain). */
const waiting = new WeakMap();
/**
 * Runs `wake` once the channel window grows: ssh2 calls a waiting channel's _chunkcb on the
 * server's window adjust. ssh2's own callback (its queue's drain), if set, runs first.
 */
function onWindow(sftp, wake) {
    let waiters = waiting.get(sftp);
    if (!waiters)
        waiting.set(sftp, (waiters = new Set()));
    waiters.add(wake);
    const current = sftp._chunkcb;
    if (current && current.wakesPuts)
        return;
    const wakeAll = function () {
        if (sftp._chunkcb === wakeAll)
            sftp._chunkcb = undefined;
        current?.call(this);
        const all = [...waiters];
        waiters.clear();
        for (const w of all)
            w();
    };
    wakeAll.wakesPuts = true;
    sftp._chunkcb = wakeAll;
    sftp._waitWindow = true;
}
/** Uploads localPath to remotePath, with the mode set; the session must pass canSftpPut. */
async function sftpPut(session, localPath, remotePath, options) {
    const sftp = session;
    const local = await (0,promises_.open)(localPath, 'r');
    try {
        const size = (await local.stat()).size;
        const handle = await new Promise((resolve, reject) => sftp.open(remotePath, 'w', (err, h) => (err ? reject(err) : resolve(h))));
        let failure;
        try {
            // Set at once, as fastPut does: the mode given at open is trimmed by the server's umask. As
            // fastPut, a server without fchmod gets chmod, and a mode that cannot be set (a file
            // another user owns) does not stop the upload.
            await new Promise(resolve => sftp.fchmod(handle, options.mode, err => err ? sftp.chmod(remotePath, options.mode, () => resolve()) : resolve()));
            if (size > 0)
                await writeAll(sftp, handle, local, size, options);
        }
        catch (err) {
            failure = err;
        }
        // ssh2 would never answer a request on a closed channel (fastPut checks this too).
        if (sftp.outgoing.state === 'open')
            await new Promise((resolve, reject) => sftp.close(handle, err => (err && !failure ? reject(err) : resolve())));
        else
            failure ??= new Error('the SFTP channel closed before the file was closed');
        if (failure)
            throw failure;
    }
    finally {
        await local.close();
    }
}
function writeAll(sftp, handle, local, size, options) {
    const chunk = Math.max(1, Math.min(options.chunkBytes, sftp._maxWriteLen));
    const blockBytes = chunk * (options.chunksPerRead ?? 4);
    // length, type, id, handle, offset, data length
    const headerBytes = 4 + 1 + 4 + 4 + handle.length + 8 + 4;
    const first = Buffer.allocUnsafe(headerBytes + sftp.outgoing.packetSize);
    handle.copy(first, 13);
    return new Promise((resolve, reject) => {
        /** Two blocks: the one being sent, and the next one being read meanwhile. */
        const blocks = [
            Buffer.allocUnsafe(Math.min(blockBytes, size)),
            Buffer.allocUnsafe(Math.min(blockBytes, size))
        ];
        let current;
        let next;
        let nextBlock = 0;
        let readFrom = 0;
        let inFlight = 0;
        let done = false;
        let reading = false;
        const fail = (err) => {
            if (done)
                return;
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
        const pump = () => {
            if (done)
                return;
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
                    if (reading)
                        return;
                    // The block just sent is free: read the one after the next into it.
                    reading = true;
                    const ready = next ?? read();
                    ready.then(block => {
                        reading = false;
                        current = block;
                        next = readFrom < size ? read() : undefined;
                        // A failed read is reported when its block is wanted.
                        next?.catch(() => undefined);
                        pump();
                    }, err => fail(err));
                    return;
                }
                if (sftp.outgoing.state !== 'open')
                    return fail(new Error('the SFTP channel is closed'));
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
                    if (inFlight === 0)
                        setTimeout(pump, 10);
                    return;
                }
                send(current.data.subarray(current.sent, current.sent + length), current.start + current.sent);
                current.sent += length;
            }
        };
        const send = (data, offset) => {
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
                    if (err)
                        return fail(err);
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

;// CONCATENATED MODULE: ./src/communicator/sftp-fs.ts
// SFTP's callback API as the promise-based RemoteFs that transfers use. The SFTP session is
// described here by shape only (ssh2's SFTPWrapper fits it), so that ssh.ts and the ansible
// proxy stay the only modules that import ssh2.


/** SFTP status codes for the end of a listing (SSH_FX_EOF) and "no such file" (SSH_FX_NO_SUCH_FILE). */
const EOF = 1;
const NO_SUCH_FILE = 2;
/**
 * Uploads move in writes this large, this many in flight: the largest write OpenSSH's sftp-server
 * takes in one request (256 KiB less the packet overhead, within the 255 KiB its limits extension
 * announces), and enough of them to fill the 2 MiB channel window OpenSSH grants. ssh2's defaults
 * (32 KiB, 64 in flight) spend the time in per-request work, and sshd answers 8 times as many
 * requests. Measured (Node 24, no addon, ssh2-gcm.ts): 64 KiB to 256 KiB writes and 4 to 16 in
 * flight cost about the same CPU; what is left is per 32 KiB SSH packet (the ciphertext buffer
 * node:crypto allocates, and the garbage collections its buffers bring) and sshd's own copying.
 * sftp-put.ts sends the writes (fastPut only if ssh2's internals are not as it expects).
 */
const UPLOAD_CHUNK_BYTES = 256 * 1024 - 2048;
const UPLOAD_IN_FLIGHT = 8;
function sftpFs(sftp) {
    let limitError;
    const call = (fn) => new Promise((resolve, reject) => fn(err => (err ? reject(err) : resolve())));
    const stat = (path) => new Promise((resolve, reject) => sftp.stat(path, (err, stats) => {
        if (err)
            return err.code === NO_SUCH_FILE ? resolve(undefined) : reject(err);
        resolve(toStat(stats));
    }));
    return {
        // Modes are set explicitly after the write: the one given at open is trimmed by the server's umask.
        writeFile: async (path, data, mode) => {
            await call(done => sftp.writeFile(path, data, { mode }, done));
            await call(done => sftp.chmod(path, mode, done));
        },
        putFile: (localPath, path, mode) => canSftpPut(sftp)
            ? sftpPut(sftp, localPath, path, { mode, chunkBytes: UPLOAD_CHUNK_BYTES, inFlight: UPLOAD_IN_FLIGHT })
            : call(done => sftp.fastPut(localPath, path, { mode, chunkSize: UPLOAD_CHUNK_BYTES, concurrency: UPLOAD_IN_FLIGHT }, done)),
        getFile: (path, localPath, maxBytes) => new Promise((resolve, reject) => {
            let over = false;
            const step = (transferred) => {
                if (over || transferred <= maxBytes)
                    return;
                // The file is bigger than its listing said: ending the session is the one way to stop
                // fastGet's reads in flight (ssh.ts opens a fresh session for the next transfer).
                over = true;
                limitError ??= new download_limits/* DownloadLimitError */._j({
                    limit: 'maxBytes',
                    value: maxBytes,
                    message: `${path} grew past ${maxBytes} bytes while it was read`
                });
                sftp.end();
            };
            sftp.fastGet(path, localPath, { step }, err => {
                // Every transfer in flight fails with the session; each says why it was ended.
                if (limitError)
                    reject(limitError);
                else if (err)
                    reject(err);
                else
                    resolve();
            });
        }),
        mkdir: (path, mode) => call(done => sftp.mkdir(path, { mode }, done)),
        stat,
        // Batch by batch on one handle, so that a directory of a million entries is never read whole.
        readdir: (path, maxEntries = Infinity) => new Promise((resolve, reject) => sftp.opendir(path, (err, handle) => {
            if (err)
                return reject(err);
            const entries = [];
            const finish = (outcome) => sftp.close(handle, () => (outcome ? reject(outcome) : resolve(entries)));
            const more = () => sftp.readdir(handle, (err, list) => {
                if (err)
                    return finish(err.code === EOF ? undefined : err);
                for (const e of list) {
                    if (e.filename === '.' || e.filename === '..')
                        continue;
                    // Listings describe a symlink itself (lstat): it is reported, not followed.
                    entries.push({ name: e.filename, stat: toStat(e.attrs) });
                }
                if (entries.length > maxEntries)
                    return finish(new download_limits/* DownloadLimitError */._j({
                        limit: 'maxFiles',
                        value: maxEntries,
                        message: `${path} holds more entries`
                    }));
                more();
            });
            more();
        }))
    };
}
function toStat(stats) {
    const kind = stats.isSymbolicLink()
        ? 'symlink'
        : stats.isDirectory()
            ? 'directory'
            : stats.isFile()
                ? 'file'
                : 'other';
    return { kind, mode: stats.mode & 0o7777, size: stats.size ?? 0 };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/communicator/transfer.ts
// File transfers over a minimal remote filesystem (SFTP in practice, adapted in ssh.ts): single
// files, and whole trees with many files in flight, since one round trip per file at a time is
// what makes naive uploads of a node_modules or a site directory take minutes.
//
// Downloads read a machine we do not control, so they cannot be turned against the runner:
// inside a tree, symlinks are not followed (neither out of the tree nor round a loop) and are
// listed as skipped, as are devices, FIFOs and sockets; a name that is not a plain name ("..",
// "a/b") fails the download; and a cap on entries and bytes ends a runaway download with a
// DownloadLimitError before the disk fills. (Packer downloads a directory with `scp -r`, which
// follows symlinks.) Only the path the template names is resolved as given, symlink or not.



/** How many files move at once: SFTP pipelines requests, so this hides the round trips. */
const IN_FLIGHT = 16;
async function uploadContent(fs, remotePath, content, mode) {
    if (typeof content === 'object' && !Buffer.isBuffer(content)) {
        const fileMode = mode ?? (await (0,promises_.stat)(content.localPath)).mode & 0o777;
        await fs.putFile(content.localPath, remotePath, fileMode);
    }
    else {
        await fs.writeFile(remotePath, Buffer.from(content), mode ?? 0o644);
    }
}
/** Creates a remote directory and any missing parents, like `mkdir -p`. */
async function mkdirp(fs, path, mode = 0o755) {
    const existing = await fs.stat(path);
    if (existing?.kind === 'directory')
        return;
    if (existing)
        throw new Error(`${path} exists and is not a directory`);
    const parent = (0,external_node_path_.dirname)(path);
    if (parent !== path && parent !== '.')
        await mkdirp(fs, parent);
    try {
        await fs.mkdir(path, mode);
    }
    catch (err) {
        // Another transfer may have made it in the meantime.
        if ((await fs.stat(path))?.kind !== 'directory')
            throw err;
    }
}
/** One directory of a tree upload; one already there is merged into, as `scp -r` (Packer's upload) does. */
async function mkdirMerging(fs, path, mode) {
    try {
        await fs.mkdir(path, mode);
    }
    catch (err) {
        if ((await fs.stat(path))?.kind !== 'directory')
            throw err;
    }
}
async function uploadTree(fs, localDir, remoteDir) {
    const tree = await walkLocal(localDir);
    await mkdirp(fs, remoteDir);
    // Parents before children: one depth level at a time, each level in parallel.
    const byDepth = groupBy(tree.dirs, d => d.path.split('/').length);
    for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
        await inParallel(byDepth.get(depth), d => mkdirMerging(fs, joinRemote(remoteDir, d.path), d.mode));
    }
    await inParallel(tree.files, f => fs.putFile((0,external_node_path_.join)(localDir, f.path), joinRemote(remoteDir, f.path), f.mode));
}
async function downloadFile(fs, remotePath, localPath, limits = download_limits/* DEFAULT_DOWNLOAD_LIMITS */.Ib) {
    const found = await fs.stat(remotePath);
    if (!found)
        throw new Error(`${remotePath}: no such file`);
    if (found.kind === 'directory')
        throw new Error(`${remotePath} is a directory, not a file`);
    if (found.kind !== 'file')
        throw new Error(`${remotePath} is not a regular file`);
    if (found.size > limits.maxBytes)
        throw new download_limits/* DownloadLimitError */._j({
            limit: 'maxBytes',
            value: limits.maxBytes,
            message: `${remotePath} is ${found.size} bytes, more than ${limits.maxBytes}`
        });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(localPath), { recursive: true });
    await fs.getFile(remotePath, localPath, limits.maxBytes);
    await (0,promises_.chmod)(localPath, found.mode & 0o777);
    return { files: 1, bytes: (await (0,promises_.stat)(localPath)).size, skipped: [] };
}
async function downloadTree(fs, remoteDir, localDir, limits = download_limits/* DEFAULT_DOWNLOAD_LIMITS */.Ib) {
    const found = await fs.stat(remoteDir);
    if (found?.kind !== 'directory')
        throw new Error(`${remoteDir}: ${found ? 'not a directory' : 'no such directory'}`);
    const files = [];
    const dirs = [];
    const skipped = [];
    let entries = 0;
    let listed = 0;
    const tooMany = () => new download_limits/* DownloadLimitError */._j({
        limit: 'maxFiles',
        value: limits.maxFiles,
        message: `${remoteDir} holds more than ${limits.maxFiles} entries`
    });
    // Breadth first, each level's listings in parallel; only real directories are entered, so the
    // walk ends, and every entry counts against the limit before the next listing starts.
    let level = [''];
    while (level.length > 0) {
        const listings = await inParallel(level, async (dir) => ({
            dir,
            entries: await fs
                .readdir(joinRemote(remoteDir, dir), limits.maxFiles - entries)
                .catch((err) => {
                if (err instanceof download_limits/* DownloadLimitError */._j)
                    throw tooMany();
                throw err;
            })
        }));
        const next = [];
        for (const { dir, entries: list } of listings) {
            for (const { name, stat: entry } of list) {
                if (!isPlainName(name))
                    throw new Error(`${joinRemote(remoteDir, dir)} lists an entry named ${JSON.stringify(name)}`);
                const path = dir === '' ? name : `${dir}/${name}`;
                if (++entries > limits.maxFiles)
                    throw tooMany();
                if (entry.kind === 'symlink' || entry.kind === 'other') {
                    skipped.push(path);
                }
                else if (entry.kind === 'directory') {
                    dirs.push({ path, mode: entry.mode & 0o777 });
                    next.push(path);
                }
                else {
                    files.push({ path, mode: entry.mode & 0o777, size: entry.size });
                    listed += entry.size;
                    if (listed > limits.maxBytes)
                        throw new download_limits/* DownloadLimitError */._j({
                            limit: 'maxBytes',
                            value: limits.maxBytes,
                            message: `the files in ${remoteDir} hold more than ${limits.maxBytes} bytes`
                        });
                }
            }
        }
        level = next;
    }
    await (0,promises_.mkdir)(localDir, { recursive: true });
    // Owner access while files go in; then the remote modes, keeping the owner's access, deepest first.
    for (const d of dirs)
        await (0,promises_.mkdir)((0,external_node_path_.join)(localDir, d.path), { recursive: true, mode: 0o700 });
    // A file that grew after the listing may use what the listing left of the limit, no more.
    const slack = limits.maxBytes - listed;
    let bytes = 0;
    await inParallel(files, async (f) => {
        const local = (0,external_node_path_.join)(localDir, f.path);
        await fs.getFile(joinRemote(remoteDir, f.path), local, f.size + slack);
        await (0,promises_.chmod)(local, f.mode);
        bytes += (await (0,promises_.stat)(local)).size;
    });
    if (bytes > limits.maxBytes)
        throw new download_limits/* DownloadLimitError */._j({
            limit: 'maxBytes',
            value: limits.maxBytes,
            message: `the files in ${remoteDir} grew to ${bytes} bytes`
        });
    for (const d of [...dirs].reverse())
        await (0,promises_.chmod)((0,external_node_path_.join)(localDir, d.path), d.mode | 0o700);
    return { files: files.length, bytes, skipped };
}
/** A name a directory listing may hold: not empty, ".", "..", nor with a "/" or NUL in it. */
function isPlainName(name) {
    return name !== '' && name !== '.' && name !== '..' && !/[/\0]/.test(name);
}
/** Every directory and file under root, by '/'-separated relative path; symlinks are followed. */
async function walkLocal(root) {
    const tree = { dirs: [], files: [] };
    const visit = async (relative) => {
        const names = await (0,promises_.readdir)(relative === '' ? root : (0,external_node_path_.join)(root, relative));
        await Promise.all(names.map(async (name) => {
            const path = relative === '' ? name : `${relative}/${name}`;
            const info = await (0,promises_.stat)((0,external_node_path_.join)(root, path));
            if (info.isDirectory()) {
                tree.dirs.push({ path, mode: info.mode & 0o777 });
                await visit(path);
            }
            else if (info.isFile())
                tree.files.push({ path, mode: info.mode & 0o777 });
        }));
    };
    await visit('');
    return tree;
}
function joinRemote(dir, path) {
    if (path === '')
        return dir;
    return dir.endsWith('/') ? dir + path : `${dir}/${path}`;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return groups;
}
/** Runs fn over items with at most IN_FLIGHT at once; results in input order; first failure rejects. */
async function inParallel(items, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/communicator/ssh.ts








const { Client } = (lib_default());
/** ssh2's own default for one handshake; a dial never waits longer than the time left either. */
const HANDSHAKE_TIMEOUT_MS = 20_000;
const connectSsh = async (options) => {
    const target = { host: options.host, port: options.port, user: options.username };
    const client = await (0,connect_retry/* retryConnect */.rX)({
        target,
        timeoutMs: options.timeoutMs,
        retryDelayMs: options.retryDelayMs ?? 5000,
        unreachableRetryDelayMs: options.unreachableRetryDelayMs,
        handshakeAttempts: options.handshakeAttempts ?? 10,
        signal: options.signal,
        onAttempt: options.onAttempt,
        sleep: options.sleep
    }, timeLeftMs => dial(options, Math.min(timeLeftMs, HANDSHAKE_TIMEOUT_MS)));
    return new SshCommunicator(client, target, presentedKeys.get(client));
};
/** The host key fingerprint each connected client's server presented. */
const presentedKeys = new WeakMap();
/**
 * One attempt: resolves with an authenticated client, or rejects with a DialFailure saying what kind.
 * Over Session Manager the connection rides a data channel (options.openSocket); with a bastion, the
 * bastion is dialled first and the instance reached over a channel it forwards, and the bastion's
 * connection closes with the instance's.
 */
async function dial(options, readyTimeout) {
    if (options.openSocket) {
        let sock;
        try {
            sock = await options.openSocket(options.signal, readyTimeout);
        }
        catch (err) {
            const fatal = err?.fatal === true;
            throw new connect_retry/* DialFailure */.hR({ kind: fatal ? 'fatal' : 'unreachable', message: (0,errors/* messageOf */.bD)(err), cause: err });
        }
        return dialOver(options, readyTimeout, sock);
    }
    if (!options.bastion)
        return dialOver(options, readyTimeout, undefined);
    const jump = options.bastion;
    const bastion = await dialOver({
        ...options,
        host: jump.host,
        port: jump.port,
        username: jump.username,
        privateKey: jump.privateKey,
        password: jump.password,
        agent: jump.agent,
        expectedHostKeys: undefined
    }, readyTimeout, undefined).catch(error => {
        throw error instanceof connect_retry/* DialFailure */.hR
            ? new connect_retry/* DialFailure */.hR({
                kind: error.kind,
                message: `bastion ${jump.username}@${jump.host}:${jump.port}: ${error.message}`,
                cause: error
            })
            : error;
    });
    let stream;
    try {
        stream = await new Promise((resolve, reject) => bastion.forwardOut('127.0.0.1', 0, options.host, options.port, (err, channel) => err ? reject(err) : resolve(channel)));
    }
    catch (error) {
        bastion.end();
        // The bastion could not reach the instance yet (sshd still booting): another attempt will tell.
        throw new connect_retry/* DialFailure */.hR({
            kind: 'unreachable',
            message: `through bastion ${jump.host}: ${(0,errors/* messageOf */.bD)(error)}`,
            cause: error
        });
    }
    try {
        const client = await dialOver(options, readyTimeout, stream);
        client.on('close', () => bastion.end());
        return client;
    }
    catch (error) {
        bastion.end();
        throw error;
    }
}
function dialOver(options, readyTimeout, sock) {
    // An empty list means nothing to check against (the console had not printed the keys), not "accept none".
    const expected = options.expectedHostKeys?.length
        ? options.expectedHostKeys.map(host_key/* normalizeFingerprint */.o3)
        : undefined;
    return new Promise((resolve, reject) => {
        const client = new Client();
        let tcpConnected = false;
        let hostKeyMismatch;
        let settled = false;
        const onAbort = () => fail(options.signal?.reason);
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            options.signal?.removeEventListener('abort', onAbort);
            client.destroy();
            if (hostKeyMismatch)
                reject(new connect_retry/* DialFailure */.hR({ kind: 'fatal', message: hostKeyMismatch, cause: err }));
            else
                reject(new connect_retry/* DialFailure */.hR({
                    kind: tcpConnected ? 'handshake' : 'unreachable',
                    message: (0,errors/* messageOf */.bD)(err),
                    cause: err
                }));
        };
        // ssh2 emits errors after the dial too; the communicator listens for those, this one keeps them from throwing.
        client.on('error', fail);
        // Over a given stream, "connected" means the server has spoken: a stream that ends before that
        // (Session Manager's agent could not reach the port yet) is unreachable, retried until ssh_timeout.
        if (sock)
            sock.once('data', () => (tcpConnected = true));
        else
            client.on('connect', () => (tcpConnected = true));
        // Every handshake (the first and each re-key) brings a new cipher and decipher.
        client.on('handshake', () => {
            const internals = client;
            speedUpGcm(internals._protocol, internals._sock);
        });
        client.on('close', () => fail(new Error(sock?.closeReason ??
            'connection closed before authentication completed')));
        client.once('ready', () => {
            // Requests on this connection are small and wait for their answers (an exec, an SFTP round
            // trip, a proxied session): Nagle's algorithm would hold each back for the peer's delayed ACK.
            client.setNoDelay(true);
            settled = true;
            options.signal?.removeEventListener('abort', onAbort);
            resolve(client);
        });
        options.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            client.connect({
                ...(sock ? { sock } : { host: options.host, port: options.port }),
                username: options.username,
                privateKey: options.privateKey,
                password: options.password,
                agent: options.agent,
                algorithms: options.algorithms,
                readyTimeout,
                keepaliveInterval: options.keepaliveIntervalMs ?? 5000,
                keepaliveCountMax: 3,
                hostVerifier: (key) => {
                    const presented = (0,host_key/* sha256Fingerprint */._7)(key);
                    presentedKeys.set(client, presented);
                    if (!expected || expected.includes(presented))
                        return true;
                    hostKeyMismatch = (0,host_key/* hostKeyMismatchMessage */.ff)(presented, expected);
                    return false;
                }
            });
        }
        catch (err) {
            // Thrown synchronously: an unreadable key or a bad option, which no retry will fix.
            settled = true;
            options.signal?.removeEventListener('abort', onAbort);
            reject(new connect_retry/* DialFailure */.hR({ kind: 'fatal', message: (0,errors/* messageOf */.bD)(err), cause: err }));
        }
    });
}
class SshCommunicator {
    client;
    target;
    hostKeyFingerprint;
    closed = false;
    lastError;
    sftpSession;
    where;
    constructor(client, target, hostKeyFingerprint) {
        this.client = client;
        this.target = target;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.where = `${target.user}@${target.host}:${target.port}`;
        client.on('error', err => (this.lastError = err));
        client.on('close', () => {
            this.closed = true;
            this.sftpSession = undefined;
        });
    }
    exec(command, options = {}) {
        const { signal } = options;
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const cannotStart = (err) => reject(this.error(`could not start a command on ${this.where}`, err));
            const started = (err, channel) => {
                if (err)
                    return cannotStart(err);
                const stdout = new lines/* LineBuffer */.F0(options.onStdout);
                const stderr = new lines/* LineBuffer */.F0(options.onStderr);
                let exit;
                const onAbort = () => {
                    // OpenSSH honours "signal" requests; closing the channel makes sure nothing waits on it either way.
                    kill(channel);
                    channel.close();
                    reject(signal.reason);
                };
                // The signal may have fired while the channel was opening: an aborted signal fires no more events.
                if (signal?.aborted)
                    return onAbort();
                signal?.addEventListener('abort', onAbort, { once: true });
                channel.on('data', (chunk) => stdout.push(chunk));
                channel.stderr.on('data', (chunk) => stderr.push(chunk));
                channel.on('exit', (code, signalName) => {
                    exit = code === null ? { exitCode: null, signal: signalName } : { exitCode: code };
                });
                channel.on('close', () => {
                    signal?.removeEventListener('abort', onAbort);
                    stdout.end();
                    stderr.end();
                    // No exit status means the connection went away under the command (a reboot, a killed sshd).
                    resolve(exit ?? { exitCode: null, disconnected: true });
                });
            };
            try {
                if (options.pty)
                    this.client.exec(command, { pty: true }, started);
                else
                    this.client.exec(command, started);
            }
            catch (err) {
                cannotStart(err); // ssh2 throws "Not connected" synchronously once the socket is gone
            }
        });
    }
    execStream(command, streams, options = {}) {
        const { signal, env } = options;
        const { stdin, stdout, stderr } = streams;
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const cannotStart = (err) => reject(this.error(`could not start a command on ${this.where}`, err));
            const started = (err, channel) => {
                if (err)
                    return cannotStart(err);
                let exit;
                // The channel and its stderr each end on their own; the result waits for both, so every byte is delivered.
                let open = 2;
                const finished = () => {
                    if (--open > 0)
                        return;
                    signal?.removeEventListener('abort', onAbort);
                    stdin?.unpipe(channel);
                    // A slow reader may still hold the last chunks the channel handed it: the result comes after them.
                    void Promise.all([written(stdout), written(stderr)]).then(() => resolve(exit ?? { exitCode: null, disconnected: true }));
                };
                const onAbort = () => {
                    stdin?.unpipe(channel);
                    kill(channel);
                    channel.close();
                    reject(signal.reason);
                };
                if (signal?.aborted)
                    return onAbort();
                signal?.addEventListener('abort', onAbort, { once: true });
                // A write racing the close is all ssh2 reports here; the close that follows tells how the command ended.
                channel.on('error', () => undefined);
                channel.on('exit', (code, signalName) => {
                    exit = code === null ? { exitCode: null, signal: signalName } : { exitCode: code };
                });
                channel.on('close', finished);
                channel.stderr.on('close', finished);
                // pipe() is the back-pressure: a slow reader pauses the channel, which stops ssh2 widening its window.
                channel.pipe(stdout, { end: false });
                channel.stderr.pipe(stderr, { end: false });
                if (stdin)
                    stdin.pipe(channel);
                else
                    channel.end();
            };
            try {
                if (env)
                    this.client.exec(command, { env }, started);
                else
                    this.client.exec(command, started);
            }
            catch (err) {
                cannotStart(err);
            }
        });
    }
    upload(remotePath, content, mode) {
        remotePath = fromHome(remotePath);
        const what = typeof content === 'object' && !Buffer.isBuffer(content) ? `${content.localPath} ` : '';
        return this.transfer(`upload ${what}to ${remotePath}`, fs => uploadContent(fs, remotePath, content, mode));
    }
    uploadDirectory(localDir, remoteDir) {
        remoteDir = fromHome(remoteDir);
        return this.transfer(`upload ${localDir} to ${remoteDir}`, fs => uploadTree(fs, localDir, remoteDir));
    }
    download(remotePath, localPath, limits) {
        remotePath = fromHome(remotePath);
        return this.transfer(`download ${remotePath} to ${localPath}`, fs => downloadFile(fs, remotePath, localPath, limits));
    }
    downloadDirectory(remoteDir, localDir, limits) {
        remoteDir = fromHome(remoteDir);
        return this.transfer(`download ${remoteDir} to ${localDir}`, fs => downloadTree(fs, remoteDir, localDir, limits));
    }
    close() {
        if (this.closed)
            return Promise.resolve();
        return new Promise(resolve => {
            const timer = setTimeout(() => this.client.destroy(), 2000);
            this.client.once('close', () => {
                clearTimeout(timer);
                resolve();
            });
            this.client.end();
        });
    }
    async transfer(what, fn) {
        let sftp;
        try {
            sftp = await this.sftp();
        }
        catch (err) {
            throw this.error(`could not open SFTP on ${this.where} to ${what}`, err);
        }
        try {
            return await fn(sftpFs(sftp));
        }
        catch (err) {
            throw this.error(`could not ${what} on ${this.where}`, err);
        }
    }
    /** One SFTP session per connection, opened on first use: each one costs a round trip and a subsystem. */
    sftp() {
        if (this.closed)
            return Promise.reject(new Error('Not connected'));
        this.sftpSession ??= new Promise((resolve, reject) => {
            try {
                this.client.sftp((err, sftp) => {
                    if (err)
                        return reject(err);
                    sftp.on('close', () => (this.sftpSession = undefined));
                    resolve(sftp);
                });
            }
            catch (err) {
                reject(err);
            }
        }).catch(err => {
            this.sftpSession = undefined;
            throw err;
        });
        return this.sftpSession;
    }
    error(message, cause) {
        const detail = (0,errors/* messageOf */.bD)(cause);
        const lost = this.closed
            ? ` (connection closed${this.lastError ? `: ${this.lastError.message}` : ''})`
            : '';
        return new errors/* CommunicatorError */.yi({
            message: `SSH: ${message}: ${detail}${lost}`,
            target: this.target,
            cause,
            connectionLost: this.closed
        });
    }
}
/**
 * KILL for the remote command. ssh2's channel.signal() stays silent once our EOF has gone out (a
 * command whose stdin ended), yet SSH allows requests until the channel closes and sshd honours it.
 */
function kill(channel) {
    const raw = channel;
    try {
        if (raw.outgoing?.state === 'eof')
            raw._client?._protocol?.signal(raw.outgoing.id, 'KILL');
        else
            channel.signal('KILL');
    }
    catch {
        // the connection is already gone: nothing left to signal
    }
}
/** SFTP does not expand `~`, but its relative paths start in the home directory: `~/x` is `x`. */
function fromHome(remotePath) {
    if (remotePath === '~' || remotePath === '~/')
        return '.';
    return remotePath.startsWith('~/') ? remotePath.slice(2) : remotePath;
}
/** Resolves once `stream` has processed every chunk written to it (or is gone). */
function written(stream) {
    const writable = stream;
    return new Promise(resolve => {
        const check = () => {
            if (!(writable.writableLength > 0) || writable.destroyed)
                resolve();
            else
                setTimeout(check, 2);
        };
        check();
    });
}


/***/ })

};
