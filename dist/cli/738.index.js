export const id = 738;
export const ids = [738,691];
export const modules = {

/***/ 8691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oneTimeKeyPair: () => (/* binding */ oneTimeKeyPair)
/* harmony export */ });
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5472);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ssh2__WEBPACK_IMPORTED_MODULE_0__);
// Keys that live for one build step and are never written anywhere but a 0600 temp file: the
// ansible proxy's host key and the key ansible logs in with (Packer makes both afresh per run).

/**
 * A fresh ed25519 key pair for one build step (ssh2's generator): privateKey in OpenSSH format.
 * ssh2's generator drops a leading zero byte of the public key about once in 256 keys, writing a key
 * that neither ssh2 ("Malformed OpenSSH private key") nor OpenSSH can load: such a pair is thrown
 * away and another made, so one build in a hundred does not fail on it.
 */
function oneTimeKeyPair(comment) {
    for (;;) {
        const pair = ssh2__WEBPACK_IMPORTED_MODULE_0___default().utils.generateKeyPairSync('ed25519', { comment });
        if (!(ssh2__WEBPACK_IMPORTED_MODULE_0___default().utils.parseKey(pair.private) instanceof Error))
            return { privateKey: pair.private, publicKey: pair.public };
    }
}


/***/ }),

/***/ 3738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startSshProxy: () => (/* binding */ startSshProxy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(5472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/communicator/one-time-key.ts
var one_time_key = __webpack_require__(8691);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/communicator/proxy-session.ts
// One SSH session a client (ansible, scp, sftp) opens on the proxy, answered the way Packer's
// adapter (packer-plugin-sdk/adapter) answers it: an exec runs the command on the machine over the
// build's connection, the sftp subsystem runs sftp_command there, pty and env requests are
// accepted and otherwise ignored, everything else (shell, other subsystems, x11, agent) is refused.


/** Packer's default sftp_command. */
const DEFAULT_SFTP_COMMAND = '/usr/lib/sftp-server -e';
/** OpenSSH's own exit status when it cannot tell how the remote command ended (a dropped connection). */
const NO_EXIT_STATUS = 255;
function serveSession(session, ctx) {
    // OpenSSH asks for a pty for sudo and interactive use; Packer says yes and runs without one.
    // accept/reject are undefined when the client wants no reply, hence the optional calls.
    session.on('pty', accept => accept?.());
    // Accepted and not passed on, as Packer does: the machine's sshd would drop most of them anyway.
    session.on('env', (accept, _reject, info) => {
        ctx.debug(`env request ${JSON.stringify(info.key)} (accepted, not forwarded)`);
        accept?.();
    });
    session.on('exec', (accept, reject, info) => {
        if (!info.command)
            return reject?.();
        ctx.debug(`exec ${JSON.stringify(info.command)}`);
        start(info.command, accept(), session, ctx);
    });
    session.on('subsystem', (accept, reject, info) => {
        if (info.name !== 'sftp') {
            ctx.debug(`refused subsystem ${JSON.stringify(info.name)}`);
            return reject?.();
        }
        ctx.debug(`sftp subsystem: ${JSON.stringify(ctx.sftpCommand)}`);
        start(ctx.sftpCommand, accept(), session, ctx);
    });
    // No 'shell' listener: ssh2 refuses a shell request, as Packer's adapter does.
}
/** ssh2 hands back no channel when the session is already ending; nothing that goes wrong escapes a session. */
function start(command, channel, session, ctx) {
    if (!channel)
        return;
    forward(command, channel, session, ctx).catch((err) => {
        ctx.debug(`session failed: ${(0,errors/* messageOf */.bD)(err)}`);
        channel.close();
    });
}
/** Runs command on the machine with the channel as its stdin/stdout/stderr, then reports how it ended. */
async function forward(command, channel, session, ctx) {
    // A client that hangs up mid-output makes ssh2 report writes after the end: a debug line, not a crash.
    const onError = (err) => ctx.debug(`session error: ${(0,errors/* messageOf */.bD)(err)}`);
    channel.on('error', onError);
    channel.stderr.on('error', onError);
    const stop = new AbortController();
    const signal = AbortSignal.any([ctx.signal, stop.signal]);
    const stdin = clientInput(channel, session, () => stop.abort(new Error('the client closed the session')));
    let result;
    try {
        result = await ctx.communicator.execStream(command, { stdin, stdout: channel, stderr: channel.stderr }, { signal });
    }
    catch (err) {
        if (signal.aborted)
            return channel.close(); // the client left or the proxy closed: nobody to tell
        ctx.debug(`could not run the command: ${(0,errors/* messageOf */.bD)(err)}`);
        channel.stderr.write(`${(0,errors/* messageOf */.bD)(err)}\n`);
        result = { exitCode: NO_EXIT_STATUS };
    }
    // Everything the command printed goes out before its exit status, as with a direct connection.
    await flushed(channel, signal);
    await flushed(channel.stderr, signal);
    if (signal.aborted)
        return channel.close();
    ctx.debug(`command ended: ${describe(result)}`);
    sendExit(channel, result);
    channel.end(); // EOF, then the channel closes once the last bytes are through
}
/**
 * The client's bytes for the command's stdin. Only the client's EOF ends it: a session that closes
 * or dies without one (ssh killed, ansible gone) calls gone instead, which kills the command.
 * Sending EOF there would cost more than it seems: ssh2 sends no signal once EOF has gone out.
 */
function clientInput(channel, session, gone) {
    const stdin = new external_node_stream_.PassThrough();
    let eof = false;
    session.once('eof', () => (eof = true));
    session.once('close', () => eof || gone());
    channel.pipe(stdin, { end: false });
    // 'end' comes after the last byte was read, so nothing sent before the EOF is lost.
    channel.once('end', () => (eof ? stdin.end() : gone()));
    return stdin;
}
function sendExit(channel, result) {
    if (result.exitCode !== null)
        return channel.exit(result.exitCode);
    try {
        if (result.signal)
            return channel.exit(result.signal, false, '');
    }
    catch {
        // a signal name ssh2 does not know: fall through to a plain failure status
    }
    channel.exit(NO_EXIT_STATUS);
}
/** Resolves once every byte written so far has been handed to the connection (or the session is over). */
function flushed(stream, signal) {
    return new Promise(resolve => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
        };
        signal.addEventListener('abort', done, { once: true });
        // Writes complete in order: an empty one completes after everything queued before it.
        stream.write(Buffer.alloc(0), done);
    });
}
function describe(result) {
    if (result.exitCode !== null)
        return `exit status ${result.exitCode}`;
    if (result.signal)
        return `signal ${result.signal}`;
    return 'connection to the machine lost';
}

;// CONCATENATED MODULE: ./src/communicator/ssh-proxy.ts
// The SSH server Packer's ansible provisioner starts with use_proxy: ansible connects to it on
// 127.0.0.1, and every session it opens is forwarded over the build's own connection to the
// machine (proxy-session.ts). One-time host key, one user, one client key: nothing else gets in.






const { Server, utils } = (lib_default());
const HOST = '127.0.0.1';
/** Packer tries local_port and the next nine when one is taken. */
const PORT_TRIES = 10;
/** How long close() lets clients hang up after the disconnect message before cutting their sockets. */
const CLOSE_GRACE_MS = 1000;
async function startSshProxy(options) {
    const allowed = parsePublicKey(options.authorizedKey);
    const debug = options.debug ?? (() => undefined);
    const sftpCommand = options.sftpCommand || DEFAULT_SFTP_COMMAND;
    const hostKey = options.hostPrivateKey
        ? givenHostKey(options.hostPrivateKey)
        : (0,one_time_key.oneTimeKeyPair)('build-ami ansible proxy');
    // Aborting it kills every remote command still running, whichever connection it came from.
    const closing = new AbortController();
    const connections = new Set();
    const ssh = new Server({ hostKeys: [hostKey.privateKey] }, (connection, info) => {
        debug(`connection from ${info.ip}:${info.port}`);
        connections.add(connection);
        const gone = new AbortController();
        const endSessions = () => gone.abort(new Error('the SSH client disconnected'));
        closing.signal.addEventListener('abort', endSessions, { once: true });
        connection.on('error', err => debug(`connection error: ${(0,errors/* messageOf */.bD)(err)}`));
        connection.on('authentication', ctx => authenticate(ctx, options.user, allowed, debug));
        connection.on('session', accept => {
            const session = accept();
            if (session)
                serveSession(session, {
                    communicator: options.communicator,
                    sftpCommand,
                    signal: gone.signal,
                    debug
                });
        });
        connection.on('close', () => {
            debug('connection closed');
            connections.delete(connection);
            closing.signal.removeEventListener('abort', endSessions);
            endSessions();
        });
    });
    ssh.on('error', (err) => debug(`server error: ${(0,errors/* messageOf */.bD)(err)}`));
    // Our own listener hands each socket to ssh2, so close() can cut the ones a client keeps open.
    const sockets = new Set();
    const listener = (0,external_node_net_.createServer)(socket => {
        // Each forwarded request is a small packet waiting for its answer: Nagle's algorithm would hold
        // every one of them back until the peer's delayed ACK (about 40 ms on Linux).
        socket.setNoDelay(true);
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        ssh.injectSocket(socket);
    });
    const port = await listen(listener, options.port ?? 0, debug);
    listener.on('error', (err) => debug(`listener error: ${(0,errors/* messageOf */.bD)(err)}`));
    let closed;
    return {
        host: HOST,
        port,
        hostKey: hostKey.publicKey,
        close: () => (closed ??= new Promise(resolve => {
            closing.abort(new Error('the ansible proxy is closing'));
            listener.close(() => resolve());
            for (const connection of connections)
                connection.end();
            const cut = setTimeout(() => sockets.forEach(socket => socket.destroy()), CLOSE_GRACE_MS);
            listener.once('close', () => clearTimeout(cut));
        }))
    };
}
/** Publickey only, for exactly one user and one key, compared in constant time as sshd does. */
function authenticate(ctx, user, allowed, debug) {
    if (ctx.method !== 'publickey')
        return ctx.reject(['publickey']);
    const key = ctx.key;
    const rightKey = key.algo === allowed.type && sameBytes(key.data, allowed.getPublicSSH());
    if (!sameBytes(Buffer.from(ctx.username), Buffer.from(user)) || !rightKey) {
        debug(`refused ${JSON.stringify(ctx.username)}: ${rightKey ? 'not the ansible user' : 'unauthorized key'}`);
        return ctx.reject(['publickey']);
    }
    // Without a signature the client only asks whether this key would do; with one, it must verify.
    if (ctx.signature && allowed.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) {
        debug(`refused ${JSON.stringify(ctx.username)}: bad signature`);
        return ctx.reject(['publickey']);
    }
    ctx.accept();
}
function sameBytes(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/** A host key the user keeps (ssh_host_key_file), with its public half as an OpenSSH line. */
function givenHostKey(privateKey) {
    const parsed = utils.parseKey(privateKey);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key instanceof Error || !key || !key.isPrivateKey())
        throw new errors/* CommunicatorError */.yi({
            message: `ansible proxy: the host key is not an unencrypted private key: ${key instanceof Error ? key.message : 'a public key'}`
        });
    return { privateKey, publicKey: `${key.type} ${key.getPublicSSH().toString('base64')}` };
}
function parsePublicKey(line) {
    const parsed = utils.parseKey(line);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key instanceof Error || !key)
        throw new errors/* CommunicatorError */.yi({
            message: `ansible proxy: the authorized key is not an OpenSSH public key: ${(0,errors/* messageOf */.bD)(key)}`
        });
    return key;
}
/** Listens on 127.0.0.1 only: the requested port or, as Packer, the next free one of ten; 0 lets the OS pick. */
async function listen(server, requested, debug) {
    const tries = requested === 0 ? 1 : PORT_TRIES;
    let lastError;
    for (let i = 0; i < tries; i++) {
        try {
            return await listenOn(server, requested === 0 ? 0 : requested + i);
        }
        catch (err) {
            lastError = err;
            debug(`could not listen on ${HOST}:${requested + i}: ${(0,errors/* messageOf */.bD)(err)}`);
        }
    }
    throw new errors/* CommunicatorError */.yi({
        message: `ansible proxy: could not listen on ${HOST}:${requested}${tries > 1 ? ` or the next ${tries - 1} ports` : ''}: ${(0,errors/* messageOf */.bD)(lastError)}`,
        cause: lastError
    });
}
function listenOn(server, port) {
    return new Promise((resolve, reject) => {
        const failed = (err) => reject(err);
        server.once('error', failed);
        server.listen(port, HOST, () => {
            server.off('error', failed);
            const address = server.address();
            resolve(typeof address === 'object' && address ? address.port : port);
        });
    });
}


/***/ })

};
