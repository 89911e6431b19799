export const id = 681;
export const ids = [681];
export const modules = {

/***/ 4514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yg: () => (/* binding */ findImageByFilter)
/* harmony export */ });
/* unused harmony exports filterValues, describeImagesCommand, describeFilter, newest */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Finding one image by filters and owners, as Packer's AmiFilterOptions does for the builder's
// source_ami_filter and for the amazon-ami data source: each filter's value is a comma-separated
// list (a CSV record), owners are required, deprecated images only on request; more than one match
// is an error unless most_recent, which takes the newest by creation date.


/**
 * One filter value as Go's encoding/csv reads it with TrimLeadingSpace and LazyQuotes (Packer's
 * buildEc2Filters): `a, b` is two values, `"a,b"` one.
 */
function filterValues(text) {
    const line = text.split('\n')[0].replace(/\r$/, '');
    const values = [];
    let i = 0;
    for (;;) {
        while (line[i] === ' ' || line[i] === '\t')
            i++;
        let value = '';
        if (line[i] === '"') {
            i++;
            while (i < line.length) {
                if (line[i] === '"' && line[i + 1] === '"') {
                    value += '"';
                    i += 2;
                }
                else if (line[i] === '"' && (line[i + 1] === ',' || i + 1 === line.length)) {
                    i++;
                    break;
                }
                else {
                    value += line[i++];
                }
            }
        }
        else {
            const end = line.indexOf(',', i);
            value = line.slice(i, end === -1 ? line.length : end);
            i = end === -1 ? line.length : end;
        }
        values.push(value);
        if (line[i] !== ',')
            return values;
        i++;
    }
}
function describeImagesCommand(filter) {
    return new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeImagesCommand */ .ji5({
        Owners: filter.owners.length ? [...filter.owners] : undefined,
        Filters: Object.entries(filter.filters).map(([Name, value]) => ({ Name, Values: filterValues(value) })),
        IncludeDeprecated: filter.includeDeprecated
    });
}
/** How the filter reads in a message: `name=ubuntu/*, architecture=x86_64; owners 099720109477`. */
const describeFilter = (filter) => `${Object.entries(filter.filters)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ')}; owners ${filter.owners.join(', ') || 'any'}`;
async function findImageByFilter(describeImages, filter, source) {
    const where = `${source.what} (${describeFilter(filter)}) in ${source.region}`;
    const { Images = [] } = await describeImages(describeImagesCommand(filter)).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsOperationError */ .dP({
            operation: 'DescribeImages',
            doing: `querying the images of ${where}`,
            cause: error
        });
    });
    if (Images.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsOperationError */ .dP({
            operation: 'DescribeImages',
            doing: `No AMI was found matching ${where}`,
            hint: 'Check the filters, the owners and the region'
        });
    }
    if (Images.length > 1 && !filter.mostRecent) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsOperationError */ .dP({
            operation: 'DescribeImages',
            doing: `Your query returned more than one result: ${Images.length} images match ${where}`,
            hint: 'Please try a more specific search, or set most_recent to true'
        });
    }
    return newest(Images);
}
/** The image created last (creation dates are ISO 8601, so they sort as text). */
const newest = (images) => [...images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];


/***/ }),

/***/ 8374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   hR: () => (/* binding */ DialFailure),
/* harmony export */   rX: () => (/* binding */ retryConnect)
/* harmony export */ });
/* harmony import */ var _timers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9489);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Dialing a machine that is still booting: keep trying about every few seconds until it answers,
// the time is up, or it has refused our handshake so often that waiting longer will not help
// (Packer's ssh_timeout and ssh_handshake_attempts). Transport-neutral: ssh.ts supplies one dial.


/**
 * Why one dial failed. `unreachable`: no TCP connection (refused, no route, timed out), the normal state
 * of a booting machine. `handshake`: something listened but SSH did not complete (authentication
 * refused, reset, banner timeout); these count towards handshakeAttempts. `fatal`: retrying cannot help
 * (an unreadable key, a host key that does not match).
 */
class DialFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BuildAmiError */ .EA {
    kind;
    constructor(details) {
        super(details.message, details);
        this.kind = details.kind;
    }
}
/** Calls dial(timeLeftMs) until it succeeds; throws a CommunicatorError saying what it tried and saw. */
async function retryConnect(plan, dial) {
    const sleep = plan.sleep ?? defaultSleep;
    const started = Date.now();
    const deadline = started + plan.timeoutMs;
    const where = `${plan.target.user}@${plan.target.host}:${plan.target.port}`;
    let last;
    let handshakeFailures = 0;
    for (let attempt = 1;; attempt++) {
        plan.signal?.throwIfAborted();
        plan.onAttempt?.(attempt, last?.message);
        const began = Date.now();
        try {
            return await dial(Math.max(1, deadline - began));
        }
        catch (err) {
            plan.signal?.throwIfAborted();
            last =
                err instanceof DialFailure
                    ? err
                    : new DialFailure({ kind: 'unreachable', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(err), cause: err });
            if (last.kind === 'fatal') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommunicatorError */ .yi({
                    message: `SSH to ${where}: ${last.message}`,
                    target: plan.target,
                    cause: last.cause
                });
            }
            if (last.kind === 'handshake' && ++handshakeFailures >= plan.handshakeAttempts) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommunicatorError */ .yi({
                    message: `SSH to ${where}: gave up after ${handshakeFailures} failed handshakes in ` +
                        `${formatDuration(Date.now() - started)} (${attempt} attempts); last error: ${last.message}` +
                        hint(last.message),
                    target: plan.target,
                    cause: last.cause
                });
            }
        }
        // The next attempt starts about retryDelayMs after this one began, unless that is past the deadline.
        const delay = last.kind === 'unreachable' ? (plan.unreachableRetryDelayMs ?? plan.retryDelayMs) : plan.retryDelayMs;
        const wait = Math.max(0, began + delay - Date.now());
        if (Date.now() + wait >= deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommunicatorError */ .yi({
                message: `SSH to ${where}: could not connect within ${formatDuration(plan.timeoutMs)} ` +
                    `(${attempt} attempts); last error: ${last.message}${hint(last.message)}`,
                target: plan.target,
                cause: last.cause
            });
        }
        if (wait > 0) {
            await sleep(wait, plan.signal).catch((err) => {
                plan.signal?.throwIfAborted(); // the signal's own reason, whatever the sleep rejected with
                throw err;
            });
        }
    }
}
function hint(message) {
    if (/authentication methods failed/i.test(message)) {
        return '. Check ssh_username and the key pair; the instance may not have installed the key yet.';
    }
    return '';
}
const defaultSleep = _timers_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy;
/** "850ms", "4.2s", "5m0s": Go's way of writing a duration, as Packer's messages do. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes}m${Math.round((ms - minutes * 60_000) / 1000)}s`;
}


/***/ }),

/***/ 1820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ DEFAULT_DOWNLOAD_LIMITS),
/* harmony export */   XW: () => (/* binding */ describeLimit),
/* harmony export */   _j: () => (/* binding */ DownloadLimitError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// How much one download may bring to the runner: a directory tree the instance controls could
// otherwise fill the runner's disk. Shared by the transfer code (which enforces the limits) and the
// communicator interface (which takes them), so neither has to import the other.

/** Generous for logs, reports and build outputs; far from what fills a runner's disk (14 GB free on GitHub's). */
const DEFAULT_DOWNLOAD_LIMITS = { maxFiles: 100_000, maxBytes: 10 * 1024 ** 3 };
/** A download that went past one of its limits (the file provisioner says how to raise it). */
class DownloadLimitError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildAmiError */ .EA {
    limit;
    value;
    constructor(details) {
        super(details.message);
        this.limit = details.limit;
        this.value = details.value;
    }
}
function describeLimit(limit, value) {
    return limit === 'maxFiles' ? `${value} entries` : `${value} bytes`;
}


/***/ }),

/***/ 7691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ fingerprintsFromConsole),
/* harmony export */   _7: () => (/* binding */ sha256Fingerprint),
/* harmony export */   ff: () => (/* binding */ hostKeyMismatchMessage),
/* harmony export */   o3: () => (/* binding */ normalizeFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Host keys as people compare them: OpenSSH's "SHA256:<base64 without padding>" fingerprint of
// the key blob. cloud-init prints an instance's fingerprints to the console at first boot, so
// GetConsoleOutput lets a build pin the machine it launched instead of trusting the network.

/** The SHA256 fingerprint of an SSH public key blob, base64 without padding (no "SHA256:" prefix). */
function sha256Fingerprint(keyBlob) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(keyBlob).digest('base64').replace(/=+$/, '');
}
/** "SHA256:abc=", "abc" → "abc": the form sha256Fingerprint returns. */
function normalizeFingerprint(fingerprint) {
    return fingerprint
        .trim()
        .replace(/^SHA256:/i, '')
        .replace(/=+$/, '');
}
/**
 * The SHA256 fingerprints between cloud-init's BEGIN/END SSH HOST KEY FINGERPRINTS markers in a console
 * log (lines like `ec2: 256 SHA256:xxxx root@host (ED25519)`); empty when the instance has not printed them yet.
 */
function fingerprintsFromConsole(consoleText) {
    const block = /-----BEGIN SSH HOST KEY FINGERPRINTS-----([\s\S]*?)-----END SSH HOST KEY FINGERPRINTS-----/.exec(consoleText);
    if (!block)
        return [];
    return [...block[1].matchAll(/\bSHA256:([A-Za-z0-9+/]+)/g)].map(m => m[1]);
}
/** The server presented another key than the ones expected (fingerprints as sha256Fingerprint returns). */
function hostKeyMismatchMessage(presented, expected) {
    return (`host key mismatch: the server presented SHA256:${presented}, expected ` +
        expected.map(f => `SHA256:${f}`).join(' or ') +
        '. Another machine may be answering at this address.');
}


/***/ }),

/***/ 696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ LineBuffer)
/* harmony export */ });
/* unused harmony exports MAX_LINE_BYTES, PROGRESS_EVERY_MS */
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
const MAX_LINE_BYTES = 64 * 1024;
const PROGRESS_EVERY_MS = 10_000;
const LF = 0x0a;
const CR = 0x0d;
class LineBuffer {
    onLine;
    maxLineBytes;
    progressEveryMs;
    now;
    /** The current line's kept bytes (at most maxLineBytes in all). */
    parts = [];
    kept = 0;
    /** Bytes of the current line beyond the cap. */
    dropped = 0;
    /** The last redraw of a progress bar (a segment ended by a lone \r), not yet shown. */
    redrawn;
    /** The previous chunk ended with \r: a \n first in this one belongs to it. */
    afterCr = false;
    lastShown;
    constructor(onLine, options = {}) {
        this.onLine = onLine;
        this.maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
        this.progressEveryMs = options.progressEveryMs ?? PROGRESS_EVERY_MS;
        this.now = options.now ?? Date.now;
        this.lastShown = this.now();
    }
    push(chunk) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        let pos = 0;
        if (this.afterCr && buf.length > 0) {
            this.afterCr = false;
            if (buf[0] === LF) {
                this.endLine();
                pos = 1;
            }
            else
                this.redraw();
        }
        // Where the next \n and \r are, each found once per occurrence: two scans, not one per line.
        let lf = buf.indexOf(LF, pos);
        let cr = buf.indexOf(CR, pos);
        while (pos < buf.length) {
            if (lf !== -1 && lf < pos)
                lf = buf.indexOf(LF, pos);
            if (cr !== -1 && cr < pos)
                cr = buf.indexOf(CR, pos);
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
            }
            else if (end + 1 < buf.length) {
                if (buf[end + 1] === LF) {
                    this.endLine();
                    pos = end + 2;
                }
                else {
                    this.redraw();
                    pos = end + 1;
                }
            }
            else {
                // A \r last in the chunk: whether it is \r\n is known with the next chunk.
                this.afterCr = true;
                return;
            }
        }
    }
    /** The last line, when the stream did not end with a line break. */
    end() {
        this.afterCr = false;
        if (this.kept > 0 || this.dropped > 0)
            this.endLine();
        else if (this.redrawn !== undefined)
            this.show(this.redrawn);
        this.redrawn = undefined;
    }
    keep(buf, from, to) {
        if (to <= from)
            return;
        const room = this.maxLineBytes - this.kept;
        const take = Math.min(room, to - from);
        if (take > 0) {
            // A copy: the chunk may be a view on a larger buffer the stream reuses.
            this.parts.push(Buffer.from(buf.subarray(from, from + take)));
            this.kept += take;
        }
        this.dropped += to - from - take;
    }
    take() {
        const bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.kept);
        const cut = this.dropped > 0 ? characterBoundary(bytes) : bytes.length;
        let text = bytes.subarray(0, cut).toString('utf8');
        if (this.dropped > 0)
            text += ` [line truncated: ${this.dropped + bytes.length - cut} bytes not shown]`;
        this.parts = [];
        this.kept = 0;
        this.dropped = 0;
        return text;
    }
    /** A \n (or \r\n): the line is what was written since, or the bar's last state if nothing was. */
    endLine() {
        const empty = this.kept === 0 && this.dropped === 0;
        const line = this.take();
        const shown = empty && this.redrawn !== undefined ? this.redrawn : line;
        this.redrawn = undefined;
        this.show(shown);
    }
    /** A lone \r: the terminal would draw over this line; keep it as the bar's state. */
    redraw() {
        if (this.kept === 0 && this.dropped === 0)
            return; // "\r\r" or a leading \r redraws nothing
        this.redrawn = this.take();
        if (this.now() - this.lastShown >= this.progressEveryMs) {
            this.show(this.redrawn);
            this.redrawn = undefined;
        }
    }
    show(line) {
        this.lastShown = this.now();
        this.onLine?.(line);
    }
}
/** The length of the longest prefix of a UTF-8 byte string that does not end inside a character. */
function characterBoundary(bytes) {
    let end = bytes.length;
    // Step back over continuation bytes (10xxxxxx), at most three, to the lead byte.
    let back = 0;
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xc0) === 0x80)
        back++;
    const lead = end - back - 1;
    if (lead < 0)
        return end;
    const b = bytes[lead];
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (needed > back + 1)
        end = lead;
    return end;
}


/***/ }),

/***/ 65:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ changeProblem),
/* harmony export */   O9: () => (/* binding */ labelChanges),
/* harmony export */   Ro: () => (/* binding */ traceLabels),
/* harmony export */   kg: () => (/* binding */ LABELS)
/* harmony export */ });
/* unused harmony exports CHANGE_INSTRUCTIONS, labelKeysOf */
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9506);

/** What `docker commit --change` applies (Packer's docker builder documents the same list). */
const CHANGE_INSTRUCTIONS = [
    'CMD',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'LABEL',
    'ONBUILD',
    'USER',
    'VOLUME',
    'WORKDIR'
];
/** Why a `changes` entry cannot be applied, or undefined when it can. */
function changeProblem(change) {
    const instruction = /^\s*(\S+)/.exec(change)?.[1];
    if (instruction === undefined)
        return 'an empty instruction';
    if (!CHANGE_INSTRUCTIONS.includes(instruction.toUpperCase())) {
        return `${instruction} cannot be applied to a committed image; expected one of ${CHANGE_INSTRUCTIONS.join(', ')}`;
    }
    return undefined;
}
/** The label keys the build writes: OCI's, and the action's tag keys with `:` spelt `.`. */
const LABELS = {
    revision: 'org.opencontainers.image.revision',
    source: 'org.opencontainers.image.source',
    created: 'org.opencontainers.image.created',
    buildId: _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.buildId.replace(':', '.'),
    fingerprint: _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.fingerprint.replace(':', '.'),
    ref: _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.ref.replace(':', '.'),
    runUrl: _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.runUrl.replace(':', '.')
};
function traceLabels(run, build) {
    const labels = {
        [LABELS.revision]: run.sha,
        [LABELS.source]: run.repository ? `${run.serverUrl}/${run.repository}` : '',
        [LABELS.created]: build.created.toISOString(),
        [LABELS.buildId]: build.buildId,
        [LABELS.fingerprint]: build.fingerprint,
        [LABELS.ref]: run.ref,
        [LABELS.runUrl]: run.runUrl
    };
    return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== ''));
}
/** LABEL instructions for the labels the template's `changes` leave unset (the template's own win). */
function labelChanges(labels, templateChanges) {
    const set = new Set(templateChanges.flatMap(labelKeysOf));
    const missing = Object.entries(labels).filter(([key]) => !set.has(key));
    if (missing.length === 0)
        return [];
    return [`LABEL ${missing.map(([k, v]) => `${JSON.stringify(k)}=${JSON.stringify(v)}`).join(' ')}`];
}
/** The keys a LABEL instruction sets (`LABEL a=1 "b c"=2`, or the old `LABEL key value`). */
function labelKeysOf(change) {
    const match = /^\s*LABEL\s+(.*)$/is.exec(change);
    if (!match)
        return [];
    const words = tokens(match[1]);
    if (words.length > 0 && !words[0].includes('='))
        return [words[0]];
    return words.filter(w => w.includes('=')).map(w => w.slice(0, w.indexOf('=')));
}
/** Whitespace-separated words, with double or single quotes and backslash escapes removed. */
function tokens(text) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && quote !== "'" && i + 1 < text.length) {
            word += text[++i];
            inWord = true;
        }
        else if (quote) {
            if (c === quote)
                quote = undefined;
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}


/***/ }),

/***/ 785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseRunCommand),
/* harmony export */   T: () => (/* binding */ RunCommandError)
/* harmony export */ });
class RunCommandError extends Error {
}
const host = (t) => (t.spec.HostConfig ??= {});
const push = (list, value) => [...(list ?? []), value];
/** Options that take a value, by every spelling docker run accepts. */
const WITH_VALUE = {
    entrypoint: (t, v) => (t.spec.Entrypoint = [v]),
    env: (t, v) => (t.spec.Env = push(t.spec.Env, v.includes('=') ? v : `${v}=${process.env[v] ?? ''}`)),
    volume: (t, v) => (host(t).Binds = push(host(t).Binds, v)),
    'cap-add': (t, v) => (host(t).CapAdd = push(host(t).CapAdd, v)),
    'cap-drop': (t, v) => (host(t).CapDrop = push(host(t).CapDrop, v)),
    user: (t, v) => (t.spec.User = v),
    workdir: (t, v) => (t.spec.WorkingDir = v),
    name: (t, v) => (t.name = v),
    label: (t, v) => {
        const eq = v.indexOf('=');
        t.spec.Labels = { ...t.spec.Labels, [eq === -1 ? v : v.slice(0, eq)]: eq === -1 ? '' : v.slice(eq + 1) };
    },
    network: (t, v) => (host(t).NetworkMode = v),
    platform: (t, v) => (t.platform = v),
    device: (t, v) => {
        const [PathOnHost, PathInContainer = PathOnHost, CgroupPermissions = 'rwm'] = v.split(':');
        host(t).Devices = [
            ...(host(t).Devices ?? []),
            { PathOnHost: PathOnHost, PathInContainer: PathInContainer, CgroupPermissions }
        ];
    },
    tmpfs: (t, v) => {
        const colon = v.indexOf(':');
        host(t).Tmpfs = {
            ...host(t).Tmpfs,
            [colon === -1 ? v : v.slice(0, colon)]: colon === -1 ? '' : v.slice(colon + 1)
        };
    },
    hostname: (t, v) => (t.spec.Hostname = v),
    'security-opt': (t, v) => (host(t).SecurityOpt = push(host(t).SecurityOpt, v))
};
const FLAGS = {
    detach: () => undefined, // the container always runs in the background
    interactive: t => {
        t.spec.OpenStdin = true;
        t.spec.AttachStdin = true;
    },
    tty: t => (t.spec.Tty = true),
    privileged: t => (host(t).Privileged = true),
    rm: t => (host(t).AutoRemove = true),
    init: t => (host(t).Init = true)
};
const SHORT = {
    d: 'detach',
    i: 'interactive',
    t: 'tty',
    e: 'env',
    v: 'volume',
    u: 'user',
    w: 'workdir',
    l: 'label',
    h: 'hostname'
};
const ALIASES = { net: 'network' };
/** Reads `docker run` arguments (without `run`) into a create body; throws RunCommandError on what it cannot honour. */
function parseRunCommand(args) {
    const target = { spec: { Image: '' } };
    let i = 0;
    const valueOf = (option, inline) => {
        if (inline !== undefined)
            return inline;
        if (i + 1 >= args.length)
            throw new RunCommandError(`${option} needs a value`);
        return args[++i];
    };
    for (; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            i++;
            break;
        }
        if (!arg.startsWith('-') || arg === '-')
            break;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const raw = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
            const long = ALIASES[raw] ?? raw;
            const inline = eq === -1 ? undefined : arg.slice(eq + 1);
            if (WITH_VALUE[long])
                WITH_VALUE[long](target, valueOf(`--${raw}`, inline));
            else if (FLAGS[long] && (inline === undefined || inline === 'true'))
                FLAGS[long](target);
            else if (FLAGS[long] && inline === 'false')
                continue;
            else
                throw unsupported(`--${raw}`);
            continue;
        }
        // Short options, possibly grouped (-dit); one that takes a value ends the group.
        for (let j = 1; j < arg.length; j++) {
            const long = SHORT[arg[j]];
            if (!long)
                throw unsupported(`-${arg[j]}`);
            if (WITH_VALUE[long]) {
                const rest = arg.slice(j + 1);
                WITH_VALUE[long](target, valueOf(`-${arg[j]}`, rest === '' ? undefined : rest.replace(/^=/, '')));
                break;
            }
            FLAGS[long](target);
        }
    }
    const image = args[i];
    if (image === undefined || image === '')
        throw new RunCommandError('no image: the arguments end before the image name');
    target.spec.Image = image;
    const cmd = args.slice(i + 1);
    if (cmd.length > 0)
        target.spec.Cmd = [...cmd];
    return target;
}
function unsupported(option) {
    const known = [...Object.keys(WITH_VALUE), ...Object.keys(FLAGS)].map(o => `--${o}`).sort();
    return new RunCommandError(`docker run option ${option} is not supported; use one of ${known.join(', ')}`);
}


/***/ }),

/***/ 2659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// A fingerprint of what determines an image: the build's plan (what the template and its variables
// make of it, whichever format the template is written in) and the content of every other local file
// the build reads (scripts, uploaded files, playbooks). The same inputs give the same fingerprint on
// any machine and in any run; values that change every run by design ({{timestamp}} in ami_name) do
// not enter it, so an image already built from the same inputs can be found and reused.



/** JSON with sorted keys, so key order in the template does not change the fingerprint. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v);
}
function addFile(hash, path, base) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path, { throwIfNoEntry: false });
    if (!stat) {
        hash.update(`missing:${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(base, path)}\n`);
        return;
    }
    if (stat.isDirectory()) {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(path).sort())
            addFile(hash, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name), base);
        return;
    }
    hash.update(`file:${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(base, path)}:${stat.size}\n`);
    hash.update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path));
}
function fingerprint(input) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(`build:${input.build}\n`);
    hash.update(`plan:${input.plan}\n`);
    for (const file of [...new Set(input.files)].sort())
        addFile(hash, file, input.baseDir);
    return `sha256:${hash.digest('hex').slice(0, 32)}`;
}


/***/ }),

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createProvisioner: () => (/* binding */ createProvisioner),
  provisionerFromConfig: () => (/* binding */ provisionerFromConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/temp-files.ts
var temp_files = __webpack_require__(3551);
// EXTERNAL MODULE: ./src/template/local-path.ts
var local_path = __webpack_require__(3018);
;// CONCATENATED MODULE: ./src/provisioners/local-path.ts
// A provisioner's local path at run time, by the same rule the template was validated with
// (template/local-path.ts: relative paths start at the working directory, as in Packer). Paths from a
// plan are already absolute; checking again here catches a `generated` source that never appeared.



async function findLocalPath(ctx, provisioner, path) {
    const resolved = (0,local_path/* withoutTrailingSlash */.ae)((0,local_path/* resolveLocalPath */.HR)(ctx.cwd ?? process.cwd(), path));
    if (await exists(resolved))
        return resolved;
    throw new errors/* ProvisionerError */.dl({ provisioner, message: (0,local_path/* missingLocalPath */.hW)(path, resolved) });
}
const exists = (path) => (0,promises_.access)(path).then(() => true, () => false);

;// CONCATENATED MODULE: ./src/provisioners/ansible/arguments.ts
// ansible-playbook's command line and environment, built as packer-plugin-ansible builds them
// (createCmdArgs, Prepare): Packer's -e variables first, then --ssh-extra-args and the user's
// extra_arguments, then the key file, and `-i <inventory> <playbook>` last.
function playbookArguments(input) {
    const args = [];
    if (input.buildName)
        args.push('-e', `packer_build_name=${JSON.stringify(input.buildName)}`);
    args.push('-e', `packer_builder_type=${input.builderType}`);
    if (input.httpAddr)
        args.push('-e', `packer_http_addr=${input.httpAddr}`);
    if (input.privateKeyFile) {
        // One word, quoted the way ansible splits it (shlex): each extra argument stays whole.
        const extra = input.sshExtraArgs?.length ? input.sshExtraArgs : ['-o IdentitiesOnly=yes'];
        args.push('--ssh-extra-args', `'${extra.join("' '")}'`);
    }
    args.push(...(input.extraArguments ?? []));
    if (!hasArg('ansible_password', args) && input.privateKeyFile) {
        // -e outranks inventory and play variables, so a role cannot point ansible at another key (packer#5852).
        args.push('-e', `ansible_ssh_private_key_file=${input.privateKeyFile}`);
    }
    if (hasArg('ansible_password', args) &&
        !hasArg('ansible_host_key_checking', args) &&
        !hasArg('ANSIBLE_HOST_KEY_CHECKING', input.envEntries ?? [])) {
        args.push('-e', 'ansible_host_key_checking=False');
    }
    args.push('-i', input.inventory, input.playbook);
    return args;
}
/** ansible_env_vars, then what Packer appends: host key checking off, scp for file transfers. */
function ansibleEnvEntries(settings) {
    const entries = [...(settings.envVars ?? [])];
    if (!settings.hostKeyChecking)
        entries.push('ANSIBLE_HOST_KEY_CHECKING=False');
    if (!settings.useSftp)
        entries.push('ANSIBLE_SCP_IF_SSH=True');
    return entries;
}
/** The environment for ansible-playbook and ansible-galaxy: `base` and the entries; later ones win, as in Go's exec. */
function ansibleEnvironment(base, entries) {
    const env = { ...base };
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        if (equals > 0)
            env[entry.slice(0, equals)] = entry.slice(equals + 1);
    }
    return env;
}
/**
 * The command line for the log: like Packer, values of extra_arguments whose name mentions a password
 * or a secret are shown as *****.
 */
function describeCommand(argv, extraArguments = []) {
    let text = argv.join(' ');
    for (const argument of extraArguments) {
        const equals = argument.indexOf('=');
        if (equals === -1)
            continue;
        const name = argument.slice(0, equals).toLowerCase();
        const value = argument.slice(equals + 1);
        if (value && (name.includes('password') || name.includes('secret')))
            text = text.replaceAll(value, '*****');
    }
    return text;
}
/** Packer's checkArg: some argument, split at '=', has a part equal to `name`. */
function hasArg(name, args) {
    return args.some(arg => arg.split('=').includes(name));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/provisioners/ansible/key-file.ts
// The private key ansible logs in with, as a file: ssh reads keys from files only. It is written
// 0600 into the run's private directory under RUNNER_TEMP and removed with that directory in the
// provisioner's `finally`; its contents never appear in a log line or an error.


async function writeKeyFile(dir, privateKey) {
    // OpenSSH refuses a key file whose last line has no newline ("invalid format").
    const text = privateKey.endsWith('\n') ? privateKey : `${privateKey}\n`;
    return (0,temp_files/* writePrivateFile */.Pl)((0,external_node_path_.join)(dir, 'ansible-key'), text, 0o600);
}

;// CONCATENATED MODULE: ./src/provisioners/ansible/connection.ts
// How ansible reaches the machine. With use_proxy (Packer's default) a local SSH server on
// 127.0.0.1 forwards ansible's sessions over the build's own connection, and ansible logs in to
// it with a one-time key; without it, ansible connects straight to the instance with the build's
// key. Either way the private key ansible needs is a 0600 file in the run's private directory.




/**
 * Without sftp_command, Packer runs `/usr/lib/sftp-server -e`, which Ubuntu, Debian, Amazon Linux and RHEL do not
 * have; since OpenSSH 9 made scp speak SFTP, that breaks every file ansible copies (packer-plugin-ansible#100).
 * We try Packer's path first, then where those systems keep it.
 */
const FIND_SFTP_SERVER = 'for p in /usr/lib/sftp-server /usr/lib/openssh/sftp-server /usr/libexec/openssh/sftp-server /usr/libexec/sftp-server; ' +
    'do [ -x "$p" ] && exec "$p" -e; done; echo "no sftp-server found on the machine: set sftp_command" >&2; exit 127';
async function openTarget(options, ctx, dir, proxy) {
    return options.useProxy ? openProxy(options, ctx, dir, proxy) : direct(options, ctx, dir);
}
async function direct(options, ctx, dir) {
    const target = ctx.sshTarget;
    if (!target) {
        throw new errors/* ProvisionerError */.dl({
            provisioner: 'ansible',
            message: 'use_proxy false needs an SSH communicator with an address to connect to'
        });
    }
    if (!target.privateKey) {
        throw new errors/* ProvisionerError */.dl({
            provisioner: 'ansible',
            message: 'use_proxy false needs the private key the build logs in with, and this build has none (ssh_password): use the proxy'
        });
    }
    ctx.log.info('Not using Proxy adapter for Ansible run: using ssh keys from the communicator');
    return {
        host: target.host,
        port: target.port,
        // Without a user of its own, ansible logs in as the communicator does, with its key.
        user: options.user ?? target.user,
        privateKeyFile: await writeKeyFile(dir, target.privateKey),
        close: async () => undefined
    };
}
async function openProxy(options, ctx, dir, deps) {
    ctx.log.info('Setting up proxy adapter for Ansible');
    // The proxy's user is only who ansible says it is: Packer's default is the user running it.
    const user = options.user ?? (0,external_node_os_.userInfo)().username;
    let authorizedKey;
    let privateKeyFile;
    if (options.sshAuthorizedKeyFile) {
        authorizedKey = (await (0,promises_.readFile)(options.sshAuthorizedKeyFile, 'utf8')).trim().split('\n')[0];
    }
    else {
        const pair = deps.oneTimeKeyPair('packer-ansible');
        authorizedKey = pair.publicKey;
        privateKeyFile = await writeKeyFile(dir, pair.privateKey);
    }
    try {
        // The proxy itself tries local_port and the nine after it, as Packer does.
        const proxy = await deps.startSshProxy({
            communicator: ctx.communicator,
            user,
            authorizedKey,
            sftpCommand: options.sftpCommand ?? FIND_SFTP_SERVER,
            port: options.localPort,
            ...(options.sshHostKeyFile ? { hostPrivateKey: await (0,promises_.readFile)(options.sshHostKeyFile, 'utf8') } : {})
        });
        return { host: proxy.host, port: proxy.port, user, privateKeyFile, close: () => proxy.close() };
    }
    catch (error) {
        throw new errors/* ProvisionerError */.dl({
            provisioner: 'ansible',
            message: `Error setting up SSH proxy connection: ${error.message}`,
            cause: error
        });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/communicator/lines.ts
var lines = __webpack_require__(696);
;// CONCATENATED MODULE: ./src/provisioners/local-process.ts
// A command a provisioner runs on the runner (shell-local's scripts, ansible-playbook, ansible-galaxy):
// output streamed into the log line by line (ctx.log.output, which neutralises it). Cancellation (or
// the provisioner's timeout) sends SIGTERM to its whole process group, a script's children and
// ansible's forks with their ssh included, then SIGKILL if it is still there after a few seconds;
// the run ends only when it is gone, so nothing it started outlives the build, and its files (a key,
// a script) are never removed under it.



function runTool(run, ctx) {
    return new Promise((resolve, reject) => {
        ctx.signal.throwIfAborted();
        const [command, ...args] = run.argv;
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: run.cwd,
            env: run.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true // its own process group, so a cancel reaches ansible's workers too
        });
        let captured = '';
        const stdout = new lines/* LineBuffer */.F0(line => ctx.log.output('stdout', line));
        const stderr = new lines/* LineBuffer */.F0(line => ctx.log.output('stderr', line));
        child.stdout.on('data', (chunk) => {
            if (run.capture)
                captured += chunk.toString();
            else
                stdout.push(chunk);
        });
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        let aborted = false;
        let forceKill;
        const onAbort = () => {
            aborted = true;
            killGroup(child.pid, 'SIGTERM');
            forceKill = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_AFTER_MS);
        };
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        child.on('error', err => {
            ctx.signal.removeEventListener('abort', onAbort);
            reject(new errors/* ProvisionerError */.dl({
                provisioner: run.provisioner,
                message: `could not run ${command}: ${(0,errors/* messageOf */.bD)(err)}`,
                cause: err
            }));
        });
        child.on('close', (code, signal) => {
            ctx.signal.removeEventListener('abort', onAbort);
            clearTimeout(forceKill);
            stdout.end();
            stderr.end();
            if (aborted)
                reject(ctx.signal.reason);
            else
                resolve({ code, signal, stdout: captured });
        });
    });
}
const KILL_AFTER_MS = 3_000;
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Packer's wording for a tool that did not exit 0. */
function exitStatus(exit) {
    return exit.code === null ? `signal: ${exit.signal}` : `exit status ${exit.code}`;
}

;// CONCATENATED MODULE: ./src/provisioners/ansible/galaxy.ts
// ansible-galaxy before the play, as packer-plugin-ansible's executeGalaxy: roles are installed
// when the requirements file has a top-level `roles:` key or no `collections:` key (the old
// list-of-roles format), collections when it has `collections:`.




/** The ansible-galaxy argument lists to run, in order. */
function galaxyInstalls(options) {
    const hasRoles = /^roles:/m.test(options.text);
    const hasCollections = /^collections:/m.test(options.text);
    const force = [...(options.force ? ['-f'] : []), ...(options.forceWithDeps ? ['--force-with-deps'] : [])];
    const installs = [];
    if (hasRoles || !hasCollections) {
        installs.push([
            'install',
            '-r',
            options.file,
            ...force,
            ...(options.rolesPath ? ['-p', options.rolesPath] : [])
        ]);
    }
    if (hasCollections) {
        installs.push([
            'collection',
            'install',
            '-r',
            options.file,
            ...force,
            ...(options.collectionsPath ? ['-p', options.collectionsPath] : [])
        ]);
    }
    return installs;
}
/** Runs the installs the requirements file asks for, with ansible's environment, in the working directory. */
async function runGalaxy(c, galaxyFile, ctx, run) {
    const file = await findLocalPath(ctx, 'ansible', galaxyFile);
    const command = c.galaxy_command ?? 'ansible-galaxy';
    const installs = galaxyInstalls({
        file,
        text: await (0,promises_.readFile)(file, 'utf8'),
        force: c.galaxy_force_install,
        forceWithDeps: c.galaxy_force_with_deps,
        rolesPath: c.roles_path,
        collectionsPath: c.collections_path
    });
    for (const args of installs) {
        ctx.log.info(`Executing Ansible Galaxy: ${[command, ...args].join(' ')}`);
        const exit = await runTool({ provisioner: 'ansible', argv: [command, ...args], ...run }, ctx);
        if (exit.code !== 0) {
            throw new errors/* ProvisionerError */.dl({
                provisioner: 'ansible',
                message: `Error executing Ansible Galaxy: Non-zero exit status: ${exitStatus(exit)}. Its output is above.`,
                script: galaxyFile,
                exitCode: exit.code
            });
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/provisioners/ansible/inventory.ts
// The inventory Packer writes for one run: the host line (`default ansible_host=... ansible_user=...
// ansible_port=...`), the same line again under each of `groups`, and a bare header for each of
// `empty_groups` (packer-plugin-ansible createInventoryFile, its default line for ansible >= 2).




function inventoryText(target, groups = [], emptyGroups = []) {
    const line = `${target.alias} ansible_host=${target.host} ansible_user=${target.user} ansible_port=${target.port}\n`;
    return [
        line,
        ...groups.map(group => `[${group}]\n${line}`),
        ...emptyGroups.map(group => `[${group}]\n`)
    ].join('');
}
/** Writes the inventory into `dir` under Packer's name (packer-provisioner-ansible<digits>), mode 0600. */
async function writeInventory(dir, text) {
    for (;;) {
        const path = (0,external_node_path_.join)(dir, `packer-provisioner-ansible${(0,external_node_crypto_.randomInt)(1_000_000_000)}`);
        try {
            return await (0,temp_files/* writePrivateFile */.Pl)(path, text);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}
/**
 * The inventory for the run: the user's inventory_file as it is, or ours, written into inventory_directory,
 * else into the run's private directory (removed with it). `remove` is set when it lives elsewhere and must go.
 */
async function chooseInventory(c, target, ctx, where) {
    if (c.inventory_file)
        return { path: await findLocalPath(ctx, 'ansible', c.inventory_file) };
    const text = inventoryText({ alias: c.host_alias ?? 'default', ...target }, c.groups, c.empty_groups);
    // A kept inventory outlives this run's directory; the post step still removes the build's.
    const dir = c.inventory_directory
        ? await findLocalPath(ctx, 'ansible', c.inventory_directory)
        : c.keep_inventory_file
            ? (0,temp_files/* buildTempDir */.K0)(where.buildId, ctx.env)
            : where.runDir;
    const path = await writeInventory(dir, text);
    if (c.keep_inventory_file) {
        ctx.log.info(`Keeping the inventory file ${path} (keep_inventory_file)`);
        return { path };
    }
    return dir === where.runDir ? { path } : { path, remove: path };
}

// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(5472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/communicator/one-time-key.ts
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
        const pair = lib_default().utils.generateKeyPairSync('ed25519', { comment });
        if (!(lib_default().utils.parseKey(pair.private) instanceof Error))
            return { privateKey: pair.private, publicKey: pair.public };
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
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
        : oneTimeKeyPair('build-ami ansible proxy');
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

;// CONCATENATED MODULE: ./src/provisioners/ansible/proxy.ts
// The real SSH proxy and one-time keys (src/communicator/), as the provisioner's default
// dependencies; tests hand in fakes instead.


const proxyDependencies = { startSshProxy: startSshProxy, oneTimeKeyPair: oneTimeKeyPair };

;// CONCATENATED MODULE: ./src/provisioners/ansible/ssh-masters.ts
// ansible's ssh keeps a master connection open for 60 s after the play (ControlPersist=60s in its
// default ssh_args): a process left behind, still logged in to the machine. ansible gets its own
// socket directory for the run, and every master in it is told to exit when the play is over.
// Left alone when the user chose where the sockets go.




/** A socket path may not pass 108 bytes, and ssh adds 17 to it while it creates one. */
const MAX_DIR_LENGTH = 60;
async function controlDirectory(runDir, env) {
    if (env.ANSIBLE_SSH_CONTROL_PATH || env.ANSIBLE_SSH_CONTROL_PATH_DIR)
        return undefined;
    const inRunDir = (0,external_node_path_.join)(runDir, 'cp');
    let path;
    if (inRunDir.length <= MAX_DIR_LENGTH) {
        await (0,promises_.mkdir)(inRunDir, { mode: 0o700 });
        path = inRunDir;
    }
    else {
        // A deep RUNNER_TEMP: a short private directory instead (sockets, no secrets in them).
        path = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ansible-cp-'));
    }
    return {
        path,
        close: async () => {
            const sockets = await (0,promises_.readdir)(path).catch(() => []);
            await Promise.all(sockets.map(socket => exitMaster((0,external_node_path_.join)(path, socket), env)));
            await (0,promises_.rm)(path, { recursive: true, force: true });
        }
    };
}
function exitMaster(socket, env) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('ssh', ['-o', `ControlPath=${socket}`, '-O', 'exit', 'ansible-master'], { env, timeout: 5_000 }, () => resolve());
    });
}

;// CONCATENATED MODULE: ./src/provisioners/ansible/version.ts
// `ansible-playbook --version` before anything else, unless skip_version_check: Packer's check
// that ansible is there at all, with its messages.


async function checkVersion(command, env, cwd, ctx) {
    const failed = (message, cause) => new errors/* ProvisionerError */.dl({ provisioner: 'ansible', message, cause });
    const exit = await runTool({ provisioner: 'ansible', argv: [command, '--version'], env, cwd, capture: true }, ctx).catch(error => {
        throw error instanceof errors/* ProvisionerError */.dl && !ctx.signal.aborted
            ? failed(`Error running "${command} --version": ${error.message.replace(/^ansible provisioner: /, '')}`, error)
            : error;
    });
    if (exit.code !== 0)
        throw failed(`Error running "${command} --version": ${exitStatus(exit)}`);
    const version = /\w (\d+\.\d+[.\d+]*)/.exec(exit.stdout)?.[1];
    if (version === undefined)
        throw failed(`Could not find ${command} version in output:\n${exit.stdout}`);
    return version;
}

;// CONCATENATED MODULE: ./src/provisioners/ansible/provisioner.ts
// The ansible provisioner (packer-plugin-ansible provisioner/ansible): ansible-playbook runs on the
// runner against the machine being built, through a local SSH proxy (use_proxy, the default) or
// straight to the instance. In order: the version check, the connection and its key file, the
// inventory, ansible-galaxy, the play; the key file, the inventory, ssh's master connections and
// the proxy are gone after it, whatever happened.












/** What a builder without an HTTP server hands Packer's provisioners as PackerHTTPAddr. */
const HTTP_ADDR_NOT_IMPLEMENTED = 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER';
class AnsibleProvisioner {
    config;
    proxy;
    constructor(config, proxy = proxyDependencies) {
        this.config = config;
        this.proxy = proxy;
    }
    async run(ctx) {
        const c = this.config;
        const cwd = ctx.cwd ?? process.cwd();
        const command = c.command ?? 'ansible-playbook';
        ctx.log.info('Provisioning with Ansible...');
        const envEntries = ansibleEnvEntries({
            envVars: c.ansible_env_vars,
            hostKeyChecking: c.ssh_host_key_file !== undefined,
            useSftp: c.use_sftp ?? false
        });
        const env = ansibleEnvironment(ctx.env ?? process.env, envEntries);
        if (!c.skip_version_check)
            await checkVersion(command, env, cwd, ctx);
        const playbook = await findLocalPath(ctx, 'ansible', c.playbook_file);
        const buildId = typeof ctx.buildData?.PackerRunUUID === 'string' ? ctx.buildData.PackerRunUUID : undefined;
        const temp = await (0,temp_files/* privateTempDir */.nX)(buildId, 'ansible', ctx.env);
        let target;
        let inventoryToRemove;
        let masters;
        try {
            masters = await controlDirectory(temp, env);
            const playEnv = masters ? { ...env, ANSIBLE_SSH_CONTROL_PATH_DIR: masters.path } : env;
            target = await openTarget({
                useProxy: c.use_proxy ?? true,
                user: c.user,
                localPort: c.local_port,
                sftpCommand: c.sftp_command,
                sshAuthorizedKeyFile: c.ssh_authorized_key_file
                    ? await findLocalPath(ctx, 'ansible', c.ssh_authorized_key_file)
                    : undefined,
                sshHostKeyFile: c.ssh_host_key_file
                    ? await findLocalPath(ctx, 'ansible', c.ssh_host_key_file)
                    : undefined
            }, ctx, temp, this.proxy);
            const inventory = await chooseInventory(c, target, ctx, { runDir: temp, buildId });
            inventoryToRemove = inventory.remove;
            if (c.galaxy_file)
                await runGalaxy(c, c.galaxy_file, ctx, { env: playEnv, cwd });
            const httpAddr = ctx.buildData?.PackerHTTPAddr;
            const args = playbookArguments({
                buildName: ctx.buildName,
                builderType: ctx.builderType,
                httpAddr: typeof httpAddr === 'string' && httpAddr !== HTTP_ADDR_NOT_IMPLEMENTED ? httpAddr : undefined,
                privateKeyFile: target.privateKeyFile,
                sshExtraArgs: c.ansible_ssh_extra_args,
                extraArguments: c.extra_arguments,
                inventory: inventory.path,
                playbook,
                envEntries
            });
            ctx.log.info(`Executing Ansible: ${describeCommand([command, ...args], c.extra_arguments)}`);
            const exit = await runTool({ provisioner: 'ansible', argv: [command, ...args], env: playEnv, cwd }, ctx);
            if (exit.code !== 0) {
                throw new errors/* ProvisionerError */.dl({
                    provisioner: 'ansible',
                    message: `Error executing Ansible: Non-zero exit status: ${exitStatus(exit)}. Its output, with the play recap, is above.`,
                    script: c.playbook_file,
                    exitCode: exit.code
                });
            }
        }
        finally {
            await masters?.close().catch(() => undefined);
            await target?.close().catch(() => undefined);
            if (inventoryToRemove)
                await (0,promises_.rm)(inventoryToRemove, { force: true });
            await (0,temp_files/* removeTempDir */.CT)(temp);
        }
    }
}

;// CONCATENATED MODULE: ./src/provisioners/command-template.ts
// execute_command's run-time fields ({{.Path}}, {{.Vars}}, {{.EnvVarFile}}, {{.Script}}), filled
// in once the remote path and the variables are known.
/** Replaces `{{.Name}}` / `{{ .Name }}` for each name in data; anything else is left as written. */
function renderCommand(template, data) {
    if (typeof template !== 'string')
        return template.render(data);
    return template.replace(/\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*-?\}\}/g, (whole, name) => Object.hasOwn(data, name) ? data[name] : whole);
}

;// CONCATENATED MODULE: ./src/provisioners/env-vars.ts
// {{.Vars}}: the environment a script runs with, written the way Packer writes it, so templates
// that quote or wrap it in their own execute_command behave the same here.
/** Every variable with its value: PACKER_BUILD_NAME and PACKER_BUILDER_TYPE, then environment_vars, then env. */
function envVars(sources) {
    const vars = new Map([
        ['PACKER_BUILD_NAME', sources.buildName],
        ['PACKER_BUILDER_TYPE', sources.builderType]
    ]);
    for (const entry of sources.environment_vars ?? []) {
        const equals = entry.indexOf('=');
        if (equals === -1)
            vars.set(entry, '');
        else
            vars.set(entry.slice(0, equals), entry.slice(equals + 1));
    }
    for (const [name, value] of Object.entries(sources.env ?? {}))
        vars.set(name, value);
    return vars;
}
/**
 * The variables in name order, each through `format` (Go's `%s='%s' ` by default) with single quotes in a value
 * written as `'"'"'` (close the quote, a quoted quote, reopen), exactly as Packer does.
 */
function flattenEnvVars(vars, format = "%s='%s' ") {
    return [...vars.keys()]
        .sort()
        .map(name => goFormat(format, [name, vars.get(name).replaceAll("'", `'"'"'`)]))
        .join('');
}
/** Go's Sprintf for %s and %% only, which is all env_var_format uses. */
function goFormat(format, args) {
    let next = 0;
    return format.replace(/%[s%]/g, verb => (verb === '%%' ? '%' : (args[next++] ?? '%!s(MISSING)')));
}
/** A string as one single-quoted shell word. */
function shellQuote(text) {
    return `'${text.replaceAll("'", `'"'"'`)}'`;
}

;// CONCATENATED MODULE: ./src/provisioners/guest-commands.ts


class GuestCommands {
    ctx;
    provisioner;
    sudo;
    constructor(ctx, 
    /** The provisioner's type, for messages. */
    provisioner, sudo) {
        this.ctx = ctx;
        this.provisioner = provisioner;
        this.sudo = sudo;
    }
    /** Runs a command, its output to the log; cancellation kills it. */
    run(command) {
        return this.ctx.communicator.exec(command, {
            onStdout: line => this.ctx.log.output('stdout', line),
            onStderr: line => this.ctx.log.output('stderr', line),
            signal: this.ctx.signal,
            pty: this.ctx.pty
        });
    }
    /** `mkdir -p` then `chmod 0777`, as Packer's createDir. */
    async createDir(dir) {
        this.ctx.log.info(`Creating directory: ${dir}`);
        await this.check(`${this.prefix}mkdir -p ${shellQuote(dir)}`, `Error creating directory ${dir}`);
        await this.check(`${this.prefix}chmod 0777 ${shellQuote(dir)}`, `Error creating directory ${dir}`);
    }
    async removeDir(dir) {
        await this.check(`${this.prefix}rm -rf ${shellQuote(dir)}`, `Error removing staging directory ${dir}`);
    }
    /** The contents of a local directory into a fresh remote one. */
    async uploadDirectory(what, localDir, remoteDir) {
        await this.createDir(remoteDir);
        await this.transfer(`Error uploading ${what}`, () => this.ctx.communicator.uploadDirectory(localDir, remoteDir));
    }
    async upload(what, remotePath, content) {
        await this.transfer(`Error uploading ${what}`, () => this.ctx.communicator.upload(remotePath, content));
    }
    /** A failed run of the tool: the exit status, with its output already in the log. */
    failure(message, exitCode) {
        return new errors/* ProvisionerError */.dl({ provisioner: this.provisioner, message, exitCode });
    }
    get prefix() {
        return this.sudo ? 'sudo ' : '';
    }
    async check(command, what) {
        const result = await this.run(command);
        if (result.exitCode !== 0)
            throw this.failure(`${what}: ${describeExit(result)}. See output above for more info.`, result.exitCode);
    }
    async transfer(what, fn) {
        try {
            await fn();
        }
        catch (err) {
            if (!(err instanceof errors/* CommunicatorError */.yi))
                throw err;
            throw new errors/* ProvisionerError */.dl({
                provisioner: this.provisioner,
                message: `${what}: ${(0,errors/* messageOf */.bD)(err)}`,
                cause: err
            });
        }
    }
}
/** "exit status 4", "killed by SIGKILL", "the connection dropped". */
function describeExit(result) {
    if (result.disconnected)
        return 'the connection dropped before it finished';
    if (result.exitCode === null)
        return `killed by ${result.signal ?? 'a signal'}`;
    return `non-zero exit status ${result.exitCode}`;
}

;// CONCATENATED MODULE: ./src/provisioners/chef-solo/files.ts
// What chef-solo is handed, written as Packer writes it: solo.rb from its default template (or the
// user's config_template) and the node JSON, Go's json.MarshalIndent of json plus run_list.
/** Packer's DefaultConfigTemplate, rendered: its tabs and the blank lines its {{if}} lines leave included. */
function defaultSoloRb(d) {
    const block = (value, text) => (value === '' ? '' : `\n${text}\n`);
    return (`\nchef_license \t\t"${d.ChefLicense}"\n` +
        `cookbook_path \t[${d.CookbookPaths}]\n` +
        block(d.RolesPath, `role_path\t\t"${d.RolesPath}"`) +
        '\n' +
        block(d.DataBagsPath, `data_bag_path\t"${d.DataBagsPath}"`) +
        '\n' +
        block(d.EncryptedDataBagSecretPath, `encrypted_data_bag_secret "${d.EncryptedDataBagSecretPath}"`) +
        '\n' +
        block(d.EnvironmentsPath, `environment_path "${d.EnvironmentsPath}"\nenvironment "${d.ChefEnvironment}"`) +
        '\n');
}
/** The fields a config_template renders with (the Has... booleans as "true" / "false"). */
function soloRbTemplateData(d) {
    return {
        ...d,
        HasRolesPath: String(d.RolesPath !== ''),
        HasDataBagsPath: String(d.DataBagsPath !== ''),
        HasEncryptedDataBagSecretPath: String(d.EncryptedDataBagSecretPath !== ''),
        HasEnvironmentsPath: String(d.EnvironmentsPath !== '')
    };
}
/** json with run_list set when it is not empty, as Go's json.MarshalIndent(v, "", "  ") writes it. */
function nodeJson(json, runList) {
    const data = { ...json };
    if (runList.length > 0)
        data.run_list = runList;
    return goJson(data, '');
}
/** Go's encoding/json: map keys sorted, <, > and & escaped, two-space indent, {} and [] when empty. */
function goJson(value, indent) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return JSON.stringify(value)
            .replaceAll('<', '\\u003c')
            .replaceAll('>', '\\u003e')
            .replaceAll('&', '\\u0026')
            .replaceAll('\u2028', '\\u2028')
            .replaceAll('\u2029', '\\u2029');
    if (typeof value !== 'object')
        return JSON.stringify(value);
    const inner = indent + '  ';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        return `[\n${value.map(item => inner + goJson(item, inner)).join(',\n')}\n${indent}]`;
    }
    const keys = Object.keys(value).sort();
    if (keys.length === 0)
        return '{}';
    const record = value;
    return `{\n${keys.map(key => `${inner}${goJson(key, inner)}: ${goJson(record[key], inner)}`).join(',\n')}\n${indent}}`;
}

;// CONCATENATED MODULE: ./src/provisioners/chef-solo/provisioner.ts
// chef-solo, as Packer runs it: install Chef (unless skip_install), make the staging directory,
// upload the cookbooks, roles, data bags, data bag secret and environments, write solo.rb and
// node.json there, and run chef-solo with execute_command. Any exit status but 0 fails the build.




const NAME = 'chef-solo';
const DEFAULT_STAGING_DIRECTORY = '/tmp/packer-chef-solo';
/** Packer's unix defaults. */
function defaultExecuteCommand(d) {
    return `${d.Sudo ? 'sudo ' : ''}chef-solo --no-color -c ${d.ConfigPath} -j ${d.JsonPath}`;
}
function defaultInstallCommand(d) {
    return (`curl -L https://omnitruck.chef.io/install.sh | ${d.Sudo ? 'sudo ' : ''}bash -s --` +
        (d.Version !== '' ? ` -v ${d.Version}` : ''));
}
class ChefSoloProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(ctx) {
        const c = this.config;
        const sudo = !c.prevent_sudo;
        const staging = c.staging_directory ?? DEFAULT_STAGING_DIRECTORY;
        const guest = new GuestCommands(ctx, NAME, sudo);
        ctx.log.info('Provisioning with chef-solo');
        if (!c.skip_install)
            await this.installChef(ctx, guest, sudo);
        await guest.createDir(staging);
        const cookbookPaths = [];
        for (const [index, path] of (c.cookbook_paths ?? []).entries()) {
            const target = `${staging}/cookbooks-${index}`;
            await guest.uploadDirectory('cookbooks', await findLocalPath(ctx, NAME, path), target);
            cookbookPaths.push(target);
        }
        const uploadDir = async (what, local, name) => {
            if (local === undefined)
                return '';
            await guest.uploadDirectory(what, await findLocalPath(ctx, NAME, local), `${staging}/${name}`);
            return `${staging}/${name}`;
        };
        const rolesPath = await uploadDir('roles', c.roles_path, 'roles');
        const dataBagsPath = await uploadDir('data bags', c.data_bags_path, 'data_bags');
        let secretPath = '';
        if (c.encrypted_data_bag_secret_path !== undefined) {
            secretPath = `${staging}/encrypted_data_bag_secret`;
            await guest.upload('encrypted data bag secret', secretPath, {
                localPath: await findLocalPath(ctx, NAME, c.encrypted_data_bag_secret_path)
            });
        }
        const environmentsPath = await uploadDir('environments', c.environments_path, 'environments');
        ctx.log.info("Creating configuration file 'solo.rb'");
        const solo = {
            CookbookPaths: [...(c.remote_cookbook_paths ?? []), ...cookbookPaths]
                .map(path => `"${path}"`)
                .join(','),
            RolesPath: rolesPath,
            DataBagsPath: dataBagsPath,
            EncryptedDataBagSecretPath: secretPath,
            EnvironmentsPath: environmentsPath,
            ChefEnvironment: c.chef_environment ?? '',
            ChefLicense: c.chef_license ?? (!c.skip_install && c.install_command === undefined ? 'accept-silent' : '')
        };
        const configPath = `${staging}/solo.rb`;
        const soloRb = c.config_template === undefined
            ? defaultSoloRb(solo)
            : renderCommand(c.config_template, soloRbTemplateData(solo));
        await guest.upload('solo.rb', configPath, soloRb);
        ctx.log.info('Creating JSON attribute file');
        const jsonPath = `${staging}/node.json`;
        await guest.upload('node.json', jsonPath, nodeJson(c.json ?? {}, c.run_list ?? []));
        const data = { ConfigPath: configPath, JsonPath: jsonPath, Sudo: sudo };
        const command = c.execute_command === undefined
            ? defaultExecuteCommand(data)
            : renderCommand(c.execute_command, { ...data, Sudo: String(sudo) });
        ctx.log.info(`Executing Chef: ${command}`);
        const result = await guest.run(command);
        if (result.exitCode !== 0) {
            throw guest.failure(`Error executing Chef: ${describeExit(result)}. Its output is above.`, result.exitCode);
        }
    }
    async installChef(ctx, guest, sudo) {
        ctx.log.info('Installing Chef...');
        const data = { Sudo: sudo, Version: this.config.version ?? '' };
        const command = this.config.install_command === undefined
            ? defaultInstallCommand(data)
            : renderCommand(this.config.install_command, { ...data, Sudo: String(sudo) });
        const result = await guest.run(command);
        if (result.exitCode !== 0) {
            throw guest.failure(`Error installing Chef: Install script exited with ${describeExit(result)}. Its output is above.`, result.exitCode);
        }
    }
}

// EXTERNAL MODULE: ./src/communicator/download-limits.ts
var download_limits = __webpack_require__(1820);
;// CONCATENATED MODULE: ./src/communicator/types.ts


;// CONCATENATED MODULE: ./src/provisioners/file.ts
// The file provisioner, with Packer's path rules: a destination ending in "/" is a directory;
// a source directory ending in "/" uploads its contents, without it the directory itself.
// Downloads take a remote source ending in "/" as a directory too. A download reads a machine we
// do not control: symlinks inside a tree are skipped, and limits on entries and bytes (the
// BUILD_AMI_DOWNLOAD_MAX_FILES / _MAX_BYTES variables raise them) stop a runaway one.





class FileProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(ctx) {
        if (this.config.direction === 'download')
            return this.download(ctx);
        if (this.config.content !== undefined)
            return this.uploadContent(ctx, this.config.content);
        for (const source of this.sources())
            await this.upload(ctx, source);
    }
    sources() {
        return this.config.source !== undefined ? [this.config.source] : (this.config.sources ?? []);
    }
    async upload(ctx, source) {
        const destination = this.config.destination;
        ctx.log.info(`Uploading ${source} => ${destination}`);
        const local = await findLocalPath(ctx, 'file', source);
        if ((await (0,promises_.stat)(local)).isDirectory()) {
            const remoteDir = source.endsWith('/') ? destination : external_node_path_.posix.join(destination, (0,external_node_path_.basename)(local));
            return transfer(`upload ${source} to ${remoteDir}`, () => ctx.communicator.uploadDirectory(local, remoteDir));
        }
        const remotePath = destination.endsWith('/') ? destination + (0,external_node_path_.basename)(local) : destination;
        await transfer(`upload ${source} to ${remotePath}`, () => ctx.communicator.upload(remotePath, { localPath: local }), destination.endsWith('/')
            ? undefined
            : {
                when: /Failure|directory/i,
                text: `. If ${destination} is a directory, end the destination with "/"`
            });
    }
    async uploadContent(ctx, content) {
        const destination = this.config.destination;
        // As Packer: content goes through a private temporary file, whose name and mode (0600) it keeps.
        const remotePath = destination.endsWith('/')
            ? `${destination}pkr-file-content${Math.floor((ctx.random ?? Math.random)() * 1e9)}`
            : destination;
        ctx.log.info(`Uploading content => ${remotePath}`);
        await transfer(`upload content to ${remotePath}`, () => ctx.communicator.upload(remotePath, content, 0o600));
    }
    async download(ctx) {
        const limits = downloadLimits(ctx.env ?? process.env);
        for (const source of this.sources()) {
            const destination = (0,external_node_path_.resolve)(ctx.cwd ?? process.cwd(), this.config.destination);
            ctx.log.info(`Downloading ${source} => ${this.config.destination}`);
            if (source.endsWith('/')) {
                const result = await transfer(`download ${source} to ${destination}`, () => ctx.communicator.downloadDirectory(source, destination, limits));
                reportSkipped(ctx, source, result);
                continue;
            }
            const localPath = this.config.destination.endsWith('/')
                ? (0,external_node_path_.join)(destination, external_node_path_.posix.basename(source))
                : destination;
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(localPath), { recursive: true });
            await transfer(`download ${source} to ${localPath}`, () => ctx.communicator.download(source, localPath, limits), { when: /is a directory/, text: '. To download a directory, end the source with "/"' });
        }
    }
}
const LIMIT_VARIABLES = {
    maxFiles: 'BUILD_AMI_DOWNLOAD_MAX_FILES',
    maxBytes: 'BUILD_AMI_DOWNLOAD_MAX_BYTES'
};
/** The download limits, each raised (or lowered) by its variable in the step's `env:`. */
function downloadLimits(env) {
    const read = (key) => {
        const text = env[LIMIT_VARIABLES[key]];
        if (text === undefined || text === '')
            return download_limits/* DEFAULT_DOWNLOAD_LIMITS */.Ib[key];
        const value = Number(text);
        if (!Number.isSafeInteger(value) || value < 0)
            throw new errors/* ProvisionerError */.dl({
                provisioner: 'file',
                message: `${LIMIT_VARIABLES[key]} must be a whole number, got ${JSON.stringify(text)}`
            });
        return value;
    };
    return { maxFiles: read('maxFiles'), maxBytes: read('maxBytes') };
}
function reportSkipped(ctx, source, result) {
    if (result.skipped.length === 0)
        return;
    const shown = result.skipped.slice(0, 10).join(', ');
    const more = result.skipped.length > 10 ? ` and ${result.skipped.length - 10} more` : '';
    ctx.log.info(`Skipped ${result.skipped.length} symlink(s) or special file(s) in ${source} (symlinks are not followed): ${shown}${more}`);
}
/** Transfer failures become the provisioner's failure, with the communicator's error as the cause. */
async function transfer(what, fn, hint) {
    try {
        return await fn();
    }
    catch (err) {
        if (!(err instanceof errors/* CommunicatorError */.yi))
            throw err;
        if (err.cause instanceof download_limits/* DownloadLimitError */._j) {
            const { limit, value } = err.cause;
            throw new errors/* ProvisionerError */.dl({
                provisioner: 'file',
                message: `stopped the ${what}: ${(0,errors/* messageOf */.bD)(err.cause)}. The limit (${(0,download_limits/* describeLimit */.XW)(limit, value)}) keeps ` +
                    `a download from filling the runner's disk; to raise it, set ${LIMIT_VARIABLES[limit]} in the step's env`,
                cause: err
            });
        }
        const message = (0,errors/* messageOf */.bD)(err);
        const advice = hint?.when.test(message) ? hint.text : '';
        throw new errors/* ProvisionerError */.dl({
            provisioner: 'file',
            message: `could not ${what}: ${message}${advice}`,
            cause: err
        });
    }
}

;// CONCATENATED MODULE: ./src/provisioners/ansible-local/commands.ts
// The command lines ansible-local runs on the machine, written as Packer writes them
// (packer-plugin-ansible provisioner/ansible-local/provisioner.go), so a template's command,
// extra_arguments and wrappers see the same line:
//   cd <staging> && [ANSIBLE_*_PATH=...] <command> <playbook> --extra-vars '...' <extra_arguments> -c local -i <inventory>
// Pure functions: the provisioner decides when to run them.

/** Packer's default `command`: colour and unbuffered output, so the log follows the play as it runs. */
const DEFAULT_COMMAND = 'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook';
/** What Packer's amazon builder hands provisioners for PackerHTTPAddr: it runs no HTTP server. */
const commands_HTTP_ADDR_NOT_IMPLEMENTED = 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER';
/** A path as one shell word: as it is when it needs no quoting (Packer never quotes), else quoted. */
function shellWord(text) {
    return /^[\w@%+=:,./-]+$/.test(text) ? text : shellQuote(text);
}
/** Packer's default inventory: 127.0.0.1, in each of inventory_groups when there are any. */
function inventoryContent(groups) {
    return groups.length === 0 ? '127.0.0.1' : groups.map(group => `[${group}]\n127.0.0.1\n`).join('');
}
/**
 * The variables every play gets (Packer's "Default Extra Variables"). Packer also leaves a stray
 * `-o IdentitiesOnly=yes` inside this string (copied from the remote provisioner); it means nothing to
 * ansible-playbook here and is left out.
 */
function defaultExtraVars(buildName, builderType, httpAddr) {
    return `packer_build_name=${buildName} packer_builder_type=${builderType} packer_http_addr=${httpAddr}`;
}
/** Whether a galaxy requirements file lists roles and/or collections (Packer looks at top-level keys). */
function galaxyContents(text) {
    return { roles: /^roles:/m.test(text), collections: /^collections:/m.test(text) };
}
/** Roles when the file has `roles:` or is the old list form (no `collections:`); collections when it has them. */
function galaxyCommands(o) {
    const force = o.force ? ' -f' : '';
    const run = (args) => `cd ${shellWord(o.staging)} && ${o.galaxyCommand} ${args}${force}`;
    const commands = [];
    if (o.contents.roles || !o.contents.collections)
        commands.push(run(`install -r ${shellWord(o.galaxyFile)} -p ${shellWord(o.rolesPath)}`));
    if (o.contents.collections)
        commands.push(run(`collection install -r ${shellWord(o.galaxyFile)} -p ${shellWord(o.collectionsPath)}`));
    return commands;
}
function playbookCommand(o) {
    // Appended to whatever the machine already sets, as Packer does ($VAR stays for the remote shell).
    const env = [
        ...(o.collectionsPaths.length > 0
            ? [`ANSIBLE_COLLECTIONS_PATH=$ANSIBLE_COLLECTIONS_PATH:${o.collectionsPaths.map(shellWord).join(':')}`]
            : []),
        ...(o.rolesPath !== undefined ? [`ANSIBLE_ROLES_PATH=$ANSIBLE_ROLES_PATH:${shellWord(o.rolesPath)}`] : [])
    ];
    const extra = o.extraArguments.length > 0 ? ` ${o.extraArguments.join(' ')}` : '';
    return (`cd ${shellWord(o.staging)} && ${[...env, o.command].join(' ')} ${shellWord(o.playbook)}` +
        ` --extra-vars ${shellQuote(o.extraVars)}${extra} -c local -i ${shellWord(o.inventory)}`);
}
/** Packer's staging directory: /tmp/packer-provisioner-ansible-local/<time-ordered uuid>. */
const DEFAULT_STAGING_ROOT = '/tmp/packer-provisioner-ansible-local';
/** The SDK's TimeOrderedUUID: the Unix time in the first 32 bits, then 96 random ones. */
function timeOrderedUuid(now, random) {
    const unix = (Math.floor(now.getTime() / 1000) >>> 0).toString(16).padStart(8, '0');
    const hex = random.subarray(0, 12).toString('hex').padEnd(24, '0');
    return `${unix}-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}-${hex.slice(12)}`;
}

;// CONCATENATED MODULE: ./src/provisioners/ansible-local/playbooks.ts
// Where each playbook goes on the machine and which ones run, by Packer's rules: playbook_file is
// uploaded into the staging directory by its name; each of playbook_files already inside playbook_dir
// runs from the uploaded tree, and any other is uploaded under the staging directory at its own
// absolute path (so two files of the same name never collide).

/** `local` paths are absolute (the template layer made them so). */
function playbookLayout(options) {
    const { staging, playbookFile, playbookDir } = options;
    if (playbookFile !== undefined) {
        const remote = external_node_path_.posix.join(staging, (0,external_node_path_.basename)(playbookFile));
        return { uploads: [{ local: playbookFile, remote }], runs: [remote] };
    }
    const uploads = [];
    const runs = options.playbookFiles.map(local => {
        const inside = playbookDir === undefined ? undefined : (0,external_node_path_.relative)(playbookDir, local);
        if (inside !== undefined && inside !== '' && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside))
            return external_node_path_.posix.join(staging, inside);
        const remote = external_node_path_.posix.join(staging, local);
        uploads.push({ local, remote });
        return remote;
    });
    return { uploads, runs };
}

;// CONCATENATED MODULE: ./src/provisioners/ansible-local/remote.ts
// What ansible-local does on the machine, each a small step with Packer's error wording: make or
// remove a directory, upload a file or a tree, run a command with its output streamed to the log.


const PROVISIONER = 'ansible-local';
async function createDir(ctx, dir) {
    ctx.log.info(`Creating directory: ${dir}`);
    await runChecked(ctx, `mkdir -p ${shellQuote(dir)}`, `could not create the directory ${dir}`);
}
async function removeDir(ctx, dir) {
    ctx.log.info(`Removing directory: ${dir}`);
    await runChecked(ctx, `rm -rf ${shellQuote(dir)}`, `could not remove the directory ${dir}`);
}
async function uploadFile(ctx, what, local, remote) {
    await remote_transfer(`upload ${what} ${local} to ${remote}`, () => ctx.communicator.upload(remote, { localPath: local }));
}
async function uploadText(ctx, what, text, remote) {
    await remote_transfer(`upload ${what} to ${remote}`, () => ctx.communicator.upload(remote, text));
}
/** The contents of `local` into `remote` (created with its parents), as Packer's uploadDir. */
async function uploadDir(ctx, what, local, remote) {
    await remote_transfer(`upload ${what} ${local} to ${remote}`, () => ctx.communicator.uploadDirectory(local, remote));
}
/** Runs `command`, its output to the log line by line; resolves to its exit code (null: killed). */
async function run(ctx, command) {
    ctx.signal.throwIfAborted();
    const result = await ctx.communicator.exec(command, {
        onStdout: line => ctx.log.output('stdout', line),
        onStderr: line => ctx.log.output('stderr', line),
        signal: ctx.signal,
        pty: ctx.pty
    });
    if (result.disconnected)
        throw new errors/* ProvisionerError */.dl({
            provisioner: PROVISIONER,
            message: `the connection dropped while running: ${command}`,
            exitCode: null
        });
    return result.exitCode;
}
async function runChecked(ctx, command, failure) {
    const exitCode = await run(ctx, command);
    if (exitCode !== 0)
        throw new errors/* ProvisionerError */.dl({
            provisioner: PROVISIONER,
            message: `${failure} (exit status ${exitCode ?? 'none: killed'}); its output is above`,
            exitCode
        });
}
async function remote_transfer(what, fn) {
    try {
        await fn();
    }
    catch (err) {
        if (!(err instanceof errors/* CommunicatorError */.yi))
            throw err;
        throw new errors/* ProvisionerError */.dl({
            provisioner: PROVISIONER,
            message: `could not ${what}: ${(0,errors/* messageOf */.bD)(err)}`,
            cause: err
        });
    }
}

;// CONCATENATED MODULE: ./src/provisioners/ansible-local/run-playbooks.ts
// Galaxy, then each playbook, on the machine once the staging directory is filled: the command
// lines from commands.ts, their output to the log, and Packer's words when one fails.




const run_playbooks_PROVISIONER = 'ansible-local';
async function runPlaybooks(ctx, c, staged) {
    const { staging, playbooks, inventory, galaxy } = staged;
    const rolesPath = c.galaxy_roles_path ?? external_node_path_.posix.join(staging, 'galaxy_roles');
    const collectionsPath = c.galaxy_collections_path ?? external_node_path_.posix.join(staging, 'galaxy_collections');
    const contents = galaxy ? galaxyContents(galaxy.text) : { roles: false, collections: false };
    const galaxyCommand = c.galaxy_command ?? 'ansible-galaxy';
    if (galaxy) {
        const commands = galaxyCommands({
            staging,
            galaxyCommand,
            galaxyFile: galaxy.remote,
            rolesPath,
            collectionsPath,
            force: c.galaxy_force_install ?? false,
            contents
        });
        for (const command of commands) {
            ctx.log.info(`Executing Ansible Galaxy: ${command}`);
            await checkExit(ctx, await run(ctx, command), galaxyCommand, 'Error executing Ansible Galaxy');
        }
    }
    const command = c.command ?? DEFAULT_COMMAND;
    const extraVars = defaultExtraVars(ctx.buildName, ctx.builderType, stringData(ctx, 'PackerHTTPAddr') ?? commands_HTTP_ADDR_NOT_IMPLEMENTED);
    for (const playbook of playbooks) {
        const line = playbookCommand({
            staging,
            command,
            playbook,
            inventory,
            extraVars,
            extraArguments: c.extra_arguments ?? [],
            collectionsPaths: [
                ...(contents.collections ? [collectionsPath] : []),
                ...((c.collection_paths ?? []).length > 0 ? [external_node_path_.posix.join(staging, 'collections')] : [])
            ],
            rolesPath: contents.roles ? rolesPath : undefined
        });
        ctx.log.info(`Executing Ansible: ${line}`);
        await checkExit(ctx, await run(ctx, line), command, `Error executing Ansible (${playbook})`);
    }
}
/** Packer's wording: 127 means the command is not on the machine's PATH. */
async function checkExit(ctx, exitCode, command, doing) {
    if (exitCode === 0)
        return;
    ctx.signal.throwIfAborted();
    const message = exitCode === 127
        ? `${doing}: ${command} could not be found. Verify that it is available on the PATH after connecting to the machine.`
        : `${doing}: Non-zero exit status: ${exitCode ?? 'none (killed)'}. Its output is above.`;
    throw new errors/* ProvisionerError */.dl({ provisioner: run_playbooks_PROVISIONER, message, exitCode });
}
function stringData(ctx, name) {
    const value = ctx.buildData?.[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/provisioners/ansible-local/provisioner.ts
// The ansible-local provisioner, in Packer's order: fill the staging directory (playbook_dir as the
// directory itself, then the playbooks, the galaxy file, the inventory, group_vars, host_vars, roles,
// collections, extra playbook paths), install galaxy requirements, run each playbook with
// ansible-playbook in local mode on the machine, and remove the staging directory when asked.
// Ansible must already be on the machine, as Packer requires.








const provisioner_PROVISIONER = 'ansible-local';
class AnsibleLocalProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(ctx) {
        const c = this.config;
        const staging = c.staging_directory ?? external_node_path_.posix.join(DEFAULT_STAGING_ROOT, newUuid(ctx));
        ctx.log.info('Provisioning with Ansible...');
        try {
            await this.provision(ctx, staging);
        }
        catch (error) {
            // Packer leaves a failed run's files; a retry or an error-cleanup-provisioner would find them in the image.
            if (c.clean_staging_directory && !ctx.signal.aborted)
                await removeDir(ctx, staging).catch(cleanup => ctx.log.warning(`Could not remove the staging directory ${staging}: ${(0,errors/* messageOf */.bD)(cleanup)}`));
            throw error;
        }
        if (c.clean_staging_directory) {
            ctx.log.info('Removing staging directory...');
            await removeDir(ctx, staging);
        }
    }
    async provision(ctx, staging) {
        const c = this.config;
        if (c.playbook_dir !== undefined) {
            ctx.log.info('Uploading Playbook directory to Ansible staging directory...');
            await uploadDir(ctx, 'playbook_dir', c.playbook_dir, staging);
        }
        else {
            ctx.log.info('Creating Ansible staging directory...');
            await createDir(ctx, staging);
        }
        const layout = playbookLayout({
            staging,
            playbookFile: c.playbook_file,
            playbookFiles: c.playbook_files ?? [],
            playbookDir: c.playbook_dir
        });
        for (const { local, remote } of layout.uploads) {
            ctx.log.info(c.playbook_file !== undefined
                ? 'Uploading main Playbook file...'
                : `Uploading playbook file: ${local}`);
            if (c.playbook_file === undefined)
                await createDir(ctx, external_node_path_.posix.dirname(remote));
            await uploadFile(ctx, 'playbook', local, remote);
        }
        let galaxy;
        if (c.galaxy_file !== undefined) {
            ctx.log.info('Uploading galaxy file...');
            galaxy = { remote: external_node_path_.posix.join(staging, (0,external_node_path_.basename)(c.galaxy_file)), text: await readLocal(c.galaxy_file) };
            await uploadFile(ctx, 'galaxy_file', c.galaxy_file, galaxy.remote);
        }
        ctx.log.info('Uploading inventory file...');
        let inventory;
        if (c.inventory_file !== undefined) {
            inventory = external_node_path_.posix.join(staging, (0,external_node_path_.basename)(c.inventory_file));
            await uploadFile(ctx, 'inventory_file', c.inventory_file, inventory);
        }
        else {
            // Packer writes a temporary file named like this and uploads it by its name.
            const name = `packer-provisioner-ansible-local${Math.floor(random(ctx)() * 2 ** 32)}`;
            inventory = external_node_path_.posix.join(staging, name);
            await uploadText(ctx, 'the inventory', inventoryContent(c.inventory_groups ?? []), inventory);
        }
        for (const [option, local] of [
            ['group_vars', c.group_vars],
            ['host_vars', c.host_vars]
        ]) {
            if (local === undefined)
                continue;
            ctx.log.info(`Uploading ${option} directory...`);
            await uploadDir(ctx, option, local, external_node_path_.posix.join(staging, option));
        }
        await this.uploadEach(ctx, 'role_paths', 'role directories', c.role_paths, external_node_path_.posix.join(staging, 'roles'));
        await this.uploadEach(ctx, 'collection_paths', 'collection directories', c.collection_paths, external_node_path_.posix.join(staging, 'collections'));
        if ((c.playbook_paths ?? []).length > 0)
            await createDir(ctx, external_node_path_.posix.join(staging, 'playbooks'));
        await this.uploadEach(ctx, 'playbook_paths', 'additional Playbooks', c.playbook_paths, external_node_path_.posix.join(staging, 'playbooks'));
        await runPlaybooks(ctx, this.config, { staging, playbooks: layout.runs, inventory, galaxy });
    }
    async uploadEach(ctx, option, what, locals, remoteParent) {
        if (!locals || locals.length === 0)
            return;
        ctx.log.info(`Uploading ${what}...`);
        for (const local of locals)
            await uploadDir(ctx, option, local, external_node_path_.posix.join(remoteParent, (0,external_node_path_.basename)(local)));
    }
}
async function readLocal(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ProvisionerError */.dl({
            provisioner: provisioner_PROVISIONER,
            message: `could not read ${path}: ${(0,errors/* messageOf */.bD)(error)}`
        });
    }
}
const random = (ctx) => ctx.random ?? Math.random;
function newUuid(ctx) {
    const bytes = ctx.random
        ? Buffer.from(Array.from({ length: 12 }, () => Math.floor(ctx.random() * 256)))
        : (0,external_node_crypto_.randomBytes)(12);
    return timeOrderedUuid(new Date(), bytes);
}

;// CONCATENATED MODULE: ./src/provisioners/breakpoint.ts
class BreakpointProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(ctx) {
        const note = this.config.note ?? '';
        const withNote = note === '' ? '' : ` with note "${note}"`;
        if (this.config.disable) {
            ctx.log.info(`Breakpoint provisioner${withNote} disabled; continuing...`);
            return;
        }
        ctx.log.info(`Pausing at breakpoint provisioner${withNote}.`);
        ctx.log.info('Nobody can press Enter in a workflow run: continuing without a pause.');
    }
}

;// CONCATENATED MODULE: ./src/provisioners/ansible-local/from-plan.ts
function ansibleLocalConfig(plan, renderAll) {
    return {
        type: 'ansible-local',
        command: plan.command,
        extra_arguments: renderAll(plan.extraArguments),
        ...(plan.playbookFile !== undefined ? { playbook_file: plan.playbookFile } : {}),
        playbook_files: plan.playbookFiles,
        playbook_dir: plan.playbookDir,
        playbook_paths: plan.playbookPaths,
        role_paths: plan.rolePaths,
        collection_paths: plan.collectionPaths,
        group_vars: plan.groupVars,
        host_vars: plan.hostVars,
        inventory_file: plan.inventoryFile,
        inventory_groups: plan.inventoryGroups,
        galaxy_file: plan.galaxyFile,
        galaxy_command: plan.galaxyCommand,
        galaxy_force_install: plan.galaxyForceInstall,
        galaxy_roles_path: plan.galaxyRolesPath,
        galaxy_collections_path: plan.galaxyCollectionsPath,
        staging_directory: plan.stagingDirectory,
        clean_staging_directory: plan.cleanStagingDirectory
    };
}

;// CONCATENATED MODULE: ./src/provisioners/from-plan.ts

function configFromPlan(plan, buildData) {
    const render = (text) => text.render(buildData);
    const renderAll = (texts) => texts.map(render);
    const renderMap = (map) => Object.fromEntries(Object.entries(map).map(([name, value]) => [name, render(value)]));
    // execute_command's own fields ({{.Path}}, {{.Vars}}, {{.Script}}) join the build data when it renders.
    const command = (text) => ({
        render: (data) => text.render({ ...buildData, ...data })
    });
    switch (plan.type) {
        case 'shell':
            return {
                type: 'shell',
                ...(plan.inline ? { inline: renderAll(plan.inline) } : { scripts: plan.scripts }),
                environment_vars: renderAll(plan.environmentVars),
                env: renderMap(plan.env),
                execute_command: command(plan.executeCommand),
                inline_shebang: plan.inlineShebang,
                remote_folder: plan.remoteFolder,
                remote_file: plan.remoteFile,
                remote_path: plan.remotePath,
                expect_disconnect: plan.expectDisconnect,
                valid_exit_codes: plan.validExitCodes,
                skip_clean: plan.skipClean,
                start_retry_timeout: plan.startRetryTimeoutMs,
                pause_after: plan.pauseAfterMs,
                binary: plan.binary
            };
        case 'file':
            return {
                type: 'file',
                ...(plan.content !== undefined ? { content: plan.content } : { sources: plan.sources }),
                destination: plan.destination,
                direction: plan.direction,
                generated: plan.generated
            };
        case 'shell-local':
            return {
                type: 'shell-local',
                ...(plan.inline ? { inline: renderAll(plan.inline) } : { scripts: plan.scripts }),
                environment_vars: renderAll(plan.environmentVars),
                env: renderMap(plan.env),
                execute_command: plan.executeCommand.map(command),
                inline_shebang: plan.inlineShebang,
                valid_exit_codes: plan.validExitCodes,
                only_on: plan.onlyOn,
                tempfile_extension: plan.tempfileExtension
            };
        case 'puppet-masterless':
            return {
                type: 'puppet-masterless',
                manifest_file: plan.manifestFile,
                manifest_dir: plan.manifestDir,
                module_paths: plan.modulePaths,
                hiera_config_path: plan.hieraConfigPath,
                facter: plan.facter,
                extra_arguments: plan.extraArguments.map(command),
                execute_command: plan.executeCommand && command(plan.executeCommand),
                ignore_exit_codes: plan.ignoreExitCodes,
                prevent_sudo: plan.preventSudo,
                puppet_bin_dir: plan.puppetBinDir,
                staging_directory: plan.stagingDirectory,
                working_directory: plan.workingDirectory,
                clean_staging_directory: plan.cleanStagingDirectory
            };
        case 'chef-solo':
            return {
                type: 'chef-solo',
                cookbook_paths: plan.cookbookPaths,
                remote_cookbook_paths: plan.remoteCookbookPaths,
                roles_path: plan.rolesPath,
                data_bags_path: plan.dataBagsPath,
                environments_path: plan.environmentsPath,
                encrypted_data_bag_secret_path: plan.encryptedDataBagSecretPath,
                chef_environment: plan.chefEnvironment,
                chef_license: plan.chefLicense,
                config_template: plan.configTemplate && command(plan.configTemplate),
                json: plan.json,
                run_list: plan.runList,
                execute_command: plan.executeCommand && command(plan.executeCommand),
                install_command: plan.installCommand && command(plan.installCommand),
                skip_install: plan.skipInstall,
                prevent_sudo: plan.preventSudo,
                staging_directory: plan.stagingDirectory,
                version: plan.version
            };
        case 'ansible-local':
            return ansibleLocalConfig(plan, renderAll);
        case 'breakpoint':
            return {
                type: 'breakpoint',
                ...(plan.note !== undefined ? { note: render(plan.note) } : {}),
                disable: plan.disable
            };
        case 'ansible':
            return {
                type: 'ansible',
                playbook_file: plan.playbookFile,
                command: plan.command,
                extra_arguments: renderAll(plan.extraArguments),
                ansible_env_vars: renderAll(plan.ansibleEnvVars),
                ansible_ssh_extra_args: plan.ansibleSshExtraArgs,
                groups: plan.groups,
                empty_groups: plan.emptyGroups,
                host_alias: plan.hostAlias,
                user: plan.user,
                inventory_file: plan.inventoryFile,
                inventory_directory: plan.inventoryDirectory,
                keep_inventory_file: plan.keepInventoryFile,
                galaxy_file: plan.galaxyFile,
                galaxy_command: plan.galaxyCommand,
                galaxy_force_install: plan.galaxyForceInstall,
                galaxy_force_with_deps: plan.galaxyForceWithDeps,
                roles_path: plan.rolesPath,
                collections_path: plan.collectionsPath,
                use_proxy: plan.useProxy,
                use_sftp: plan.useSftp,
                sftp_command: plan.sftpCommand,
                local_port: plan.localPort,
                ssh_host_key_file: plan.sshHostKeyFile,
                ssh_authorized_key_file: plan.sshAuthorizedKeyFile,
                skip_version_check: plan.skipVersionCheck
            };
    }
}

;// CONCATENATED MODULE: ./src/provisioners/puppet-masterless/command.ts
// The fields Packer's puppet-masterless renders execute_command with, and its default command
// (the unix one), written out: the same string Packer's Go template gives for the same fields.

/**
 * cd {{.WorkingDir}} && {{if ne .FacterVars ""}}{{.FacterVars}} {{end}}{{if .Sudo}}sudo -E {{end}}
 * {{if ne .PuppetBinDir ""}}{{.PuppetBinDir}}/{{end}}puppet apply --detailed-exitcodes {{if .Debug}}--debug {{end}}
 * {{if ne .ModulePath ""}}--modulepath='{{.ModulePath}}' {{end}}{{if ne .HieraConfigPath ""}}--hiera_config='{{.HieraConfigPath}}' {{end}}
 * {{if ne .ManifestDir ""}}--manifestdir='{{.ManifestDir}}' {{end}}{{if ne .ExtraArguments ""}}{{.ExtraArguments}} {{end}}{{.ManifestFile}}
 */
function defaultPuppetCommand(d) {
    const when = (value, text) => (value === '' || value === false ? '' : text);
    return (`cd ${d.WorkingDir} && ` +
        when(d.FacterVars, `${d.FacterVars} `) +
        when(d.Sudo, 'sudo -E ') +
        when(d.PuppetBinDir, `${d.PuppetBinDir}/`) +
        'puppet apply --detailed-exitcodes ' +
        when(d.Debug, '--debug ') +
        when(d.ModulePath, `--modulepath='${d.ModulePath}' `) +
        when(d.HieraConfigPath, `--hiera_config='${d.HieraConfigPath}' `) +
        when(d.ManifestDir, `--manifestdir='${d.ManifestDir}' `) +
        when(d.ExtraArguments, `${d.ExtraArguments} `) +
        d.ManifestFile);
}
/**
 * FACTER_name='value' for each fact, by name (Go's map order is random; sorted is stable), joined with
 * spaces. A quote inside a value is written '"'"' so the command still parses (Packer does not escape it).
 */
function facterVars(facts) {
    return Object.keys(facts)
        .sort()
        .map(name => `FACTER_${name}=${shellQuote(facts[name])}`)
        .join(' ');
}
/** The data as strings, for a template (Go prints a bool as true / false). */
function asTemplateData(d) {
    return Object.fromEntries(Object.entries(d).map(([key, value]) => [key, String(value)]));
}

;// CONCATENATED MODULE: ./src/provisioners/puppet-masterless/provisioner.ts
// puppet-masterless, as Packer runs it: make the staging directory, upload the hiera config, the
// manifest directory, each module path and the manifest (file or directory), then run `puppet apply`
// with execute_command. Puppet's --detailed-exitcodes make 2 mean "changes applied": 0 and 2 succeed,
// anything else fails the build unless ignore_exit_codes.






const provisioner_NAME = 'puppet-masterless';
const provisioner_DEFAULT_STAGING_DIRECTORY = '/tmp/packer-puppet-masterless';
class PuppetMasterlessProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(ctx) {
        const c = this.config;
        const staging = c.staging_directory ?? provisioner_DEFAULT_STAGING_DIRECTORY;
        const guest = new GuestCommands(ctx, provisioner_NAME, !c.prevent_sudo);
        ctx.log.info('Provisioning with Puppet...');
        ctx.log.info('Creating Puppet staging directory...');
        await guest.createDir(staging);
        let hieraConfigPath = '';
        if (c.hiera_config_path !== undefined) {
            ctx.log.info('Uploading hiera configuration...');
            hieraConfigPath = `${staging}/hiera.yaml`;
            await guest.upload('hiera config', hieraConfigPath, {
                localPath: await findLocalPath(ctx, provisioner_NAME, c.hiera_config_path)
            });
        }
        let manifestDir = '';
        if (c.manifest_dir !== undefined) {
            ctx.log.info(`Uploading manifest directory from: ${c.manifest_dir}`);
            manifestDir = `${staging}/manifests`;
            await guest.uploadDirectory('manifest dir', await findLocalPath(ctx, provisioner_NAME, c.manifest_dir), manifestDir);
        }
        const modulePaths = [];
        for (const [index, path] of (c.module_paths ?? []).entries()) {
            ctx.log.info(`Uploading local modules from: ${path}`);
            const target = `${staging}/module-${index}`;
            await guest.uploadDirectory('modules', await findLocalPath(ctx, provisioner_NAME, path), target);
            modulePaths.push(target);
        }
        const manifestFile = await this.uploadManifests(ctx, guest, staging);
        const data = {
            WorkingDir: c.working_directory ?? staging,
            FacterVars: facterVars({
                ...c.facter,
                packer_build_name: ctx.buildName,
                packer_builder_type: ctx.builderType
            }),
            Sudo: !c.prevent_sudo,
            PuppetBinDir: c.puppet_bin_dir ?? '',
            ModulePath: modulePaths.join(':'),
            ModulePathJoiner: ':',
            HieraConfigPath: hieraConfigPath,
            ManifestDir: manifestDir,
            ManifestFile: manifestFile,
            ExtraArguments: '',
            Debug: false
        };
        data.ExtraArguments = (c.extra_arguments ?? [])
            .map(argument => renderCommand(argument, asTemplateData(data)))
            .join(' ');
        const command = c.execute_command === undefined
            ? defaultPuppetCommand(data)
            : renderCommand(c.execute_command, asTemplateData(data));
        ctx.log.info(`Running Puppet: ${command}`);
        const result = await guest.run(command);
        const ok = result.exitCode === 0 || result.exitCode === 2 || c.ignore_exit_codes === true;
        if (!ok) {
            const status = result.exitCode === null ? describeExit(result) : `a non-zero exit status: ${result.exitCode}`;
            throw guest.failure(`Puppet exited with ${status}. Its output is above.`, result.exitCode);
        }
        if (c.clean_staging_directory)
            await guest.removeDir(staging);
    }
    /** The manifest file into <staging>/manifests/, or a manifest directory as <staging>/manifests. */
    async uploadManifests(ctx, guest, staging) {
        ctx.log.info('Uploading manifests...');
        const remoteDir = `${staging}/manifests`;
        await guest.createDir(remoteDir);
        const local = await findLocalPath(ctx, provisioner_NAME, this.config.manifest_file);
        if ((await (0,promises_.stat)(local)).isDirectory()) {
            ctx.log.info(`Uploading manifest directory from: ${this.config.manifest_file}`);
            await guest.uploadDirectory('manifests', local, remoteDir);
            return remoteDir;
        }
        ctx.log.info(`Uploading manifest file from: ${this.config.manifest_file}`);
        const remoteFile = `${remoteDir}/${(0,external_node_path_.basename)(local)}`;
        await guest.upload('manifests', remoteFile, { localPath: local });
        return remoteFile;
    }
}

;// CONCATENATED MODULE: ./src/provisioners/shell-local.ts
// The shell-local provisioner: scripts run on the runner itself, each through execute_command
// (by default `/bin/sh -c "{{.Vars}} {{.Script}}"`), output streamed line by line, exit code
// checked. Inline commands are written to a private temporary script first, as Packer does, in
// the build's private directory under RUNNER_TEMP (temp-files.ts), removed when it has run.







const DEFAULT_EXECUTE_COMMAND = ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'];
class ShellLocalProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(ctx) {
        const c = this.config;
        const system = process.platform === 'win32' ? 'windows' : process.platform;
        if (c.only_on?.length && !c.only_on.includes(system)) {
            ctx.log.info(`Skipping shell-local: only_on is ${c.only_on.join(', ')} and this runner is ${system}`);
            return;
        }
        const vars = flattenEnvVars(envVars({ ...c, buildName: ctx.buildName, builderType: ctx.builderType }), c.env_var_format ?? "%s='%s' ");
        const inline = c.inline ?? (c.command !== undefined ? [c.command] : undefined);
        const buildId = ctx.buildData?.PackerRunUUID;
        const temp = inline
            ? await (0,temp_files/* privateTempDir */.nX)(typeof buildId === 'string' ? buildId : undefined, 'shell-local', ctx.env)
            : undefined;
        try {
            const scripts = temp
                ? [
                    {
                        label: 'inline',
                        path: await writeInlineScript(temp, c.inline_shebang ?? '/bin/sh -e', inline)
                    }
                ]
                : await Promise.all((c.script !== undefined ? [c.script] : (c.scripts ?? [])).map(async (script) => ({
                    label: script,
                    path: await findLocalPath(ctx, 'shell-local', script)
                })));
            for (const script of scripts) {
                ctx.log.info(`Running local shell script: ${script.label}`);
                const argv = (c.execute_command ?? DEFAULT_EXECUTE_COMMAND).map(part => renderCommand(part, { Vars: vars, Script: script.path, Command: script.path }));
                const exit = await runTool({ provisioner: 'shell-local', argv, env: ctx.env ?? process.env, cwd: ctx.cwd ?? process.cwd() }, ctx);
                const valid = c.valid_exit_codes ?? [0];
                if (exit.code !== null && valid.includes(exit.code))
                    continue;
                const how = exit.code === null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
                throw new errors/* ProvisionerError */.dl({
                    provisioner: 'shell-local',
                    message: `script ${script.path} (${script.label}) ${how}; valid_exit_codes allows ${valid.join(', ')}. Its output is above.`,
                    script: script.label,
                    exitCode: exit.code
                });
            }
        }
        finally {
            if (temp)
                await (0,temp_files/* removeTempDir */.CT)(temp);
        }
    }
}
async function writeInlineScript(dir, shebang, commands, extension) {
    const path = (0,external_node_path_.join)(dir, extension ? `script.${extension}` : 'script');
    return (0,temp_files/* writePrivateFile */.Pl)(path, `#!${shebang}\n${commands.map(line => `${line}\n`).join('')}`, 0o700);
}

// EXTERNAL MODULE: ./src/timers.ts
var timers = __webpack_require__(9489);
// EXTERNAL MODULE: ./src/communicator/connect-retry.ts
var connect_retry = __webpack_require__(8374);
;// CONCATENATED MODULE: ./src/provisioners/start-retry.ts
// start_retry_timeout: a script may reboot the machine, and the next upload or command then
// finds the connection gone. Until the timeout, dial again (ctx.reconnect) and start over.
// Only a lost connection is retried: a refused upload or a bad path fails at once.



/** Pause between a lost connection and dialing again: a rebooting machine needs a moment to go down. */
const RETRY_DELAY_MS = 2000;
async function retryStart(ctx, connection, timeoutMs, what, start) {
    const sleep = ctx.sleep ?? timers/* sleep */.yy;
    const deadline = Date.now() + timeoutMs;
    const reconnect = ctx.reconnect;
    for (;;) {
        try {
            return await start(connection.current);
        }
        catch (err) {
            const lost = err instanceof errors/* CommunicatorError */.yi && err.connectionLost;
            if (!lost || !reconnect || Date.now() >= deadline)
                throw err;
            ctx.log.warning(`${what}: ${(0,errors/* messageOf */.bD)(err)}; connecting again (start_retry_timeout ${(0,connect_retry/* formatDuration */.a3)(timeoutMs)})`);
        }
        // Dial until the machine is back or the time is up; the last failure is the one to report.
        for (;;) {
            await sleep(RETRY_DELAY_MS, ctx.signal);
            ctx.signal.throwIfAborted();
            try {
                connection.current = await reconnect();
                break;
            }
            catch (err) {
                if (Date.now() < deadline)
                    continue;
                throw new errors/* CommunicatorError */.yi({
                    message: `${what}: the machine did not answer again within start_retry_timeout ` +
                        `(${(0,connect_retry/* formatDuration */.a3)(timeoutMs)}); last error: ${(0,errors/* messageOf */.bD)(err)}`,
                    target: err instanceof errors/* CommunicatorError */.yi ? err.target : undefined,
                    cause: err,
                    connectionLost: true
                });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/provisioners/shell.ts
// The shell provisioner, as Packer runs it: each script (or the inline commands, written out as
// one) is uploaded to the same remote path, started with execute_command and the build's
// variables, its output streamed line by line, its exit code checked, and the file removed.








/** The exit status Packer gives a command whose connection dropped; valid_exit_codes may list it. */
const DISCONNECT_EXIT_CODE = 2300218;
const FIVE_MINUTES = 5 * 60_000;
class ShellProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(ctx) {
        const c = this.config;
        const random = ctx.random ?? Math.random;
        const remoteFolder = c.remote_folder ?? '/tmp';
        const remotePath = c.remote_path ?? `${remoteFolder}/${c.remote_file ?? `script_${goIntn(random, 9999)}.sh`}`;
        const envVarFile = c.use_env_var_file ? `${remoteFolder}/varfile_${goIntn(random, 9999)}.sh` : '';
        const vars = flattenEnvVars(envVars({ ...c, buildName: ctx.buildName, builderType: ctx.builderType }), c.env_var_format ?? (c.use_env_var_file ? "export %s='%s'\n" : "%s='%s' "));
        const command = renderCommand(c.execute_command ??
            (c.use_env_var_file
                ? 'chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}'
                : 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}'), { Path: remotePath, Vars: vars, EnvVarFile: envVarFile });
        const startRetryTimeout = c.start_retry_timeout || FIVE_MINUTES;
        const connection = { current: ctx.communicator };
        if (envVarFile) {
            await retryStart(ctx, connection, startRetryTimeout, `uploading ${envVarFile}`, comm => comm.upload(envVarFile, vars, 0o600));
        }
        for (const script of await this.scripts(ctx)) {
            ctx.log.info(`Provisioning with shell script: ${script.label}`);
            const content = c.binary ? script.content : toUnixLineEndings(script.content);
            // Upload and start together: after a reboot the uploaded file may be gone, so both are retried.
            const result = await retryStart(ctx, connection, startRetryTimeout, `starting ${remotePath}`, async (comm) => {
                await comm.upload(remotePath, content, script.mode);
                return comm.exec(command, {
                    onStdout: line => ctx.log.output('stdout', line),
                    onStderr: line => ctx.log.output('stderr', line),
                    signal: ctx.signal,
                    pty: ctx.pty
                });
            });
            this.check(result, script, remotePath, ctx);
            if (!c.skip_clean)
                await removeRemote(ctx, connection, startRetryTimeout, remotePath);
        }
        if (envVarFile && !c.skip_clean)
            await removeRemote(ctx, connection, startRetryTimeout, envVarFile);
        if (c.pause_after) {
            ctx.log.info(`Pausing ${(0,connect_retry/* formatDuration */.a3)(c.pause_after)} after this provisioner...`);
            await (ctx.sleep ?? timers/* sleep */.yy)(c.pause_after, ctx.signal);
        }
    }
    /** The scripts to run, in order: the inline commands as one script, or the files read from disk. */
    async scripts(ctx) {
        const c = this.config;
        if (c.inline) {
            const text = `#!${c.inline_shebang ?? '/bin/sh -e'}\n${c.inline.map(line => `${line}\n`).join('')}`;
            // Packer writes inline commands to a private temporary file and uploads it with that file's mode.
            return [{ label: 'inline', content: Buffer.from(text), mode: 0o600 }];
        }
        const paths = c.script !== undefined ? [c.script] : (c.scripts ?? []);
        return Promise.all(paths.map(async (path) => {
            const local = await findLocalPath(ctx, 'shell', path);
            return { label: path, content: await (0,promises_.readFile)(local), mode: (await (0,promises_.stat)(local)).mode & 0o777 };
        }));
    }
    check(result, script, remotePath, ctx) {
        const valid = this.config.valid_exit_codes ?? [0];
        const which = `script ${remotePath} (${script.label})`;
        if (result.disconnected) {
            if (this.config.expect_disconnect || valid.includes(DISCONNECT_EXIT_CODE)) {
                ctx.log.info(`The connection dropped while ${which} ran, as expect_disconnect allows.`);
                return;
            }
            throw new errors/* ProvisionerError */.dl({
                provisioner: 'shell',
                message: `${which} lost its connection before it finished. If the script reboots the machine or restarts ` +
                    'sshd, add "expect_disconnect": true to this provisioner.',
                script: script.label,
                exitCode: null
            });
        }
        if (result.exitCode !== null && valid.includes(result.exitCode))
            return;
        const how = result.exitCode === null
            ? `was killed by ${result.signal ?? 'a signal'}`
            : `exited with code ${result.exitCode}`;
        throw new errors/* ProvisionerError */.dl({
            provisioner: 'shell',
            message: `${which} ${how}; valid_exit_codes allows ${valid.join(', ')}. Its output is above.`,
            script: script.label,
            exitCode: result.exitCode
        });
    }
}
/** Removes a file the provisioner uploaded, reconnecting first if the script rebooted the machine. */
async function removeRemote(ctx, connection, timeoutMs, path) {
    const result = await retryStart(ctx, connection, timeoutMs, `removing ${path}`, comm => comm.exec(`rm -f ${shellQuote(path)}`, { signal: ctx.signal }));
    if (result.exitCode !== 0) {
        throw new errors/* ProvisionerError */.dl({
            provisioner: 'shell',
            message: `could not remove the temporary script ${path}`,
            script: path
        });
    }
}
/** Go's rand.Intn(n): a whole number in [0, n). */
function goIntn(random, n) {
    return Math.floor(random() * n);
}
/** Scripts written on Windows run on Linux: CRLF becomes LF, unless `binary` says the bytes matter. */
function toUnixLineEndings(content) {
    return content.includes('\r\n')
        ? Buffer.from(content.toString('latin1').replaceAll('\r\n', '\n'), 'latin1')
        : content;
}

;// CONCATENATED MODULE: ./src/provisioners/index.ts









/** The provisioner for a plan entry; its template strings render with ctx.buildData when it runs. */
function createProvisioner(plan) {
    return { run: ctx => provisionerFromConfig(configFromPlan(plan, ctx.buildData ?? {})).run(ctx) };
}
function provisionerFromConfig(config) {
    switch (config.type) {
        case 'shell':
            return new ShellProvisioner(config);
        case 'file':
            return new FileProvisioner(config);
        case 'shell-local':
            return new ShellLocalProvisioner(config);
        case 'puppet-masterless':
            return new PuppetMasterlessProvisioner(config);
        case 'chef-solo':
            return new ChefSoloProvisioner(config);
        case 'ansible-local':
            return new AnsibleLocalProvisioner(config);
        case 'breakpoint':
            return new BreakpointProvisioner(config);
        case 'ansible':
            return new AnsibleProvisioner(config);
    }
}


/***/ }),

/***/ 9681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
;// CONCATENATED MODULE: ./src/action/runner.ts
// What the main and post steps need from the Actions runner, as one interface: @actions/core on a
// runner, a terminal on a laptop (src/cli/terminal-runner.ts). The steps' code is the same either way.

const actionsRunner = {
    getInput: (name, options) => core/* getInput */.V4(name, options),
    info: message => core/* info */.pq(message),
    warning: (message, properties) => core/* warning */.$e(message, properties),
    error: (message, properties) => core/* error */.z3(message, properties),
    notice: (message, properties) => core/* notice */.lm(message, properties),
    debug: message => core/* debug */.Yz(message),
    startGroup: name => core/* startGroup */.Oh(name),
    endGroup: () => core/* endGroup */.N4(),
    setFailed: message => core/* setFailed */.C1(message),
    setOutput: (name, value) => core/* setOutput */.uH(name, value),
    saveState: (name, value) => core/* saveState */.LZ(name, value),
    getState: name => core/* getState */.Gu(name),
    setSecret: secret => core/* setSecret */.Pq(secret),
    writeSummary: markdown => core/* summary */.z.addRaw(markdown).write()
};

// EXTERNAL MODULE: ./src/aws/lifecycle-clients.ts
var lifecycle_clients = __webpack_require__(6432);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/channels/commit-time.ts
// When the commit a run builds was made, to order builds by (order.ts): git's committer date from the
// checkout, else the push event's own record of the commit. Neither is guaranteed (a workflow without
// actions/checkout on a workflow_dispatch has neither), and then builds are ordered by run number.


/** `git show -s --format=%cI <sha>` in the workspace, or undefined. */
const gitCommitTime = (workspace, sha) => new Promise(resolve => {
    (0,external_node_child_process_.execFile)('git', 
    // safe.directory: a container job's checkout may belong to another user; we only read a date.
    ['-c', 'safe.directory=*', '-C', workspace, 'show', '-s', '--format=%cI', sha], { timeout: 10_000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
});
/** The push event's timestamp of the commit, when the event is a push that carries it. */
async function eventCommitTime(eventPath, sha) {
    if (!eventPath)
        return undefined;
    try {
        const payload = JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8'));
        const commit = [payload.head_commit, ...(payload.commits ?? [])].find(c => c?.id === sha);
        return commit?.timestamp;
    }
    catch {
        return undefined;
    }
}
const iso = (time) => {
    const ms = time ? Date.parse(time) : NaN;
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};
async function commitTime(sha, where) {
    if (!sha)
        return undefined;
    return (iso(await (where.git ?? gitCommitTime)(where.workspace, sha)) ??
        iso(await eventCommitTime(where.eventPath, sha)));
}

// EXTERNAL MODULE: ./src/channels/follow.ts + 1 modules
var follow = __webpack_require__(4848);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/channels/record.ts
var channels_record = __webpack_require__(2519);
;// CONCATENATED MODULE: ./src/channels/order.ts

function byRun(a, b) {
    if ((a.workflow ?? '') !== (b.workflow ?? '') || a.run === undefined || b.run === undefined)
        return 'unknown';
    const difference = a.run - b.run || (a.attempt ?? 1) - (b.attempt ?? 1);
    return difference > 0 ? 'newer' : difference < 0 ? 'older' : 'same';
}
/** How build `a` stands against build `b`. */
function compareBuilds(a, b) {
    if (a.commit === b.commit)
        return byRun(a, b);
    if (a.time && b.time) {
        const difference = Date.parse(a.time) - Date.parse(b.time);
        if (difference !== 0 && !Number.isNaN(difference))
            return difference > 0 ? 'newer' : 'older';
    }
    const runs = byRun(a, b);
    return runs === 'same' ? 'unknown' : runs;
}
function decideMove(candidate, ami, current) {
    if (!current)
        return { move: true, reason: 'a new channel' };
    if (current.value === ami)
        return { move: false, reason: `it already points to ${ami}` };
    const held = current.record?.key;
    if (!current.record || !held) {
        return { move: true, reason: `its value ${current.value} was not written by a build (no order to keep)` };
    }
    const order = compareBuilds(candidate, held);
    if (current.record.by === 'promote') {
        return candidate.commit !== held.commit && order === 'newer'
            ? {
                move: true,
                reason: `commit ${(0,channels_record/* describeKey */.Rx)(candidate)} is newer than ${(0,channels_record/* describeKey */.Rx)(held)}, the newest before the promote to ${current.value}`
            }
            : {
                move: false,
                reason: `it was promoted to ${current.value}; only a build of a commit newer than ${(0,channels_record/* describeKey */.Rx)(held)} moves it`
            };
    }
    switch (order) {
        case 'newer':
            return { move: true, reason: `commit ${(0,channels_record/* describeKey */.Rx)(candidate)} is newer than ${(0,channels_record/* describeKey */.Rx)(held)}` };
        case 'older':
            return { move: false, reason: `a newer commit holds it: ${(0,channels_record/* describeKey */.Rx)(held)} with ${current.value}` };
        case 'same':
            return { move: false, reason: `this run of ${(0,channels_record/* describeKey */.Rx)(held)} set it to ${current.value} already` };
        default:
            return {
                move: true,
                unordered: true,
                reason: `${(0,channels_record/* describeKey */.Rx)(candidate)} could not be ordered against ${(0,channels_record/* describeKey */.Rx)(held)} (no commit time and not the same workflow), so the later write wins`
            };
    }
}
/**
 * Of the builds that wrote a channel since `baseline`, the one that should hold it: the newest by
 * compareBuilds, the later write when two cannot be ordered. Versions not written by a build are left out.
 */
function newestBuild(versions) {
    let best;
    for (const candidate of versions) {
        const key = candidate.record?.by === 'build' ? candidate.record.key : undefined;
        if (!key)
            continue;
        const bestKey = best?.record?.key;
        if (!best || !bestKey) {
            best = candidate;
            continue;
        }
        const order = compareBuilds(key, bestKey);
        if (order === 'newer' || ((order === 'unknown' || order === 'same') && candidate.version > best.version))
            best = candidate;
    }
    return best;
}

// EXTERNAL MODULE: ./src/channels/parameter.ts
var parameter = __webpack_require__(1231);
;// CONCATENATED MODULE: ./src/channels/move.ts
// After a successful build: each channel, in each region the image is in, is pointed at the image,
// unless a build of a newer commit holds it (order.ts). Each write is checked once it is visible;
// then the channel's history since the read is looked at once more: if another build wrote it in the
// meantime, whichever of the two is the newer commit is put back on top, so racing jobs settle on the
// later commit whichever finishes last.




/** Re-reads the channel after our write and settles a race with another build; returns what it holds. */
async function settle(deps, before, mine) {
    const { name, region } = before;
    const ssm = deps.clients.ssm(region);
    const after = await (0,parameter/* readChannel */.my)(ssm, name, region);
    const since = after.versions.filter(v => v.version > (before.current?.version ?? 0));
    const current = after.current;
    if (!current || since.every(v => v.version === mine.version))
        return mine;
    // Someone promoted by hand meanwhile: that is a decision, not a race to settle.
    if (since.some(v => v.record?.by === 'promote')) {
        return {
            ami: current.value,
            version: current.version,
            note: `it was promoted to ${current.value} meanwhile`
        };
    }
    const winner = newestBuild(before.current ? [before.current, ...since] : since);
    if (!winner?.record || winner.value === current.value) {
        return { ami: current.value, version: current.version, note: 'another build wrote it at the same time' };
    }
    const record = winner.record;
    const version = await (0,parameter/* writeChannel */.NH)(ssm, { name, region, existing: after }, record, deps.write);
    deps.log.info(`Channel ${name} in ${region}: another build wrote it at the same time; put back ${winner.value} of ${(0,channels_record/* describeKey */.Rx)(record.key)}, the newer commit (version ${version})`);
    return {
        ami: winner.value,
        version,
        note: `settled a race: ${winner.value} of ${(0,channels_record/* describeKey */.Rx)(record.key)} is newer`
    };
}
async function moveOne(request, deps, name, region) {
    const ami = request.amis[region];
    const ssm = deps.clients.ssm(region);
    const before = await (0,parameter/* readChannel */.my)(ssm, name, region);
    const decision = decideMove(request.key, ami, before.current);
    if (!decision.move) {
        deps.log.info(`Channel ${name} in ${region}: stays at ${before.current?.value}: ${decision.reason}`);
        const outcome = before.current?.value === ami ? 'unchanged' : 'held';
        return { channel: name, region, ami: before.current?.value, outcome, reason: decision.reason };
    }
    const record = { ami, by: 'build', key: request.key, regions: Object.keys(request.amis) };
    const version = await (0,parameter/* writeChannel */.NH)(ssm, { name, region, existing: before }, record, deps.write);
    const settled = await settle(deps, before, { version, ami });
    const previous = before.current?.value;
    const line = `Channel ${name} in ${region}: ${previous ?? '(new)'} → ${ami} (version ${version}): ${decision.reason}`;
    if (decision.unordered)
        deps.log.warning(line);
    else
        deps.log.info(line);
    return {
        channel: name,
        region,
        ami: settled.ami,
        previous,
        outcome: settled.ami === ami ? 'moved' : 'held',
        version,
        reason: settled.note ?? decision.reason,
        warning: decision.unordered ? decision.reason : undefined
    };
}
/** Moves every channel in every region of the image; a failure in one place does not stop the others. */
async function moveChannels(request, deps) {
    const work = request.channels.flatMap(name => Object.keys(request.amis).map(region => ({ name, region })));
    const updates = await Promise.all(work.map(({ name, region }) => moveOne(request, deps, name, region).catch((error) => ({
        channel: name,
        region,
        outcome: 'failed',
        reason: 'failed',
        warning: (0,src_errors/* messageOf */.bD)(error)
    }))));
    return { updates, errors: updates.flatMap(u => (u.outcome === 'failed' && u.warning ? [u.warning] : [])) };
}

// EXTERNAL MODULE: ./src/github/run-info.ts
var run_info = __webpack_require__(8219);
;// CONCATENATED MODULE: ./src/log.ts
// What the build writes to the run page. One interface, two faces: a single build gets
// collapsible groups per step; builds running in parallel get every line prefixed with the
// build's name instead, since the runner's groups cannot interleave.
function groupedLog(sink) {
    return {
        info: line => sink.info(line),
        warning: line => sink.warning(line),
        error: line => sink.error(line),
        debug: line => sink.debug(line),
        group: async (title, fn) => {
            sink.startGroup(title);
            try {
                return await fn();
            }
            finally {
                sink.endGroup();
            }
        }
    };
}
function prefixedLog(sink, prefix) {
    const p = (line) => `${prefix}: ${line}`;
    return {
        info: line => sink.info(p(line)),
        warning: line => sink.warning(p(line)),
        error: line => sink.error(p(line)),
        debug: line => sink.debug(p(line)),
        group: async (title, fn) => {
            sink.info(p(`==> ${title}`));
            return fn();
        }
    };
}

/**
 * Replaces secrets in every line before it is written. The runner masks values registered
 * with add-mask too, but only line by line and only in what it displays: a secret that a
 * script prints split across lines, or a log read from the raw output, would still show.
 * `mask` is asked on every line, so a secret that becomes known later is masked from then on.
 */
function maskingSink(sink, mask) {
    return {
        info: line => sink.info(mask(line)),
        warning: line => sink.warning(mask(line)),
        error: line => sink.error(mask(line)),
        debug: line => sink.debug(mask(line)),
        startGroup: title => sink.startGroup(mask(title)),
        endGroup: () => sink.endGroup()
    };
}

// EXTERNAL MODULE: ./src/finished-images.ts
var finished_images = __webpack_require__(5376);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
;// CONCATENATED MODULE: ./src/builder/images/snapshots.ts
// The snapshots of an image. Known from its block devices once it is available; for an image
// whose wait was cut short (a build that failed or was cancelled before then), EC2 is asked
// twice, each best effort: the image's block devices, and the snapshots tagged with the
// build's id that name the image in their description (as CreateImage and CopyImage write).
// Without them, deregistering the image leaves its snapshots behind (they were found leaking).


function snapshotIdsOf(image) {
    return (image.BlockDeviceMappings ?? []).flatMap(m => (m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []));
}
async function snapshotsOfImage(ec2, imageId, buildId) {
    const [fromImage, fromTags] = await Promise.all([
        ec2
            .send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] }))
            .then(({ Images = [] }) => Images.flatMap(snapshotIdsOf))
            .catch(() => []),
        ec2
            .send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({
            OwnerIds: ['self'],
            Filters: [(0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.buildId, [buildId])]
        }))
            .then(({ Snapshots = [] }) => Snapshots.filter(s => s.Description?.includes(imageId)).flatMap(s => s.SnapshotId ?? []))
            .catch(() => [])
    ]);
    return [...new Set([...fromImage, ...fromTags])];
}

;// CONCATENATED MODULE: ./src/retention/family-images.ts
// A family's images in one region: the account's own images carrying the family's tags (the
// template and build name, and the repository) and tagged complete: either kind of complete tag, so the
// caller keeps only finished builds' (onlyFinished, finished-images.ts). Nothing is ever found by its name: an image the action
// did not tag as one of this family's is never a candidate, whatever it is called.





function familyImage(region, image) {
    const protection = image.DeregistrationProtection;
    return {
        region,
        id: image.ImageId,
        name: image.Name ?? '',
        buildId: (0,src_tags/* tagOf */.cO)(image, src_tags/* TAGS */.gp.buildId),
        commit: (0,src_tags/* tagOf */.cO)(image, src_tags/* TAGS */.gp.commit),
        created: new Date(image.CreationDate ?? 0),
        deprecated: !!image.DeprecationTime,
        protection: protection && protection !== 'disabled' ? protection : undefined,
        snapshotIds: snapshotIdsOf(image),
        complete: (0,src_tags/* tagOf */.cO)(image, src_tags/* TAGS */.gp.complete)
    };
}
async function familyImages(ec2, region, family) {
    const filters = [
        { Name: 'state', Values: ['available'] },
        (0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.family, [family.name]),
        (0,finished_images/* completeOrCopyFilter */.E$)(),
        ...(family.repository ? [(0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.repository, [family.repository])] : [])
    ];
    const images = [];
    let token;
    try {
        do {
            const page = await ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({
                Owners: ['self'],
                IncludeDeprecated: true,
                Filters: filters,
                NextToken: token
            }));
            // Checked again here: only what carries the family's tags is ever a candidate, whatever a filter did.
            for (const image of page.Images ?? []) {
                if ((0,src_tags/* tagOf */.cO)(image, src_tags/* TAGS */.gp.family) !== family.name)
                    continue;
                if (family.repository && (0,src_tags/* tagOf */.cO)(image, src_tags/* TAGS */.gp.repository) !== family.repository)
                    continue;
                images.push(familyImage(region, image));
            }
            token = page.NextToken;
        } while (token);
    }
    catch (error) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `listing the images of ${family.name} in ${region}`,
            cause: error
        });
    }
    return images;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
;// CONCATENATED MODULE: ./src/retention/protections.ts
// What keeps an image, whatever its age: a channel that points to it (any aws:ec2:image parameter of
// the account, not only this run's), a launch template whose default or latest version launches it,
// an instance that runs from it (running, stopped, or on its way to either), and deregistration
// protection (read from the image itself). Each is asked once per region for all candidates; when one
// cannot be asked, the caller keeps every candidate in that region.



const add = (uses, imageId, why) => uses.set(imageId, [...(uses.get(imageId) ?? []), why]);
const chunks = (items, size) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const failed = (operation, doing) => (error) => {
    throw new src_errors/* AwsOperationError */.dP({ operation, doing, cause: error });
};
/** Every aws:ec2:image parameter of the account in the region, and the image it names. */
async function channelValues(ssm, region) {
    const names = [];
    let token;
    do {
        const page = await ssm
            .send(new client_ssm_dist_cjs/* DescribeParametersCommand */.$hz({
            ParameterFilters: [{ Key: 'DataType', Option: 'Equals', Values: ['aws:ec2:image'] }],
            MaxResults: 50,
            NextToken: token
        }))
            .catch(failed('DescribeParameters', `listing the channels (aws:ec2:image parameters) in ${region}`));
        names.push(...(page.Parameters ?? []).flatMap(p => (p.Name ? [p.Name] : [])));
        token = page.NextToken;
    } while (token);
    const values = new Map();
    for (const batch of chunks(names, 10)) {
        const { Parameters = [] } = await ssm
            .send(new client_ssm_dist_cjs/* GetParametersCommand */.AFe({ Names: batch }))
            .catch(failed('GetParameters', `reading the channels ${batch.join(', ')} in ${region}`));
        for (const p of Parameters)
            if (p.Name && p.Value)
                values.set(p.Name, p.Value);
    }
    return values;
}
async function launchTemplateUses(ec2, region, imageIds, uses) {
    for (const batch of chunks(imageIds, 200)) {
        let token;
        do {
            const page = await ec2
                .send(new dist_cjs/* DescribeLaunchTemplateVersionsCommand */.Ptd({
                Versions: ['$Latest', '$Default'],
                Filters: [{ Name: 'image-id', Values: batch }],
                NextToken: token
            }))
                .catch(failed('DescribeLaunchTemplateVersions', `looking for launch templates that launch old images in ${region}`));
            for (const v of page.LaunchTemplateVersions ?? []) {
                const image = v.LaunchTemplateData?.ImageId;
                if (!image)
                    continue;
                const role = v.DefaultVersion ? 'default' : 'latest';
                add(uses, image, `launch template ${v.LaunchTemplateName} (${v.LaunchTemplateId}) version ${v.VersionNumber} (${role})`);
            }
            token = page.NextToken;
        } while (token);
    }
}
const LIVE_STATES = ['pending', 'running', 'shutting-down', 'stopping', 'stopped'];
async function instanceUses(ec2, region, imageIds, uses) {
    for (const batch of chunks(imageIds, 200)) {
        let token;
        do {
            const page = await ec2
                .send(new dist_cjs/* DescribeInstancesCommand */.bNs({
                Filters: [
                    { Name: 'image-id', Values: batch },
                    { Name: 'instance-state-name', Values: LIVE_STATES }
                ],
                NextToken: token
            }))
                .catch(failed('DescribeInstances', `looking for instances of old images in ${region}`));
            for (const instance of (page.Reservations ?? []).flatMap(r => r.Instances ?? [])) {
                if (instance.ImageId)
                    add(uses, instance.ImageId, `instance ${instance.InstanceId} (${instance.State?.Name})`);
            }
            token = page.NextToken;
        } while (token);
    }
}
/**
 * Who uses each of `imageIds` in the region. `channels` are the account's channels (channelValues);
 * this run's own are added by the caller, so they count even where listing is not allowed.
 */
async function usesOf(clients, region, imageIds, knownChannels) {
    const uses = new Map();
    const channels = new Map([...(await channelValues(clients.ssm, region)), ...knownChannels]);
    for (const [name, value] of channels)
        if (imageIds.includes(value))
            add(uses, value, `channel ${name}`);
    await Promise.all([
        launchTemplateUses(clients.ec2, region, imageIds, uses),
        instanceUses(clients.ec2, region, imageIds, uses)
    ]);
    return uses;
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/retention/remove.ts
// Removing one old image: deregistered together with its snapshots (DeregisterImage with
// DeleteAssociatedSnapshots, so a run killed between the two cannot strand a snapshot), any snapshot
// EC2 reports as not deleted tried once more on its own; or, with deprecate-older, only deprecated.



async function deregisterWithSnapshots(ec2, image) {
    const { DeleteSnapshotResults = [] } = await ec2
        .send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: image.id, DeleteAssociatedSnapshots: true }))
        .catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DeregisterImage',
            doing: `removing ${image.id} (${image.name}) in ${image.region}`,
            resource: image.id,
            cause: error
        });
    });
    const deleted = new Set(DeleteSnapshotResults.filter(r => r.ReturnCode === 'success').map(r => r.SnapshotId));
    const left = [];
    for (const snapshotId of image.snapshotIds.filter(id => !deleted.has(id))) {
        try {
            await ec2.send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: snapshotId }));
            deleted.add(snapshotId);
        }
        catch (error) {
            if (/NotFound/.test((0,errors/* errorCode */.CA)(error) ?? ''))
                continue;
            left.push(`${snapshotId} (${(0,src_errors/* messageOf */.bD)(error)})`);
        }
    }
    return { snapshotsDeleted: [...deleted], snapshotsLeft: left };
}
/** Deprecates the image a minute from now (EC2 takes no time in the past), so it leaves DescribeImages' default listing. */
async function deprecate(ec2, image, now) {
    await ec2
        .send(new dist_cjs/* EnableImageDeprecationCommand */.cJk({ ImageId: image.id, DeprecateAt: new Date(now + 60_000) }))
        .catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'EnableImageDeprecation',
            doing: `deprecating ${image.id} (${image.name}) in ${image.region}`,
            resource: image.id,
            cause: error
        });
    });
}

;// CONCATENATED MODULE: ./src/retention/select.ts
const DAY_MS = 24 * 3600 * 1000;
function generations(images) {
    const byBuild = new Map();
    for (const image of images) {
        const key = image.buildId ?? image.id;
        byBuild.set(key, [...(byBuild.get(key) ?? []), image]);
    }
    return [...byBuild.entries()]
        .map(([buildId, list]) => ({
        buildId,
        images: list,
        created: new Date(Math.min(...list.map(i => i.created.getTime()))),
        rank: 0
    }))
        .sort((a, b) => b.created.getTime() - a.created.getTime() || b.buildId.localeCompare(a.buildId))
        .map((generation, index) => ({ ...generation, rank: index + 1 }));
}
function ordinal(n) {
    const teen = n % 100 >= 11 && n % 100 <= 13;
    const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
    return `${n}${suffix}`;
}
const ageOf = (created, now) => {
    const days = (now - created.getTime()) / DAY_MS;
    return days >= 1 ? `${days.toFixed(1)} days` : `${((now - created.getTime()) / 3600_000).toFixed(1)} hours`;
};
function select_select(images, policy, now, 
/** This run's images: kept whatever their age or rank (a reused image may be an old one). */
own) {
    const kept = [];
    const candidates = [];
    const keep = policy.keep ?? 1;
    for (const generation of generations(images)) {
        const young = policy.keepDays !== undefined && now - generation.created.getTime() < policy.keepDays * DAY_MS;
        for (const image of generation.images) {
            if (own.has(image.id))
                kept.push({ image, why: "this run's image" });
            else if (generation.rank <= keep)
                kept.push({ image, why: `one of the newest ${keep} (${ordinal(generation.rank)})` });
            else if (young)
                kept.push({
                    image,
                    why: `younger than ${policy.keepDays} days (${ageOf(generation.created, now)} old)`
                });
            else {
                const reasons = [
                    `beyond the newest ${keep} (${ordinal(generation.rank)} newest)`,
                    ...(policy.keepDays !== undefined
                        ? [`older than ${policy.keepDays} days (${ageOf(generation.created, now)} old)`]
                        : [])
                ];
                candidates.push({ image, why: reasons.join(', ') });
            }
        }
    }
    return { kept, candidates };
}

;// CONCATENATED MODULE: ./src/retention/retention.ts






const retention_short = (commit) => (commit ? commit.slice(0, 7) : 'no commit tag');
function describe(image, now) {
    return `${image.id} in ${image.region} (${image.name}, commit ${retention_short(image.commit)}, ${ageOf(image.created, now)} old)`;
}
async function removeOne(deps, request, verdict) {
    const { image, why } = verdict;
    const now = deps.now();
    const { dryRun, deprecate: deprecateOnly } = request.policy;
    if (deprecateOnly && image.deprecated)
        return { image, action: 'already-deprecated', why };
    if (dryRun) {
        deps.log.info(`Retention (dry run): would ${deprecateOnly ? 'deprecate' : 'deregister'} ${describe(image, now)}${deprecateOnly ? '' : ` and delete ${image.snapshotIds.join(', ') || 'no snapshot'}`}: ${why}`);
        return { image, action: deprecateOnly ? 'would-deprecate' : 'would-remove', why };
    }
    try {
        if (deprecateOnly) {
            await deprecate(deps.ec2(image.region), image, now);
            deps.log.info(`Retention: deprecated ${describe(image, now)}: ${why}`);
            return { image, action: 'deprecated', why };
        }
        const removal = await deregisterWithSnapshots(deps.ec2(image.region), image);
        deps.log.info(`Retention: deregistered ${describe(image, now)} and deleted ${removal.snapshotsDeleted.join(', ') || 'no snapshot'}: ${why}`);
        if (removal.snapshotsLeft.length) {
            deps.log.warning(`Retention: ${image.id}'s snapshots ${removal.snapshotsLeft.join(', ')} were not deleted`);
        }
        return { image, action: 'removed', why, ...removal };
    }
    catch (error) {
        deps.log.warning(`Retention: could not remove ${describe(image, now)}: ${(0,src_errors/* messageOf */.bD)(error)}`);
        return { image, action: 'failed', why: (0,src_errors/* messageOf */.bD)(error) };
    }
}
async function applyRetention(request, deps) {
    const report = {
        family: request.family.name,
        policy: request.policy,
        regions: [...request.regions],
        lines: [],
        warnings: []
    };
    const warn = (line) => {
        report.warnings.push(line);
        deps.log.warning(`Retention: ${line}`);
    };
    let images;
    try {
        const listed = (await Promise.all(request.regions.map(r => familyImages(deps.ec2(r), r, request.family)))).flat();
        // A copy counts only once the image it was copied from is a finished build's; an unfinished one is
        // neither a version that pushes older ones out nor a candidate.
        images = await (0,finished_images/* onlyFinished */.nz)(deps.ec2, listed, image => image);
    }
    catch (error) {
        warn(`nothing removed: ${(0,src_errors/* messageOf */.bD)(error)}`);
        return report;
    }
    const { kept, candidates } = select_select(images, request.policy, deps.now(), new Set(Object.values(request.own)));
    report.lines.push(...kept.map(v => ({ image: v.image, action: 'kept', why: v.why })));
    const byRegion = new Map();
    for (const c of candidates)
        byRegion.set(c.image.region, [...(byRegion.get(c.image.region) ?? []), c]);
    await Promise.all([...byRegion.entries()].map(async ([region, list]) => {
        const protectedByFlag = list.filter(v => v.image.protection);
        for (const v of protectedByFlag) {
            report.lines.push({
                image: v.image,
                action: 'kept',
                why: `deregistration protection (${v.image.protection})`
            });
        }
        const rest = list.filter(v => !v.image.protection);
        if (!rest.length)
            return;
        let uses;
        try {
            uses = await usesOf({ ec2: deps.ec2(region), ssm: deps.ssm(region) }, region, rest.map(v => v.image.id), request.channels?.[region] ?? new Map());
        }
        catch (error) {
            warn(`nothing removed in ${region}, since what uses its images could not be checked: ${(0,src_errors/* messageOf */.bD)(error)}`);
            report.lines.push(...rest.map(v => ({ image: v.image, action: 'kept', why: 'could not check what uses it' })));
            return;
        }
        for (const v of rest) {
            const users = uses.get(v.image.id);
            if (users)
                report.lines.push({ image: v.image, action: 'kept', why: `in use: ${users.join('; ')}` });
        }
        for (const v of rest.filter(v => !uses.get(v.image.id)))
            report.lines.push(await removeOne(deps, request, v));
    }));
    const now = deps.now();
    for (const line of report.lines.filter(l => l.action === 'kept')) {
        deps.log.info(`Retention: kept ${describe(line.image, now)}: ${line.why}`);
    }
    return report;
}

// EXTERNAL MODULE: ./src/action/channel-outputs.ts
var channel_outputs = __webpack_require__(7822);
;// CONCATENATED MODULE: ./src/action/after-build.ts
// What runs once every build and post-processor has succeeded: the channels move to the new image
// (and the launch template follows), then retention tidies each family. A failed or cancelled run
// does neither. A channel that cannot be moved fails the step (the deploy would read a stale image);
// retention only ever warns.












/** The build's key: the commit, when it was made, and the workflow run (order.ts compares them). */
async function buildKey(env, workspace, git) {
    const sha = env.GITHUB_SHA ?? '';
    const count = (name) => (/^\d+$/.test(env[name] ?? '') ? Number(env[name]) : undefined);
    return {
        commit: sha,
        time: await commitTime(sha, { workspace, eventPath: env.GITHUB_EVENT_PATH, git }),
        run: count('GITHUB_RUN_NUMBER'),
        attempt: count('GITHUB_RUN_ATTEMPT'),
        workflow: env.GITHUB_WORKFLOW || undefined
    };
}
async function group(sink, title, fn) {
    sink.startGroup(title);
    try {
        return await fn();
    }
    finally {
        sink.endGroup();
    }
}
async function afterBuild(result, deps) {
    const { inputs } = deps;
    if (!inputs.channels.length && !inputs.retention)
        return result;
    const sink = maskingSink(deps.sink, result.mask);
    const done = (afterBuild) => ({ ...result, afterBuild });
    const nothing = { retention: [], calls: { ec2: 0, ssm: 0 }, outputs: {} };
    const failed = result.builds.filter(b => b.outcome !== 'succeeded');
    if (failed.length || deps.signal.aborted) {
        const skipped = deps.signal.aborted
            ? 'the run was cancelled'
            : `${failed.map(b => b.name).join(', ')} did not succeed`;
        sink.info(`Channels and retention: nothing done, since ${skipped}.`);
        return done({ ...nothing, skipped });
    }
    // Region → the image there and how its build reaches AWS (the first build wins, as for `amis`).
    const amis = {};
    const access = {};
    for (const build of result.builds) {
        const found = result.template.builds.find(p => p.name === build.name);
        const plan = found?.type === 'amazon-ebs' ? found : undefined;
        for (const [region, ami] of Object.entries(build.amis)) {
            if (amis[region])
                continue;
            amis[region] = ami;
            access[region] = {
                endpointEc2: plan?.builder.customEndpointEc2,
                credentials: plan?.builder.credentials ?? {}
            };
        }
    }
    const clients = (0,lifecycle_clients/* lifecycleClients */.p)(deps.env, region => access[region] ?? { credentials: {} }, sink.info);
    const log = { info: sink.info, warning: sink.warning };
    const now = deps.now ?? Date.now;
    let channels;
    const errors = [];
    if (inputs.channels.length) {
        channels = await group(sink, `Channels: ${inputs.channels.join(', ')}`, async () => {
            const key = await buildKey(deps.env, deps.workspace, deps.git);
            if (!key.time)
                sink.info(`The time of commit ${key.commit.slice(0, 7)} is unknown (no checkout, not a push event): builds are ordered by run number`);
            const moved = await moveChannels({ channels: inputs.channels, amis, key }, { clients, log });
            const run = { updates: moved.updates, launchTemplates: [], errors: moved.errors };
            if (inputs.launchTemplate) {
                const first = moved.updates.filter(u => u.channel === inputs.channels[0] && u.outcome !== 'failed' && u.ami === amis[u.region]);
                const followed = await (0,follow/* followChannel */.n)({
                    ref: inputs.launchTemplate,
                    targets: Object.fromEntries(first.map(u => [u.region, u.ami])),
                    channels: inputs.channels,
                    description: `build-ami: ${inputs.channels[0]}, commit ${(0,channels_record/* describeKey */.Rx)(key)}`,
                    clientToken: result.buildId
                }, { clients, log });
                run.launchTemplates = followed.outcomes;
                run.errors.push(...followed.errors);
            }
            return run;
        });
        errors.push(...channels.errors);
    }
    const retention = [];
    if (inputs.retention && errors.length) {
        sink.warning('Retention: skipped, since a channel could not be updated.');
    }
    else if (inputs.retention) {
        const policy = inputs.retention;
        const run = (0,run_info/* readRunInfo */.m)(deps.env);
        const channelsByRegion = {};
        for (const u of channels?.updates ?? []) {
            if (u.ami)
                (channelsByRegion[u.region] ??= new Map()).set(u.channel, u.ami);
        }
        await group(sink, `Retention: keep ${policy.keep ?? 1}${policy.keepDays ? `, and anything younger than ${policy.keepDays} days` : ''}${policy.dryRun ? ' (dry run)' : ''}`, async () => {
            for (const build of result.builds) {
                const family = (0,src_tags/* familyOf */.Ap)((0,external_node_path_.relative)(deps.workspace, result.template.templatePath), build.name);
                try {
                    retention.push(await applyRetention({
                        family: { name: family, repository: run.repository || undefined },
                        regions: Object.keys(build.amis),
                        policy,
                        own: build.amis,
                        channels: channelsByRegion
                    }, { ec2: clients.ec2, ssm: clients.ssm, log, now }));
                }
                catch (error) {
                    sink.warning(`Retention of ${family}: ${(0,src_errors/* messageOf */.bD)(error)}`);
                }
            }
        });
    }
    const outputs = channels ? (0,channel_outputs/* channelOutputs */.U)(channels, inputs.channels[0], Object.keys(amis)[0]) : {};
    return done({
        channels,
        retention,
        calls: clients.calls(),
        error: errors.length ? errors.join('; ') : undefined,
        outputs
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/action/annotations.ts
// Each problem with the user's input as an annotation on its line, so a pull request's "Files changed"
// view shows it where it is; paths are made relative to the workspace, as GitHub matches them.



/** The problems `error` carries (none when it is not about the user's input), in file and line order. */
function inputAnnotations(error, workspace, workingDirectory) {
    const problems = error instanceof src_errors/* InputErrors */.G ? error.errors : error instanceof src_errors/* InputError */.dz ? [error] : [];
    return problems.map(problem => {
        const absolute = (0,external_node_path_.isAbsolute)(problem.file) ? problem.file : (0,external_node_path_.resolve)(workingDirectory, problem.file);
        // An input's name (variables:2:1) is a place too, but not a file GitHub can show.
        const file = (0,external_node_fs_.existsSync)(absolute) ? (0,external_node_path_.relative)(workspace, absolute) : undefined;
        const where = file === undefined ? {} : { file, startLine: problem.line, startColumn: problem.column };
        return {
            message: problem.message,
            properties: { title: 'build-ami: template problem', ...where },
            problem: {
                where: `${file ?? problem.file}:${problem.line}:${problem.column}`,
                field: problem.field,
                detail: problem.detail
            }
        };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/aws/client.ts + 1 modules
var client = __webpack_require__(7164);
;// CONCATENATED MODULE: ./src/builder/runner.ts

async function runSteps(steps, state, options) {
    const now = options.now ?? Date.now;
    const reports = [];
    const started = [];
    let outcome = 'succeeded';
    let error;
    for (const step of steps) {
        if (options.signal.aborted) {
            outcome = 'cancelled';
            break;
        }
        started.push(step);
        const startedAt = now();
        try {
            await options.log.group(step.title, async () => {
                await step.run(state, options.signal);
                options.log.info(`${step.title}: done in ${((now() - startedAt) / 1000).toFixed(1)}s`);
            });
            reports.push({ title: step.title, startedAt, durationMs: now() - startedAt, status: 'succeeded' });
        }
        catch (err) {
            const cancelled = options.signal.aborted;
            outcome = cancelled ? 'cancelled' : 'failed';
            error = cancelled ? undefined : err;
            reports.push({
                title: step.title,
                startedAt,
                durationMs: now() - startedAt,
                status: cancelled ? 'cancelled' : 'failed',
                error: cancelled ? undefined : (0,src_errors/* messageOf */.bD)(err)
            });
            break;
        }
    }
    const cleanupErrors = [];
    const withCleanup = started.filter(s => s.cleanup).reverse();
    if (withCleanup.length) {
        await options.log.group('Clean up', async () => {
            for (const step of withCleanup) {
                try {
                    await step.cleanup(state, outcome);
                }
                catch (err) {
                    cleanupErrors.push({ title: step.title, error: err });
                    options.log.warning(`Cleanup after "${step.title}" failed: ${(0,src_errors/* messageOf */.bD)(err)}`);
                }
            }
        });
    }
    return { outcome, steps: reports, error, cleanupErrors };
}

;// CONCATENATED MODULE: ./src/builder/context.ts
function newBuildState() {
    return { buildData: {}, securityGroupIds: [], images: [] };
}
// Rendering a template's tags lives with the rest of the tag rules.


;// CONCATENATED MODULE: ./src/builder/steps/clear-authorized-keys.ts
/** Only for a plan with ssh_clear_authorized_keys and a temporary key pair over SSH. */
function clearAuthorizedKeys(ctx) {
    const b = ctx.plan.builder;
    const comm = b.communicator;
    if (!b.sshClearAuthorizedKeys || comm.type !== 'ssh' || comm.keyPair.kind !== 'temporary')
        return undefined;
    return {
        title: 'Clear authorized keys',
        async run(state, signal) {
            const name = state.keyPair?.name;
            if (!state.communicator || !name)
                return;
            ctx.log.info('Trying to remove ephemeral keys from authorized_keys files');
            const pattern = shellQuote(`/ ${name.replace(/[\\/.*[\]^$]/g, '\\$&')}$/d`);
            for (const command of [
                `sed -i.bak ${pattern} ~/.ssh/authorized_keys; rm ~/.ssh/authorized_keys.bak`,
                `sudo sed -i.bak ${pattern} /root/.ssh/authorized_keys; sudo rm /root/.ssh/authorized_keys.bak`
            ]) {
                const result = await state.communicator
                    .exec(command, { signal, onStderr: line => ctx.log.info(line) })
                    .catch((error) => ({ exitCode: null, error }));
                if (result.exitCode !== 0) {
                    ctx.log.warning(`Could not clean up authorized_keys (${command}); remove the key by hand if it stays`);
                }
            }
        }
    };
}
const shellQuote = (text) => `'${text.replace(/'/g, `'"'"'`)}'`;

// EXTERNAL MODULE: ./src/communicator/host-key.ts
var host_key = __webpack_require__(7691);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(2977);
;// CONCATENATED MODULE: ./src/communicator/ssm/client-message.ts
/**
 * The Session Manager data channel frame ("ClientMessage"), byte for byte as
 * aws/session-manager-plugin src/message/clientmessage.go and messageparser.go
 * lay it out. All integers are big-endian.
 *
 *   offset  length  field
 *        0       4  HeaderLength (always 116: the offset of PayloadLength)
 *        4      32  MessageType, UTF-8, right-padded with spaces
 *       36       4  SchemaVersion
 *       40       8  CreatedDate (epoch millis)
 *       48       8  SequenceNumber (signed)
 *       56       8  Flags (bit 0 SYN, bit 1 FIN)
 *       64      16  MessageId: the UUID's bytes 8..16, then bytes 0..8
 *       80      32  PayloadDigest, SHA-256 of Payload
 *      112       4  PayloadType
 *      116       4  PayloadLength
 *      120       n  Payload
 */

const MessageType = {
    inputStreamData: 'input_stream_data',
    outputStreamData: 'output_stream_data',
    acknowledge: 'acknowledge',
    channelClosed: 'channel_closed',
    startPublication: 'start_publication',
    pausePublication: 'pause_publication'
};
const PayloadType = {
    output: 1,
    error: 2,
    size: 3,
    parameter: 4,
    handshakeRequest: 5,
    handshakeResponse: 6,
    handshakeComplete: 7,
    encChallengeRequest: 8,
    encChallengeResponse: 9,
    flag: 10,
    stdErr: 11,
    exitCode: 12
};
/** Payloads of PayloadType.flag messages (a 4-byte big-endian integer). */
const PayloadTypeFlag = {
    disconnectToPort: 1,
    terminateSession: 2,
    connectToPortError: 3
};
const MESSAGE_TYPE_OFFSET = 4;
const MESSAGE_TYPE_LENGTH = 32;
const SCHEMA_VERSION_OFFSET = 36;
const CREATED_DATE_OFFSET = 40;
const SEQUENCE_NUMBER_OFFSET = 48;
const FLAGS_OFFSET = 56;
const MESSAGE_ID_OFFSET = 64;
const PAYLOAD_DIGEST_OFFSET = 80;
const PAYLOAD_TYPE_OFFSET = 112;
const PAYLOAD_LENGTH_OFFSET = 116;
/** What the plugin writes as HeaderLength. */
const HEADER_LENGTH = PAYLOAD_LENGTH_OFFSET;
class ClientMessageError extends Error {
    constructor(message) {
        super(`Invalid Session Manager message: ${message}`);
        this.name = 'ClientMessageError';
    }
}
function uuidBytes(id) {
    const hex = id.replace(/-/g, '');
    if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
        throw new ClientMessageError(`expected a UUID as MessageId, got "${id}"`);
    }
    return Buffer.from(hex, 'hex');
}
function uuidString(bytes) {
    const h = bytes.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function sha256(payload) {
    return (0,external_node_crypto_.createHash)('sha256').update(payload).digest();
}
function encodeClientMessage(message) {
    const typeBytes = Buffer.from(message.messageType, 'utf8');
    if (typeBytes.length > MESSAGE_TYPE_LENGTH) {
        throw new ClientMessageError(`MessageType "${message.messageType}" is longer than ${MESSAGE_TYPE_LENGTH} bytes`);
    }
    const payload = message.payload;
    const frame = Buffer.alloc(HEADER_LENGTH + 4 + payload.length);
    frame.writeUInt32BE(HEADER_LENGTH, 0);
    frame.fill(0x20, MESSAGE_TYPE_OFFSET, MESSAGE_TYPE_OFFSET + MESSAGE_TYPE_LENGTH);
    typeBytes.copy(frame, MESSAGE_TYPE_OFFSET);
    frame.writeUInt32BE(message.schemaVersion, SCHEMA_VERSION_OFFSET);
    frame.writeBigUInt64BE(message.createdDate, CREATED_DATE_OFFSET);
    frame.writeBigInt64BE(message.sequenceNumber, SEQUENCE_NUMBER_OFFSET);
    frame.writeBigUInt64BE(message.flags, FLAGS_OFFSET);
    const id = uuidBytes(message.messageId);
    id.copy(frame, MESSAGE_ID_OFFSET, 8, 16);
    id.copy(frame, MESSAGE_ID_OFFSET + 8, 0, 8);
    sha256(payload).copy(frame, PAYLOAD_DIGEST_OFFSET);
    frame.writeUInt32BE(message.payloadType, PAYLOAD_TYPE_OFFSET);
    frame.writeUInt32BE(payload.length, PAYLOAD_LENGTH_OFFSET);
    payload.copy(frame, PAYLOAD_LENGTH_OFFSET + 4);
    return frame;
}
/**
 * Parses and validates a frame as the plugin does (Validate): the payload
 * digest must match, except for start/pause_publication, which the plugin
 * accepts unchecked.
 */
function decodeClientMessage(frame) {
    if (frame.length < PAYLOAD_LENGTH_OFFSET + 4) {
        throw new ClientMessageError(`frame of ${frame.length} bytes is shorter than the ${PAYLOAD_LENGTH_OFFSET + 4}-byte header`);
    }
    const headerLength = frame.readUInt32BE(0);
    const messageType = frame
        .subarray(MESSAGE_TYPE_OFFSET, MESSAGE_TYPE_OFFSET + MESSAGE_TYPE_LENGTH)
        .toString('utf8')
        .replace(/\0/g, '')
        .trim();
    const idBytes = Buffer.concat([
        frame.subarray(MESSAGE_ID_OFFSET + 8, MESSAGE_ID_OFFSET + 16),
        frame.subarray(MESSAGE_ID_OFFSET, MESSAGE_ID_OFFSET + 8)
    ]);
    const payloadLength = frame.readUInt32BE(PAYLOAD_LENGTH_OFFSET);
    // Like the plugin, the payload starts after HeaderLength + the 4-byte length.
    const payload = Buffer.from(frame.subarray(headerLength + 4));
    const message = {
        messageType,
        schemaVersion: frame.readUInt32BE(SCHEMA_VERSION_OFFSET),
        createdDate: frame.readBigUInt64BE(CREATED_DATE_OFFSET),
        sequenceNumber: frame.readBigInt64BE(SEQUENCE_NUMBER_OFFSET),
        flags: frame.readBigUInt64BE(FLAGS_OFFSET),
        messageId: uuidString(idBytes),
        payloadType: frame.readUInt32BE(PAYLOAD_TYPE_OFFSET),
        payload
    };
    if (messageType === MessageType.startPublication || messageType === MessageType.pausePublication) {
        return message;
    }
    if (headerLength === 0)
        throw new ClientMessageError('HeaderLength cannot be zero');
    if (messageType === '')
        throw new ClientMessageError('MessageType is missing');
    if (message.createdDate === 0n)
        throw new ClientMessageError('CreatedDate is missing');
    if (payloadLength !== 0) {
        const digest = frame.subarray(PAYLOAD_DIGEST_OFFSET, PAYLOAD_DIGEST_OFFSET + 32);
        if (!sha256(payload).equals(digest)) {
            throw new ClientMessageError(`payload digest does not match (${messageType})`);
        }
    }
    return message;
}

;// CONCATENATED MODULE: ./src/communicator/ssm/control-messages.ts
/**
 * Builders and parsers for the data channel's control messages, following
 * aws/session-manager-plugin (messageparser.go, service/service.go,
 * datachannel/streaming.go).
 */


function openDataChannelInput(tokenValue, clientId, clientVersion) {
    return {
        MessageSchemaVersion: '1.0',
        RequestId: (0,external_node_crypto_.randomUUID)(),
        TokenValue: tokenValue,
        ClientId: clientId,
        ClientVersion: clientVersion
    };
}
/** The acknowledgement the plugin sends for a received stream message. */
function acknowledgeMessage(of, now = Date.now) {
    const content = {
        AcknowledgedMessageType: of.messageType,
        AcknowledgedMessageId: of.messageId,
        AcknowledgedMessageSequenceNumber: Number(of.sequenceNumber),
        IsSequentialMessage: true
    };
    return {
        messageType: MessageType.acknowledge,
        schemaVersion: 1,
        createdDate: BigInt(now()),
        sequenceNumber: 0n,
        flags: 3n,
        messageId: (0,external_node_crypto_.randomUUID)(),
        payloadType: 0,
        payload: Buffer.from(JSON.stringify(content), 'utf8')
    };
}
function parseAcknowledgeContent(message) {
    if (message.messageType !== MessageType.acknowledge) {
        throw new ClientMessageError(`expected an acknowledge message, got ${message.messageType}`);
    }
    const content = JSON.parse(message.payload.toString('utf8'));
    if (typeof content.AcknowledgedMessageId !== 'string' ||
        typeof content.AcknowledgedMessageSequenceNumber !== 'number') {
        throw new ClientMessageError('acknowledge payload lacks a message id or sequence number');
    }
    return content;
}
/** A stream message ("input_stream_data" from the client, "output_stream_data" from the agent). */
function streamMessage(options) {
    return {
        messageType: options.messageType,
        schemaVersion: 1,
        createdDate: BigInt((options.now ?? Date.now)()),
        sequenceNumber: options.sequenceNumber,
        flags: 0n,
        messageId: (0,external_node_crypto_.randomUUID)(),
        payloadType: options.payloadType,
        payload: options.payload
    };
}
/** The 4-byte big-endian payload of a PayloadType.flag message. */
function flagPayload(flag) {
    const payload = Buffer.alloc(4);
    payload.writeUInt32BE(flag, 0);
    return payload;
}
/** Action statuses in a handshake response (handshakemessage.go). */
const ActionStatus = { success: 1, failed: 2, unsupported: 3 };
/**
 * Answers a HandshakeRequest: SessionType is accepted; KMSEncryption is
 * reported unsupported (a session with KMS encryption then fails at the
 * agent, with the error named).
 */
function handshakeResponse(request, clientVersion) {
    const processed = request.RequestedClientActions.map(action => action.ActionType === 'SessionType'
        ? { ActionType: action.ActionType, ActionStatus: ActionStatus.success }
        : {
            ActionType: action.ActionType,
            ActionStatus: ActionStatus.unsupported,
            Error: `${action.ActionType} is not supported by build-ami's Session Manager client`
        });
    const errors = processed.flatMap(p => (p.Error ? [p.Error] : []));
    return { ClientVersion: clientVersion, ProcessedClientActions: processed, Errors: errors };
}


;// CONCATENATED MODULE: ./src/communicator/ssm/data-channel.ts
/**
 * The client end of a Session Manager port-forwarding data channel, as a Duplex stream that
 * ssh2's Client takes as `sock`: bytes written become input_stream_data messages, and the
 * agent's output_stream_data payloads are what is read. Follows aws/session-manager-plugin
 * (datachannel/streaming.go, sessionmanagerplugin/session/portsession/basicportforwarding.go).
 *
 * Reliability: every stream message carries a sequence number and is acknowledged. Incoming
 * messages are delivered in sequence order (early ones are held, repeats dropped) and each is
 * acknowledged; outgoing ones are kept until acknowledged and sent again when unanswered for
 * RESEND_AFTER_MS. KMS encryption of the channel is not supported (the handshake declines it).
 */





/**
 * The client version the handshake reports. Agents multiplex port sessions (smux) only for
 * clients from 1.1.70 on; this client speaks the single-stream form, so it reports an older one.
 */
const CLIENT_VERSION = '1.1.61.0';
/** The plugin's StreamDataPayloadSize: the largest payload of one input_stream_data message. */
const MAX_PAYLOAD = 1024;
const RESEND_AFTER_MS = 3000;
const RESEND_CHECK_MS = 500;
/** Stream messages held ahead of a gap before the channel is declared broken. */
const MAX_HELD = 10_000;
class DataChannelError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'DataChannelError';
    }
}
class SsmDataChannel extends external_node_stream_.Duplex {
    sessionId;
    /** The agent's version, from its handshake request. */
    agentVersion;
    /** Why the stream ended without an error (the agent could not reach the port). */
    closeReason;
    ws;
    log;
    outgoingSeq = 0n;
    expectedSeq = 0n;
    held = new Map();
    unacked = new Map();
    resendTimer;
    paused = false;
    whilePaused = [];
    handshakeDone;
    ready;
    constructor(ws, sessionId, log) {
        super({ allowHalfOpen: false });
        this.ws = ws;
        this.sessionId = sessionId;
        this.log = log;
        this.ready = new Promise((resolve, reject) => {
            this.handshakeDone = error => (error ? reject(error) : resolve());
        });
        // The handshake's rejection is the opener's to report; keep it from being "unhandled".
        this.ready.catch(() => undefined);
        ws.on('message', (data, isBinary) => {
            if (!isBinary)
                return;
            try {
                this.receive(decodeClientMessage(toBuffer(data)));
            }
            catch (error) {
                this.fail(error instanceof Error ? error : new Error(String(error)));
            }
        });
        ws.on('close', (code, reason) => {
            const why = `the data channel of session ${sessionId} closed (${code}${reason.length ? `: ${reason.toString()}` : ''})`;
            this.handshakeDone(new DataChannelError(why));
            this.push(null);
            if (!this.destroyed)
                this.destroy();
        });
        ws.on('error', error => this.fail(new DataChannelError(`data channel of session ${sessionId}: ${error.message}`, { cause: error })));
        this.resendTimer = setInterval(() => this.resendOverdue(), RESEND_CHECK_MS);
        this.resendTimer.unref();
    }
    /** Connects, presents the session's token, and completes the agent's handshake. */
    static async open(options) {
        const log = options.log ?? (() => undefined);
        const ws = new wrapper/* default */.Ay(options.streamUrl, { handshakeTimeout: options.timeoutMs ?? 30_000 });
        const channel = new SsmDataChannel(ws, options.sessionId, log);
        const timeoutMs = options.timeoutMs ?? 30_000;
        let timer;
        const onAbort = () => channel.fail(new DataChannelError('aborted', { cause: options.signal?.reason }));
        options.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            await new Promise((resolve, reject) => {
                ws.once('open', resolve);
                ws.once('error', reject);
                ws.once('close', () => reject(new DataChannelError(`data channel of session ${options.sessionId} closed while opening`)));
            });
            ws.send(JSON.stringify(openDataChannelInput(options.tokenValue, (0,external_node_crypto_.randomUUID)(), CLIENT_VERSION)));
            await Promise.race([
                channel.ready,
                new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new DataChannelError(`no handshake from the agent on session ${options.sessionId} within ${timeoutMs / 1000}s`)), timeoutMs);
                })
            ]);
            return channel;
        }
        catch (error) {
            channel.destroy();
            throw error instanceof DataChannelError
                ? error
                : new DataChannelError(`could not open the data channel of session ${options.sessionId}: ${error.message}`, {
                    cause: error
                });
        }
        finally {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
        }
    }
    _read() {
        // Data is pushed as it arrives; the websocket has no backpressure to apply here.
    }
    _write(chunk, _encoding, callback) {
        this.afterPublication(() => {
            try {
                for (let at = 0; at < chunk.length; at += MAX_PAYLOAD) {
                    this.sendStream(PayloadType.output, chunk.subarray(at, at + MAX_PAYLOAD));
                }
                callback();
            }
            catch (error) {
                callback(error);
            }
        });
    }
    _final(callback) {
        // The SSH client is done with the port: tell the agent to drop its connection to it.
        this.afterPublication(() => {
            try {
                if (this.ws.readyState === wrapper/* default */.Ay.OPEN) {
                    this.sendStream(PayloadType.flag, flagPayload(PayloadTypeFlag.disconnectToPort));
                }
                callback();
            }
            catch (error) {
                callback(error);
            }
        });
    }
    _destroy(error, callback) {
        clearInterval(this.resendTimer);
        this.handshakeDone(error ?? new DataChannelError('data channel closed'));
        if (this.ws.readyState === wrapper/* default */.Ay.OPEN || this.ws.readyState === wrapper/* default */.Ay.CONNECTING) {
            this.ws.terminate();
        }
        callback(error);
    }
    /** Outgoing stream messages not yet acknowledged (tests and diagnostics). */
    get unacknowledged() {
        return this.unacked.size;
    }
    fail(error) {
        this.handshakeDone(error);
        if (!this.destroyed)
            this.destroy(error);
    }
    afterPublication(send) {
        if (this.paused)
            this.whilePaused.push(send);
        else
            send();
    }
    sendStream(payloadType, payload) {
        const sequenceNumber = this.outgoingSeq++;
        const frame = encodeClientMessage(streamMessage({ messageType: MessageType.inputStreamData, sequenceNumber, payloadType, payload }));
        this.unacked.set(sequenceNumber, { frame, sentAt: Date.now() });
        this.ws.send(frame);
    }
    resendOverdue() {
        if (this.paused || this.ws.readyState !== wrapper/* default */.Ay.OPEN)
            return;
        const now = Date.now();
        for (const [seq, entry] of this.unacked) {
            if (now - entry.sentAt < RESEND_AFTER_MS)
                continue;
            this.log(`resending message ${seq} of session ${this.sessionId} (unacknowledged for ${now - entry.sentAt} ms)`);
            entry.sentAt = now;
            this.ws.send(entry.frame);
        }
    }
    receive(message) {
        switch (message.messageType) {
            case MessageType.acknowledge: {
                const ack = parseAcknowledgeContent(message);
                this.unacked.delete(BigInt(ack.AcknowledgedMessageSequenceNumber));
                return;
            }
            case MessageType.outputStreamData:
                this.ws.send(encodeClientMessage(acknowledgeMessage(message)));
                if (message.sequenceNumber < this.expectedSeq)
                    return; // a repeat: already delivered
                if (message.sequenceNumber > this.expectedSeq) {
                    if (this.held.size >= MAX_HELD)
                        throw new DataChannelError(`more than ${MAX_HELD} messages arrived ahead of message ${this.expectedSeq}`);
                    this.held.set(message.sequenceNumber, message);
                    return;
                }
                this.deliver(message);
                for (let next = this.held.get(this.expectedSeq); next; next = this.held.get(this.expectedSeq)) {
                    this.held.delete(next.sequenceNumber);
                    this.deliver(next);
                }
                return;
            case MessageType.channelClosed: {
                const output = channelClosedOutput(message.payload);
                const error = new DataChannelError(`session ${this.sessionId} was closed by Session Manager${output ? `: ${output}` : ''}`);
                this.handshakeDone(error);
                this.push(null);
                this.ws.close(1000);
                return;
            }
            case MessageType.pausePublication:
                this.paused = true;
                return;
            case MessageType.startPublication: {
                this.paused = false;
                for (const send of this.whilePaused.splice(0))
                    send();
                return;
            }
            default:
                this.log(`ignoring a ${message.messageType} message on session ${this.sessionId}`);
        }
    }
    deliver(message) {
        this.expectedSeq = message.sequenceNumber + 1n;
        switch (message.payloadType) {
            case PayloadType.output:
                this.push(message.payload);
                return;
            case PayloadType.handshakeRequest: {
                const request = JSON.parse(message.payload.toString('utf8'));
                this.agentVersion = request.AgentVersion;
                const response = handshakeResponse(request, CLIENT_VERSION);
                this.sendStream(PayloadType.handshakeResponse, Buffer.from(JSON.stringify(response), 'utf8'));
                return;
            }
            case PayloadType.handshakeComplete:
                this.handshakeDone();
                return;
            case PayloadType.flag: {
                const flag = message.payload.length >= 4 ? message.payload.readUInt32BE(0) : -1;
                if (flag === PayloadTypeFlag.connectToPortError) {
                    // Nothing listens on the port yet (sshd still starting): the stream ends, as a refused
                    // TCP connection would, rather than emitting an error that may have no listener yet
                    // (this flag can arrive in the same read as the handshake's completion).
                    this.closeReason = `the agent on session ${this.sessionId} could not connect to the port`;
                    this.log(this.closeReason);
                    this.push(null);
                    this.destroy();
                }
                return;
            }
            default:
                this.log(`ignoring payload type ${message.payloadType} on session ${this.sessionId}`);
        }
    }
}
function channelClosedOutput(payload) {
    try {
        const parsed = JSON.parse(payload.toString('utf8'));
        return typeof parsed.Output === 'string' && parsed.Output ? parsed.Output : undefined;
    }
    catch {
        return undefined;
    }
}
function toBuffer(data) {
    if (Buffer.isBuffer(data))
        return data;
    if (Array.isArray(data))
        return Buffer.concat(data);
    return Buffer.from(data);
}


;// CONCATENATED MODULE: ./src/communicator/ssm/tunnel.ts
/**
 * SSH over Session Manager without the session-manager-plugin binary: each call to `open`
 * starts an AWS-StartPortForwardingSession session to the instance (retrying TargetNotConnected
 * while the agent registers, as Packer does) and returns its data channel, a stream ssh2 takes
 * as its socket. Every session started is remembered so `terminateAll` can end them.
 */


class SsmTunnel {
    options;
    /** Sessions started and not yet terminated. */
    sessions = new Set();
    constructor(options) {
        this.options = options;
    }
    async open(signal, timeoutMs = 30_000) {
        const { ssm, instanceId, remotePort, localPort } = this.options;
        const parameters = { portNumber: [String(remotePort)] };
        if (localPort)
            parameters.localPortNumber = [String(localPort)];
        const started = await ssm
            .send(new client_ssm_dist_cjs/* StartSessionCommand */.EMb({
            Target: instanceId,
            DocumentName: 'AWS-StartPortForwardingSession',
            Parameters: parameters
        }), { abortSignal: signal })
            .catch((error) => {
            throw new StartSessionError(instanceId, error);
        });
        const sessionId = started.SessionId;
        this.sessions.add(sessionId);
        this.options.log?.(`Started Session Manager session ${sessionId} to ${instanceId}:${remotePort}`);
        try {
            const channel = await SsmDataChannel.open({
                streamUrl: started.StreamUrl,
                tokenValue: started.TokenValue,
                sessionId,
                timeoutMs,
                signal,
                log: this.options.log
            });
            // The agent's answer that it cannot reach the port can arrive with its handshake, so the
            // channel may already be closed here (its close event already past).
            if (channel.destroyed) {
                throw new DataChannelError(channel.closeReason ?? `the data channel of session ${sessionId} closed`);
            }
            channel.once('close', () => void this.terminate(sessionId));
            return channel;
        }
        catch (error) {
            await this.terminate(sessionId);
            throw error;
        }
    }
    /** Ends one session; a failure is logged, not thrown (the session times out on its own). */
    async terminate(sessionId) {
        if (!this.sessions.delete(sessionId))
            return;
        try {
            await this.options.ssm.send(new client_ssm_dist_cjs/* TerminateSessionCommand */.nv5({ SessionId: sessionId }));
            this.options.log?.(`Terminated Session Manager session ${sessionId}`);
        }
        catch (error) {
            this.options.log?.(`TerminateSession ${sessionId} failed (${error.message}); it ends when its idle timeout passes`);
        }
    }
    async terminateAll() {
        await Promise.all([...this.sessions].map(id => this.terminate(id)));
    }
}
/** Errors StartSession returns while the instance's agent has not registered yet. */
const isTargetNotConnected = (error) => error?.name === 'TargetNotConnected';
/**
 * A StartSession that failed. `fatal` when no retry can help (a denied call, an unknown document,
 * a bad parameter: any 4xx other than TargetNotConnected and throttling), so the connection fails
 * at once instead of retrying until ssh_timeout.
 */
class StartSessionError extends Error {
    fatal;
    constructor(instanceId, cause) {
        const name = cause?.name ?? 'Error';
        const status = cause?.$metadata?.httpStatusCode;
        const fatal = status !== undefined &&
            status >= 400 &&
            status < 500 &&
            !isTargetNotConnected(cause) &&
            !/Throttl|TooManyRequests/.test(name);
        super(`StartSession to ${instanceId} failed: ${name}: ${cause?.message ?? String(cause)}` +
            (name === 'AccessDeniedException'
                ? ' (the job needs ssm:StartSession on the instance and the AWS-StartPortForwardingSession document)'
                : ''), { cause });
        this.name = 'StartSessionError';
        this.fatal = fatal;
    }
}

;// CONCATENATED MODULE: ./src/builder/instance-watch.ts
// While SSH is dialled at an instance nobody has yet seen running, a launch that fails (the
// instance goes from pending to terminated: no capacity, a bad volume) would only show as an
// SSH timeout minutes later. So the instance's state is looked at now and then, and only while
// SSH does not answer: a failed launch ends the dialling with the instance's StateReason.


/** How often the state is looked at while SSH does not answer. */
const WATCH_EVERY_MS = 30_000;
function watchInstanceWhileDialling(ctx, instanceId, outer) {
    const failed = new AbortController();
    const stopped = new AbortController();
    const started = ctx.now();
    const loop = async () => {
        for (;;) {
            await ctx.sleep(WATCH_EVERY_MS, AbortSignal.any([stopped.signal, outer]));
            if (stopped.signal.aborted || outer.aborted)
                return;
            const { Reservations } = await ctx.ec2
                .send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [instanceId] }))
                .catch(() => ({ Reservations: undefined }));
            if (stopped.signal.aborted)
                return;
            const instance = Reservations?.[0]?.Instances?.[0];
            const name = instance?.State?.Name;
            if (!name || name === 'pending' || name === 'running')
                continue;
            failed.abort(new src_errors/* WaitError */.uf({
                what: `instance ${instanceId} to answer SSH`,
                lastState: name,
                reason: instance?.StateReason?.Message,
                elapsedMs: ctx.now() - started,
                timedOut: false
            }));
            return;
        }
    };
    void loop().catch(() => undefined);
    return {
        signal: AbortSignal.any([failed.signal, outer]),
        stop: () => stopped.abort()
    };
}

;// CONCATENATED MODULE: ./src/builder/need.ts
// A step's preconditions, named: what an earlier step must have put in the build state. A step
// run out of order (or a new step put in the wrong place) fails saying what it lacked, not
// with "cannot read properties of undefined".

/** A human name for each piece of state, as the error message shows it. */
const NAMES = {
    sourceImage: 'source image',
    keyPair: 'key pair',
    instance: 'instance',
    communicator: 'SSH connection',
    reconnect: 'way to dial the instance again',
    image: 'image'
};
function need(state, key, step) {
    const value = state[key];
    if (value === undefined || value === null) {
        throw new src_errors/* StepOrderError */.zr({ step, missing: `${NAMES[key] ?? key} (state.${key})` });
    }
    return value;
}

;// CONCATENATED MODULE: ./src/builder/steps/connect-ssh.ts
// Connects to the instance over SSH, retrying until ssh_timeout as the machine boots. When the
// instance's console already shows its host key fingerprints (cloud-init prints them), the
// connection must present one of them: a different key fails the build before any
// provisioner runs (for an instance dialled while still pending, the console is read once SSH
// answers and the key the connection presented is checked against it). Host keys are otherwise
// not verified, as in Packer. With ssh_interface session_manager, each attempt starts an
// AWS-StartPortForwardingSession session to ssh_port and SSH runs over its data channel (no
// session-manager-plugin, no local port); the sessions are terminated on cleanup.







const TITLE = 'Connect over SSH';
function connectSsh(ctx) {
    const { log } = ctx;
    const b = ctx.plan.builder;
    let tunnel;
    return {
        title: TITLE,
        async run(state, signal) {
            const ssh = b.communicator.type === 'ssh' ? b.communicator : undefined;
            if (!ssh) {
                log.info('communicator is "none": not connecting');
                return;
            }
            if (ssh.pauseBeforeConnectingMs > 0) {
                log.info(`Pausing ${ssh.pauseBeforeConnectingMs / 1000}s before connecting (pause_before_connecting)`);
                await ctx.sleep(ssh.pauseBeforeConnectingMs, signal);
            }
            const instance = need(state, 'instance', TITLE);
            if (ssh.interface === 'session_manager') {
                tunnel = await sessionManagerTunnel(ctx, instance.id, ssh, signal);
            }
            // A console is empty while the instance is pending: then it is read once SSH answers (below).
            const pending = instance.seenRunning === false;
            const expectedHostKeys = pending ? [] : await consoleFingerprints(ctx, instance.id);
            log.info(`Connecting to ${ssh.username}@${instance.host}:${ssh.port}${tunnel ? ' over Session Manager' : ''} (timeout ${Math.round(ssh.timeoutMs / 1000)}s${expectedHostKeys.length
                ? `, host key checked against the console's ${expectedHostKeys.length} fingerprint(s)`
                : ''})`);
            const connection = ssh.connection;
            const agentSocket = process.env.SSH_AUTH_SOCK || undefined;
            if ((connection?.agentAuth || connection?.bastion?.agentAuth) && !agentSocket)
                throw new Error('ssh_agent_auth / ssh_bastion_agent_auth: SSH_AUTH_SOCK is not set (start ssh-agent first)');
            const bastion = connection?.bastion;
            if (bastion)
                log.info(`Connecting through bastion ${bastion.username}@${bastion.host}:${bastion.port}`);
            const started = ctx.now();
            let lastReport = started;
            const options = {
                host: instance.host,
                port: ssh.port,
                username: ssh.username,
                privateKey: state.keyPair?.privateKey,
                password: ssh.password,
                agent: connection?.agentAuth ? agentSocket : undefined,
                algorithms: connection?.ciphers || connection?.keyExchangeAlgorithms
                    ? {
                        cipher: connection.ciphers && [...connection.ciphers],
                        kex: connection.keyExchangeAlgorithms && [...connection.keyExchangeAlgorithms]
                    }
                    : undefined,
                keepaliveIntervalMs: connection?.keepAliveIntervalMs,
                bastion: bastion && {
                    host: bastion.host,
                    port: bastion.port,
                    username: bastion.username,
                    password: bastion.password,
                    privateKey: bastion.privateKeyFile ? await ctx.readFile(bastion.privateKeyFile) : undefined,
                    agent: bastion.agentAuth ? agentSocket : undefined
                },
                timeoutMs: ssh.timeoutMs,
                handshakeAttempts: ssh.handshakeAttempts,
                // Dial every quarter second while nothing answers (Packer waits 5 s): a refused connection
                // costs nothing, and the build goes on within moments of sshd starting. A server that
                // answers but refuses (sshd up before the key is installed) is tried every second, so
                // ssh_handshake_attempts still spans several seconds.
                retryDelayMs: 1000,
                unreachableRetryDelayMs: 250,
                expectedHostKeys: expectedHostKeys.length ? expectedHostKeys : undefined,
                signal,
                openSocket: tunnel && ((socketSignal, timeoutMs) => tunnel.open(socketSignal, timeoutMs)),
                onAttempt: (_attempt, lastError) => {
                    // Say what is awaited at least every 30 s, as every other wait does.
                    if (ctx.now() - lastReport >= 30_000) {
                        lastReport = ctx.now();
                        log.info(`Still waiting for SSH on ${instance.host} after ${Math.round((ctx.now() - started) / 1000)}s: ${lastError ?? 'no answer yet'}`);
                    }
                }
            };
            // Nobody has seen it running yet: SSH answering proves it is, and its state is looked at only while SSH does not.
            const watch = instance.seenRunning === false ? watchInstanceWhileDialling(ctx, instance.id, signal) : undefined;
            try {
                state.communicator = await ctx.connect({ ...options, signal: watch?.signal ?? signal });
            }
            catch (error) {
                if (watch?.signal.aborted && !signal.aborted)
                    throw watch.signal.reason;
                throw error;
            }
            finally {
                watch?.stop();
            }
            if (pending) {
                // Up now: if its console shows host key fingerprints, the connection must have presented one of them.
                const fromConsole = await consoleFingerprints(ctx, instance.id);
                if (fromConsole.length) {
                    await checkPresentedKey(state.communicator, fromConsole, ssh.username, instance.host, ssh.port);
                    options.expectedHostKeys = fromConsole;
                    log.info(`SSH host key checked against the console's ${fromConsole.length} fingerprint(s)`);
                }
            }
            state.reconnect = () => ctx.connect({ ...options, onAttempt: undefined });
            if (instance.launchedAt !== undefined)
                instance.upAfterMs = ctx.now() - instance.launchedAt;
            instance.seenRunning = true;
            log.info(`Connected after ${((ctx.now() - started) / 1000).toFixed(1)}s`);
        },
        async cleanup(state) {
            await state.communicator?.close();
            state.communicator = undefined;
            await tunnel?.terminateAll();
        }
    };
}
/** The connection made before the console was read must have presented one of its fingerprints. */
async function checkPresentedKey(communicator, fromConsole, user, host, port) {
    const presented = communicator.hostKeyFingerprint;
    const expected = fromConsole.map(host_key/* normalizeFingerprint */.o3);
    if (presented === undefined || expected.includes(presented))
        return;
    await communicator.close();
    throw new src_errors/* CommunicatorError */.yi({
        message: `SSH to ${user}@${host}:${port}: ${(0,host_key/* hostKeyMismatchMessage */.ff)(presented, expected)}`,
        target: { host, port, user }
    });
}
async function sessionManagerTunnel(ctx, instanceId, ssh, signal) {
    if (!ctx.ssm)
        throw new Error('ssh_interface session_manager: no Systems Manager client was given');
    if (ssh.pauseBeforeSsmMs > 0) {
        ctx.log.info(`Waiting ${ssh.pauseBeforeSsmMs / 1000}s before establishing the SSM session (pause_before_ssm)`);
        await ctx.sleep(ssh.pauseBeforeSsmMs, signal);
    }
    return new SsmTunnel({
        ssm: ctx.ssm(),
        instanceId,
        remotePort: ssh.port,
        localPort: ssh.sessionManagerPort,
        log: line => ctx.log.info(line)
    });
}
/** One look at the console: on AWS it fills in a minute or two after boot, so never wait for it. */
async function consoleFingerprints({ ec2, log }, instanceId) {
    try {
        const { Output } = await ec2.send(new dist_cjs/* GetConsoleOutputCommand */.Olx({ InstanceId: instanceId }));
        return Output ? (0,host_key/* fingerprintsFromConsole */.Ns)(Buffer.from(Output, 'base64').toString('utf8')) : [];
    }
    catch (error) {
        // Not yet visible is normal just after launch; anything else (a denied call, say) silently
        // dropped the host-key check, so it is said out loud.
        if ((0,errors/* isNotFound */.c4)(error)) {
            log.debug(`No console output for ${instanceId} yet: ${(0,errors/* describeError */.Uc)(error)}`);
        }
        else {
            log.warning(`GetConsoleOutput for ${instanceId} failed (${(0,errors/* describeError */.Uc)(error)}): the SSH host key cannot be checked against the console`);
        }
        return [];
    }
}

;// CONCATENATED MODULE: ./src/builder/images/made-by-build.ts
// Lost answers: a CreateImage or CopyImage whose every answer was lost (dropped connections,
// 5xx) may well have made the image. The image this build made carries its ami_name and the
// build's id tag, so it is found and used (and removed if the build fails) rather than orphaned.


/** The image named ami_name with this build's id in `region`, other than `except` (the source of a copy). */
async function imageMadeByBuild(ctx, region, except) {
    const { Images = [] } = await ctx
        .ec2For(region)
        .send(new dist_cjs/* DescribeImagesCommand */.ji5({
        Owners: ['self'],
        Filters: [
            { Name: 'name', Values: [ctx.plan.builder.amiName] },
            (0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.buildId, [ctx.buildId])
        ]
    }))
        .catch(() => ({ Images: [] }));
    return Images.find(i => i.ImageId !== except)?.ImageId;
}

;// CONCATENATED MODULE: ./src/aws/schedule.ts
// When to look again at a resource whose state change is expected around a known moment: sleep
// until just before it (looking now and then on a long wait, so a failure is not missed for
// long), then look every second until the change shows (sparser once it is well overdue); without an expectation, the waiter's
// default (every second for a minute, then sparser). A change is noticed within about a second
// of happening at the cost of a handful of calls, where a fixed 1 s poll costs one per second.
/** The longest sleep before an expected change: a failed resource is noticed within this. */
const LONGEST_SLEEP_MS = 30_000;
/** How early before the expected moment the close watching starts. */
const LEAD_MS = 500;
/** How long past the expected moment the change is looked for every second. */
const OVERDUE_EVERY_SECOND_MS = 10_000;
/**
 * When to look first at a change expected expectedMs from now: a little before it; for a change
 * expected within a second or two, a lead of LEAD_MS would look well before anything could have
 * happened, so then a quarter of the expectation.
 */
function firstLookMs(expectedMs) {
    return Math.max(0, expectedMs - Math.min(LEAD_MS, expectedMs / 4));
}
function defaultInterval(elapsedMs) {
    if (elapsedMs < 60_000)
        return 1000;
    if (elapsedMs < 300_000)
        return 2000;
    return 5000;
}
/** How long to wait before the next look, elapsedMs into the wait. */
function nextDelay(elapsedMs, { expectedMs } = {}) {
    if (expectedMs === undefined)
        return defaultInterval(elapsedMs);
    const untilLead = expectedMs - LEAD_MS - elapsedMs;
    if (untilLead > 1000)
        return Math.min(untilLead, LONGEST_SLEEP_MS);
    // Due within the second: look then, not a whole second later.
    if (untilLead > 0)
        return untilLead;
    // Around and after the expected moment: every second for a while, then a fifth of the time it is
    // overdue (a late change is noticed within a fifth of its lateness), at most every 5 s.
    const overdue = elapsedMs - expectedMs;
    if (overdue < OVERDUE_EVERY_SECOND_MS)
        return 1000;
    return Math.min(5000, Math.max(1000, Math.round(overdue / 5)));
}

;// CONCATENATED MODULE: ./src/aws/waiter.ts
// Waiting for EC2 to change state, noticing the change within about a second without
// flooding the API: poll every second for the first minute (most transitions finish in it),
// every 2 s until five minutes, then every 5 s. aws_polling / AWS_POLL_DELAY_SECONDS fix the
// interval instead, and AWS_MAX_ATTEMPTS / max_attempts bound the number of polls, as in Packer.
// Throttling slows the polling down; a NotFound right after creation is eventual consistency,
// not an error. A line goes to the log at least every 30 s saying what is awaited and for how long.





const REPORT_EVERY_MS = 30_000;
async function waitFor(options) {
    const now = options.now ?? Date.now;
    const pause = options.sleep ?? retry/* sleep */.yy;
    const started = now();
    const maxAttempts = options.polling?.maxAttempts;
    const timeoutMs = maxAttempts && options.polling?.delayMs ? maxAttempts * options.polling.delayMs : options.timeoutMs;
    let lastState = 'unknown';
    let lastReport = started;
    let slowdown = 1;
    if (options.firstLookAfterMs && !options.polling?.delayMs)
        await pause(Math.min(options.firstLookAfterMs, timeoutMs), options.signal);
    for (let polls = 1;; polls++) {
        const elapsed = now() - started;
        try {
            // A throttled probe may sit in the SDK's backoff for seconds: a cancelled run does not wait for it.
            const result = await (0,retry/* unlessAborted */.Wh)(options.probe(), options.signal);
            slowdown = Math.max(1, slowdown / 2);
            if (result.done)
                return { value: result.value, elapsedMs: now() - started, polls };
            lastState = result.state;
            if ('failed' in result)
                throw new src_errors/* WaitError */.uf({
                    what: options.what,
                    lastState: result.state,
                    reason: result.reason,
                    elapsedMs: elapsed,
                    timedOut: false
                });
        }
        catch (error) {
            if (error instanceof src_errors/* WaitError */.uf || options.signal?.aborted)
                throw error;
            if ((0,errors/* isNotFound */.c4)(error) && elapsed < (options.notFoundGraceMs ?? 30_000)) {
                lastState = 'not visible yet';
            }
            else if ((0,errors/* isThrottling */.E2)(error)) {
                slowdown = Math.min(slowdown * 2, 8);
                lastState = `${lastState} (throttled)`;
            }
            else if (!(0,errors/* isTransient */.dg)(error)) {
                // Named for the call and the resource; a NotFound stays raw, since callers test for it.
                if (!options.operation || (0,errors/* isNotFound */.c4)(error))
                    throw error;
                throw new src_errors/* AwsOperationError */.dP({
                    operation: options.operation,
                    doing: `waiting for ${options.what}`,
                    cause: error
                });
            }
            else {
                lastState = `${lastState} (${(0,errors/* describeError */.Uc)(error)})`;
            }
        }
        const elapsedNow = now() - started;
        if (elapsedNow >= timeoutMs || (maxAttempts !== undefined && polls >= maxAttempts)) {
            throw new src_errors/* WaitError */.uf({ what: options.what, lastState, elapsedMs: elapsedNow, timedOut: true });
        }
        if (now() - lastReport >= REPORT_EVERY_MS) {
            lastReport = now();
            options.log(`Still waiting for ${options.what}: ${lastState} after ${Math.round(elapsedNow / 1000)}s`);
        }
        const interval = (options.polling?.delayMs ?? nextDelay(elapsedNow, { expectedMs: options.expectedMs?.() })) * slowdown;
        await pause(Math.min(interval, Math.max(0, timeoutMs - elapsedNow)), options.signal);
    }
}

;// CONCATENATED MODULE: ./src/builder/images/progress.ts
/** Date.now() at which every snapshot is projected to be complete; undefined while one shows no progress. */
function projectedCompletion(snapshots, now) {
    let latest;
    for (const s of snapshots) {
        if (s.State === 'completed')
            continue;
        const percent = Number.parseFloat(s.Progress ?? '');
        const start = s.StartTime?.getTime();
        if (!Number.isFinite(percent) || percent <= 0 || start === undefined || now <= start)
            return undefined;
        const fraction = Math.min(1, (percent + 0.5) / 100);
        const end = start + (now - start) / fraction;
        latest = latest === undefined ? end : Math.max(latest, end);
    }
    return latest ?? now;
}
/**
 * When every snapshot is due, as a window: a snapshot at p% (rounded down) is between p and p+1
 * percent done, so it ends between start + elapsed/(p+1)% and start + elapsed/p%. The window
 * narrows as progress grows; undefined while a snapshot shows no progress.
 */
function completionWindow(snapshots, now) {
    let window = { earliest: now, latest: now };
    for (const s of snapshots) {
        if (s.State === 'completed')
            continue;
        const percent = Math.floor(Number.parseFloat(s.Progress ?? ''));
        const start = s.StartTime?.getTime();
        if (!Number.isFinite(percent) || percent <= 0 || start === undefined || now <= start)
            return undefined;
        const elapsed = now - start;
        window = {
            earliest: Math.max(window.earliest, start + elapsed / (Math.min(100, percent + 1) / 100)),
            latest: Math.max(window.latest, start + elapsed / (percent / 100))
        };
    }
    return window;
}

;// CONCATENATED MODULE: ./src/builder/images/wait.ts
// Waiting for an image (made or copied) to become available; any state but pending on the way
// fails the wait with the image's StateReason. Instead of asking every second, the wait reads
// the image's snapshots' progress (progress.ts), then looks at the image once, at the latest
// projected moment. When the build already knows how long EC2 takes with its volumes (priorMs:
// how long the instance took to stop), the image is expected to take at least that long: the
// first look, that long in, reads the progress of the snapshots that name the image in their
// description (CreateImage and CopyImage write it), and at that point the projection is usually
// within a second. Otherwise the first look, a second in, is at the image (for its snapshot ids;
// a fast image is done by then) and the progress is read soon after. Either way, the progress is
// read again half way to the projected moment while the projection is wider than a second. The
// image is noticed within about a second of turning available, in two to four calls however
// long it takes. An image still pending after its projection sends the wait back to the
// progress; a snapshot showing no progress yet is looked at again after as long as the wait has
// lasted. aws_polling turns all this off for a fixed interval.





/** The projection is refined until its window is this narrow. */
const PRECISE_MS = 1000;
/** At most this many looks at the snapshots; then only at the image. */
const MAX_PROGRESS_LOOKS = 6;
/** A new image shows its snapshots within a moment: the first look waits that long. */
const FIRST_LOOK_MS = 1000;
/** Without a projection, looks back off to at most this far apart. */
const LONGEST_BACKOFF_MS = 30_000;
/** Never two looks closer than this. */
const MIN_GAP_MS = 250;
/** A prior shorter than this says EC2 is quick here: the image may be done at the first look. */
const SLOW_PRIOR_MS = 2000;
function waitForImage(ctx, image, signal, options = {}) {
    const ec2 = ctx.ec2For(image.region);
    const now = ctx.now;
    const started = now();
    const scheduled = !ctx.polling.delayMs;
    let snapshotIds = [];
    let window;
    let progressLooks = 0;
    let allComplete = false;
    /** The image was still pending after the projected moment: the progress is read again. */
    let overdue = false;
    /** The first look reads the progress of the snapshots found by their description, not the image. */
    let bySnapshotDescription = scheduled && (options.priorMs ?? 0) >= SLOW_PRIOR_MS;
    const firstLookAfterMs = bySnapshotDescription
        ? Math.min(options.priorMs, LONGEST_BACKOFF_MS)
        : FIRST_LOOK_MS;
    const wantProgress = () => scheduled &&
        snapshotIds.length > 0 &&
        !allComplete &&
        progressLooks < MAX_PROGRESS_LOOKS &&
        (window === undefined || overdue || window.latest - window.earliest > PRECISE_MS);
    const readProgress = (snapshots) => {
        allComplete = snapshots.length > 0 && snapshots.every(s => s.State === 'completed');
        window = completionWindow(snapshots, now());
        const progress = snapshots.map(s => s.Progress ?? '?').join(', ');
        return { done: false, state: `pending (snapshots ${progress})` };
    };
    const backoff = () => Math.min(LONGEST_BACKOFF_MS, Math.max(1000, now() - started));
    return waitFor({
        what: `image ${image.id} to be available`,
        operation: 'DescribeImages',
        timeoutMs: 1_800_000,
        polling: ctx.polling,
        log: ctx.log.info,
        signal,
        sleep: ctx.sleep,
        now,
        firstLookAfterMs,
        // The moment of the next look (the schedule looks LEAD_MS before the moment it is given).
        expectedMs: () => {
            if (!snapshotIds.length)
                return undefined;
            let at;
            if (wantProgress())
                at = window && !overdue ? now() + (window.earliest - now()) / 2 : now() + backoff();
            else
                at = window ? window.latest : now() + backoff();
            return Math.max(at, now() + MIN_GAP_MS) + LEAD_MS - started;
        },
        probe: async () => {
            if (bySnapshotDescription) {
                bySnapshotDescription = false;
                progressLooks++;
                const { Snapshots = [] } = await ec2.send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({
                    OwnerIds: ['self'],
                    Filters: [{ Name: 'description', Values: describing(image.id) }]
                }));
                // Not listed (yet): the image itself names its snapshots at the next look.
                if (!Snapshots.length)
                    return { done: false, state: 'pending (its snapshots not listed yet)' };
                snapshotIds = Snapshots.flatMap(s => s.SnapshotId ?? []);
                return readProgress(Snapshots);
            }
            if (wantProgress()) {
                progressLooks++;
                overdue = false;
                const { Snapshots = [] } = await ec2.send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({ SnapshotIds: snapshotIds }));
                return readProgress(Snapshots);
            }
            const { Images } = await ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [image.id] }));
            const found = Images?.[0];
            const name = found?.State ?? 'unknown';
            if (name === 'available')
                return { done: true, value: found };
            if (name === 'pending') {
                if (!snapshotIds.length && found)
                    snapshotIds = snapshotIdsOf(found);
                if (window && now() >= window.latest)
                    overdue = true;
                return { done: false, state: name };
            }
            return { done: false, failed: true, state: name, reason: found?.StateReason?.Message };
        }
    });
}
/**
 * The descriptions EC2 gives the snapshots of an image: "Created by CreateImage(i-…) for ami-… …"
 * and "Copied for DestinationAmi ami-… from SourceAmi …" (not a copy made from this image, whose
 * description names it as the source).
 */
function describing(imageId) {
    return [
        `Created by CreateImage(*) for ${imageId}`,
        `Created by CreateImage(*) for ${imageId} *`,
        `Copied for DestinationAmi ${imageId} *`
    ];
}

;// CONCATENATED MODULE: ./src/builder/images/copy.ts
// One CopyImage from the build region and the wait until the copy is available: for
// encrypt_boot (an encrypted copy in the build region) and for each ami_regions region.







async function copyImageTo(ctx, request) {
    const { source, region } = request;
    const b = ctx.plan.builder;
    const { ImageId } = await ctx
        .ec2For(region)
        .send(new dist_cjs/* CopyImageCommand */.SDF({
        SourceRegion: b.region,
        SourceImageId: source.id,
        Name: b.amiName,
        Description: undefined,
        Encrypted: b.encryptBoot || undefined,
        KmsKeyId: request.kmsKeyId,
        SnapshotCopyCompletionDurationMinutes: request.completionMinutes,
        ClientToken: `${ctx.buildId}-${ctx.plan.name}-${region}`.slice(0, 64),
        TagSpecifications: [
            { ResourceType: 'image', Tags: (0,src_tags/* toTagList */.s3)(request.tags.image) },
            { ResourceType: 'snapshot', Tags: (0,src_tags/* toTagList */.s3)(request.tags.snapshot) }
        ]
    }))
        .catch(async (error) => {
        // Not the source itself: for encrypt_boot the copy has the source's name and build id too.
        const copied = (0,errors/* isTransient */.dg)(error) ? await imageMadeByBuild(ctx, region, source.id) : undefined;
        if (copied)
            return { ImageId: copied };
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'CopyImage',
            doing: `copying ${source.id} from ${b.region} to ${region}`,
            resource: source.id,
            cause: error
        });
    });
    const copy = {
        region,
        id: ImageId,
        snapshotIds: [],
        tagged: src_tags/* TAGS */.gp.complete in request.tags.image || undefined
    };
    request.made.push(copy);
    ctx.journal.created({ kind: 'image', id: copy.id, region, build: ctx.plan.name });
    ctx.log.info(`Copying ${source.id} to ${region} as ${copy.id}`);
    const { value, elapsedMs } = await waitForImage(ctx, copy, request.signal, { priorMs: request.priorMs });
    copy.snapshotIds = snapshotIdsOf(value);
    for (const id of copy.snapshotIds)
        ctx.journal.created({ kind: 'snapshot', id, region, build: ctx.plan.name });
    ctx.log.info(`${region}: ${copy.id} is available after ${(elapsedMs / 1000).toFixed(1)}s`);
    return copy;
}

;// CONCATENATED MODULE: ./src/aws/wait-instance.ts
// Waiting for an instance to reach a state (running, stopped, terminated), shared by launch,
// stop and teardown: states on the way are waited through, any other state fails the wait
// with the instance's StateReason.



const VERB = { running: 'be running', stopped: 'stop', terminated: 'terminate' };
function waitForInstance(w) {
    return waitFor({
        what: `instance ${w.id} to ${VERB[w.target]}`,
        operation: 'DescribeInstances',
        timeoutMs: 600_000,
        polling: w.polling,
        log: w.log,
        signal: w.signal,
        sleep: w.sleep,
        expectedMs: w.expectedMs === undefined ? undefined : () => w.expectedMs,
        firstLookAfterMs: w.expectedMs === undefined ? undefined : firstLookMs(w.expectedMs),
        probe: async () => {
            const { Reservations } = await w.ec2.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [w.id] }));
            const instance = Reservations?.[0]?.Instances?.[0];
            // A terminated instance eventually disappears from DescribeInstances altogether.
            const name = instance?.State?.Name ?? (w.target === 'terminated' ? 'terminated' : 'unknown');
            if (name === w.target)
                return { done: true, value: instance };
            if (w.via.includes(name))
                return { done: false, state: name };
            return { done: false, failed: true, state: name, reason: instance?.StateReason?.Message };
        }
    });
}

;// CONCATENATED MODULE: ./src/cleanup/teardown.ts
// Removing what a build created, in an order EC2 accepts: instances first (terminated and
// awaited, since their security group cannot go while they live), then images before their
// snapshots, then volumes, security groups and key pairs. Used by the steps' cleanups and by
// the post step alike (so it lives beside the post step's other parts). Already-gone resources
// count as removed; a failure names the exact command to remove the resource by hand.





/**
 * The one way to build a teardown context, for the steps' cleanups and the post step alike:
 * sleep and polling are required, so no teardown waits on a clock its tests cannot replace
 * (one step's cleanup once left `sleep` out).
 */
function teardownContext(from) {
    return { ec2: from.ec2For, log: from.log.info, sleep: from.sleep, polling: from.polling };
}
const TEARDOWN_ORDER = [
    'instance',
    'launch-template',
    'image',
    'snapshot',
    'volume',
    'security-group',
    'key-pair'
];
function manualCommand(entry) {
    const r = `--region ${entry.region}`;
    switch (entry.kind) {
        case 'instance':
            return `aws ec2 terminate-instances ${r} --instance-ids ${entry.id}`;
        case 'image':
            return `aws ec2 deregister-image ${r} --image-id ${entry.id}`;
        case 'snapshot':
            return `aws ec2 delete-snapshot ${r} --snapshot-id ${entry.id}`;
        case 'volume':
            return `aws ec2 delete-volume ${r} --volume-id ${entry.id}`;
        case 'security-group':
            return `aws ec2 delete-security-group ${r} --group-id ${entry.id}`;
        case 'key-pair':
            return `aws ec2 delete-key-pair ${r} --key-name ${entry.id}`;
        case 'launch-template':
            return `aws ec2 delete-launch-template ${r} --launch-template-id ${entry.id}`;
        case 'container':
            return `docker rm -f ${entry.id}`;
    }
}
async function terminateInstance(ctx, region, instanceId, 
/** False: return once EC2 has accepted the termination (it is shutting down and cannot come back). */
wait = true) {
    const ec2 = ctx.ec2(region);
    try {
        // NotFound just after launch is eventual consistency, not a gone instance (a terminated one stays
        // visible for an hour): taking it for gone leaked the instance of a build killed right after launch.
        await (0,retry/* retry */.L5)(() => ec2.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: [instanceId] })), {
            retryable: e => (0,errors/* isNotFound */.c4)(e) || (0,errors/* isTransient */.dg)(e),
            timeoutMs: ctx.notFoundGraceMs ?? 30_000,
            sleep: ctx.sleep
        });
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error))
            return;
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'TerminateInstances',
            doing: `terminating ${instanceId}`,
            resource: instanceId,
            cause: error
        });
    }
    if (!wait)
        return;
    await waitForInstance({
        ec2,
        id: instanceId,
        target: 'terminated',
        via: ['pending', 'running', 'stopping', 'stopped', 'shutting-down'],
        polling: ctx.polling,
        log: ctx.log,
        sleep: ctx.sleep
    }).catch((error) => {
        if (!(0,errors/* isNotFound */.c4)(error))
            throw error;
    });
}
/** Deletes one resource; a resource already gone counts as deleted. */
async function removeResource(ctx, entry, options = {}) {
    const wait = options.instancesGone ?? true;
    const ec2 = ctx.ec2(entry.region);
    // Gone already counts as removed; any other failure names the call, so a warning says what was refused.
    const ignoreMissing = (operation) => (error) => {
        if (!(0,errors/* isNotFound */.c4)(error))
            throw new src_errors/* AwsOperationError */.dP({
                operation,
                doing: `removing ${entry.kind} ${entry.id}`,
                resource: entry.id,
                cause: error
            });
    };
    switch (entry.kind) {
        case 'instance':
            // Already terminating (the main step asked and moved on): asking again confirms it.
            return terminateInstance(ctx, entry.region, entry.id, entry.status !== 'terminating');
        case 'launch-template':
            return void (await ec2
                .send(new dist_cjs/* DeleteLaunchTemplateCommand */.s9K({ LaunchTemplateId: entry.id }))
                .catch(ignoreMissing('DeleteLaunchTemplate')));
        case 'image':
            return void (await ec2
                .send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: entry.id }))
                .catch(ignoreMissing('DeregisterImage')));
        case 'snapshot':
            return void (await ec2
                .send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: entry.id }))
                .catch(ignoreMissing('DeleteSnapshot')));
        case 'volume':
            // A volume may still be detaching from a terminating instance.
            return void (await (0,retry/* retry */.L5)(() => ec2.send(new dist_cjs/* DeleteVolumeCommand */.Pbn({ VolumeId: entry.id })), {
                retryable: e => (wait && (0,errors/* errorCode */.CA)(e) === 'VolumeInUse') || (0,errors/* isTransient */.dg)(e),
                timeoutMs: 120_000,
                sleep: ctx.sleep
            }).catch(ignoreMissing('DeleteVolume')));
        case 'security-group':
            // EC2 refuses while an instance still holds the group (DependencyViolation): retry, and
            // terminate any instance found in it, which only the build can have launched there (one
            // whose launch answer never arrived, or that a sweep missed while it was not yet visible).
            return void (await (0,retry/* retry */.L5)(() => ec2.send(new dist_cjs/* DeleteSecurityGroupCommand */.yEh({ GroupId: entry.id })).catch(async (error) => {
                if (wait && (0,errors/* errorCode */.CA)(error) === 'DependencyViolation')
                    await terminateHolders(ctx, entry);
                throw error;
            }), {
                retryable: e => (wait && (0,errors/* errorCode */.CA)(e) === 'DependencyViolation') || (0,errors/* isTransient */.dg)(e),
                timeoutMs: 300_000,
                sleep: ctx.sleep
            }).catch(ignoreMissing('DeleteSecurityGroup')));
        case 'key-pair':
            // DeleteKeyPair succeeds for a key that does not exist.
            return void (await ec2
                .send(new dist_cjs/* DeleteKeyPairCommand */.EWB({ KeyName: entry.id }))
                .catch(ignoreMissing('DeleteKeyPair')));
    }
}
/** Starts terminating every live instance in a temporary group of the build (best effort). */
async function terminateHolders(ctx, group) {
    const ec2 = ctx.ec2(group.region);
    const { Reservations = [] } = await ec2
        .send(new dist_cjs/* DescribeInstancesCommand */.bNs({
        Filters: [
            { Name: 'instance.group-id', Values: [group.id] },
            { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
        ]
    }))
        .catch(() => ({ Reservations: [] }));
    const ids = Reservations.flatMap(r => r.Instances ?? []).flatMap(i => i.InstanceId ?? []);
    if (!ids.length)
        return;
    ctx.log(`Terminating ${ids.join(', ')}, which still hold${ids.length === 1 ? 's' : ''} ${group.id}`);
    await ec2.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: ids })).catch(() => undefined);
}
/** Removes everything listed, in dependency order; never throws. */
async function teardown(ctx, entries, onRemoved) {
    const result = { removed: [], failed: [] };
    const stuckRegions = () => new Set(result.failed.filter(f => f.entry.kind === 'instance').map(f => f.entry.region));
    for (const kind of TEARDOWN_ORDER) {
        const stuck = stuckRegions();
        // Resources of one kind go in parallel: terminating three instances should not take three times as long.
        await Promise.all(entries
            .filter(e => e.kind === kind)
            .map(async (entry) => {
            try {
                await removeResource(ctx, entry, { instancesGone: !stuck.has(entry.region) });
                result.removed.push(entry);
                onRemoved?.(entry);
            }
            catch (error) {
                result.failed.push({ entry, error, command: manualCommand(entry) });
            }
        }));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/builder/images/remove.ts
// Removing images with their snapshots: a half-made image when a build did not succeed
// (create, encrypt, copy), and the unencrypted original that encrypt_boot replaces. Snapshots
// not known yet (the wait was cut short) are looked up first, so none is left behind.


/** Deregisters each image and deletes its snapshots, keeping the journal up to date; never throws. */
async function removeImages(ctx, images) {
    for (const image of images.filter(i => !i.snapshotIds.length)) {
        image.snapshotIds = await snapshotsOfImage(ctx.ec2For(image.region), image.id, ctx.buildId);
        for (const id of image.snapshotIds)
            ctx.journal.created({ kind: 'snapshot', id, region: image.region, build: ctx.plan.name });
    }
    return teardown(teardownContext(ctx), images.flatMap(i => [
        { kind: 'image', id: i.id, region: i.region },
        ...i.snapshotIds.map(id => ({ kind: 'snapshot', id, region: i.region }))
    ]), e => ctx.journal.deleted(e.kind, e.id));
}
/** The rollback of a step that made images: what cannot be removed is a warning with the command. */
async function rollBackImages(ctx, images) {
    const result = await removeImages(ctx, images);
    for (const failure of result.failed)
        ctx.log.warning(`Could not remove ${failure.entry.id}: run ${failure.command}`);
}

;// CONCATENATED MODULE: ./src/builder/images/tags.ts
// The tags an image and its snapshots carry from the moment they exist (TagSpecifications): the
// template's tags on both (as Packer does), snapshot_tags on the snapshots, and the
// traceability tags. Copies carry the same tags as the original.

function imageTags(ctx, buildData) {
    const b = ctx.plan.builder;
    const image = { ...(0,src_tags/* renderTags */.Ep)(b.tags, buildData), ...ctx.traceTags };
    return { image, snapshot: { ...image, ...(0,src_tags/* renderTags */.Ep)(b.snapshotTags, buildData) } };
}

;// CONCATENATED MODULE: ./src/builder/steps/copy-image.ts
// ami_regions: the image is copied to every region at once (all copies in flight together),
// each carrying the same tags as the original, and encrypted with that region's
// region_kms_key_ids key under encrypt_boot. A build that fails or is cancelled removes every
// copy it made. Each copy is tagged complete as it is made, `with` the image it copies
// (finished-images.ts): it counts as a finished build's only once that image is tagged complete,
// by the last step, so no call is spent on tagging the copies once they are available.






const copy_image_TITLE = 'Copy image';
/** Only for a plan with ami_regions (and an image to copy). */
function copyImage(ctx) {
    const b = ctx.plan.builder;
    if (!b.amiRegions.length || b.skipCreateAmi)
        return undefined;
    const made = [];
    return {
        title: copy_image_TITLE,
        async run(state, signal) {
            const image = need(state, 'image', copy_image_TITLE);
            const home = { region: b.region, id: image.id, snapshotIds: image.snapshotIds };
            const own = imageTags(ctx, state.buildData);
            const tags = { ...own, image: { ...own.image, [src_tags/* TAGS */.gp.complete]: (0,finished_images/* completeWith */.ce)(b.region, home.id) } };
            // One failed copy stops the others' waits, and the step ends only when every copy has settled:
            // a copy still being made or waited for would escape the cleanup below, and keep polling.
            const stop = new AbortController();
            const settled = await Promise.allSettled(b.amiRegions.map(region => copyImageTo(ctx, {
                source: home,
                region,
                tags,
                kmsKeyId: b.encryptBoot ? b.regionKmsKeyIds[region] : undefined,
                completionMinutes: b.snapshotCopyDurationMinutes,
                signal: AbortSignal.any([signal, stop.signal]),
                priorMs: image.madeInMs,
                made
            }).catch((error) => {
                stop.abort(error);
                throw error;
            })));
            const failed = settled.find(result => result.status === 'rejected');
            if (failed)
                throw failed.reason;
            state.images = [
                ...state.images,
                ...settled.map(result => result.value)
            ];
        },
        async cleanup(_state, outcome) {
            if (outcome !== 'succeeded' && made.length)
                await rollBackImages(ctx, made);
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/block-devices.ts
function toEc2Mappings(mappings) {
    return mappings.map(m => ({
        DeviceName: m.deviceName,
        NoDevice: m.noDevice ? '' : undefined,
        VirtualName: m.virtualName,
        Ebs: m.noDevice || m.virtualName
            ? undefined
            : {
                VolumeSize: m.volumeSize,
                VolumeType: m.volumeType,
                DeleteOnTermination: m.deleteOnTermination,
                Encrypted: m.encrypted,
                Iops: m.iops,
                Throughput: m.throughput,
                SnapshotId: m.snapshotId,
                KmsKeyId: m.kmsKeyId
            }
    }));
}

;// CONCATENATED MODULE: ./src/builder/steps/create-image.ts
// Makes the AMI from the stopped instance. With force_deregister, older images of the same
// name go first (and their snapshots, with force_delete_snapshot). The image and its
// snapshots are tagged as they are created. This step records the image as the build's image
// in the build region (state.image, state.images); later steps only replace or add to it. A
// build that fails or is cancelled after this step deregisters the half-made image and
// deletes its snapshots. When nothing follows the image but the last step (no encryption, copy,
// sharing, attributes, deprecation or protection), CreateImage also tags it complete
// (complete-image.ts): every lookup of finished images wants it available, and it is available only
// once it is made, which is the build's last EC2 work.












const create_image_TITLE = 'Create image';
function createImage(ctx, options = {}) {
    const { journal, log } = ctx;
    const config = ctx.plan.builder;
    let made;
    return {
        title: create_image_TITLE,
        async run(state, signal) {
            if (config.skipCreateAmi) {
                log.info('skip_create_ami is set: no image is made');
                return;
            }
            const instance = need(state, 'instance', create_image_TITLE);
            if (config.forceDeregister)
                await deregisterExisting(ctx);
            const tags = imageTags(ctx, state.buildData);
            if (options.completeAtBirth)
                tags.image = { ...tags.image, [src_tags/* TAGS */.gp.complete]: finished_images/* COMPLETE */.Wz };
            const imageId = await create(ctx, state, instance, tags);
            journal.created({ kind: 'image', id: imageId, region: config.region, build: ctx.plan.name });
            made = { region: config.region, id: imageId, snapshotIds: [] };
            state.image = { id: imageId, name: config.amiName, snapshotIds: [] };
            log.info(`Creating image ${imageId} (${config.amiName}) from ${instance.id}`);
            // EC2 takes longer to image an instance than to stop it (or, for a spot instance, to launch it).
            const { value: image, elapsedMs } = await waitForImage(ctx, made, signal, {
                priorMs: instance.stopMs ?? instance.upAfterMs
            });
            made.snapshotIds = snapshotIdsOf(image);
            state.image.snapshotIds = [...made.snapshotIds];
            state.image.madeInMs = elapsedMs;
            state.images = [
                { ...made, snapshotIds: [...made.snapshotIds], tagged: options.completeAtBirth || undefined }
            ];
            for (const id of made.snapshotIds) {
                journal.created({ kind: 'snapshot', id, region: config.region, build: ctx.plan.name });
            }
            log.info(`Image ${imageId} is available after ${(elapsedMs / 1000).toFixed(1)}s (snapshots ${made.snapshotIds.join(', ')})`);
        },
        async cleanup(state, outcome) {
            if (!made || outcome === 'succeeded')
                return;
            // encrypt_boot replaced it with an encrypted copy and removed it then.
            if (state.image && state.image.id !== made.id)
                return;
            log.info(`The build did not succeed: removing image ${made.id} and its snapshots`);
            await rollBackImages(ctx, [made]);
        }
    };
}
async function create(ctx, state, instance, tags) {
    const config = ctx.plan.builder;
    try {
        const { ImageId } = await ctx.ec2.send(new dist_cjs/* CreateImageCommand */.T6T({
            InstanceId: instance.id,
            Name: config.amiName,
            Description: (0,src_tags/* imageDescription */.iQ)(config.amiDescription.render(state.buildData)) || undefined,
            BlockDeviceMappings: config.amiBlockDeviceMappings.length
                ? toEc2Mappings(config.amiBlockDeviceMappings)
                : undefined,
            TagSpecifications: [
                { ResourceType: 'image', Tags: (0,src_tags/* toTagList */.s3)(tags.image) },
                { ResourceType: 'snapshot', Tags: (0,src_tags/* toTagList */.s3)(tags.snapshot) }
            ]
        }));
        return ImageId;
    }
    catch (error) {
        // A retried CreateImage whose first answer was lost: the image is ours if it carries our build id.
        if ((0,errors/* errorCode */.CA)(error) === 'InvalidAMIName.Duplicate') {
            const ours = await imageMadeByBuild(ctx, config.region);
            if (ours)
                return ours;
        }
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'CreateImage',
            doing: `creating image "${config.amiName}" from ${instance.id}`,
            resource: instance.id,
            cause: error
        });
    }
}
async function deregisterExisting({ plan, ec2, log }) {
    const config = plan.builder;
    const { Images = [] } = await ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({ Owners: ['self'], Filters: [{ Name: 'name', Values: [config.amiName] }] }));
    for (const image of Images) {
        log.info(`force_deregister: deregistering ${image.ImageId} (${image.Name})`);
        await ec2.send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: image.ImageId }));
        if (!config.forceDeleteSnapshot)
            continue;
        for (const snapshotId of snapshotIdsOf(image)) {
            log.info(`force_delete_snapshot: deleting ${snapshotId}`);
            await ec2.send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: snapshotId }));
        }
    }
}

;// CONCATENATED MODULE: ./src/cleanup/key-pair-ownership.ts
// Whose key pair is it? EC2 knows key pairs by name, and a name can be the user's: the template's
// temporary_key_pair_name may collide with a key pair someone already has. A key pair is the
// build's only if it carries this build's id tag (every key pair we create is tagged at creation);
// nothing else is ever deleted, whatever the journal or an InvalidKeyPair.Duplicate suggests.





/**
 * `exists`: the caller knows the key pair exists (EC2 just answered Duplicate), so a NotFound is
 * eventual consistency and is asked again for a few seconds rather than taken as "none".
 */
async function keyPairOwner(ec2, name, buildId, options = {}) {
    try {
        const { KeyPairs = [] } = await (0,retry/* retry */.L5)(() => ec2.send(new dist_cjs/* DescribeKeyPairsCommand */.DRu({ KeyNames: [name] })), {
            retryable: error => !!options.exists && (0,errors/* isNotFound */.c4)(error),
            timeoutMs: options.timeoutMs ?? 10_000
        });
        const pair = KeyPairs.find(k => k.KeyName === name);
        if (!pair)
            return 'none';
        return (0,src_tags/* tagOf */.cO)(pair, src_tags/* TAGS */.gp.buildId) === buildId ? 'this-build' : 'someone-else';
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error))
            return 'none';
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeKeyPairs',
            doing: `checking whether key pair ${name} is this build's (${src_tags/* TAGS */.gp.buildId}=${buildId})`,
            resource: name,
            cause: error
        });
    }
}

;// CONCATENATED MODULE: ./src/builder/key-pair-conflict.ts
// The temporary key pair's name is taken. As in Packer, a name the template supplies that collides
// with an existing key pair fails the build before anything is launched, naming the conflict; only
// a key pair carrying this build's own tag (an earlier attempt whose answer was lost) may be replaced.



/** Returns when the existing key pair is this build's (or already gone); otherwise throws. */
async function refuseForeignKeyPair(ctx, name) {
    const owner = await keyPairOwner(ctx.ec2, name, ctx.buildId, { exists: true });
    if (owner !== 'someone-else')
        return;
    throw new src_errors/* AwsOperationError */.dP({
        operation: 'CreateKeyPair',
        doing: `creating temporary key pair ${name} in ${ctx.plan.builder.region}`,
        resource: name,
        cause: new KeyPairConflict(name),
        hint: `A key pair named ${name} already exists and is not this build's (no ${src_tags/* TAGS */.gp.buildId}=${ctx.buildId} tag); build-ami never deletes a key pair it did not create. Choose another temporary_key_pair_name, or leave it out`
    });
}
class KeyPairConflict extends Error {
    constructor(name) {
        super(`the key pair '${name}' already exists`);
        this.name = 'InvalidKeyPair.Duplicate';
    }
}

;// CONCATENATED MODULE: ./src/builder/steps/create-key-pair.ts
// The key pair the instance is launched with. A temporary one (ed25519 by default, rsa on
// request) is created with the build's tag and deleted in cleanup; its private key lives only
// in memory. A user's own key (ssh_keypair_name + ssh_private_key_file) or a password is used
// as given and never deleted.






function createKeyPair(ctx) {
    const { ec2, journal, log } = ctx;
    const b = ctx.plan.builder;
    return {
        title: 'Create temporary key pair',
        async run(state) {
            if (b.communicator.type !== 'ssh')
                return;
            const key = b.communicator.keyPair;
            if (key.kind === 'private-key-file') {
                state.keyPair = {
                    name: key.keyPairName,
                    privateKey: await ctx.readFile(key.privateKeyFile),
                    temporary: false
                };
                log.info(`Using the private key in ${key.privateKeyFile}${key.keyPairName ? ` (key pair ${key.keyPairName})` : ''}`);
                return;
            }
            if (key.kind === 'agent') {
                state.keyPair = { name: key.keyPairName, temporary: false };
                log.info('Using the SSH agent (ssh_agent_auth)');
                return;
            }
            if (key.kind === 'none') {
                log.info('Using ssh_password: no key pair needed');
                return;
            }
            const base = key.name;
            if (key.rsaBits && key.rsaBits !== 2048) {
                log.warning(`temporary_key_pair_bits ${key.rsaBits}: EC2 makes 2048-bit RSA key pairs, so the key has 2048 bits (as with Packer)`);
            }
            for (let attempt = 0;; attempt++) {
                const name = attempt === 0 ? base : `${base}_${attempt}`;
                // Journal first: if the answer is lost, the post step still finds the key by name (and
                // deletes it only if it carries this build's tag).
                journal.created({ kind: 'key-pair', id: name, region: b.region, build: ctx.plan.name });
                try {
                    const created = await ec2.send(new dist_cjs/* CreateKeyPairCommand */.XdA({
                        KeyName: name,
                        KeyType: key.type,
                        TagSpecifications: [
                            { ResourceType: 'key-pair', Tags: (0,src_tags/* toTagList */.s3)({ ...ctx.temporaryTags, Name: name }) }
                        ]
                    }));
                    state.keyPair = { name, privateKey: created.KeyMaterial, temporary: true };
                    log.info(`Created temporary ${key.type} key pair ${name}`);
                    return;
                }
                catch (error) {
                    // Duplicate is our own lost answer only if the key carries this build's tag (its private
                    // key is gone: delete it, take a new name); a key pair of anyone else's is never touched.
                    if ((0,errors/* errorCode */.CA)(error) === 'InvalidKeyPair.Duplicate') {
                        await refuseForeignKeyPair(ctx, name).catch(conflict => {
                            journal.deleted('key-pair', name); // not ours: never ours to remove
                            throw conflict;
                        });
                        if (attempt < 3) {
                            await ec2.send(new dist_cjs/* DeleteKeyPairCommand */.EWB({ KeyName: name }));
                            journal.deleted('key-pair', name);
                            continue;
                        }
                    }
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'CreateKeyPair',
                        doing: `creating temporary key pair ${name}`,
                        resource: name,
                        cause: error
                    });
                }
            }
        },
        async cleanup(state) {
            if (!state.keyPair?.temporary || !state.keyPair.name)
                return;
            await removeResource(teardownContext(ctx), {
                kind: 'key-pair',
                id: state.keyPair.name,
                region: b.region
            });
            journal.deleted('key-pair', state.keyPair.name);
            log.info(`Deleted temporary key pair ${state.keyPair.name}`);
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/create-security-group.ts
// The temporary security group: in the build's VPC (from subnet_id, vpc_id, or the default
// VPC), admitting the SSH port from temporary_security_group_source_cidrs, or from the
// runner's own address with temporary_security_group_source_public_ip. Skipped when the user
// names their own groups, which are never deleted.






function createSecurityGroup(ctx) {
    const { ec2, journal, log } = ctx;
    const b = ctx.plan.builder;
    return {
        title: 'Create temporary security group',
        async run(state) {
            if (b.securityGroupIds.length) {
                state.securityGroupIds = [...b.securityGroupIds];
                log.info(`Using security groups ${b.securityGroupIds.join(', ')}`);
                return;
            }
            // security_group_filter found them (find-network.ts): the user's groups, never deleted.
            if (state.securityGroupIds.length)
                return;
            const ssh = b.communicator.type === 'ssh' ? b.communicator : undefined;
            const subnetId = state.network?.subnetId ?? b.subnetId;
            const vpcId = state.network?.vpcId ?? b.vpcId ?? (subnetId ? await vpcOfSubnet(ctx, subnetId) : undefined);
            const name = `build-ami_${ctx.buildId}_${ctx.plan.name}`;
            let groupId;
            try {
                const created = await ec2.send(new dist_cjs/* CreateSecurityGroupCommand */.x3C({
                    GroupName: name,
                    Description: `Temporary group for build-ami build ${ctx.buildId}`,
                    VpcId: vpcId,
                    TagSpecifications: [
                        { ResourceType: 'security-group', Tags: (0,src_tags/* toTagList */.s3)({ ...ctx.temporaryTags, Name: name }) }
                    ]
                }));
                groupId = created.GroupId;
            }
            catch (error) {
                // Our earlier attempt created it but its answer was lost: adopt it.
                if ((0,errors/* errorCode */.CA)(error) !== 'InvalidGroup.Duplicate') {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'CreateSecurityGroup',
                        doing: `creating temporary security group ${name}`,
                        resource: name,
                        cause: error
                    });
                }
                const { SecurityGroups } = await ec2.send(new dist_cjs/* DescribeSecurityGroupsCommand */.jsQ({ Filters: [{ Name: 'group-name', Values: [name] }] }));
                groupId = SecurityGroups[0].GroupId;
            }
            journal.created({ kind: 'security-group', id: groupId, region: b.region, build: ctx.plan.name });
            state.temporaryGroupId = groupId;
            state.securityGroupIds = [groupId];
            if (!ssh)
                return;
            if (ssh.interface === 'session_manager') {
                // Packer's SkipSSHRuleCreation: SSH arrives through Session Manager, not inbound.
                log.info(`Created temporary security group ${groupId}, admitting nothing (session_manager)`);
                return;
            }
            const cidrs = b.temporarySecurityGroupSourceCidrs.length
                ? [...b.temporarySecurityGroupSourceCidrs]
                : [await runnerCidr(ctx, b.temporarySecurityGroupSourcePublicIp)];
            // A group just created may not be visible to the next call yet (eventual consistency).
            await (0,retry/* retry */.L5)(() => ec2.send(new dist_cjs/* AuthorizeSecurityGroupIngressCommand */.N8i({
                GroupId: groupId,
                IpPermissions: [
                    {
                        IpProtocol: 'tcp',
                        FromPort: ssh.port,
                        ToPort: ssh.port,
                        IpRanges: cidrs.map(CidrIp => ({ CidrIp }))
                    }
                ]
            })), { retryable: errors/* isNotFound */.c4, timeoutMs: 30_000, sleep: ctx.sleep }).catch(error => {
                if ((0,errors/* errorCode */.CA)(error) === 'InvalidPermission.Duplicate')
                    return;
                throw new src_errors/* AwsOperationError */.dP({
                    operation: 'AuthorizeSecurityGroupIngress',
                    doing: `opening port ${ssh.port} on ${groupId}`,
                    resource: groupId,
                    cause: error
                });
            });
            log.info(`Created temporary security group ${groupId}, admitting port ${ssh.port} from ${cidrs.join(', ')}`);
        },
        async cleanup(state) {
            if (!state.temporaryGroupId)
                return;
            // An instance whose termination failed still holds the group: fail at once, not after minutes.
            const instancesGone = !journal
                .outstanding()
                .some(e => e.kind === 'instance' && e.region === b.region && e.build === ctx.plan.name);
            await removeResource(teardownContext(ctx), {
                kind: 'security-group',
                id: state.temporaryGroupId,
                region: b.region
            }, { instancesGone });
            journal.deleted('security-group', state.temporaryGroupId);
            log.info(`Deleted temporary security group ${state.temporaryGroupId}`);
        }
    };
}
/**
 * The runner's own address as a /32: the secure default when no CIDRs are given. If it cannot be
 * found, temporary_security_group_source_public_ip (asked for explicitly) fails the build; our
 * default falls back to Packer's 0.0.0.0/0 and says so.
 */
async function runnerCidr(ctx, required) {
    try {
        return `${await ctx.publicIp()}/32`;
    }
    catch (error) {
        if (required)
            throw error;
        ctx.log.warning(`Could not find this runner's public address (${(0,src_errors/* messageOf */.bD)(error)}); ` +
            'the temporary security group admits SSH from 0.0.0.0/0, as Packer does. ' +
            'Set temporary_security_group_source_cidrs to narrow it.');
        return '0.0.0.0/0';
    }
}
async function vpcOfSubnet({ ec2 }, subnetId) {
    const { Subnets } = await ec2.send(new dist_cjs/* DescribeSubnetsCommand */.jSW({ SubnetIds: [subnetId] })).catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeSubnets',
            doing: `subnet_id ${subnetId} was not found`,
            cause: error
        });
    });
    return Subnets[0].VpcId;
}

;// CONCATENATED MODULE: ./src/builder/images/modify.ts
// One change to an existing image or its snapshots (sharing, deprecation). It creates nothing,
// so a cancelled run stops waiting for it (the SDK may be backing off); a failure names the
// call, what it was for, and the image and region.


function modifyImage(m) {
    return (0,retry/* unlessAborted */.Wh)(m.call, m.signal).catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: m.operation,
            doing: `${m.what} of ${m.image.id} in ${m.image.region}`,
            resource: m.image.id,
            cause: error
        });
    });
}

;// CONCATENATED MODULE: ./src/builder/steps/deprecate-image.ts
// deprecate_at: the image is scheduled for deprecation in every region it exists in.


/** Only for a plan with deprecate_at. */
function deprecateImage(ctx) {
    const { deprecateAt, skipCreateAmi } = ctx.plan.builder;
    if (!deprecateAt || skipCreateAmi)
        return undefined;
    return {
        title: 'Deprecate image',
        async run(state, signal) {
            for (const image of state.images) {
                await modifyImage({
                    image,
                    operation: 'EnableImageDeprecation',
                    what: 'scheduling deprecation (deprecate_at)',
                    signal,
                    call: ctx
                        .ec2For(image.region)
                        .send(new dist_cjs/* EnableImageDeprecationCommand */.cJk({ ImageId: image.id, DeprecateAt: new Date(deprecateAt) }))
                });
                ctx.log.info(`${image.region}: ${image.id} deprecates at ${deprecateAt}`);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/enable-enhanced-networking.ts
// ena_support / sriov_support: set on the stopped instance before it is imaged, so the image takes
// them from it (CreateImage has no such parameters), as Packer's step_modify_ebs_instance.go does.
// ena_support false disables ENA; unset leaves the instance as it is.




const enable_enhanced_networking_TITLE = 'Enable enhanced networking';
/** Only for a plan with sriov_support or ena_support set. */
function enableEnhancedNetworking(ctx) {
    const b = ctx.plan.builder;
    if ((!b.sriovSupport && b.enaSupport === undefined) || b.skipCreateAmi)
        return undefined;
    return {
        title: enable_enhanced_networking_TITLE,
        async run(state, signal) {
            const { id } = need(state, 'instance', enable_enhanced_networking_TITLE);
            const modify = async (what, input) => {
                ctx.log.info(`${what} on ${id}`);
                await (0,retry/* unlessAborted */.Wh)(ctx.ec2.send(new dist_cjs/* ModifyInstanceAttributeCommand */.ho4({ InstanceId: id, ...input })), signal).catch(error => {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'ModifyInstanceAttribute',
                        doing: `${what.toLowerCase()} on ${id}`,
                        resource: id,
                        cause: error
                    });
                });
            };
            if (b.sriovSupport) {
                await modify('Enabling enhanced networking (SR-IOV)', { SriovNetSupport: { Value: 'simple' } });
            }
            if (b.enaSupport !== undefined) {
                await modify(`${b.enaSupport ? 'Enabling' : 'Disabling'} enhanced networking (ENA)`, {
                    EnaSupport: { Value: b.enaSupport }
                });
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/encrypt-image.ts




const encrypt_image_TITLE = 'Encrypt image';
/** Only for a plan with encrypt_boot (and an image to encrypt). */
function encryptImage(ctx) {
    const b = ctx.plan.builder;
    if (!b.encryptBoot || b.skipCreateAmi)
        return undefined;
    const made = [];
    return {
        title: encrypt_image_TITLE,
        async run(state, signal) {
            const image = need(state, 'image', encrypt_image_TITLE);
            const original = { region: b.region, id: image.id, snapshotIds: image.snapshotIds };
            const encrypted = await copyImageTo(ctx, {
                source: original,
                region: b.region,
                tags: imageTags(ctx, state.buildData),
                kmsKeyId: b.regionKmsKeyIds[b.region] ?? b.kmsKeyId,
                signal,
                priorMs: image.madeInMs,
                made
            });
            ctx.log.info(`Encrypted copy ${encrypted.id} replaces ${original.id} (encrypt_boot)`);
            const removed = await removeImages(ctx, [original]);
            if (removed.failed.length)
                throw removed.failed[0].error;
            state.image = { ...image, id: encrypted.id, snapshotIds: encrypted.snapshotIds };
            state.images = [encrypted, ...state.images.slice(1)];
        },
        async cleanup(_state, outcome) {
            if (outcome !== 'succeeded' && made.length)
                await rollBackImages(ctx, made);
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/find-network.ts
// Resolves vpc_filter, subnet_filter and security_group_filter before launch, as Packer's
// StepNetworkInfo and StepSecurityGroup do: exactly one VPC must match; one subnet must match,
// or most_free picks the one with the most free addresses, or random any; every matching
// security group is attached. Ids given in the template win over filters. Creates nothing.


const find_network_TITLE = 'Find network';
const toFilters = (filters) => Object.entries(filters).map(([Name, value]) => ({ Name, Values: [value] }));
const shown = (filters) => Object.entries(filters)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
function findNetwork(ctx) {
    const b = ctx.plan.builder;
    const wantsVpc = b.vpcId === undefined && b.vpcFilter !== undefined;
    const wantsSubnet = b.subnetId === undefined && b.subnetFilter !== undefined;
    const wantsGroups = b.securityGroupIds.length === 0 && b.securityGroupFilter !== undefined;
    if (!wantsVpc && !wantsSubnet && !wantsGroups)
        return undefined;
    const { ec2, log } = ctx;
    const failed = (operation, doing) => (cause) => {
        throw new src_errors/* AwsOperationError */.dP({ operation, doing, cause });
    };
    return {
        title: find_network_TITLE,
        async run(state) {
            let vpcId = b.vpcId;
            if (wantsVpc) {
                const filters = b.vpcFilter.filters;
                const { Vpcs = [] } = await ec2
                    .send(new dist_cjs/* DescribeVpcsCommand */.Dti({ Filters: toFilters(filters) }))
                    .catch(failed('DescribeVpcs', 'querying VPCs for vpc_filter'));
                if (Vpcs.length !== 1) {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'DescribeVpcs',
                        doing: `vpc_filter: exactly one VPC should match the filter, but ${Vpcs.length} matched (${shown(filters)})`
                    });
                }
                vpcId = Vpcs[0].VpcId;
                log.info(`Found VPC ${vpcId} (vpc_filter)`);
            }
            let subnetId = b.subnetId;
            if (wantsSubnet) {
                const filter = b.subnetFilter;
                const filters = { ...filter.filters, state: 'available' };
                if (vpcId !== undefined)
                    filters['vpc-id'] = vpcId;
                if (b.availabilityZone !== undefined)
                    filters.availabilityZone = b.availabilityZone;
                const { Subnets = [] } = await ec2
                    .send(new dist_cjs/* DescribeSubnetsCommand */.jSW({ Filters: toFilters(filters) }))
                    .catch(failed('DescribeSubnets', 'querying subnets for subnet_filter'));
                if (Subnets.length === 0) {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'DescribeSubnets',
                        doing: `subnet_filter: no subnet matches the filter (${shown(filters)})`
                    });
                }
                if (Subnets.length > 1 && !filter.mostFree && !filter.random) {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'DescribeSubnets',
                        doing: `subnet_filter: the filter matched ${Subnets.length} subnets; make it more specific, ` +
                            'or set most_free or random to true'
                    });
                }
                const subnet = filter.mostFree
                    ? mostFree(Subnets)
                    : filter.random
                        ? Subnets[Math.floor(Math.random() * Subnets.length)]
                        : Subnets[0];
                subnetId = subnet.SubnetId;
                vpcId ??= subnet.VpcId;
                log.info(`Found subnet ${subnetId} in ${subnet.AvailabilityZone} with ${subnet.AvailableIpAddressCount} free addresses (subnet_filter)`);
            }
            state.network = { vpcId, subnetId };
            if (wantsGroups) {
                const filters = { ...b.securityGroupFilter.filters };
                if (vpcId !== undefined)
                    filters['vpc-id'] = vpcId;
                const { SecurityGroups = [] } = await ec2
                    .send(new dist_cjs/* DescribeSecurityGroupsCommand */.jsQ({ Filters: toFilters(filters) }))
                    .catch(failed('DescribeSecurityGroups', 'querying security groups for security_group_filter'));
                if (SecurityGroups.length === 0) {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'DescribeSecurityGroups',
                        doing: `security_group_filter: no security group matches the filter (${shown(filters)})`
                    });
                }
                state.securityGroupIds = SecurityGroups.map(g => g.GroupId);
                log.info(`Found security groups ${state.securityGroupIds.join(', ')} (security_group_filter)`);
            }
        }
    };
}
/** Packer's mostFreeSubnet: the first of those with the most free IPv4 addresses. */
function mostFree(subnets) {
    return subnets.reduce((best, s) => (s.AvailableIpAddressCount ?? 0) > (best.AvailableIpAddressCount ?? 0) ? s : best);
}

// EXTERNAL MODULE: ./src/aws/find-image.ts
var find_image = __webpack_require__(4514);
;// CONCATENATED MODULE: ./src/builder/enhanced-networking.ts

function wantsEnhancedNetworking(config) {
    return config.enaSupport === true || config.sriovSupport;
}
function checkEnhancedNetworking(config, source) {
    if (!wantsEnhancedNetworking(config))
        return;
    const option = config.enaSupport === true ? 'ena_support' : 'sriov_support';
    if (config.amiVirtualizationType === 'hvm')
        return;
    if (config.amiVirtualizationType !== undefined) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `cannot enable enhanced networking (${option}): ami_virtualization_type is ${config.amiVirtualizationType}, not hvm`
        });
    }
    if (source.VirtualizationType !== 'hvm') {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            resource: source.ImageId,
            doing: `cannot enable enhanced networking (${option}): source AMI ${source.ImageId} is ${source.VirtualizationType ?? 'of unknown virtualization type'}, not hvm`
        });
    }
}

;// CONCATENATED MODULE: ./src/builder/steps/find-source-image.ts
// Resolves the source image: source_ami, or source_ami_filter (filters + owners; most_recent
// picks the newest by creation date, otherwise more than one match is an error, as in Packer; the
// search is aws/find-image.ts, which the amazon-ami data source shares).
// Also checks, before anything is created, that ami_name is free (unless force_deregister).





function findSourceImage(ctx) {
    const { ec2, log } = ctx;
    const b = ctx.plan.builder;
    return {
        title: 'Find source image',
        async run(state, signal) {
            // Lookups create nothing: a cancelled run stops waiting for them (the SDK may be backing off).
            const lookup = {
                ...ctx,
                ec2: { send: (command) => (0,retry/* unlessAborted */.Wh)(ec2.send(command), signal) }
            };
            if (!b.skipCreateAmi && !b.forceDeregister) {
                const { Images } = await lookup.ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({ Owners: ['self'], Filters: [{ Name: 'name', Values: [b.amiName] }] }));
                if (Images?.length) {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'DescribeImages',
                        doing: `ami_name "${b.amiName}" is already used by ${Images[0].ImageId} in ${b.region}: choose another name (add {{timestamp}}), or set "force_deregister": true to replace it`
                    });
                }
            }
            const image = b.sourceAmi ? await byId(lookup, b.sourceAmi) : await byFilter(lookup);
            log.info(`Source image: ${image.ImageId} (${image.Name ?? 'no name'}, created ${image.CreationDate ?? 'unknown'})`);
            checkEnhancedNetworking(b, image);
            state.sourceImage = image;
            state.buildData = {
                SourceAMI: image.ImageId ?? '',
                SourceAMIName: image.Name ?? '',
                SourceAMIOwner: image.OwnerId ?? '',
                SourceAMIOwnerName: image.ImageOwnerAlias ?? '',
                SourceAMICreationDate: image.CreationDate ?? '',
                SourceAMITags: Object.fromEntries((image.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? ''])),
                BuildRegion: b.region
            };
        }
    };
}
async function byId({ ec2, plan }, id) {
    const { Images } = await ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [id] })).catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `source_ami ${id} was not found in ${plan.builder.region}`,
            cause: error
        });
    });
    if (!Images?.length)
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `source_ami ${id} was not found in ${plan.builder.region}`
        });
    return Images[0];
}
function byFilter({ ec2, plan }) {
    return (0,find_image/* findImageByFilter */.yg)(command => ec2.send(command), plan.builder.sourceAmiFilter, {
        what: 'source_ami_filter',
        region: plan.builder.region
    });
}

;// CONCATENATED MODULE: ./src/builder/early-address.ts
// The SSH address of an instance that is still pending: RunInstances answers with the private
// address at once and EC2 assigns the public one a moment later, so the address is known from
// the launch answer or from one DescribeInstances. Dialling SSH then proves the instance is up
// at no API cost (connect-ssh.ts watches its state only while SSH does not answer). Undefined
// when the address is not settled yet (no public address seen, and ssh_interface does not say
// the private one will do) or SSH goes through Session Manager: the caller waits for the
// instance to run, as before.

const FIELD = {
    public_ip: 'PublicIpAddress',
    private_ip: 'PrivateIpAddress',
    public_dns: 'PublicDnsName',
    private_dns: 'PrivateDnsName'
};
function settled(ctx, instance) {
    const ssh = ctx.plan.builder.communicator;
    if (ssh.type !== 'ssh')
        return false;
    if (ssh.host)
        return true;
    if (ssh.interface === 'session_manager')
        return false;
    if (ssh.interface)
        return !!instance[FIELD[ssh.interface]];
    return !!instance.PublicIpAddress || instance.State?.Name === 'running';
}
async function earlyAddress(ctx, launched) {
    const ssh = ctx.plan.builder.communicator;
    // Session Manager reaches the instance through its agent, which registers once it runs.
    if (ssh.type !== 'ssh' || ssh.interface === 'session_manager')
        return undefined;
    if (settled(ctx, launched))
        return launched;
    const { Reservations } = await ctx.ec2
        .send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [launched.InstanceId] }))
        .catch(() => ({ Reservations: undefined }));
    const seen = Reservations?.[0]?.Instances?.[0];
    if (!seen || !['pending', 'running'].includes(seen.State?.Name ?? ''))
        return undefined;
    return settled(ctx, seen) ? seen : undefined;
}

;// CONCATENATED MODULE: ./src/builder/ssh-address.ts

function sshAddress(config, instance) {
    const ssh = config.communicator.type === 'ssh' ? config.communicator : undefined;
    if (ssh?.host)
        return ssh.host;
    // Carried over a Session Manager session to the instance itself: no address is dialled.
    if (ssh?.interface === 'session_manager')
        return instance.InstanceId ?? '';
    const byInterface = {
        public_ip: instance.PublicIpAddress,
        private_ip: instance.PrivateIpAddress,
        public_dns: instance.PublicDnsName,
        private_dns: instance.PrivateDnsName
    };
    const address = ssh?.interface
        ? byInterface[ssh.interface]
        : (instance.PublicIpAddress ?? instance.PrivateIpAddress);
    if (!address) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeInstances',
            doing: `instance ${instance.InstanceId} has no ${ssh?.interface ?? 'address'} to connect to; check ssh_interface, associate_public_ip_address and the subnet`
        });
    }
    return address;
}

;// CONCATENATED MODULE: ./src/builder/await-running.ts



/** The instance as last seen: pending (SSH will tell when it is up) or running. */
async function awaitRunning(ctx, state, launched, signal) {
    const { ec2, journal, log } = ctx;
    const config = ctx.plan.builder;
    const { id, label, launchedAt } = launched;
    journal.created({ kind: 'instance', id, region: config.region, build: ctx.plan.name });
    state.instance = { id, host: '' };
    // The address is usually known while the instance is still pending: SSH then tells when it is up.
    const early = await earlyAddress(ctx, launched.answer ?? { InstanceId: id });
    if (early) {
        state.instance = { ...instanceInfo(ctx, id, early), launchedAt, seenRunning: false };
        log.info(`Launched ${label} at ${state.instance.host}; SSH will tell when it is up`);
        return early;
    }
    log.info(`Launched ${label}; waiting for it to run`);
    const { value, elapsedMs } = await waitForInstance({
        ec2,
        id,
        target: 'running',
        via: ['pending'],
        polling: ctx.polling,
        log: log.info,
        signal,
        sleep: ctx.sleep
    });
    const running = value;
    state.instance = { ...instanceInfo(ctx, id, running), launchedAt, seenRunning: true };
    log.info(`Instance ${id} is running after ${(elapsedMs / 1000).toFixed(1)}s (${state.instance.host || 'no SSH'})`);
    return running;
}
function instanceInfo(ctx, id, instance) {
    const config = ctx.plan.builder;
    return {
        id,
        host: config.communicator.type === 'ssh' ? sshAddress(config, instance) : '',
        publicIp: instance.PublicIpAddress,
        privateIp: instance.PrivateIpAddress,
        availabilityZone: instance.Placement?.AvailabilityZone,
        vpcId: instance.VpcId
    };
}

;// CONCATENATED MODULE: ./src/builder/launch-request.ts




/** The request for an instance of `imageId` (the source image); user_data_file is read here, once per launch. */
async function launchRequest(ctx, state, imageId) {
    const config = ctx.plan.builder;
    const userData = config.userDataFile ? await ctx.readFile(config.userDataFile) : config.userData;
    const instanceTags = {
        Name: 'Packer Builder',
        ...(0,src_tags/* renderTags */.Ep)(config.runTags, state.buildData),
        ...ctx.temporaryTags
    };
    const volumeTags = { ...(0,src_tags/* renderTags */.Ep)(config.runVolumeTags, state.buildData), ...ctx.temporaryTags };
    const subnetId = state.network?.subnetId ?? config.subnetId;
    const network = config.associatePublicIpAddress === undefined
        ? { SubnetId: subnetId, SecurityGroupIds: state.securityGroupIds }
        : {
            NetworkInterfaces: [
                {
                    DeviceIndex: 0,
                    AssociatePublicIpAddress: config.associatePublicIpAddress,
                    SubnetId: subnetId,
                    Groups: state.securityGroupIds,
                    DeleteOnTermination: true
                }
            ]
        };
    return {
        ImageId: imageId,
        InstanceType: config.instanceType,
        MinCount: 1,
        MaxCount: 1,
        KeyName: state.keyPair?.name,
        ClientToken: clientToken(ctx),
        UserData: userData === undefined ? undefined : Buffer.from(userData).toString('base64'),
        EbsOptimized: config.ebsOptimized || undefined,
        IamInstanceProfile: config.iamInstanceProfile ? profile(config.iamInstanceProfile) : undefined,
        Placement: placement(config),
        CreditSpecification: config.enableUnlimitedCredits ? { CpuCredits: 'unlimited' } : undefined,
        CapacityReservationSpecification: capacityReservation(config.capacityReservation),
        InstanceInitiatedShutdownBehavior: config.shutdownBehavior,
        MetadataOptions: {
            HttpEndpoint: config.metadataOptions.httpEndpoint,
            HttpTokens: config.metadataOptions.httpTokens,
            HttpPutResponseHopLimit: config.metadataOptions.httpPutResponseHopLimit,
            InstanceMetadataTags: config.metadataOptions.instanceMetadataTags
        },
        BlockDeviceMappings: config.launchBlockDeviceMappings.length
            ? toEc2Mappings(config.launchBlockDeviceMappings)
            : undefined,
        TagSpecifications: [
            { ResourceType: 'instance', Tags: (0,src_tags/* toTagList */.s3)(instanceTags) },
            { ResourceType: 'volume', Tags: (0,src_tags/* toTagList */.s3)(volumeTags) }
        ],
        ...network
    };
}
/** The same for every attempt of one build's launch, different for every build. */
function clientToken(ctx) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${ctx.buildId}/${ctx.plan.name}`).digest('hex').slice(0, 40);
}
const profile = (p) => (p.startsWith('arn:') ? { Arn: p } : { Name: p });
/** availability_zone and placement { tenancy, host_id, host_resource_group_arn }; nothing when none is set. */
function placement(config) {
    const { availabilityZone, tenancy, hostId, hostResourceGroupArn } = config;
    if (!availabilityZone && !tenancy && !hostId && !hostResourceGroupArn)
        return undefined;
    return {
        AvailabilityZone: availabilityZone,
        Tenancy: tenancy,
        HostId: hostId,
        HostResourceGroupArn: hostResourceGroupArn
    };
}
function capacityReservation(reservation) {
    if (reservation === undefined)
        return undefined;
    if (reservation.kind === 'preference')
        return { CapacityReservationPreference: reservation.preference };
    return {
        CapacityReservationTarget: {
            CapacityReservationId: reservation.id,
            CapacityReservationResourceGroupArn: reservation.groupArn
        }
    };
}

;// CONCATENATED MODULE: ./src/cleanup/release-group.ts
// A terminating instance keeps its security groups until EC2 has finished with it (a
// DeleteSecurityGroup meanwhile is refused with DependencyViolation). Moving the instance to
// its VPC's default group first frees the temporary group at once, so the build neither waits
// for the termination nor leaves the group behind. Best effort: false when it could not be done
// (the caller then waits for the termination, as before).


async function moveToDefaultGroup(ec2, instanceId, vpcId, log, 
/** The VPC's default group when already known (no lookup then). */
known) {
    try {
        const { SecurityGroups = [] } = known
            ? { SecurityGroups: [{ GroupId: known }] }
            : await ec2.send(new dist_cjs/* DescribeSecurityGroupsCommand */.jsQ({
                Filters: [
                    { Name: 'vpc-id', Values: [vpcId] },
                    { Name: 'group-name', Values: ['default'] }
                ]
            }));
        const defaultGroup = SecurityGroups[0]?.GroupId;
        if (!defaultGroup)
            return false;
        await ec2.send(new dist_cjs/* ModifyInstanceAttributeCommand */.ho4({ InstanceId: instanceId, Groups: [defaultGroup] }));
        return true;
    }
    catch (error) {
        log(`Could not move ${instanceId} out of its temporary security group (${(0,errors/* describeError */.Uc)(error)}): waiting for it to terminate instead`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/builder/kept-volumes.ts
// Volumes the user kept past termination (delete_on_termination false) are still the build's
// temporary resources: once the instance is gone, the available volumes tagged with the
// build's id are removed.



async function removeKeptVolumes(ctx) {
    const config = ctx.plan.builder;
    if (!config.launchBlockDeviceMappings.some(m => m.deleteOnTermination === false))
        return;
    const { Volumes = [] } = await ctx.ec2.send(new dist_cjs/* DescribeVolumesCommand */.U$W({
        Filters: [(0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.buildId, [ctx.buildId]), { Name: 'status', Values: ['available'] }]
    }));
    await teardown(teardownContext(ctx), Volumes.map(v => ({ kind: 'volume', id: v.VolumeId, region: config.region })));
}

;// CONCATENATED MODULE: ./src/builder/release-instance.ts
// Cleanup of the build instance, shared by both launch steps: terminate it, moving it off the
// temporary security group first so neither waits for the other (the post step confirms the
// termination); the volumes the user kept past termination can only go once it is over, so then
// (or when the move failed) the termination is waited for, as Packer does.



async function releaseInstance(ctx, state) {
    if (!state.instance)
        return;
    const { ec2, journal, log } = ctx;
    const config = ctx.plan.builder;
    const { id, vpcId } = state.instance;
    const keepsVolumes = config.launchBlockDeviceMappings.some(m => m.deleteOnTermination === false);
    const released = !keepsVolumes &&
        (!state.temporaryGroupId ||
            (!!vpcId && (await moveToDefaultGroup(ec2, id, vpcId, log.info, state.defaultGroups?.[vpcId]))));
    log.info(`Terminating instance ${id}`);
    await terminateInstance(teardownContext(ctx), config.region, id, !released);
    if (released) {
        journal.terminating('instance', id);
        log.info(`Instance ${id} is shutting down; the post step confirms its termination`);
        return;
    }
    journal.deleted('instance', id);
    await removeKeptVolumes(ctx);
    log.info(`Terminated instance ${id}`);
}

;// CONCATENATED MODULE: ./src/builder/steps/launch-spot.ts
// Launches the build instance as a spot instance, as Packer's StepRunSpotInstance does: a
// temporary launch template (the launch request, plus spot market options) and one instant EC2
// Fleet with every spot_instance_types entry as an override, so EC2 picks a type that has
// capacity; a fleet that launched nothing for lack of capacity is asked again, up to 11 times.
// spot_tags go on the launch template and the spot request. The instance is awaited as any
// other (await-running.ts: SSH proves it is up when its address is known while pending).
// Cleanup terminates the instance (release-instance.ts) and deletes the launch template; both
// are journaled and tagged with the build id.









const launch_spot_TITLE = 'Launch spot instance';
const FLEET_TRIES = 11;
function launchSpot(ctx) {
    const { ec2, journal, log } = ctx;
    const config = ctx.plan.builder;
    const spot = config.spot;
    return {
        title: launch_spot_TITLE,
        async run(state, signal) {
            const source = need(state, 'sourceImage', launch_spot_TITLE);
            const request = await launchRequest(ctx, state, source.ImageId);
            const spotTags = (0,src_tags/* renderTags */.Ep)(spot.tags, state.buildData);
            const name = `build-ami_${ctx.buildId}_${ctx.plan.name}`
                .replace(/[^a-zA-Z0-9().\-/_]/g, '_')
                .slice(0, 128);
            const data = {
                ImageId: request.ImageId,
                InstanceType: config.instanceType ? config.instanceType : undefined,
                KeyName: request.KeyName,
                UserData: request.UserData,
                EbsOptimized: request.EbsOptimized,
                IamInstanceProfile: request.IamInstanceProfile,
                Placement: request.Placement,
                InstanceInitiatedShutdownBehavior: request.InstanceInitiatedShutdownBehavior,
                MetadataOptions: request.MetadataOptions,
                BlockDeviceMappings: request.BlockDeviceMappings,
                TagSpecifications: request.TagSpecifications,
                InstanceMarketOptions: {
                    MarketType: 'spot',
                    SpotOptions: spot.price === 'auto' ? {} : { MaxPrice: spot.price }
                },
                // Packer's choice: a network interface when there is a subnet, else the groups alone.
                ...(request.SubnetId !== undefined || request.NetworkInterfaces
                    ? {
                        NetworkInterfaces: request.NetworkInterfaces ?? [
                            {
                                DeviceIndex: 0,
                                SubnetId: request.SubnetId,
                                Groups: request.SecurityGroupIds,
                                DeleteOnTermination: true
                            }
                        ]
                    }
                    : { SecurityGroupIds: request.SecurityGroupIds })
            };
            const { LaunchTemplate } = await ec2
                .send(new dist_cjs/* CreateLaunchTemplateCommand */.xMu({
                LaunchTemplateName: name,
                VersionDescription: 'template generated by build-ami for launching a spot instance',
                LaunchTemplateData: data,
                ClientToken: request.ClientToken,
                TagSpecifications: [
                    { ResourceType: 'launch-template', Tags: (0,src_tags/* toTagList */.s3)({ ...spotTags, ...ctx.temporaryTags }) }
                ]
            }))
                .catch(error => {
                throw new src_errors/* AwsOperationError */.dP({
                    operation: 'CreateLaunchTemplate',
                    doing: `creating the launch template for the spot instance`,
                    resource: name,
                    cause: error
                });
            });
            const templateId = LaunchTemplate.LaunchTemplateId;
            journal.created({
                kind: 'launch-template',
                id: templateId,
                region: config.region,
                build: ctx.plan.name
            });
            state.launchTemplate = { id: templateId, name };
            log.info(`Created launch template ${templateId} (${name}) for the spot instance`);
            const types = spot.instanceTypes.length ? spot.instanceTypes : [config.instanceType];
            const fleetTags = (0,src_tags/* renderTags */.Ep)(spot.fleetTags, state.buildData);
            const fleet = new dist_cjs/* CreateFleetCommand */.igL({
                Type: 'instant',
                LaunchTemplateConfigs: [
                    {
                        LaunchTemplateSpecification: { LaunchTemplateId: templateId, Version: '1' },
                        Overrides: spot.instanceTypes.length
                            ? spot.instanceTypes.map(type => ({ InstanceType: type }))
                            : undefined
                    }
                ],
                ReplaceUnhealthyInstances: false,
                TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: 'spot' },
                SpotOptions: spot.allocationStrategy
                    ? { AllocationStrategy: spot.allocationStrategy }
                    : undefined,
                TagSpecifications: Object.keys(fleetTags).length
                    ? [{ ResourceType: 'fleet', Tags: (0,src_tags/* toTagList */.s3)(fleetTags) }]
                    : undefined
            });
            let answer;
            for (let attempt = 1;; attempt++) {
                answer = await ec2.send(fleet).catch(error => {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'CreateFleet',
                        doing: `requesting a spot instance (${types.join(', ')}) from ${source.ImageId}`,
                        cause: error
                    });
                });
                if (answer.Instances?.[0]?.InstanceIds?.length)
                    break;
                const errors = answer.Errors ?? [];
                const messages = errors.map(e => `${e.ErrorCode}: ${e.ErrorMessage}`).join('; ');
                const noCapacity = errors.some(e => e.ErrorCode === 'InsufficientInstanceCapacity');
                if (!noCapacity || attempt >= FLEET_TRIES) {
                    throw new src_errors/* AwsOperationError */.dP({
                        operation: 'CreateFleet',
                        doing: `fleet ${answer.FleetId} launched no spot instance (${types.join(', ')}): ${messages || 'no reason given'}`
                    });
                }
                log.info(`No spot capacity for ${types.join(', ')} yet (${messages}); asking again`);
                await ctx.sleep(Math.min(500 * attempt, 30_000), signal);
            }
            const launchedAt = ctx.now();
            const launched = answer.Instances[0];
            const id = launched.InstanceIds[0];
            const seen = await awaitRunning(ctx, state, {
                id,
                label: `spot instance ${id} (${launched.InstanceType}) through fleet ${answer.FleetId}`,
                launchedAt
            }, signal);
            if (Object.keys(spotTags).length)
                await tagSpotRequest(ctx, seen, spotTags);
        },
        async cleanup(state) {
            await releaseInstance(ctx, state);
            if (state.launchTemplate) {
                const { id } = state.launchTemplate;
                await removeResource(teardownContext(ctx), { kind: 'launch-template', id, region: config.region });
                journal.deleted('launch-template', id);
                log.info(`Deleted launch template ${id}`);
            }
        }
    };
}
/** The spot request id comes with the instance (seen pending or running); looked up once if it did not. */
async function tagSpotRequest(ctx, seen, tags) {
    const requestId = seen.SpotInstanceRequestId ??
        (await ctx.ec2.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [seen.InstanceId] })).catch(error => {
            throw new src_errors/* AwsOperationError */.dP({
                operation: 'DescribeInstances',
                doing: `looking up the spot request of ${seen.InstanceId}`,
                resource: seen.InstanceId,
                cause: error
            });
        })).Reservations?.[0]?.Instances?.[0]?.SpotInstanceRequestId;
    if (!requestId)
        return;
    await ctx.ec2
        .send(new dist_cjs/* CreateTagsCommand */.RmG({ Resources: [requestId], Tags: (0,src_tags/* toTagList */.s3)(tags) }))
        .catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'CreateTags',
            doing: `tagging spot request ${requestId}`,
            resource: requestId,
            cause: error
        });
    });
}

;// CONCATENATED MODULE: ./src/builder/launched-with.ts
// Lost answers of a launch: a RunInstances whose every answer was lost (dropped connections,
// 5xx) may well have launched the instance. Its client token finds it, so it is used (and
// removed) rather than orphaned.

/** The live instance a RunInstances with this client token launched, if EC2 knows of one. */
async function launchedWith(ec2, clientToken) {
    const { Reservations = [] } = await ec2
        .send(new dist_cjs/* DescribeInstancesCommand */.bNs({ Filters: [{ Name: 'client-token', Values: [clientToken] }] }))
        .catch(() => ({ Reservations: [] }));
    return Reservations.flatMap(r => r.Instances ?? []).find(i => i.State?.Name !== 'terminated');
}

;// CONCATENATED MODULE: ./src/builder/steps/launch-instance.ts
// Launches the build instance and, unless its SSH address is known while it is pending
// (early-address.ts: SSH then proves it is up), waits until it runs. The request (tags from the first
// moment, a client token) is built in launch-request.ts; a launch whose answer was lost is
// found by its client token; the SSH address is picked per ssh_interface / ssh_host. Cleanup
// terminates the instance (moving it off the temporary group first, so neither waits for the
// other: release-instance.ts) and removes the volumes the user kept past termination.








const launch_instance_TITLE = 'Launch instance';
function launchInstance(ctx) {
    const { ec2 } = ctx;
    const config = ctx.plan.builder;
    return {
        title: launch_instance_TITLE,
        async run(state, signal) {
            const source = need(state, 'sourceImage', launch_instance_TITLE);
            const request = await launchRequest(ctx, state, source.ImageId);
            const { Instances } = await ec2.send(new dist_cjs/* RunInstancesCommand */.zq7(request)).catch(async (error) => {
                const launched = (0,errors/* isTransient */.dg)(error) ? await launchedWith(ec2, request.ClientToken) : undefined;
                if (launched)
                    return { Instances: [launched] };
                throw new src_errors/* AwsOperationError */.dP({
                    operation: 'RunInstances',
                    doing: `launching a ${config.instanceType} from ${source.ImageId}`,
                    resource: source.ImageId,
                    cause: error
                });
            });
            const launchedAt = ctx.now();
            const id = Instances[0].InstanceId;
            await awaitRunning(ctx, state, { id, label: `instance ${id} (${config.instanceType})`, answer: Instances[0], launchedAt }, signal);
        },
        cleanup: state => releaseInstance(ctx, state)
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/protect-image.ts
// deregistration_protection: the finished image cannot be deregistered until the protection is
// turned off (with_cooldown: and 24 hours have passed since), in every region it exists in. Last of
// the image steps, as in Packer, so a failure before it can still roll the image back.


/** Only for a plan with deregistration_protection enabled. */
function protectImage(ctx) {
    const { deregistrationProtection, skipCreateAmi } = ctx.plan.builder;
    if (!deregistrationProtection.enabled || skipCreateAmi)
        return undefined;
    const { withCooldown } = deregistrationProtection;
    return {
        title: 'Protect image',
        async run(state, signal) {
            for (const image of state.images) {
                await modifyImage({
                    image,
                    operation: 'EnableImageDeregistrationProtection',
                    what: 'enabling deregistration protection (deregistration_protection)',
                    signal,
                    call: ctx.ec2For(image.region).send(new dist_cjs/* EnableImageDeregistrationProtectionCommand */.BxO({
                        ImageId: image.id,
                        WithCooldown: withCooldown
                    }))
                });
                ctx.log.info(`${image.region}: ${image.id} is protected from deregistration${withCooldown ? ' (with a 24-hour cooldown)' : ''}`);
            }
        }
    };
}

// EXTERNAL MODULE: ./src/timers.ts
var timers = __webpack_require__(9489);
;// CONCATENATED MODULE: ./src/builder/steps/provision.ts



const provision_TITLE = 'Provision';
function provision(ctx) {
    const { log } = ctx;
    const { provisioners, errorCleanupProvisioner } = ctx.plan;
    return {
        title: provision_TITLE,
        async run(state, signal) {
            try {
                for (const [index, plan] of provisioners.entries()) {
                    await runOne(ctx, state, plan, `${index + 1}/${provisioners.length}`, signal);
                }
            }
            catch (error) {
                if (errorCleanupProvisioner && !signal.aborted) {
                    log.warning('A provisioner failed: running the error-cleanup-provisioner');
                    await runOne(ctx, state, errorCleanupProvisioner, 'error-cleanup', signal).catch(cleanupError => log.warning(`error-cleanup-provisioner failed too: ${(0,src_errors/* messageOf */.bD)(cleanupError)}`));
                }
                throw error;
            }
        }
    };
}
async function runOne(ctx, state, plan, label, signal) {
    const { log } = ctx;
    if (plan.pauseBeforeMs > 0) {
        log.info(`Pausing ${plan.pauseBeforeMs / 1000}s before provisioner ${label} (pause_before)`);
        await ctx.sleep(plan.pauseBeforeMs, signal);
    }
    for (let attempt = 0;; attempt++) {
        log.info(`Provisioner ${label}: ${plan.type}${attempt ? ` (retry ${attempt} of ${plan.maxRetries})` : ''}`);
        const timeout = plan.timeoutMs ? (0,timers/* timeoutSignal */._)(plan.timeoutMs) : undefined;
        const combined = timeout ? AbortSignal.any([signal, timeout]) : signal;
        const ssh = ctx.plan.builder.communicator.type === 'ssh' ? ctx.plan.builder.communicator : undefined;
        try {
            await ctx.createProvisioner(plan).run({
                communicator: ssh ? need(state, 'communicator', provision_TITLE) : NO_CONNECTION,
                pty: ssh?.pty,
                reconnect: state.reconnect
                    ? async () => {
                        // The provisioner carries on with the new connection; later ones must use it too.
                        const fresh = await need(state, 'reconnect', provision_TITLE)();
                        await state.communicator?.close().catch(() => undefined);
                        state.communicator = fresh;
                        return fresh;
                    }
                    : undefined,
                buildData: {
                    ...state.buildData,
                    ID: state.instance?.id ?? '',
                    Host: state.instance?.host ?? '',
                    Port: String(ssh?.port ?? ''),
                    User: ssh?.username ?? '',
                    ConnType: ssh ? 'ssh' : 'none',
                    PackerRunUUID: ctx.buildId
                },
                sshTarget: ssh && state.instance
                    ? {
                        host: state.instance.host,
                        port: ssh.port,
                        user: ssh.username,
                        privateKey: state.keyPair?.privateKey
                    }
                    : undefined,
                log: ctx.provisionerLog,
                buildName: ctx.plan.name,
                builderType: 'amazon-ebs',
                signal: combined,
                sleep: ctx.sleep,
                cwd: ctx.workingDirectory
            });
            return;
        }
        catch (thrown) {
            const error = timeout?.aborted && !signal.aborted
                ? new src_errors/* TimeoutError */.MU({
                    what: `provisioner ${label} (${plan.type})`,
                    afterMs: plan.timeoutMs,
                    hint: 'Raise its "timeout", or find what it waits for in its output above',
                    cause: thrown
                })
                : thrown;
            if (signal.aborted || attempt >= plan.maxRetries)
                throw error;
            log.warning(`Provisioner ${label} failed, retrying: ${(0,src_errors/* messageOf */.bD)(error)}`);
        }
    }
}
/** communicator "none": a provisioner that needs the machine (shell, file) says so, instead of crashing. */
const refuse = async () => {
    throw new src_errors/* CommunicatorError */.yi({
        message: 'communicator is "none": this provisioner needs a connection to the instance (use shell-local, or an SSH communicator)'
    });
};
const NO_CONNECTION = {
    exec: refuse,
    execStream: refuse,
    upload: refuse,
    uploadDirectory: refuse,
    download: refuse,
    downloadDirectory: refuse,
    close: async () => undefined
};

;// CONCATENATED MODULE: ./src/builder/complete-image.ts
// Marks a build's images finished. Every lookup of finished images (reuse, retention, promote: see
// finished-images.ts) wants TAGS.complete, so an image that is still being copied, shared or
// encrypted (or one behind encrypt_boot, or one of a build that later fails and rolls back) is never
// handed to another run: the tag is written last, by the "Record artifact" step, on the build
// region's image. The images that carry it from their create call are left be: the build region's
// image when nothing follows it (CreateImage wrote `true`), and the ami_regions copies (CopyImage
// wrote `with` the build region's image, which makes them finished once this tag is written there).




async function markComplete(ec2For, images) {
    await Promise.all(images
        .filter(image => !image.tagged)
        .map(image => ec2For(image.region)
        .send(new dist_cjs/* CreateTagsCommand */.RmG({
        Resources: [image.id],
        Tags: [{ Key: src_tags/* TAGS */.gp.complete, Value: finished_images/* COMPLETE */.Wz }]
    }))
        .catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'CreateTags',
            doing: `marking ${image.id} in ${image.region} as a finished build (${src_tags/* TAGS */.gp.complete})`,
            resource: image.id,
            cause: error
        });
    })));
}

;// CONCATENATED MODULE: ./src/builder/steps/record-artifact.ts
// The last step: the image and its snapshots, in every region, are now the build's result, so
// the journal marks them kept and no cleanup (here or in the post step) may touch them, and the
// image is tagged complete in every region, which is what makes it reusable.

function recordArtifact(ctx) {
    return {
        title: 'Record artifact',
        async run(state) {
            await markComplete(ctx.ec2For, state.images);
            for (const image of state.images) {
                ctx.journal.kept('image', image.id);
                for (const id of image.snapshotIds)
                    ctx.journal.kept('snapshot', id);
                ctx.log.info(`${image.region}: ${image.id}`);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/set-image-attributes.ts
// ami_org_arns / ami_ou_arns (launch permissions for an organization or organizational unit),
// ami_product_codes and imds_support: one ModifyImageAttribute each, on the image in every region it
// exists in, as Packer's step_modify_ami_attributes.go does.


/** Only for a plan that sets one of them. */
function setImageAttributes(ctx) {
    const b = ctx.plan.builder;
    const changes = [];
    if (b.amiOrgArns.length) {
        changes.push([
            'sharing with organizations (ami_org_arns)',
            { LaunchPermission: { Add: b.amiOrgArns.map(OrganizationArn => ({ OrganizationArn })) } }
        ]);
    }
    if (b.amiOuArns.length) {
        changes.push([
            'sharing with organizational units (ami_ou_arns)',
            { LaunchPermission: { Add: b.amiOuArns.map(OrganizationalUnitArn => ({ OrganizationalUnitArn })) } }
        ]);
    }
    if (b.amiProductCodes.length) {
        changes.push(['adding product codes (ami_product_codes)', { ProductCodes: [...b.amiProductCodes] }]);
    }
    if (b.imdsSupport) {
        changes.push(['requiring IMDSv2 (imds_support)', { ImdsSupport: { Value: b.imdsSupport } }]);
    }
    if (!changes.length || b.skipCreateAmi)
        return undefined;
    return {
        title: 'Set image attributes',
        async run(state, signal) {
            for (const image of state.images) {
                for (const [what, input] of changes) {
                    await modifyImage({
                        image,
                        operation: 'ModifyImageAttribute',
                        what,
                        signal,
                        call: ctx
                            .ec2For(image.region)
                            .send(new dist_cjs/* ModifyImageAttributeCommand */.FE3({ ImageId: image.id, ...input }))
                    });
                    ctx.log.info(`${image.region}: ${image.id}: ${what}`);
                }
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/share-image.ts
// ami_users / ami_groups and snapshot_users / snapshot_groups: the image and its snapshots are
// shared in every region they exist in (launch and create-volume permissions).


/** Only for a plan that shares the image or its snapshots with someone. */
function shareImage(ctx) {
    const b = ctx.plan.builder;
    const shareImages = b.amiUsers.length > 0 || b.amiGroups.length > 0;
    const shareSnapshots = b.snapshotUsers.length > 0 || b.snapshotGroups.length > 0;
    if ((!shareImages && !shareSnapshots) || b.skipCreateAmi)
        return undefined;
    return {
        title: 'Share image',
        async run(state, signal) {
            for (const image of state.images) {
                const ec2 = ctx.ec2For(image.region);
                if (shareImages) {
                    await modifyImage({
                        image,
                        operation: 'ModifyImageAttribute',
                        what: 'sharing (ami_users/ami_groups)',
                        signal,
                        call: ec2.send(new dist_cjs/* ModifyImageAttributeCommand */.FE3({
                            ImageId: image.id,
                            LaunchPermission: {
                                Add: [
                                    ...b.amiUsers.map(UserId => ({ UserId })),
                                    ...b.amiGroups.map(Group => ({ Group: Group }))
                                ]
                            }
                        }))
                    });
                    ctx.log.info(`${image.region}: ${image.id} shared with ${[...b.amiUsers, ...b.amiGroups].join(', ')}`);
                }
                if (!shareSnapshots)
                    continue;
                for (const snapshotId of image.snapshotIds) {
                    await modifyImage({
                        image,
                        operation: 'ModifySnapshotAttribute',
                        what: `sharing snapshot ${snapshotId} (snapshot_users/snapshot_groups)`,
                        signal,
                        call: ec2.send(new dist_cjs/* ModifySnapshotAttributeCommand */.KD0({
                            SnapshotId: snapshotId,
                            Attribute: 'createVolumePermission',
                            CreateVolumePermission: {
                                Add: [
                                    ...b.snapshotUsers.map(UserId => ({ UserId })),
                                    ...b.snapshotGroups.map(Group => ({ Group: Group }))
                                ]
                            }
                        }))
                    });
                }
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/aws/account.ts
// Which AWS account a client's credentials reach. STS GetCallerIdentity would say it directly, but
// the action talks to EC2 only (and the test world simulates EC2 only), so the account is read the
// way EC2 itself reports it: the OwnerId of the default security group, which every VPC has and no
// one can delete. One call, allowed by the ec2:DescribeSecurityGroups the build already needs.



async function accountOf(ec2, region, signal) {
    return (await accountAndDefaultGroups(ec2, region, signal)).account;
}
/** The account, and the same answer's default security group of each VPC (vpc id → group id). */
async function accountAndDefaultGroups(ec2, region, signal) {
    const doing = `finding the AWS account the credentials reach in ${region}`;
    const { SecurityGroups = [] } = await (0,retry/* unlessAborted */.Wh)(ec2.send(new dist_cjs/* DescribeSecurityGroupsCommand */.jsQ({ Filters: [{ Name: 'group-name', Values: ['default'] }] }), {
        abortSignal: signal
    }), signal).catch(error => {
        if (signal?.aborted)
            throw error;
        throw new src_errors/* AwsOperationError */.dP({ operation: 'DescribeSecurityGroups', doing, cause: error });
    });
    const owner = SecurityGroups.find(g => g.OwnerId)?.OwnerId;
    if (!owner) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeSecurityGroups',
            doing,
            hint: 'EC2 listed no default security group to read the account id from'
        });
    }
    const defaultGroups = {};
    for (const g of SecurityGroups)
        if (g.VpcId && g.GroupId)
            defaultGroups[g.VpcId] = g.GroupId;
    return { account: owner, defaultGroups };
}

;// CONCATENATED MODULE: ./src/builder/steps/find-account.ts
// The first step: which AWS account the build's credentials reach, recorded for the post step before
// anything is created, so that a post step whose credentials reach another account deletes nothing.

function findAccount(ctx) {
    return {
        title: 'Find account',
        async run(state, signal) {
            const { account, defaultGroups } = await accountAndDefaultGroups(ctx.ec2, ctx.plan.builder.region, signal);
            ctx.recordAccount?.(account);
            // Where the instance goes when its temporary group is to be deleted before it is terminated.
            state.defaultGroups = defaultGroups;
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/steps/stop-instance.ts
// Stops the instance before imaging it, as Packer does, retrying while EC2 does not yet see
// it in a stoppable state, and waits until it is stopped. EC2 gives no progress for a stop, so
// the wait expects it to take about as long as the instance took to come up (launch to SSH),
// a little less, looks first then and every second after (aws/schedule.ts). With
// disable_stop_instance the instance stops itself (a provisioner shuts it down): the step only
// waits, as Packer does, with no expectation of when.






const stop_instance_TITLE = 'Stop instance';
function stopInstance(ctx) {
    const { ec2, log } = ctx;
    const b = ctx.plan.builder;
    return {
        title: stop_instance_TITLE,
        async run(state, signal) {
            if (b.skipCreateAmi)
                return;
            // As Packer: a spot instance is not stopped (a one-time spot request cannot be); the image is made from it running.
            if (b.spot)
                return void log.info('Spot instance: not stopped before imaging, as Packer does');
            const instance = need(state, 'instance', stop_instance_TITLE);
            const { id } = instance;
            await state.communicator?.close();
            state.communicator = undefined;
            if (b.disableStopInstance) {
                log.info(`disable_stop_instance is set: waiting for ${id} to stop itself`);
            }
            else {
                await requestStop(ctx, id, signal);
            }
            const { elapsedMs } = await waitForInstance({
                ec2,
                id,
                target: 'stopped',
                via: ['running', 'stopping'],
                polling: ctx.polling,
                log: log.info,
                signal,
                sleep: ctx.sleep,
                expectedMs: b.disableStopInstance ? undefined : expectedStopMs(instance.upAfterMs)
            });
            instance.stopMs = elapsedMs;
            log.info(`Instance ${id} stopped after ${(elapsedMs / 1000).toFixed(1)}s`);
        }
    };
}
/**
 * Stopping takes about as long as coming up did (launch to SSH): a little less, since coming up
 * includes the boot until sshd answers, so the first look is on time or just early.
 */
function expectedStopMs(upAfterMs) {
    if (upAfterMs === undefined)
        return undefined;
    return Math.min(Math.round(upAfterMs * 0.9), 120_000);
}
async function requestStop(ctx, id, signal) {
    await (0,retry/* retry */.L5)(() => ctx.ec2.send(new dist_cjs/* StopInstancesCommand */.esG({ InstanceIds: [id] })), {
        retryable: e => (0,errors/* isNotFound */.c4)(e) || (0,errors/* errorCode */.CA)(e) === 'IncorrectInstanceState',
        timeoutMs: 60_000,
        sleep: ctx.sleep,
        signal
    }).catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'StopInstances',
            doing: `stopping instance ${id}`,
            resource: id,
            cause: error
        });
    });
}

;// CONCATENATED MODULE: ./src/builder/build.ts






















function amazonEbsSteps(ctx) {
    const afterImage = [
        encryptImage(ctx),
        copyImage(ctx),
        shareImage(ctx),
        setImageAttributes(ctx),
        deprecateImage(ctx),
        protectImage(ctx)
    ];
    // Nothing between the image and the last step: CreateImage tags it complete itself (complete-image.ts).
    const completeAtBirth = afterImage.every(step => step === undefined);
    const steps = [
        findAccount(ctx),
        findSourceImage(ctx),
        createKeyPair(ctx),
        findNetwork(ctx),
        createSecurityGroup(ctx),
        ctx.plan.builder.spot ? launchSpot(ctx) : launchInstance(ctx),
        connectSsh(ctx),
        provision(ctx),
        clearAuthorizedKeys(ctx),
        stopInstance(ctx),
        enableEnhancedNetworking(ctx),
        createImage(ctx, { completeAtBirth }),
        ...afterImage,
        recordArtifact(ctx)
    ];
    return steps.filter(step => step !== undefined);
}
function reusedBuild(plan, reusable, now) {
    return {
        name: plan.name,
        region: plan.builder.region,
        outcome: 'succeeded',
        amiId: reusable.amis[plan.builder.region],
        amis: reusable.amis,
        amiName: reusable.amiName,
        snapshotIds: reusable.snapshotIds,
        steps: [],
        cleanupErrors: [],
        reusedFrom: { buildId: reusable.buildId, runUrl: reusable.runUrl },
        startedAt: now,
        durationMs: 0
    };
}
async function runBuild(ctx, signal) {
    const startedAt = ctx.now();
    const state = newBuildState();
    const report = await runSteps(amazonEbsSteps(ctx), state, { log: ctx.log, signal, now: ctx.now });
    const succeeded = report.outcome === 'succeeded';
    return {
        name: ctx.plan.name,
        region: ctx.plan.builder.region,
        outcome: report.outcome,
        amiId: succeeded ? state.image?.id : undefined,
        amiName: ctx.plan.builder.amiName,
        amis: succeeded ? Object.fromEntries(state.images.map(i => [i.region, i.id])) : {},
        snapshotIds: succeeded ? state.images.flatMap(i => i.snapshotIds) : [],
        sourceAmi: state.sourceImage?.ImageId,
        sourceAmiName: state.sourceImage?.Name,
        buildData: state.buildData,
        steps: report.steps,
        error: report.error,
        cleanupErrors: report.cleanupErrors,
        startedAt,
        durationMs: ctx.now() - startedAt
    };
}

;// CONCATENATED MODULE: ./src/builder/find-reusable.ts
// Reuse of an image already built: before anything is launched, look for an available image
// of ours carrying this build's fingerprint (and, in "commit" mode, this commit) in the build
// region and in every ami_regions region. Found everywhere: the build is skipped and its
// outputs come from that image, at the cost of one DescribeImages call per region. Only a finished
// build's image counts (finished-images.ts): the build region's image must be tagged complete, and
// each copy must be tagged complete `with` that very image, so an image another run is still
// copying or encrypting, or one it will roll back, is never handed out.






async function findReusable(plan, ec2For, options) {
    if (options.mode === 'never')
        return undefined;
    const filters = (complete) => [
        { Name: 'state', Values: ['available'] },
        (0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.fingerprint, [options.fingerprint]),
        complete,
        ...(options.mode === 'commit' ? [(0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.commit, [options.sha])] : [])
    ];
    const home = plan.builder.region;
    const regions = [home, ...plan.builder.amiRegions];
    const listed = await Promise.all(regions.map(async (region) => {
        // Named, so a denied or failing lookup says what was being done where (not a bare SDK error).
        // A cancelled run stops waiting at once (the lookup creates nothing); the SDK call is aborted too.
        const { Images = [] } = await (0,retry/* unlessAborted */.Wh)(ec2For(region).send(new dist_cjs/* DescribeImagesCommand */.ji5({
            Owners: ['self'],
            Filters: filters(region === home ? (0,src_tags/* tagFilter */.fB)(src_tags/* TAGS */.gp.complete, [finished_images/* COMPLETE */.Wz]) : (0,finished_images/* completeOrCopyFilter */.E$)())
        }), { abortSignal: options.signal }), options.signal).catch(error => {
            if (options.signal?.aborted)
                throw error;
            throw new src_errors/* AwsOperationError */.dP({
                operation: 'DescribeImages',
                doing: `looking for an image to reuse in ${region}`,
                cause: error
            });
        });
        // The newest first, should there be several (a re-run with reuse: never).
        return [...Images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''));
    }));
    // The newest finished image in the build region, and in every other region a copy of it (or, made by
    // an earlier version of the action, an image tagged complete itself).
    const source = listed[0][0];
    if (!source)
        return undefined;
    const found = listed.map((images, i) => i === 0
        ? source
        : (images.find(image => (0,src_tags/* tagOf */.cO)(image, src_tags/* TAGS */.gp.complete) === (0,finished_images/* completeWith */.ce)(home, source.ImageId)) ??
            images.find(image => (0,src_tags/* tagOf */.cO)(image, src_tags/* TAGS */.gp.complete) === finished_images/* COMPLETE */.Wz)));
    if (found.some(image => !image))
        return undefined;
    return {
        amis: Object.fromEntries(regions.map((region, i) => [region, found[i].ImageId])),
        amiName: source.Name ?? '',
        snapshotIds: found.flatMap(image => snapshotIdsOf(image)),
        buildId: (0,src_tags/* tagOf */.cO)(source, src_tags/* TAGS */.gp.buildId),
        runUrl: (0,src_tags/* tagOf */.cO)(source, src_tags/* TAGS */.gp.runUrl)
    };
}

// EXTERNAL MODULE: ./src/fingerprint.ts
var fingerprint = __webpack_require__(2659);
;// CONCATENATED MODULE: ./src/journal.ts
// The resource journal: the single source of truth for cleanup. Every cloud resource the
// build creates is written here the moment its id is known (and, for a create whose answer
// may be lost, the moment we ask for it), and the whole journal is saved to the runner's
// state at once, so the post step can finish the teardown even if the main step was killed.
class Journal {
    persist;
    entries;
    constructor(persist, entries = []) {
        this.persist = persist;
        this.entries = entries.map(e => ({ ...e }));
    }
    created(entry) {
        if (!this.find(entry.kind, entry.id))
            this.entries.push({ ...entry, status: 'created' });
        this.save();
    }
    deleted(kind, id) {
        this.mark(kind, id, 'deleted');
    }
    /** Termination was asked for and is under way: the post step confirms it. */
    terminating(kind, id) {
        this.mark(kind, id, 'terminating');
    }
    /** The resource is the build's result: cleanup must leave it alone. */
    kept(kind, id) {
        this.mark(kind, id, 'kept');
    }
    /** What is still ours to remove. */
    outstanding() {
        return this.entries.filter(e => e.status === 'created').map(e => ({ ...e }));
    }
    all() {
        return this.entries.map(e => ({ ...e }));
    }
    find(kind, id) {
        return this.entries.find(e => e.kind === kind && e.id === id);
    }
    mark(kind, id, status) {
        const entry = this.find(kind, id);
        if (entry)
            entry.status = status;
        this.save();
    }
    save() {
        this.persist(this.entries);
    }
}

// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/template/build-data.ts
var build_data = __webpack_require__(8351);
// EXTERNAL MODULE: ./src/template/freeze.ts
var freeze = __webpack_require__(2308);
// EXTERNAL MODULE: ./src/template/json-positions.ts
var json_positions = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/template/options-reader.ts
var options_reader = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/template/schema/read-builder.ts + 11 modules
var read_builder = __webpack_require__(3157);
// EXTERNAL MODULE: ./src/template/interpolate.ts
var interpolate = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/template/json-path.ts
var json_path = __webpack_require__(8100);
// EXTERNAL MODULE: ./src/template/template-syntax.ts
var template_syntax = __webpack_require__(9616);
;// CONCATENATED MODULE: ./src/template/schema/builders.ts
// The `builders` list: each needs a type and a unique name (default: type). amazon-ebs and docker are built here;
// the type is checked after only/except pick the builders to run, as `packer build -only` does.





const SUPPORTED_TYPES = ['amazon-ebs', 'docker'];
/** `scope` renders builder names, which may use user variables as in Packer. */
function defineBuilders(section, rootLoc, scope) {
    if (section === undefined || (section.kind === 'array' && section.items.length === 0)) {
        throw new src_errors/* InputError */.dz({
            at: section?.loc ?? rootLoc,
            field: 'builders',
            detail: 'at least one builder must be defined'
        });
    }
    if (section.kind !== 'array') {
        throw new src_errors/* InputError */.dz({
            at: section.loc,
            field: 'builders',
            detail: `expected a list of builders, found ${(0,json_positions/* describeNode */.WQ)(section)}`
        });
    }
    const seen = new Map();
    return section.items.map((node, index) => {
        const path = (0,json_path/* childPath */.c)('builders', index);
        if (node.kind !== 'object')
            throw new src_errors/* InputError */.dz({
                at: node.loc,
                field: path,
                detail: `expected an object, found ${(0,json_positions/* describeNode */.WQ)(node)}`
            });
        const type = readText(node, path, 'type', scope);
        if (type === undefined)
            throw new src_errors/* InputError */.dz({ at: node.loc, field: path, detail: 'type is required' });
        const name = readText(node, path, 'name', scope) ?? type;
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            const where = (0,json_positions/* findEntry */.w4)(node, 'name')?.value.loc ?? node.loc;
            throw new src_errors/* InputError */.dz({
                at: where,
                field: (0,json_path/* childPath */.c)(path, 'name'),
                detail: `${earlier} already has the name ${name}; builder names must be unique`
            });
        }
        seen.set(name, path);
        const options = node.entries.filter(entry => entry.key !== 'type' && entry.key !== 'name');
        return {
            node: { ...node, entries: options },
            path,
            type,
            name,
            typeLoc: (0,json_positions/* findEntry */.w4)(node, 'type').value.loc
        };
    });
}
/** Refuses a selected builder we cannot build; with several builders, says how to leave it out. */
function checkBuilderType(build, all) {
    if (SUPPORTED_TYPES.includes(build.type))
        return true;
    const buildable = all.filter(other => SUPPORTED_TYPES.includes(other.type)).map(other => other.name);
    const hint = buildable.length === 0
        ? ''
        : `; to build the others, set the only input (like packer build -only): only: ${buildable.join(',')}`;
    throw new src_errors/* InputError */.dz({
        at: build.typeLoc ?? build.node.loc,
        field: (0,json_path/* childPath */.c)(build.path, 'type'),
        detail: `builder type ${build.type} is not supported (only amazon-ebs and docker)${hint}`
    });
}
function readText(node, path, key, scope) {
    const entry = (0,json_positions/* findEntry */.w4)(node, key);
    if (entry === undefined || entry.value.kind === 'null')
        return undefined;
    const field = (0,json_path/* childPath */.c)(path, key);
    if (entry.value.kind !== 'string') {
        throw new src_errors/* InputError */.dz({
            at: entry.value.loc,
            field: field,
            detail: `expected a string, found ${(0,json_positions/* describeNode */.WQ)(entry.value)}`
        });
    }
    try {
        const text = (0,interpolate/* renderString */.G4)(entry.value.value, scope, (0,interpolate/* noBuildData */.qr)('build data is not available in builder names'));
        return text === '' ? undefined : text;
    }
    catch (error) {
        if (!(error instanceof template_syntax/* TemplateError */.$))
            throw error;
        throw new src_errors/* InputError */.dz({ at: entry.value.loc, field: field, detail: error.message, cause: error });
    }
}

// EXTERNAL MODULE: ./src/template/schema/key-pair-names.ts
var key_pair_names = __webpack_require__(1737);
// EXTERNAL MODULE: ./src/template/schema/post-processors.ts + 2 modules
var post_processors = __webpack_require__(3478);
// EXTERNAL MODULE: ./src/template/schema/provisioners.ts + 8 modules
var schema_provisioners = __webpack_require__(1875);
// EXTERNAL MODULE: ./src/template/suggest.ts
var suggest = __webpack_require__(5352);
;// CONCATENATED MODULE: ./src/template/top-level.ts
// The template's own keys (hashicorp/packer-plugin-sdk template/parse.go): anything else is an error
// ("Unknown root level key"), except `_`-prefixed string keys, which Packer keeps as comments, and `push`
// (Atlas push, gone since Packer 1.5), which its rawTemplate still decodes and then ignores: so do we, with
// a warning.




const TOP_LEVEL_KEYS = [
    'description',
    'min_packer_version',
    'variables',
    'sensitive-variables',
    'builders',
    'provisioners',
    'post-processors',
    'error-cleanup-provisioner'
];
/** Keys Packer's JSON parser reads and then does nothing with. */
const IGNORED_KEYS = ['push'];
function checkTopLevel(root, warning = () => { }) {
    for (const entry of root.entries) {
        if (TOP_LEVEL_KEYS.includes(entry.key))
            continue;
        if (IGNORED_KEYS.includes(entry.key)) {
            const at = `${entry.keyLoc.file}:${entry.keyLoc.line}:${entry.keyLoc.column}`;
            warning(`${at}: ${entry.key}: Packer ignores this top-level key, and so does build-ami`);
            continue;
        }
        if (entry.key.startsWith('_')) {
            if (entry.value.kind !== 'string') {
                throw new src_errors/* InputError */.dz({
                    at: entry.value.loc,
                    field: (0,json_path/* childPath */.c)('', entry.key),
                    detail: `a comment must be a string, found ${(0,json_positions/* describeNode */.WQ)(entry.value)}`
                });
            }
            continue;
        }
        const suggestion = (0,suggest/* closestName */.N)(entry.key, TOP_LEVEL_KEYS);
        const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
        throw new src_errors/* InputError */.dz({
            at: entry.keyLoc,
            field: (0,json_path/* childPath */.c)('', entry.key),
            detail: `unknown top-level key ${entry.key}${hint}`
        });
    }
}
function readDescription(root) {
    const entry = (0,json_positions/* findEntry */.w4)(root, 'description');
    if (entry === undefined || entry.value.kind === 'null')
        return {};
    if (entry.value.kind !== 'string') {
        throw new src_errors/* InputError */.dz({
            at: entry.value.loc,
            field: 'description',
            detail: `expected a string, found ${(0,json_positions/* describeNode */.WQ)(entry.value)}`
        });
    }
    return { description: entry.value.value };
}
/** Fails when the template asks for a newer Packer than the one we behave as. */
function checkMinPackerVersion(root, ourVersion) {
    const entry = (0,json_positions/* findEntry */.w4)(root, 'min_packer_version');
    if (entry === undefined || entry.value.kind === 'null')
        return;
    const wanted = entry.value.kind === 'string' ? parseVersion(entry.value.value) : undefined;
    if (entry.value.kind !== 'string' || wanted === undefined) {
        throw new src_errors/* InputError */.dz({
            at: entry.value.loc,
            field: 'min_packer_version',
            detail: `expected a version such as "1.7.0", found ${(0,json_positions/* describeNode */.WQ)(entry.value)}`
        });
    }
    const ours = parseVersion(ourVersion) ?? [0];
    if (compareVersions(ours, wanted) < 0) {
        throw new src_errors/* InputError */.dz({
            at: entry.value.loc,
            field: 'min_packer_version',
            detail: `this template requires Packer ${entry.value.value} or newer; build-ami behaves as Packer ${ourVersion}`
        });
    }
}
function parseVersion(text) {
    const match = /^v?(\d+(?:\.\d+)*)(?:[-+].*)?$/.exec(text.trim());
    return match === null ? undefined : match[1].split('.').map(Number);
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const difference = (a[i] ?? 0) - (b[i] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/template/problems.ts
// Every problem one pass over a JSON template finds: readers record an InputError here and go on with a
// stand-in value, so a template with five mistakes reports five (as InputErrors), not the first only.

class Problems {
    #errors = [];
    #seen = new Set();
    #depth = 0;
    /**
     * Records an input error. One per field: a later one about a field already in error is the first one's
     * consequence (a check on the stand-in value), and a provisioner read once per build says the same again.
     */
    add(error) {
        for (const one of error instanceof src_errors/* InputErrors */.G ? error.errors : [error]) {
            const key = `${one.file}\0${one.field === '' ? one.message : one.field}`;
            if (this.#seen.has(key) || this.#coversRecorded(one))
                continue;
            this.#seen.add(key);
            this.#errors.push(one);
        }
    }
    /** An error about an object ("one of inline or script is required") after one about an option inside it. */
    #coversRecorded(error) {
        if (error.field === '')
            return false;
        return this.#errors.some(other => other.file === error.file &&
            (other.field.startsWith(`${error.field}.`) || other.field.startsWith(`${error.field}[`)));
    }
    /**
     * Runs `read`; an input error it throws is recorded and `fallback` returned instead. Nested calls let
     * the error through to the outermost one, so one mistake is recorded once.
     */
    attempt(read, fallback) {
        if (this.#depth > 0)
            return read();
        this.#depth++;
        try {
            return read();
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz || error instanceof src_errors/* InputErrors */.G))
                throw error;
            this.add(error);
            return fallback;
        }
        finally {
            this.#depth--;
        }
    }
    /**
     * Reads a whole section (a builder, a provisioner) on its own: the options inside record their own
     * problems; one that ends the section's read (a conflict between options) is recorded too.
     */
    section(read) {
        const depth = this.#depth;
        const before = this.#errors.length;
        this.#depth = 0;
        try {
            return read();
        }
        catch (error) {
            // Anything else thrown after a problem was recorded comes from a stand-in value: the problem says it.
            if (!(error instanceof src_errors/* InputError */.dz || error instanceof src_errors/* InputErrors */.G)) {
                if (this.#errors.length > before)
                    return undefined;
                throw error;
            }
            this.add(error);
            return undefined;
        }
        finally {
            this.#depth = depth;
        }
    }
    get count() {
        return this.#errors.length;
    }
    /** Throws everything recorded, sorted by position (one problem stays a plain InputError). */
    throwIfAny() {
        if (this.#errors.length > 0)
            throw (0,src_errors/* inputErrors */.e6)(this.#errors);
    }
}

;// CONCATENATED MODULE: ./src/template/variables.ts
// User variables, as Packer 1.6+ resolves them for JSON templates:
// - declared in `variables` with a string default, or null for a required variable;
// - set by var-files (JSON objects of strings, in order) and then by `name=value` pairs, later winning;
// - setting a variable the template does not declare is ignored, as Packer does, with a warning naming it;
// - a var-file value of null sets the variable to "" (Packer decodes var-files into strings);
// - every value (default or given) is itself a template: it may use {{env}}, the other global functions
//   and {{user}} to build on other variables, in any order (cycles are reported, not looped on).
// Given `problem`, every mistake is reported there and the rest still read (a value in error is "").







const IN_VARIABLES = (0,interpolate/* noBuildData */.qr)('build data is not available in variables');
function resolveVariables(inputs) {
    const declarations = new Map();
    const assignments = new Map();
    for (const entry of inputs.declarations?.entries ?? []) {
        declarations.set(entry.key, { loc: entry.keyLoc, required: entry.value.kind === 'null' });
    }
    // Which variables are sensitive is known before any value is read: each value is registered as it comes.
    const sensitiveNames = readSensitiveNames(inputs.sensitive, declarations);
    const sensitive = new Set(sensitiveNames);
    const problem = inputs.problem ??
        ((error) => {
            throw error;
        });
    const secret = (name, value) => {
        if (sensitive.has(name))
            inputs.secret?.(value);
    };
    for (const entry of inputs.declarations?.entries ?? []) {
        const field = (0,json_path/* childPath */.c)('variables', entry.key);
        const value = entry.value;
        if (value.kind === 'string') {
            secret(entry.key, value.value);
            assignments.set(entry.key, { raw: value.value, loc: value.loc, field });
        }
        else if (value.kind !== 'null') {
            if (value.kind === 'number')
                secret(entry.key, value.raw);
            problem(new src_errors/* InputError */.dz({
                at: value.loc,
                field: field,
                detail: `expected a string default (or null for a required variable), found ${(0,json_positions/* describeNode */.WQ)(value)}`
            }));
            assignments.set(entry.key, { raw: '', loc: value.loc, field });
        }
    }
    const assign = (name, assignment, by) => {
        secret(name, assignment.raw);
        if (!declarations.has(name)) {
            const at = `${assignment.loc.file}:${assignment.loc.line}:${assignment.loc.column}`;
            inputs.warning?.(`${at}: variable ${name} is set by ${by} but not declared in the template; it is unused (as in Packer)`);
            return;
        }
        assignments.set(name, assignment);
    };
    // A var-file that cannot be read, or a line with no name, may be what sets a required variable.
    let unread = false;
    const problemReading = (error) => {
        unread = true;
        problem(error);
    };
    const files = inputs.varFiles.map(file => external_node_path_default().resolve(inputs.scope.cwd, file));
    inputs.varFiles.forEach((file, index) => {
        for (const [name, assignment] of readVarFile(file, files[index], secret, {
            unread: problemReading,
            entry: problem
        }))
            assign(name, assignment, `var-file ${file}`);
    });
    inputs.vars.forEach((pair, index) => {
        // Blank lines are skipped (a multi-line action input usually ends with one); numbering still counts them.
        if (pair.trim() === '')
            return;
        const loc = { file: inputs.varsLabel, line: index + 1, column: 1 };
        const equals = pair.indexOf('=');
        const name = pair.slice(0, equals).trim();
        if (equals <= 0 || name === '') {
            // Not quoted: a line without a name is most often the second line of a multi-line secret.
            problemReading(new src_errors/* InputError */.dz({
                at: loc,
                field: '',
                detail: 'expected name=value on this line (a value that spans lines must be given through a var-file, ' +
                    'with \\n in its JSON string)'
            }));
            return;
        }
        assign(name, { raw: pair.slice(equals + 1), loc, field: name }, inputs.varsLabel);
    });
    for (const [name, declaration] of declarations) {
        if (declaration.required && !assignments.has(name) && !unread) {
            problem(new src_errors/* InputError */.dz({
                at: declaration.loc,
                field: (0,json_path/* childPath */.c)('variables', name),
                detail: `required variable ${name} is not set; give it a value in the variables input or a var-file`
            }));
        }
        if (!assignments.has(name))
            assignments.set(name, { raw: '', loc: declaration.loc, field: (0,json_path/* childPath */.c)('variables', name) });
    }
    const values = new Resolver(declarations, assignments, inputs.scope, secret).resolveAll(inputs.problem);
    return { values, sensitiveNames, files };
}
class Resolver {
    declarations;
    assignments;
    scope;
    secret;
    values = new Map();
    inProgress = [];
    constructor(declarations, assignments, scope, secret) {
        this.declarations = declarations;
        this.assignments = assignments;
        this.scope = scope;
        this.secret = secret;
    }
    /** Every variable's value; with `problem`, one that cannot be rendered is reported and is "". */
    resolveAll(problem) {
        const ordered = new Map();
        for (const name of this.declarations.keys()) {
            try {
                ordered.set(name, this.resolve(name));
            }
            catch (error) {
                if (problem === undefined || !(error instanceof src_errors/* InputError */.dz))
                    throw error;
                problem(error);
                // A variable built on the one in error says the same again: it is "" too, quietly.
                for (const unfinished of [...this.inProgress, name])
                    this.values.set(unfinished, '');
                this.inProgress.length = 0;
                ordered.set(name, '');
            }
        }
        return ordered;
    }
    resolve(name) {
        const known = this.values.get(name);
        if (known !== undefined)
            return known;
        const assignment = this.assignments.get(name);
        const loopStart = this.inProgress.indexOf(name);
        if (loopStart !== -1) {
            const loop = [...this.inProgress.slice(loopStart), name].join(' -> ');
            throw new src_errors/* InputError */.dz({
                at: assignment.loc,
                field: assignment.field,
                detail: `variables refer to each other in a loop: ${loop}`
            });
        }
        this.inProgress.push(name);
        const scope = { ...this.scope, section: 'variables', user: other => this.lookup(other) };
        let value;
        try {
            value = (0,interpolate/* renderString */.G4)(assignment.raw, scope, IN_VARIABLES);
        }
        catch (error) {
            if (!(error instanceof template_syntax/* TemplateError */.$))
                throw error;
            throw new src_errors/* InputError */.dz({
                at: assignment.loc,
                field: assignment.field,
                detail: error.message,
                cause: error
            });
        }
        this.inProgress.pop();
        this.secret(name, value);
        this.values.set(name, value);
        return value;
    }
    lookup(name) {
        if (!this.declarations.has(name))
            throw new template_syntax/* TemplateError */.$({ message: `variable ${name} is not declared in the template` });
        return this.resolve(name);
    }
}
function readVarFile(shownPath, absolutePath, secret, problems) {
    const problem = problems.unread;
    let text;
    try {
        text = external_node_fs_default().readFileSync(absolutePath, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'file not found' : String(error);
        problem(new src_errors/* InputError */.dz({
            at: { file: shownPath, line: 1, column: 1 },
            field: '',
            detail: `cannot read var-file: ${reason}`
        }));
        return [];
    }
    let root;
    try {
        root = (0,json_positions/* parseJson */.qF)(text, shownPath);
    }
    catch (error) {
        if (!(error instanceof src_errors/* InputError */.dz))
            throw error;
        problem(error);
        return [];
    }
    if (root.kind !== 'object') {
        problem(new src_errors/* InputError */.dz({
            at: root.loc,
            field: '',
            detail: `a var-file must be a JSON object of names to strings, found ${(0,json_positions/* describeNode */.WQ)(root)}`
        }));
        return [];
    }
    return root.entries.flatMap((entry) => {
        // Packer decodes a var-file into strings: null is the empty string (and does set a required variable).
        if (entry.value.kind === 'null')
            return [[entry.key, { raw: '', loc: entry.value.loc, field: entry.key }]];
        if (entry.value.kind !== 'string') {
            if (entry.value.kind === 'number')
                secret(entry.key, entry.value.raw);
            problems.entry(new src_errors/* InputError */.dz({
                at: entry.value.loc,
                field: entry.key,
                detail: `expected a string, found ${(0,json_positions/* describeNode */.WQ)(entry.value)}`
            }));
            // Still set (to ""), so a required variable is not reported unset as well.
            return [[entry.key, { raw: '', loc: entry.value.loc, field: entry.key }]];
        }
        return [[entry.key, { raw: entry.value.value, loc: entry.value.loc, field: entry.key }]];
    });
}
function readSensitiveNames(node, declarations) {
    if (node === undefined)
        return [];
    if (node.kind !== 'array') {
        throw new src_errors/* InputError */.dz({
            at: node.loc,
            field: 'sensitive-variables',
            detail: `expected a list of variable names, found ${(0,json_positions/* describeNode */.WQ)(node)}`
        });
    }
    return node.items.map((item, index) => {
        const field = (0,json_path/* childPath */.c)('sensitive-variables', index);
        if (item.kind !== 'string')
            throw new src_errors/* InputError */.dz({
                at: item.loc,
                field: field,
                detail: `expected a string, found ${(0,json_positions/* describeNode */.WQ)(item)}`
            });
        if (!declarations.has(item.value)) {
            throw new src_errors/* InputError */.dz({
                at: item.loc,
                field: field,
                detail: `variable ${item.value} is not declared in the template`
            });
        }
        return item.value;
    });
}

// EXTERNAL MODULE: ./src/template/plan-identity.ts
var plan_identity = __webpack_require__(3518);
;// CONCATENATED MODULE: ./src/template/load.ts
// Loads a Packer JSON template into one frozen build plan per selected builder, or throws every problem it
// found (an InputError, or InputErrors for several), each naming its file, line, column and JSON path.
// Nothing here talks to AWS or SSH.



















/** The Packer version we answer to (packer_version, min_packer_version). */
const PACKER_COMPATIBLE_VERSION = '1.11.0';
/**
 * Loads the template. Every sensitive value is reported through `onSecret` as soon as it is read, and
 * an error thrown here has every sensitive value known by then masked out of its message.
 */
function loadTemplate(options) {
    const secrets = new src_secrets/* SecretRegistry */.ks(options.onSecret);
    try {
        const loaded = load(options, secrets);
        // The same template again, for an instant and ids that never change: what identifies its images.
        const stable = load({ ...options, ...plan_identity/* STABLE_RUN */.U, onSecret: undefined, onWarning: undefined }, new src_secrets/* SecretRegistry */.ks());
        const cwd = external_node_path_default().resolve(options.cwd ?? process.cwd());
        return (0,freeze/* deepFreeze */.o)({ ...loaded, planIdentities: (0,plan_identity/* planIdentities */._)(stable.builds, cwd, secrets.mask) });
    }
    catch (error) {
        throw (0,src_secrets/* maskError */.XX)(error, secrets.mask);
    }
}
function load(options, secrets) {
    const cwd = external_node_path_default().resolve(options.cwd ?? process.cwd());
    const templatePath = external_node_path_default().resolve(cwd, options.path);
    const root = readTemplate(options.path, templatePath);
    const warn = options.onWarning ?? (() => { });
    const problems = new Problems();
    problems.section(() => checkTopLevel(root, warn));
    const packerVersion = options.packerVersion ?? PACKER_COMPATIBLE_VERSION;
    problems.section(() => checkMinPackerVersion(root, packerVersion));
    const base = {
        now: (options.clock ?? (() => new Date()))(),
        uuid: options.uuid ?? external_node_crypto_.randomUUID,
        env: options.env ?? process.env,
        cwd,
        templatePath,
        packerVersion
    };
    const beforeVariables = problems.count;
    const variables = resolveVariables({
        declarations: objectSection(root, 'variables'),
        sensitive: (0,json_positions/* findEntry */.w4)(root, 'sensitive-variables')?.value,
        varFiles: options.varFiles ?? [],
        vars: options.vars ?? [],
        varsLabel: options.varsLabel ?? 'vars',
        scope: base,
        secret: value => secrets.add(value),
        warning: warn,
        problem: error => problems.add(error)
    });
    // A variable in error is "" from here on, which would show as made-up problems wherever it is used: what
    // is wrong so far (the top level, every variable) is what is reported.
    if (problems.count > beforeVariables)
        problems.throwIfAny();
    const undeclared = new Set();
    // Packer renders {{user `x}}} of a variable the template does not declare as "" outside `variables`.
    const user = (name) => {
        const value = variables.values.get(name);
        if (value !== undefined)
            return value;
        if (!undeclared.has(name)) {
            undeclared.add(name);
            warn(`{{user \`${name}\`}}: variable ${name} is not declared in the template; it renders as "" (as in Packer)`);
        }
        return '';
    };
    const scopeFor = (section, build) => ({
        ...base,
        section,
        user,
        buildName: build?.name,
        buildType: build?.type
    });
    // Without its builders nothing else can be read for a build: report what was found up to here.
    const builders = problems.section(() => defineBuilders((0,json_positions/* findEntry */.w4)(root, 'builders')?.value, root.loc, scopeFor('builder')));
    if (builders === undefined) {
        problems.throwIfAny();
        throw new Error('unreachable: a section that failed recorded no problem');
    }
    const builderNames = builders.map(builder => builder.name);
    const provisioners = (problems.section(() => listSection(root, 'provisioners')) ?? []).flatMap((node, index) => problems.section(() => (0,schema_provisioners/* defineProvisioner */.M)(node, `provisioners[${index}]`, builderNames)) ?? []);
    const cleanupNode = (0,json_positions/* findEntry */.w4)(root, 'error-cleanup-provisioner')?.value;
    const cleanup = cleanupNode === undefined || cleanupNode.kind === 'null'
        ? undefined
        : problems.section(() => (0,schema_provisioners/* defineProvisioner */.M)(cleanupNode, 'error-cleanup-provisioner', builderNames));
    const chains = problems.section(() => (0,post_processors/* definePostProcessors */.tm)((0,json_positions/* findEntry */.w4)(root, 'post-processors')?.value, builderNames)) ??
        [];
    const except = options.except ?? [];
    // Like packer build -only: the builders left out are not built, so their type does not matter.
    const selected = selectBuilders(root, builders, options.only ?? [], except, (0,post_processors/* postProcessorNames */.XK)(chains)).filter(build => problems.section(() => checkBuilderType(build, builders)) !== undefined);
    const files = new Set([templatePath, ...variables.files]);
    const contextFor = (section, build, dataHint) => ({
        scope: scopeFor(section, build),
        dataHint,
        readsFile: file => files.add(file),
        secret: value => secrets.add(value),
        randomInt: max => Math.floor((options.random ?? Math.random)() * max),
        problems
    });
    // Each builder, provisioner and post-processor is read on its own, its problems gathered with the others'.
    const builds = selected.map((build) => {
        const builderContext = contextFor('builder', build, build_data/* BUILDER_DATA_HINT */.vo);
        const provisionerContext = contextFor('provisioner', build, build_data/* PROVISIONER_DATA_HINT */.Mx);
        const errorCleanupProvisioner = cleanup === undefined
            ? undefined
            : problems.section(() => (0,schema_provisioners/* instantiateProvisioner */.J)(cleanup, build.name, provisionerContext));
        return {
            name: build.name,
            ...problems.section(() => (0,read_builder/* readBuilder */.k)(build.type, new options_reader/* OptionsReader */.s(build.node, build.path, builderContext))),
            provisioners: provisioners.flatMap(definition => problems.section(() => (0,schema_provisioners/* instantiateProvisioner */.J)(definition, build.name, provisionerContext)) ?? []),
            ...(errorCleanupProvisioner === undefined ? {} : { errorCleanupProvisioner }),
            postProcessors: problems.section(() => (0,post_processors/* instantiateChains */.fX)(chains, build.name, except, contextFor('post-processor', build, build_data/* POST_PROCESSOR_DATA_HINT */.z6))) ?? []
        };
    });
    // Nothing below may see a stand-in value: every problem found so far is reported together.
    problems.throwIfAny();
    (0,key_pair_names/* checkTemporaryKeyPairNames */.Z)(selected, builds);
    return (0,freeze/* deepFreeze */.o)({
        templatePath,
        ...readDescription(root),
        builds,
        variables: Object.fromEntries(variables.values),
        sensitiveVariables: [...variables.sensitiveNames],
        sensitiveValues: secrets.values,
        files: [...files].sort(),
        templateFiles: [templatePath, ...variables.files].sort()
    });
}
function readTemplate(shownPath, absolutePath) {
    let text;
    try {
        text = external_node_fs_default().readFileSync(absolutePath, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? `file not found (looked for ${absolutePath})` : String(error);
        throw new src_errors/* InputError */.dz({
            at: { file: shownPath, line: 1, column: 1 },
            field: '',
            detail: `cannot read the template: ${reason}`
        });
    }
    const root = (0,json_positions/* parseJson */.qF)(text, shownPath);
    if (root.kind !== 'object') {
        throw new src_errors/* InputError */.dz({
            at: root.loc,
            field: '',
            detail: `a template must be a JSON object, found ${(0,json_positions/* describeNode */.WQ)(root)}`
        });
    }
    return root;
}
function objectSection(root, key) {
    const node = (0,json_positions/* findEntry */.w4)(root, key)?.value;
    if (node === undefined || node.kind === 'null')
        return undefined;
    if (node.kind !== 'object')
        throw new src_errors/* InputError */.dz({
            at: node.loc,
            field: key,
            detail: `expected an object, found ${(0,json_positions/* describeNode */.WQ)(node)}`
        });
    return node;
}
function listSection(root, key) {
    const node = (0,json_positions/* findEntry */.w4)(root, key)?.value;
    if (node === undefined || node.kind === 'null')
        return [];
    if (node.kind !== 'array')
        throw new src_errors/* InputError */.dz({
            at: node.loc,
            field: key,
            detail: `expected a list, found ${(0,json_positions/* describeNode */.WQ)(node)}`
        });
    return node.items;
}
/** Applies the build's only/except (like `packer build -only=a,b`); unknown names are errors. */
function selectBuilders(root, builders, only, except, postProcessorNames) {
    const names = builders.map(builder => builder.name);
    const where = (0,json_positions/* findEntry */.w4)(root, 'builders');
    const complain = (detail) => {
        throw new src_errors/* InputError */.dz({ at: where.keyLoc, field: 'builders', detail: detail });
    };
    if (only.length > 0 && except.length > 0)
        complain('give only or except, not both');
    for (const name of only) {
        if (!names.includes(name))
            complain(`only names ${name}, which is not a builder here (builders: ${names.join(', ')})`);
    }
    for (const name of except) {
        if (!names.includes(name) && !postProcessorNames.includes(name)) {
            complain(`except names ${name}, which is neither a builder nor a post-processor here`);
        }
    }
    const selected = builders.filter(builder => (only.length === 0 || only.includes(builder.name)) && !except.includes(builder.name));
    if (selected.length === 0)
        complain('only/except leave no builder to run');
    return selected;
}

;// CONCATENATED MODULE: ./src/template/load-any.ts
// One entry for every template format: a Packer JSON template is loaded as it always was; an HCL2 template
// (`.pkr.hcl`, a folder, or a `.pkr.json` written in HCL's JSON syntax) goes to the HCL2 front end, loaded
// only when needed, so a JSON build does not pay for the HCL2 code at start-up. Both give one LoadedTemplate.





/** Which front end reads `absolutePath`. */
function templateFormat(absolutePath) {
    if (absolutePath.endsWith('.pkr.hcl'))
        return 'hcl2';
    const stat = external_node_fs_default().statSync(absolutePath, { throwIfNoEntry: false });
    if (stat?.isDirectory())
        return 'hcl2';
    if (absolutePath.endsWith('.pkr.json') && stat?.isFile())
        return looksLikeLegacyJson(absolutePath) ? 'json' : 'hcl2';
    return 'json';
}
/**
 * Packer reads a `.pkr.json` file as HCL2 in JSON syntax; many repositories (and Packer's own early
 * docs) give the name to legacy JSON templates too. A top-level `builders` key tells them apart.
 */
function looksLikeLegacyJson(absolutePath) {
    try {
        const document = JSON.parse(external_node_fs_default().readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, ''));
        return (typeof document !== 'object' || document === null || Array.isArray(document) || 'builders' in document);
    }
    catch {
        // Not even JSON: the JSON front end says where it breaks.
        return true;
    }
}
async function loadAnyTemplate(options) {
    const cwd = external_node_path_default().resolve(options.cwd ?? process.cwd());
    const templatePath = external_node_path_default().resolve(cwd, options.path);
    if (templateFormat(templatePath) === 'json')
        return loadTemplate(options);
    const secrets = new src_secrets/* SecretRegistry */.ks(options.onSecret);
    const { loadHclTemplate } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(59)]).then(__webpack_require__.bind(__webpack_require__, 59));
    try {
        return await loadHclTemplate({
            templatePath,
            shownPath: options.path,
            cwd,
            varFiles: options.varFiles ?? [],
            vars: options.vars ?? [],
            varsLabel: options.varsLabel ?? 'vars',
            only: options.only ?? [],
            except: options.except ?? [],
            now: (options.clock ?? (() => new Date()))(),
            uuid: options.uuid ?? external_node_crypto_.randomUUID,
            random: options.random ?? Math.random,
            env: options.env ?? process.env,
            packerVersion: options.packerVersion ?? PACKER_COMPATIBLE_VERSION,
            secrets,
            dataSources: options.dataSources,
            fetchSecret: options.fetchSecret
        });
    }
    catch (error) {
        throw (0,src_secrets/* maskError */.XX)(error, secrets.mask);
    }
}

;// CONCATENATED MODULE: ./src/action/load-from-inputs.ts
// The template the action's inputs name, loaded the one way both steps load it: the main step to
// build it, the post step again to re-derive the credentials it must clean up with (they are never
// saved). Each sensitive value goes to onSecret the moment the loader reads it.


/** Where the build runs: relative paths in the template start here, as in Packer. */
const workingDirectoryOf = (inputs, workspace) => (0,external_node_path_.resolve)(workspace, inputs.workingDirectory);
function loadTemplateFromInputs(inputs, options) {
    return loadAnyTemplate({
        dataSources: options.dataSources,
        fetchSecret: options.fetchSecret,
        onSecret: options.onSecret,
        onWarning: options.onWarning,
        path: inputs.template,
        varFiles: inputs.varFiles,
        vars: inputs.variables,
        varsLabel: 'variables',
        only: inputs.only,
        except: inputs.except,
        clock: options.clock,
        uuid: options.uuid,
        env: options.env,
        cwd: workingDirectoryOf(inputs, options.workspace)
    });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/docker/errors.ts
// The Docker Engine's failures, in the action's error family: the message reads
// `Docker <operation>: <what was being done>: <the Engine's own message>`, so a user sees which call
// failed (a pull, a push, a container's creation) and why; the HTTP status is kept for callers that
// tell "not found" from the rest.

class DockerOperationError extends src_errors/* BuildAmiError */.EA {
    operation;
    /** The image, container or exec the call was about. */
    resource;
    /** The Engine's HTTP status; undefined when no answer came (no daemon, a broken stream). */
    statusCode;
    constructor(details) {
        const detail = details.detail ?? (details.cause === undefined ? undefined : (0,src_errors/* messageOf */.bD)(details.cause));
        super(`Docker ${details.operation}: ${details.doing}${detail ? `: ${detail}` : ''}`, details);
        this.operation = details.operation;
        this.resource = details.resource;
        this.statusCode = details.statusCode;
    }
}

;// CONCATENATED MODULE: ./src/docker/http.ts
// The Docker Engine's HTTP API over its unix socket, with node's own http module: a plain call (JSON
// in, JSON out), a progress stream (pull and push answer 200 and report failures inside the stream),
// and a hijacked connection (exec and attach, where stdin and output share one socket). Every failure
// becomes a DockerOperationError naming the operation, with the Engine's message.


/** The API version the client speaks: Docker 20.10 and later serve it (Docker 25+ still accept it). */
const API_VERSION = '1.41';
function urlOf(call) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(call.query ?? {})) {
        if (value === undefined)
            continue;
        if (Array.isArray(value))
            for (const v of value)
                params.append(key, v);
        else
            params.append(key, String(value));
    }
    const query = params.toString();
    return `/v${API_VERSION}${call.path}${query ? `?${query}` : ''}`;
}
/** The response of a successful call (status below 400), its body unread. */
function engineResponse(endpoint, call) {
    return new Promise((resolve, reject) => {
        const req = send(endpoint, call, reject);
        req.on('response', res => {
            if ((res.statusCode ?? 500) < 400)
                return resolve(res);
            readBody(res).then(body => reject(callError(call, res.statusCode, engineMessage(body))), cause => reject(callError(call, res.statusCode, undefined, cause)));
        });
    });
}
/** A call whose answer is JSON (or empty: undefined). */
async function http_engineJson(endpoint, call) {
    const res = await engineResponse(endpoint, call);
    const body = await readBody(res).catch(cause => {
        throw callError(call, res.statusCode, undefined, cause);
    });
    if (body.length === 0)
        return undefined;
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch (cause) {
        throw callError(call, res.statusCode, 'the Engine answered with something other than JSON', cause);
    }
}
/** A call that answers with a stream of JSON lines; rejects on the first line carrying an error. */
async function engineProgress(endpoint, call, onEvent) {
    const res = await engineResponse(endpoint, call);
    const events = [];
    let pending = '';
    let failure;
    const take = (line) => {
        if (line.trim() === '' || failure !== undefined)
            return;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            return;
        }
        events.push(event);
        if (event.error !== undefined || event.errorDetail?.message !== undefined) {
            failure = event.errorDetail?.message ?? event.error;
        }
        onEvent?.(event);
    };
    try {
        for await (const chunk of res) {
            pending += chunk.toString('utf8');
            const lines = pending.split('\n');
            pending = lines.pop();
            lines.forEach(take);
        }
    }
    catch (cause) {
        throw callError(call, res.statusCode, undefined, cause);
    }
    take(pending);
    if (failure !== undefined)
        throw callError(call, res.statusCode, failure);
    return events;
}
/**
 * A hijacked connection (POST /exec/{id}/start, attach): resolves with the raw socket once the Engine
 * switches protocols; what the caller writes goes to the process's stdin, and ending it sends EOF.
 */
function engineUpgrade(endpoint, call) {
    return new Promise((resolve, reject) => {
        const req = send(endpoint, { ...call, headers: { ...call.headers, Connection: 'Upgrade', Upgrade: 'tcp' } }, reject);
        req.on('upgrade', (_res, socket, head) => resolve({ socket, head }));
        req.on('response', res => {
            readBody(res).then(body => reject((res.statusCode ?? 500) >= 400
                ? callError(call, res.statusCode, engineMessage(body))
                : callError(call, res.statusCode, 'the Engine did not switch protocols')), cause => reject(callError(call, res.statusCode, undefined, cause)));
        });
    });
}
function send(endpoint, call, reject) {
    const headers = { ...call.headers };
    let payload;
    if (call.json !== undefined) {
        payload = Buffer.from(JSON.stringify(call.json));
        headers['Content-Type'] = 'application/json';
    }
    else if (Buffer.isBuffer(call.body)) {
        payload = call.body;
        headers['Content-Type'] ??= 'application/x-tar';
    }
    else if (call.body) {
        headers['Content-Type'] ??= 'application/x-tar';
    }
    const req = (0,external_node_http_.request)({
        socketPath: endpoint.socketPath,
        method: call.method,
        path: urlOf(call),
        headers: payload ? { ...headers, 'Content-Length': String(payload.length) } : headers,
        signal: call.signal
    });
    req.on('error', cause => reject(connectionError(endpoint, call, cause)));
    if (payload)
        req.end(payload);
    else if (call.body) {
        // A body that fails (a file changed while it was archived) fails the call instead of hanging it.
        const body = call.body;
        body.once('error', err => req.destroy(err));
        body.pipe(req);
    }
    else
        req.end();
    return req;
}
async function readBody(res) {
    const chunks = [];
    for await (const chunk of res)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/** The Engine's errors are `{"message": "..."}`; anything else is quoted as it came, shortened. */
function engineMessage(body) {
    const text = body.toString('utf8').trim();
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.message === 'string')
            return parsed.message;
    }
    catch {
        // not JSON
    }
    return text.length > 300 ? `${text.slice(0, 300)}...` : text;
}
function callError(call, statusCode, detail, cause) {
    return new DockerOperationError({
        operation: call.operation,
        doing: call.doing,
        resource: call.resource,
        statusCode,
        detail,
        cause
    });
}
function connectionError(endpoint, call, cause) {
    const code = cause.code;
    const noDaemon = code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'EACCES';
    return new DockerOperationError({
        operation: call.operation,
        doing: call.doing,
        resource: call.resource,
        cause,
        hint: noDaemon
            ? `No Docker daemon answers on ${endpoint.socketPath}: start Docker, or point DOCKER_HOST at its socket`
            : undefined
    });
}

;// CONCATENATED MODULE: ./src/docker/auth.ts
// Registry credentials as the Engine takes them: the X-Registry-Auth header on pulls and pushes, and
// /auth, which checks a login the way `docker login` does without storing anything.

/** The X-Registry-Auth header: URL-safe base64 of the JSON credentials ({} for anonymous access). */
function registryAuthHeader(auth) {
    // Go's base64.URLEncoding: the URL-safe alphabet with `=` padding, which the Engine requires (it
    // silently treats an unpadded value as no credentials).
    const encoded = Buffer.from(JSON.stringify(auth ?? {}))
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
    return { 'X-Registry-Auth': encoded };
}
/**
 * Checks credentials with the registry, as `docker login` does (nothing is stored); rejects when the
 * registry refuses them. Returns the identity token the registry may hand out instead of the password.
 */
async function checkLogin(endpoint, auth) {
    const answer = await http_engineJson(endpoint, {
        operation: 'login',
        doing: `logging in to ${auth.serveraddress ?? 'the default registry'}${auth.username ? ` as ${auth.username}` : ''}`,
        resource: auth.serveraddress,
        method: 'POST',
        path: '/auth',
        json: auth
    });
    return { identityToken: answer?.IdentityToken || undefined };
}

;// CONCATENATED MODULE: ./src/docker/reference.ts
// Image references as the Engine's endpoints want them: a tag made explicit, and split from the
// repository at the tag's colon, never at a registry's port.
/** A reference with an explicit tag (`:latest` when it has neither tag nor digest), as the docker CLI pulls. */
function withDefaultTag(ref) {
    const name = ref.slice(ref.lastIndexOf('/') + 1);
    return name.includes(':') || name.includes('@') ? ref : `${ref}:latest`;
}
/** `repo[:tag]` split at the tag's colon (not a registry port's). */
function splitTag(ref) {
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon <= slash || ref.includes('@'))
        return { repository: ref };
    return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
}

;// CONCATENATED MODULE: ./src/docker/containers.ts


const path = (s) => encodeURIComponent(s);
async function createContainer(endpoint, spec, options = {}) {
    const created = await http_engineJson(endpoint, {
        operation: 'create container',
        doing: `creating a container from ${spec.Image}`,
        resource: spec.Image,
        method: 'POST',
        path: '/containers/create',
        query: { name: options.name, platform: options.platform },
        json: spec,
        signal: options.signal
    });
    return created.Id;
}
async function startContainer(endpoint, id, signal) {
    await http_engineJson(endpoint, {
        operation: 'start container',
        doing: `starting container ${id.slice(0, 12)}`,
        resource: id,
        method: 'POST',
        path: `/containers/${path(id)}/start`,
        signal
    });
}
/** Removes a container (running or not) and its anonymous volumes; a container already gone is not an error. */
async function removeContainer(endpoint, id) {
    try {
        await http_engineJson(endpoint, {
            operation: 'remove container',
            doing: `removing container ${id.slice(0, 12)}`,
            resource: id,
            method: 'DELETE',
            path: `/containers/${path(id)}`,
            query: { force: true, v: true }
        });
    }
    catch (err) {
        if (err.statusCode !== 404)
            throw err;
    }
}
/** Containers (running or not) carrying a label, `key=value` or just `key`. */
async function listContainersByLabel(endpoint, label) {
    return engineJson(endpoint, {
        operation: 'list containers',
        doing: `listing containers labelled ${label}`,
        method: 'GET',
        path: '/containers/json',
        query: { all: true, filters: JSON.stringify({ label: [label] }) }
    });
}
/** Commits a container's filesystem as an image and returns its id (`sha256:...`). */
async function commitContainer(endpoint, id, options = {}) {
    const { repository, tag } = options.reference
        ? splitTag(options.reference)
        : { repository: undefined, tag: undefined };
    const committed = await http_engineJson(endpoint, {
        operation: 'commit',
        doing: `committing container ${id.slice(0, 12)}`,
        resource: id,
        method: 'POST',
        path: '/commit',
        query: {
            container: id,
            repo: repository,
            tag,
            author: options.author,
            comment: options.comment,
            pause: options.pause,
            changes: options.changes
        },
        json: {},
        signal: options.signal
    });
    return committed.Id;
}
/** Writes a tar archive's contents into the container under `dir` (which must exist). */
async function putArchive(endpoint, id, dir, tar, signal) {
    await http_engineJson(endpoint, {
        operation: 'upload',
        doing: `copying an archive into ${dir} in container ${id.slice(0, 12)}`,
        resource: id,
        method: 'PUT',
        path: `/containers/${path(id)}/archive`,
        query: { path: dir },
        body: tar,
        signal
    });
}
/** A tar archive of `remotePath` (a file or a directory, named by its base name inside the archive). */
async function getArchive(endpoint, id, remotePath, signal) {
    return engineResponse(endpoint, {
        operation: 'download',
        doing: `copying ${remotePath} out of container ${id.slice(0, 12)}`,
        resource: id,
        method: 'GET',
        path: `/containers/${path(id)}/archive`,
        query: { path: remotePath },
        signal
    });
}
/** `docker export`: the container's filesystem as one tar stream (export_path writes it to a file). */
function exportContainer(endpoint, id, signal) {
    return engineResponse(endpoint, {
        operation: 'export',
        doing: `exporting container ${id.slice(0, 12)}`,
        resource: id,
        method: 'GET',
        path: `/containers/${path(id)}/export`,
        signal
    });
}

;// CONCATENATED MODULE: ./src/docker/multiplex.ts
// The Engine's multiplexed stream (exec and attach without a TTY): frames of an 8-byte header (stream
// 0 stdin, 1 stdout, 2 stderr; three zero bytes; a big-endian 32-bit length) and then that many bytes.
/** Feeds bytes in any chunking and hands each frame's payload to the sink as soon as it is whole. */
class Demultiplexer {
    sink;
    buffered = Buffer.alloc(0);
    constructor(sink) {
        this.sink = sink;
    }
    push(chunk) {
        this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
        while (this.buffered.length >= 8) {
            const size = this.buffered.readUInt32BE(4);
            if (this.buffered.length < 8 + size)
                return;
            const stream = this.buffered[0];
            const payload = this.buffered.subarray(8, 8 + size);
            this.buffered = this.buffered.subarray(8 + size);
            if (stream === 2)
                this.sink.stderr(payload);
            else
                this.sink.stdout(payload);
        }
    }
    /** Bytes of an incomplete frame left at the end (a stream cut short). */
    get leftover() {
        return this.buffered.length;
    }
}

;// CONCATENATED MODULE: ./src/docker/exec.ts


const exec_path = (s) => encodeURIComponent(s);
/** Runs a command in a running container, streaming its output, and returns its exit code. */
async function exec(endpoint, id, spec, io) {
    const short = id.slice(0, 12);
    const created = await http_engineJson(endpoint, {
        operation: 'exec',
        doing: `creating an exec in container ${short}`,
        resource: id,
        method: 'POST',
        path: `/containers/${exec_path(id)}/exec`,
        json: { ...spec, AttachStdin: io.stdin !== undefined, AttachStdout: true, AttachStderr: true },
        signal: io.signal
    });
    const { socket, head } = await engineUpgrade(endpoint, {
        operation: 'exec',
        doing: `starting an exec in container ${short}`,
        resource: id,
        method: 'POST',
        path: `/exec/${exec_path(created.Id)}/start`,
        json: { Detach: false, Tty: spec.Tty ?? false },
        signal: io.signal
    });
    await relay(socket, head, spec.Tty ?? false, io);
    return { exitCode: await execExitCode(endpoint, id, created.Id) };
}
/** The exit code of a finished exec; the Engine may report it a moment after the output stream ends. */
async function execExitCode(endpoint, id, execId) {
    for (let attempt = 0;; attempt++) {
        const state = await http_engineJson(endpoint, {
            operation: 'exec',
            doing: `reading how an exec ended in container ${id.slice(0, 12)}`,
            resource: id,
            method: 'GET',
            path: `/exec/${exec_path(execId)}/json`
        });
        if (!state.Running || attempt >= 50)
            return state.Running ? null : state.ExitCode;
        await new Promise(r => setTimeout(r, 20));
    }
}
/** Pipes stdin in and output out of a hijacked exec connection until the Engine closes it. */
function relay(socket, head, tty, io) {
    return new Promise((resolve, reject) => {
        const demux = new Demultiplexer({ stdout: io.stdout, stderr: io.stderr });
        const take = (chunk) => (tty ? io.stdout(chunk) : demux.push(chunk));
        if (head.length > 0)
            take(head);
        socket.on('data', take);
        socket.once('end', () => resolve());
        socket.once('close', () => resolve());
        socket.once('error', reject);
        const abort = () => socket.destroy(io.signal?.reason);
        io.signal?.addEventListener('abort', abort, { once: true });
        socket.once('close', () => io.signal?.removeEventListener('abort', abort));
        if (io.stdin) {
            io.stdin.on('data', chunk => socket.write(chunk));
            io.stdin.once('end', () => socket.end());
        }
    });
}

;// CONCATENATED MODULE: ./src/docker/images.ts
// Images: pull, push, tag, inspect, remove, save and import, each one Engine call whose failure names
// the image.




const images_path = (s) => encodeURIComponent(s);
async function pullImage(endpoint, ref, options = {}) {
    const image = withDefaultTag(ref);
    await engineProgress(endpoint, {
        operation: 'pull',
        doing: `pulling ${image}`,
        resource: image,
        method: 'POST',
        path: '/images/create',
        query: { fromImage: image, platform: options.platform },
        headers: registryAuthHeader(options.auth),
        signal: options.signal
    }, options.onProgress);
}
/** Pushes one tag and returns the digest the registry gave it. */
async function pushImage(endpoint, ref, options = {}) {
    const { repository, tag } = splitTag(withDefaultTag(ref));
    const events = await engineProgress(endpoint, {
        operation: 'push',
        doing: `pushing ${repository}:${tag}`,
        resource: `${repository}:${tag}`,
        method: 'POST',
        path: `/images/${images_path(repository)}/push`,
        query: { tag },
        headers: registryAuthHeader(options.auth),
        signal: options.signal
    }, options.onProgress);
    const aux = events.find(e => typeof e.aux?.Digest === 'string')?.aux;
    return { digest: aux?.Digest };
}
async function tagImage(endpoint, source, target, signal) {
    const { repository, tag } = splitTag(withDefaultTag(target));
    await http_engineJson(endpoint, {
        operation: 'tag',
        doing: `tagging ${source} as ${repository}:${tag}`,
        resource: source,
        method: 'POST',
        path: `/images/${images_path(source)}/tag`,
        query: { repo: repository, tag },
        signal
    });
}
/** The image, or undefined when the daemon does not have it. */
async function inspectImage(endpoint, ref) {
    try {
        return await http_engineJson(endpoint, {
            operation: 'inspect image',
            doing: `inspecting ${ref}`,
            resource: ref,
            method: 'GET',
            path: `/images/${images_path(ref)}/json`
        });
    }
    catch (err) {
        if (err.statusCode === 404)
            return undefined;
        throw err;
    }
}
/** Images carrying every one of `labels` (`key=value` or `key`). */
async function listImagesByLabel(endpoint, labels) {
    return http_engineJson(endpoint, {
        operation: 'list images',
        doing: `listing images labelled ${labels.join(', ')}`,
        method: 'GET',
        path: '/images/json',
        query: { filters: JSON.stringify({ label: labels }) }
    });
}
async function removeImage(endpoint, ref, options = {}) {
    await http_engineJson(endpoint, {
        operation: 'remove image',
        doing: `removing ${ref}`,
        resource: ref,
        method: 'DELETE',
        path: `/images/${images_path(ref)}`,
        query: { force: options.force }
    });
}
/** `docker save`: the images (with their tags) as one tar stream, to be written where the caller wants. */
function saveImages(endpoint, refs, signal) {
    return engineResponse(endpoint, {
        operation: 'save',
        doing: `saving ${refs.join(', ')}`,
        resource: refs.join(','),
        method: 'GET',
        path: '/images/get',
        query: { names: refs },
        signal
    });
}
/**
 * `docker import`: a root filesystem tarball (a container export) becomes an image, with `changes`
 * applied and an optional `repository[:tag]`; returns the new image's id.
 */
async function importImage(endpoint, tar, options = {}) {
    const { repository, tag } = options.reference
        ? splitTag(withDefaultTag(options.reference))
        : { repository: undefined, tag: undefined };
    const call = {
        operation: 'import',
        doing: `importing a filesystem archive${options.reference ? ` as ${repository}:${tag}` : ''}`,
        resource: options.reference,
        method: 'POST',
        path: '/images/create',
        query: {
            fromSrc: '-',
            repo: repository,
            tag,
            changes: options.changes,
            message: options.message,
            platform: options.platform
        },
        body: tar,
        signal: options.signal
    };
    const events = await engineProgress(endpoint, call);
    const id = events.map(e => e.status).find(s => s?.startsWith('sha256:'));
    if (!id)
        throw new DockerOperationError({
            operation: call.operation,
            doing: call.doing,
            resource: call.resource,
            detail: 'the Engine did not say which image it made'
        });
    return id;
}

;// CONCATENATED MODULE: ./src/docker/engine.ts
// A small Docker Engine client: the calls the docker builder and its post-processors make, over the
// Engine's HTTP API on its unix socket (src/docker/http.ts), one module per kind of thing (images,
// containers, exec, registry auth). Names follow the Engine's own fields, so its API reference is the
// manual. Import from here.






/** The daemon's socket: DOCKER_HOST when it names a unix socket, else the standard path. */
function defaultEndpoint(env = process.env) {
    const host = env.DOCKER_HOST;
    if (host?.startsWith('unix://'))
        return { socketPath: host.slice('unix://'.length) };
    return { socketPath: '/var/run/docker.sock' };
}
async function ping(endpoint) {
    const res = await engineResponse(endpoint, {
        operation: 'ping',
        doing: 'reaching the daemon',
        method: 'GET',
        path: '/_ping'
    });
    res.resume();
}

;// CONCATENATED MODULE: ./src/post-processors/docker-common.ts
// What the four docker post-processors share: what they are handed (the Engine, a log, the build's
// signal), the error they fail with, and Packer's "prior artifact is destroyed" for the artifacts they
// make (an image is untagged, a tar is deleted).



/**
 * A docker post-processor failed: the message starts with its type (`docker-push: ...`) and says what
 * to do when there is something to do; the Engine's error is kept as `cause`.
 */
class DockerPostProcessorError extends src_errors/* BuildAmiError */.EA {
    postProcessor;
    constructor(details) {
        super(`${details.postProcessor}: ${details.message}`, details);
        this.postProcessor = details.postProcessor;
    }
}
/** How an artifact is named in messages: the tar's path, or the image's first name (else its short id). */
function describeArtifact(artifact) {
    if (artifact.kind === 'docker-file')
        return `the file ${artifact.path}`;
    return `the image ${artifact.repoTags[0] ?? shortId(artifact.imageId)}`;
}
function shortId(imageId) {
    return imageId.replace(/^sha256:/, '').slice(0, 12);
}
/** The image's names without repeats, in the order given. */
function uniqueNames(names) {
    return [...new Set(names)];
}
/**
 * Packer's Artifact.Destroy for docker artifacts: an image loses the names it carries (and is removed
 * by id when it has none: the Engine deletes it once nothing names it), a tar is deleted.
 */
async function destroyArtifact(artifact, engine) {
    if (artifact.kind === 'docker-file') {
        await (0,promises_.rm)(artifact.path, { force: true });
        return;
    }
    const names = artifact.repoTags.length > 0 ? uniqueNames(artifact.repoTags) : [artifact.imageId];
    for (const name of names) {
        try {
            await removeImage(engine, name);
        }
        catch (err) {
            // Already gone is what destroying wanted.
            if (err.statusCode !== 404)
                throw err;
        }
    }
}
/** The text of an error with `secret` replaced, for messages built from another error's text. */
function withoutSecret(text, secret) {
    return secret ? text.split(secret).join('***') : text;
}

;// CONCATENATED MODULE: ./src/post-processors/docker-import.ts
// docker-import (packer-plugin-docker post-processor/docker-import): a container's filesystem tar (the
// docker builder's export_path) becomes an image named repository[:tag], with Dockerfile `changes`
// (CMD, ENV, ...) applied, as `docker import --change` does.





async function runDockerImport(pp, input, deps) {
    const fail = (message, details = {}) => new DockerPostProcessorError({ postProcessor: 'docker-import', message, ...details });
    if (input.kind !== 'docker-file') {
        throw fail(`cannot import the image ${input.repoTags[0] ?? shortId(input.imageId)}: can only import from ` +
            'Docker builder artifacts that are files', {
            hint: 'The docker builder made an image (commit: true), so it is already imported: use docker-tag ' +
                'to name it, or set export_path instead of commit to import a filesystem'
        });
    }
    const reference = withDefaultTag(pp.tag === undefined ? pp.repository : `${pp.repository}:${pp.tag}`);
    try {
        await (0,promises_.access)(input.path);
    }
    catch (err) {
        throw fail(`cannot read ${input.path}: ${(0,src_errors/* messageOf */.bD)(err)}`, { cause: err });
    }
    deps.log.info(`docker-import: importing ${input.path} as ${reference}`);
    const imageId = await importImage(deps.engine, (0,external_node_fs_.createReadStream)(input.path), {
        reference,
        changes: [...pp.changes],
        platform: pp.platform,
        signal: deps.signal
    });
    deps.log.info(`docker-import: imported ${reference} (${imageId})`);
    return { kind: 'docker-image', imageId, repoTags: [reference], digests: [] };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/docker/cli-config.ts
// Registries by name, and the credentials the docker CLI keeps for them. The Engine never reads the
// CLI's config.json: the client sends credentials with each pull or push. So a `docker login` done in
// an earlier workflow step (docker/login-action, amazon-ecr-login) reaches the Engine only if we read it
// here, as the docker CLI does: `auths` entries, and credential helpers (`credHelpers`, `credsStore`).




/** Docker Hub as the CLI names it in its config and in a login. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
/** The registry a reference lives in (`docker.io` when its first part is not a host), as the CLI decides. */
function registryOf(ref) {
    const slash = ref.indexOf('/');
    if (slash === -1)
        return 'docker.io';
    const first = ref.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}
/** A registry address without scheme or path, Docker Hub's aliases as `docker.io`: for comparing. */
function normalizeRegistry(server) {
    const host = server
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return ['index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'].includes(host)
        ? 'docker.io'
        : host;
}
/**
 * The credentials `docker login` stored for `registry`, or undefined when there are none (or no
 * config). A credential helper that fails is an error naming the helper.
 */
async function storedCredentials(registry, configDir, env = process.env) {
    configDir ??= env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    const config = await readConfig((0,external_node_path_.join)(configDir, 'config.json'));
    if (config === undefined)
        return undefined;
    const wanted = normalizeRegistry(registry);
    const matches = (key) => normalizeRegistry(key) === wanted;
    const server = wanted === 'docker.io' ? DOCKER_HUB_SERVER : registry;
    const helperKey = Object.keys(config.credHelpers ?? {}).find(matches);
    const helper = helperKey === undefined ? config.credsStore : config.credHelpers[helperKey];
    if (helper) {
        const fromHelper = await askHelper(helper, helperKey ?? server, env);
        if (fromHelper !== undefined)
            return { ...fromHelper, serveraddress: server };
    }
    const entry = Object.entries(config.auths ?? {}).find(([key]) => matches(key))?.[1];
    if (entry?.identitytoken)
        return { identitytoken: entry.identitytoken, serveraddress: server };
    if (!entry?.auth)
        return undefined;
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1)
        return undefined;
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress: server };
}
async function readConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (cause) {
        throw new Error(`${path} is not valid JSON: fix or remove it`, { cause });
    }
}
/** `docker-credential-<helper> get`, as the CLI asks: the server on stdin, JSON back. */
function askHelper(helper, server, env) {
    const program = `docker-credential-${helper}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, ['get'], { timeout: 60_000, env }, (error, stdout) => {
            if (error) {
                // The helper's way of saying it has nothing for this server.
                if (/credentials not found/i.test(stdout) || /credentials not found/i.test(error.message))
                    return resolve(undefined);
                return reject(new Error(`${program} get failed for ${server}: ${error.message.split('\n')[0]}`));
            }
            try {
                const answer = JSON.parse(stdout);
                if (!answer.Secret)
                    return resolve(undefined);
                resolve(answer.Username === '<token>'
                    ? { identitytoken: answer.Secret }
                    : { username: answer.Username, password: answer.Secret });
            }
            catch (cause) {
                reject(new Error(`${program} get answered with something other than JSON`, { cause }));
            }
        });
        child.stdin?.end(server);
    });
}

;// CONCATENATED MODULE: ./src/post-processors/docker-push.ts





const REFUSED = /unauthorized|authentication required|no basic auth credentials|denied|forbidden/i;
async function runDockerPush(pp, input, deps) {
    const fail = (message, details = {}) => new DockerPostProcessorError({
        postProcessor: 'docker-push',
        message: withoutSecret(message, pp.loginPassword),
        ...details
    });
    if (input.kind !== 'docker-image') {
        throw fail(`cannot push the file ${input.path}: can only push docker-import and docker-tag artifacts`, {
            hint: 'Push before docker-save, or import the file with docker-import first'
        });
    }
    const names = uniqueNames(input.repoTags.map(withDefaultTag));
    if (names.length === 0) {
        throw fail(`the image ${shortId(input.imageId)} has no repository:tag to push`, {
            hint: 'Put docker-tag (with the registry in its repository) before docker-push'
        });
    }
    const login = pp.login ? await logIn(pp, deps, fail) : undefined;
    const loginRegistry = normalizeRegistry(pp.loginServer ?? DOCKER_HUB_SERVER);
    const digests = [];
    for (const name of names) {
        const registry = registryOf(name);
        const auth = login !== undefined && normalizeRegistry(registry) === loginRegistry
            ? login
            : await stored(registry, deps, fail);
        deps.log.info(`docker-push: pushing ${name}`);
        let digest;
        try {
            ({ digest } = await pushImage(deps.engine, name, { auth, signal: deps.signal }));
        }
        catch (err) {
            throw pushFailure(pp, name, registry, auth, err, fail);
        }
        if (digest === undefined) {
            deps.log.warning(`docker-push: the registry did not say which digest ${name} has`);
            continue;
        }
        deps.log.info(`docker-push: pushed ${name} (${digest})`);
        digests.push(`${splitTag(name).repository}@${digest}`);
    }
    return { kind: 'docker-image', imageId: input.imageId, repoTags: names, digests: uniqueNames(digests) };
}
/** Checks the login with the registry (as `docker login` does) and returns what pushes send. */
async function logIn(pp, deps, fail) {
    const server = pp.loginServer ?? DOCKER_HUB_SERVER;
    const auth = {
        username: pp.loginUsername,
        password: pp.loginPassword,
        serveraddress: server
    };
    deps.log.info(`docker-push: logging in to ${server} as ${pp.loginUsername}`);
    try {
        const { identityToken } = await checkLogin(deps.engine, auth);
        return identityToken ? { identitytoken: identityToken, serveraddress: server } : auth;
    }
    catch (err) {
        const detail = engineDetail(err);
        throw fail(`logging in to ${server} as ${pp.loginUsername} failed: ${detail}`, {
            cause: err,
            hint: REFUSED.test(detail)
                ? 'Check login_username and login_password (and login_server)'
                : `Check that ${server} is reachable from the Docker daemon`
        });
    }
}
async function stored(registry, deps, fail) {
    try {
        return await storedCredentials(registry, deps.dockerConfigDir);
    }
    catch (err) {
        throw fail(`reading the docker CLI's credentials for ${registry} failed: ${(0,src_errors/* messageOf */.bD)(err)}`, {
            cause: err
        });
    }
}
function pushFailure(pp, name, registry, auth, err, fail) {
    const detail = engineDetail(err);
    if (!REFUSED.test(detail)) {
        return fail(`pushing ${name} to ${registry} failed: ${detail}`, { cause: err });
    }
    if (auth === undefined) {
        const other = pp.login ? ` (the login is for ${pp.loginServer ?? 'Docker Hub'}, not ${registry})` : '';
        return fail(`push to ${registry} refused: authentication required${other}`, {
            cause: err,
            hint: `Set login: true with login_server: ${registry}, login_username and login_password, or run docker login ${registry} in an earlier step`
        });
    }
    const who = auth.username ? ` as ${auth.username}` : '';
    return fail(`push of ${name} to ${registry} refused${who}: ${detail}`, {
        cause: err,
        hint: `Check that this account may push to ${splitTag(name).repository}`
    });
}
/** The Engine's own words, without our "Docker push: pushing ..." prefix. */
function engineDetail(err) {
    if (err instanceof DockerOperationError) {
        const message = err.message;
        const parts = message.split(': ');
        return parts.length > 2 ? parts.slice(2).join(': ') : message;
    }
    return (0,src_errors/* messageOf */.bD)(err);
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/post-processors/docker-save.ts
// docker-save (packer-plugin-docker post-processor/docker-save): writes the image, with its names, to
// `path` as `docker save` does, so `docker load` restores it elsewhere. A failed save leaves no
// partial file behind. As Packer's, it hands on the image it was given (the tar is a by-product), so a
// docker-push may follow it in the chain.







async function runDockerSave(pp, input, deps) {
    if (input.kind !== 'docker-image') {
        throw new DockerPostProcessorError({
            postProcessor: 'docker-save',
            message: `cannot save the file ${input.path}: can only save Docker builder artifacts (images)`
        });
    }
    // Saved by name, the tar keeps the names (docker load tags the image again); by id when it has none.
    const refs = input.repoTags.length > 0 ? uniqueNames(input.repoTags) : [input.imageId];
    deps.log.info(`docker-save: saving ${refs.join(', ')} to ${pp.path}`);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(pp.path), { recursive: true });
        const tar = await saveImages(deps.engine, refs, deps.signal);
        await (0,external_node_stream_promises_.pipeline)(tar, (0,external_node_fs_.createWriteStream)(pp.path), { signal: deps.signal });
    }
    catch (err) {
        await (0,promises_.rm)(pp.path, { force: true });
        throw new DockerPostProcessorError({
            postProcessor: 'docker-save',
            message: `saving ${refs.join(', ')} to ${pp.path} failed: ${(0,src_errors/* messageOf */.bD)(err)}`,
            cause: err
        });
    }
    deps.log.info(`docker-save: saved to ${pp.path}`);
    return input;
}

;// CONCATENATED MODULE: ./src/post-processors/docker-tag.ts


async function runDockerTag(pp, input, deps) {
    if (pp.deprecatedTag) {
        deps.log.warning('docker-tag: the "tag" option has been replaced with "tags"; it still works, but may not in a ' +
            'future version of Packer');
    }
    if (input.kind !== 'docker-image') {
        throw new DockerPostProcessorError({
            postProcessor: 'docker-tag',
            message: `cannot tag the file ${input.path}: can only tag from Docker builder artifacts (an image the build committed, or docker-import's)`,
            hint: 'Put docker-import before docker-tag to make an image of an exported filesystem'
        });
    }
    const names = (pp.tags.length > 0 ? pp.tags.map(tag => `${pp.repository}:${tag}`) : [pp.repository]).map(withDefaultTag);
    for (const name of names) {
        deps.log.info(`docker-tag: tagging image ${shortId(input.imageId)} as ${name}`);
        // `force` is Packer's `docker tag -f`, gone since Docker 1.12: a tag always moves to the new image.
        await tagImage(deps.engine, input.imageId, name, deps.signal);
    }
    return { kind: 'docker-image', imageId: input.imageId, repoTags: [...new Set(names)], digests: [] };
}

;// CONCATENATED MODULE: ./src/post-processors/docker-chain.ts







/** Packer's defaults: [keep the input, and keep it whatever keep_input_artifact says]. */
const KEEP = {
    'docker-tag': [true, true],
    'docker-push': [true, false],
    'docker-save': [true, false],
    'docker-import': [false, false],
    manifest: [true, false],
    'shell-local': [true, false]
};
/** Whether a post-processor keeps its input artifact, as Packer decides. */
function keepsInput(pp) {
    const [byDefault, forced] = KEEP[pp.type];
    if (pp.keepInputArtifact === undefined)
        return byDefault;
    if (byDefault && forced && !pp.keepInputArtifact)
        return true;
    return pp.keepInputArtifact;
}
/** Runs one post-processor on `input` and returns the artifact it hands on. */
async function runPostProcessor(pp, input, deps) {
    switch (pp.type) {
        case 'docker-tag':
            return runDockerTag(pp, input, deps);
        case 'docker-push':
            return runDockerPush(pp, input, deps);
        case 'docker-save':
            return runDockerSave(pp, input, deps);
        case 'docker-import':
            return runDockerImport(pp, input, deps);
        default:
            if (deps.runOther === undefined) {
                throw new DockerPostProcessorError({
                    postProcessor: pp.type,
                    message: `cannot run on ${describeArtifact(input)} here`
                });
            }
            await deps.runOther(pp, input);
            return input;
    }
}
/**
 * One chain on `input`. A post-processor's failure stops the chain and is thrown; nothing is destroyed
 * after it (Packer would go on to destroy the build's artifact; a failed build keeps what it has).
 */
async function runDockerChain(chain, input, deps) {
    const artifacts = [];
    let keepInput = false;
    let prior = input;
    for (const [index, pp] of chain.entries()) {
        deps.signal?.throwIfAborted();
        deps.log.info(pp.name === pp.type
            ? `Running post-processor: ${pp.type}`
            : `Running post-processor: ${pp.name} (type ${pp.type})`);
        const artifact = await runPostProcessor(pp, prior, deps);
        const keep = keepsInput(pp);
        if (index === 0)
            keepInput = keep;
        else if (keep)
            artifacts.push(prior);
        else if (prior !== artifact)
            await destroy(prior, pp, deps);
        prior = artifact;
    }
    if (chain.length > 0)
        artifacts.push(prior);
    return { artifacts: unique(artifacts), keepInput };
}
/**
 * Every chain on the build's artifact, as `packer build` runs them: all chains run even when one fails;
 * then the build's artifact is destroyed unless something keeps it (only when all succeeded), and the
 * first failure is thrown (the others are logged). Returns every artifact kept: the build's first when
 * kept, then each chain's.
 */
async function runDockerPostProcessors(chains, buildArtifact, deps) {
    const kept = [];
    const failures = [];
    let keepBuildArtifact = chains.length === 0;
    for (const chain of chains) {
        try {
            const result = await runDockerChain(chain, buildArtifact, deps);
            // A chain that only handed it on (manifest, shell-local) ends with it: it is kept, not deleted.
            keepBuildArtifact ||= result.keepInput || result.artifacts.includes(buildArtifact);
            kept.push(...result.artifacts);
        }
        catch (err) {
            failures.push(err);
            if (deps.signal?.aborted)
                break;
        }
    }
    if (failures.length > 0) {
        for (const extra of failures.slice(1))
            deps.log.warning((0,src_errors/* messageOf */.bD)(extra));
        throw failures[0];
    }
    if (!keepBuildArtifact) {
        deps.log.info(`Deleting the build's artifact: ${describeArtifact(buildArtifact)}`);
        await destroyArtifact(buildArtifact, deps.engine).catch(err => {
            throw new DockerPostProcessorError({
                postProcessor: 'post-processors',
                message: `destroying ${describeArtifact(buildArtifact)} failed: ${(0,src_errors/* messageOf */.bD)(err)}`,
                cause: err
            });
        });
        return unique(kept);
    }
    return unique([buildArtifact, ...kept]);
}
async function destroy(prior, pp, deps) {
    deps.log.info(`${pp.type}: deleting its input, ${describeArtifact(prior)} (keep_input_artifact is false)`);
    try {
        await destroyArtifact(prior, deps.engine);
    }
    catch (err) {
        throw new DockerPostProcessorError({
            postProcessor: pp.type,
            message: `cleaning up its input, ${describeArtifact(prior)}, failed: ${(0,src_errors/* messageOf */.bD)(err)}`,
            cause: err
        });
    }
}
/** An artifact handed on unchanged (manifest, shell-local) appears once. */
function unique(artifacts) {
    return [...new Set(artifacts)];
}

// EXTERNAL MODULE: ./src/provisioners/index.ts + 34 modules
var provisioners = __webpack_require__(2764);
;// CONCATENATED MODULE: ./src/post-processors/manifest.ts
// The manifest post-processor, in Packer's packer-manifest.json format: each run appends its
// builds to the file (creating it if needed) and sets last_run_uuid, so tools that read
// `.builds[-1].artifact_id` keep working.


function writeManifest(config, entry, run) {
    const path = (0,external_node_path_.resolve)(run.cwd, config.output || 'packer-manifest.json');
    const existing = (0,external_node_fs_.existsSync)(path)
        ? JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'))
        : { builds: [], last_run_uuid: '' };
    const build = {
        name: entry.buildName,
        builder_type: entry.builderType ?? 'amazon-ebs',
        build_time: config.strip_time ? undefined : Math.floor(run.time.getTime() / 1000),
        files: entry.files?.length
            ? entry.files.map(f => ({ ...f, name: config.strip_path ? (0,external_node_path_.basename)(f.name) : f.name }))
            : null,
        artifact_id: entry.artifactId,
        packer_run_uuid: run.uuid,
        custom_data: config.custom_data && Object.keys(config.custom_data).length ? { ...config.custom_data } : null
    };
    const manifest = { builds: [...(existing.builds ?? []), build], last_run_uuid: run.uuid };
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(manifest, null, 2) + '\n');
    return path;
}
function artifactId(amis) {
    return Object.entries(amis)
        .map(([region, id]) => `${region}:${id}`)
        .join(',');
}

;// CONCATENATED MODULE: ./src/action/post-processors.ts
// Runs each build's post-processor chains on its artifact: manifest writes Packer's
// packer-manifest.json; shell-local runs commands on the runner with the artifact's details. A docker
// build's chains run through docker-chain.ts (docker-tag, docker-push, docker-save, docker-import, with
// Packer's keep_input_artifact), which hands manifest and shell-local back here.






/** shell-local runs on the runner: it has no machine to talk to. */
const NO_MACHINE = new Proxy({}, {
    get: () => () => Promise.reject(new Error('the shell-local post-processor has no machine to connect to'))
});
/**
 * The data a manifest's custom_data may name: the source image's facts, the artifact, the run. A reused
 * image (nothing was looked up in this run) leaves the source's facts empty rather than failing.
 */
function manifestBuildData(result, id, runUuid) {
    const empty = Object.fromEntries([...build_data/* PROVISIONER_BUILD_NAMES */.LK].map(name => [name, '']));
    return { ...empty, ...result.buildData, ID: id, PackerRunUUID: runUuid };
}
function viewOf(result) {
    if (result.outcome !== 'succeeded')
        return undefined;
    if (result.builderType === 'docker')
        return result.docker && dockerView(result.docker);
    return result.amiId ? { builderType: 'amazon-ebs', id: artifactId(result.amis) } : undefined;
}
/** Packer's docker artifacts: an image's id is the image id; an export's is its path, its one file. */
function dockerView(docker) {
    if (docker.kind === 'docker-image')
        return { builderType: 'docker', id: docker.imageId, docker };
    const size = (0,external_node_fs_.existsSync)(docker.path) ? (0,external_node_fs_.statSync)(docker.path).size : 0;
    return { builderType: 'docker', id: docker.path, files: [{ name: docker.path, size }], docker };
}
/** Returns the path of the last manifest written, if any. */
async function runPostProcessors(run) {
    let manifestPath;
    for (const [index, plan] of run.template.builds.entries()) {
        const result = run.results[index];
        const first = viewOf(result);
        if (!first)
            continue;
        // manifest and shell-local: they record or act on the artifact they are given and hand it on.
        const runOther = async (pp, view) => {
            const written = await runManifestOrShellLocal(pp, view, plan.name, result, run);
            manifestPath = written ?? manifestPath;
        };
        if (result.builderType === 'docker' && result.docker) {
            // Packer's chains for docker artifacts: each post-processor's artifact goes to the next, and
            // keep_input_artifact decides what is kept (docker-chain.ts).
            result.dockerKept = await runDockerPostProcessors(plan.postProcessors, result.docker, {
                engine: run.dockerEndpoint ?? defaultEndpoint(),
                log: run.log,
                signal: run.signal,
                runOther: (pp, artifact) => runOther(pp, dockerView(artifact))
            });
            continue;
        }
        // An AMI: the template loader refused docker post-processors on it, so only these two remain.
        for (const chain of plan.postProcessors)
            for (const pp of chain)
                if (pp.type === 'manifest' || pp.type === 'shell-local')
                    await runOther(pp, first);
    }
    return manifestPath;
}
/** Returns the manifest's path when `pp` wrote one. */
async function runManifestOrShellLocal(pp, view, buildName, result, run) {
    const { id } = view;
    if (pp.type === 'manifest') {
        const path = writeManifest({
            output: pp.output,
            strip_path: pp.stripPath,
            strip_time: pp.stripTime,
            custom_data: Object.fromEntries(Object.entries(pp.customData).map(([key, value]) => [
                key,
                value.render(manifestBuildData(result, id, run.runUuid))
            ]))
        }, { buildName, builderType: view.builderType, artifactId: id, files: view.files }, { uuid: run.runUuid, time: run.time, cwd: run.cwd });
        run.log.info(`${buildName}: manifest written to ${path}`);
        return path;
    }
    run.log.info(`${buildName}: running the shell-local post-processor`);
    await (0,provisioners.createProvisioner)({ ...pp, type: 'shell-local', pauseBeforeMs: 0, maxRetries: 0 }).run({
        communicator: NO_MACHINE,
        log: {
            info: run.log.info,
            warning: run.log.warning,
            output: (_stream, line) => run.log.info(line)
        },
        buildName,
        builderType: view.builderType,
        signal: run.signal,
        cwd: run.cwd,
        // Packer hands shell-local no artifact details in JSON templates; ours are named as ours.
        env: {
            ...process.env,
            ...(result.amiId ? { BUILD_AMI_AMI_ID: result.amiId } : {}),
            BUILD_AMI_ARTIFACT_ID: id
        },
        buildData: { ID: result.amiId ?? id, BuildRegion: result.region, PackerRunUUID: run.runUuid }
    });
    return undefined;
}

;// CONCATENATED MODULE: ./src/builder/docker/check-daemon.ts
// Before anything else: can the daemon be reached? A missing or refusing socket fails here, before
// anything is pulled or created, with what to do (http.ts: start Docker, or set DOCKER_HOST).

function checkDaemon(ctx) {
    return {
        title: 'Check Docker daemon',
        async run() {
            await ping(ctx.endpoint);
            ctx.log.info(`Docker daemon at ${ctx.endpoint.socketPath}`);
        }
    };
}

;// CONCATENATED MODULE: ./src/docker/tar.ts
// Just enough tar for the Engine's archive endpoints, which take and give tar streams: a writer of
// ustar entries (a PAX header carries names past 100 bytes) and a streaming reader that hands each
// entry's bytes on as they arrive, so a large download is never held in memory. Reads the PAX and
// GNU long-name extensions the Engine writes.


const BLOCK = 512;
/** A whole archive (entries, then the two zero blocks that end it). */
function writeTar(entries) {
    const parts = [];
    for (const entry of entries) {
        const name = entry.type === 'directory' ? `${entry.name}/` : entry.name;
        const link = entry.linkTarget ?? '';
        if (Buffer.byteLength(name) > 100 || Buffer.byteLength(link) > 100) {
            const pax = paxRecords({ path: name, ...(link ? { linkpath: link } : {}) });
            parts.push(header({ name: 'PaxHeader', typeflag: 'x', size: pax.length, mode: 0o644 }), padded(pax));
        }
        const content = entry.type === 'file' ? (entry.content ?? Buffer.alloc(0)) : Buffer.alloc(0);
        parts.push(header({
            name: name.slice(0, 100),
            typeflag: entry.type === 'file' ? '0' : entry.type === 'directory' ? '5' : '2',
            size: content.length,
            mode: entry.mode,
            linkname: link.slice(0, 100),
            uid: entry.uid,
            gid: entry.gid,
            mtime: entry.mtime
        }), padded(content));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}
/**
 * The same archive as writeTar, as a stream: entries with `localPath` are read from disk chunk by
 * chunk, so uploading a large file or tree never holds it in memory. A file whose size changed since it
 * was listed fails the stream (its header already promised the size).
 */
function tarStream(entries) {
    return external_node_stream_.Readable.from(tarChunks(entries));
}
async function* tarChunks(entries) {
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
        for await (const chunk of (0,external_node_fs_.createReadStream)(entry.localPath)) {
            sent += chunk.length;
            if (sent > entry.size)
                break;
            yield chunk;
        }
        if (sent !== entry.size)
            throw new Error(`${entry.localPath} changed size while it was uploaded`);
        if (entry.size % BLOCK !== 0)
            yield Buffer.alloc(BLOCK - (entry.size % BLOCK));
    }
    yield Buffer.alloc(BLOCK * 2);
}
function header(h) {
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
    for (const byte of block)
        sum += byte;
    block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
    return block;
}
function octal(block, offset, length, value) {
    block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}
function padded(data) {
    const rest = data.length % BLOCK;
    return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}
function paxRecords(records) {
    const lines = Object.entries(records).map(([key, value]) => {
        const body = ` ${key}=${value}\n`;
        // The record's length counts its own digits.
        let length = Buffer.byteLength(body) + 1;
        while (String(length).length + Buffer.byteLength(body) !== length)
            length++;
        return `${length}${body}`;
    });
    return Buffer.from(lines.join(''), 'utf8');
}
/**
 * A streaming reader: push the archive's bytes in any chunking; `onEntry` is called with each entry's
 * header and may return a sink for its content (or nothing, to skip it).
 */
class TarReader {
    onEntry;
    pending = Buffer.alloc(0);
    remaining = 0;
    padding = 0;
    sink;
    /** An extended header's body being collected (`x` PAX or `L`/`K` GNU long names). */
    extension;
    overrides = {};
    finished = false;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    get ended() {
        return this.finished;
    }
    push(chunk) {
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        while (!this.finished) {
            if (this.remaining > 0) {
                if (this.pending.length === 0)
                    return;
                const take = Math.min(this.remaining, this.pending.length);
                this.content(this.pending.subarray(0, take));
                this.pending = this.pending.subarray(take);
                this.remaining -= take;
                if (this.remaining === 0)
                    this.endEntry();
                continue;
            }
            if (this.padding > 0) {
                const skip = Math.min(this.padding, this.pending.length);
                this.pending = this.pending.subarray(skip);
                this.padding -= skip;
                if (this.padding > 0)
                    return;
                continue;
            }
            if (this.pending.length < BLOCK)
                return;
            const block = this.pending.subarray(0, BLOCK);
            this.pending = this.pending.subarray(BLOCK);
            this.header(block);
        }
    }
    header(block) {
        if (block.every(b => b === 0)) {
            this.finished = true;
            return;
        }
        const typeflag = String.fromCharCode(block[156]);
        const extension = typeflag === 'x' || typeflag === 'L' || typeflag === 'K' || typeflag === 'g';
        const size = (extension ? undefined : this.overrides.size) ?? readNumber(block, 124, 12);
        this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
        this.remaining = size;
        if (extension) {
            this.extension = { kind: typeflag, chunks: [] };
            if (size === 0)
                this.endEntry();
            return;
        }
        const prefix = readString(block, 345, 155);
        const base = readString(block, 0, 100);
        const name = this.overrides.path ?? (prefix ? `${prefix}/${base}` : base);
        const entry = {
            name: name.replace(/\/+$/, ''),
            type: typeflag === '0' || typeflag === '\0' || typeflag === '7'
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
        if (size === 0)
            this.endEntry();
    }
    content(chunk) {
        if (this.extension)
            this.extension.chunks.push(Buffer.from(chunk));
        else
            this.sink?.write(chunk);
    }
    endEntry() {
        if (this.extension) {
            const body = Buffer.concat(this.extension.chunks).toString('utf8');
            if (this.extension.kind === 'x')
                this.overrides = { ...this.overrides, ...parsePax(body) };
            else if (this.extension.kind === 'L')
                this.overrides.path = body.replace(/\0.*$/s, '');
            else if (this.extension.kind === 'K')
                this.overrides.linkpath = body.replace(/\0.*$/s, '');
            this.extension = undefined;
            return;
        }
        this.sink?.end();
        this.sink = undefined;
    }
}
function parsePax(body) {
    const found = {};
    for (const line of body.split('\n')) {
        const match = /^\d+ ([^=]+)=(.*)$/s.exec(line);
        if (!match)
            continue;
        const [, key, value] = match;
        if (key === 'path')
            found.path = value;
        else if (key === 'linkpath')
            found.linkpath = value;
        else if (key === 'size')
            found.size = Number(value);
    }
    return found;
}
function readString(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? length : end).toString('utf8');
}
/** Octal, or base-256 (high bit set) for values past the octal field's range. */
function readNumber(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    if (field[0] & 0x80) {
        let value = field[0] & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const text = readString(block, offset, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}

// EXTERNAL MODULE: ./src/communicator/download-limits.ts
var download_limits = __webpack_require__(1820);
;// CONCATENATED MODULE: ./src/communicator/docker-download.ts
// Downloads out of a container: the Engine hands a path over as a tar stream, read here entry by entry
// straight to disk, under the same limits and with the same results as an SFTP download (a file's
// symlink followed; inside a directory, symlinks and special files skipped and listed; no entry may
// land outside the local folder).




async function downloadFileFromArchive(source, remotePath, localPath, limits) {
    let path = remotePath;
    for (let hops = 0; hops < 16; hops++) {
        let link;
        let bytes = 0;
        await readArchive(await source(path), (entry, index) => {
            if (index > 0)
                return undefined;
            if (entry.type === 'symlink') {
                link = external_node_path_.posix.resolve(external_node_path_.posix.dirname(path), entry.linkTarget);
                return undefined;
            }
            if (entry.type === 'directory')
                throw new Error(`${remotePath} is a directory, not a file`);
            if (entry.type !== 'file')
                throw new Error(`${remotePath} is not a regular file`);
            if (entry.size > limits.maxBytes) {
                throw new download_limits/* DownloadLimitError */._j({
                    limit: 'maxBytes',
                    value: limits.maxBytes,
                    message: `${remotePath} is ${entry.size} bytes, more than ${limits.maxBytes}`
                });
            }
            bytes = entry.size;
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(localPath), { recursive: true });
            return fileSink(localPath, entry.mode & 0o777);
        });
        if (link === undefined)
            return { files: 1, bytes, skipped: [] };
        path = link;
    }
    throw new Error(`${remotePath}: too many levels of symbolic links`);
}
async function downloadTreeFromArchive(source, remoteDir, localDir, limits) {
    const result = { files: 0, bytes: 0, skipped: [] };
    const dirs = [];
    let entries = 0;
    (0,external_node_fs_.mkdirSync)(localDir, { recursive: true });
    await readArchive(await source(remoteDir), (entry, index) => {
        if (index === 0) {
            if (entry.type !== 'directory')
                throw new Error(`${remoteDir}: not a directory`);
            return undefined;
        }
        // The archive names everything under the directory's own base name.
        const relative = entry.name.split('/').slice(1).join('/');
        if (relative.split('/').some(part => part === '' || part === '.' || part === '..')) {
            throw new Error(`${remoteDir} holds an entry named ${JSON.stringify(entry.name)}`);
        }
        if (++entries > limits.maxFiles) {
            throw new download_limits/* DownloadLimitError */._j({
                limit: 'maxFiles',
                value: limits.maxFiles,
                message: `${remoteDir} holds more than ${limits.maxFiles} entries`
            });
        }
        if (entry.type === 'directory') {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(localDir, relative), { recursive: true, mode: 0o700 });
            dirs.push({ path: relative, mode: entry.mode & 0o777 });
            return undefined;
        }
        if (entry.type !== 'file') {
            result.skipped.push(relative);
            return undefined;
        }
        result.files++;
        result.bytes += entry.size;
        if (result.bytes > limits.maxBytes) {
            throw new download_limits/* DownloadLimitError */._j({
                limit: 'maxBytes',
                value: limits.maxBytes,
                message: `the files in ${remoteDir} hold more than ${limits.maxBytes} bytes`
            });
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(localDir, relative)), { recursive: true });
        return fileSink((0,external_node_path_.join)(localDir, relative), entry.mode & 0o777);
    });
    for (const d of dirs.reverse())
        (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(localDir, d.path), d.mode | 0o700);
    return result;
}
/** Reads a tar response to its end; an error thrown by onEntry stops the download and rejects. */
async function readArchive(res, onEntry) {
    let index = 0;
    const reader = new TarReader(entry => onEntry(entry, index++));
    try {
        for await (const chunk of res) {
            reader.push(chunk);
            if (reader.ended)
                break;
        }
    }
    finally {
        res.destroy();
    }
}
function fileSink(path, mode) {
    const fd = (0,external_node_fs_.openSync)(path, 'w', 0o600);
    return {
        write: chunk => {
            (0,external_node_fs_.writeSync)(fd, chunk);
        },
        end: () => {
            (0,external_node_fs_.closeSync)(fd);
            (0,external_node_fs_.chmodSync)(path, mode);
        }
    };
}

// EXTERNAL MODULE: ./src/communicator/lines.ts
var lines = __webpack_require__(696);
;// CONCATENATED MODULE: ./src/communicator/docker.ts
// The Communicator for the docker builder: the container itself, reached through the Docker Engine.
// Commands run with exec as Packer's docker communicator runs them (`/bin/sh -c "(command)"`, as
// exec_user), files go in as tar archives (put-archive) and come out the same way (get-archive), so the
// shell and file provisioners run unchanged; with fix_upload_owner, what was uploaded is then handed to
// the container's user (`chown -R`, run as root), as Packer does. No connection is held open: close()
// only marks it closed.








function dockerCommunicator(options) {
    return new DockerCommunicator(options);
}
class DockerCommunicator {
    options;
    closed = false;
    short;
    constructor(options) {
        this.options = options;
        this.short = options.containerId.slice(0, 12);
    }
    async exec(command, options = {}) {
        const out = new lines/* LineBuffer */.F0(options.onStdout);
        const err = new lines/* LineBuffer */.F0(options.onStderr);
        const result = await this.run(command, {
            tty: options.pty,
            signal: options.signal,
            stdout: c => out.push(c),
            stderr: c => err.push(c)
        });
        out.end();
        err.end();
        return result;
    }
    execStream(command, streams, options = {}) {
        return this.run(command, {
            signal: options.signal,
            env: options.env,
            stdin: streams.stdin,
            stdout: c => streams.stdout.write(c),
            stderr: c => streams.stderr.write(c)
        });
    }
    async upload(remotePath, content, mode) {
        const path = this.resolve(remotePath);
        const name = external_node_path_.posix.basename(path);
        let tar;
        if (typeof content === 'object' && !Buffer.isBuffer(content)) {
            const stat = (0,external_node_fs_.statSync)(content.localPath);
            tar = tarStream([
                { name, mode: mode ?? stat.mode & 0o7777, localPath: content.localPath, size: stat.size }
            ]);
        }
        else {
            tar = writeTar([{ name, type: 'file', mode: mode ?? 0o644, content: Buffer.from(content) }]);
        }
        await this.transfer(`uploading ${path}`, () => putArchive(this.options.endpoint, this.options.containerId, external_node_path_.posix.dirname(path), tar));
        await this.fixOwner(path);
    }
    async uploadDirectory(localDir, remoteDir) {
        const dir = this.resolve(remoteDir);
        const made = await this.run(`mkdir -p ${docker_shellQuote(dir)}`, {
            stdout: () => undefined,
            stderr: () => undefined
        });
        if (made.exitCode !== 0) {
            throw new src_errors/* CommunicatorError */.yi({ message: `Could not create ${dir} in container ${this.short}` });
        }
        const tar = tarStream(localEntries(localDir));
        await this.transfer(`uploading ${localDir} to ${dir}`, () => putArchive(this.options.endpoint, this.options.containerId, dir, tar));
        await this.fixOwner(dir);
    }
    /** fix_upload_owner: hands an uploaded path to the container's user, as root. */
    async fixOwner(path) {
        const owner = this.options.uploadOwner;
        if (owner === undefined)
            return;
        const output = [];
        const result = await this.run(`chown -R ${docker_shellQuote(owner)} ${docker_shellQuote(path)}`, {
            user: 'root',
            stdout: c => output.push(c.toString()),
            stderr: c => output.push(c.toString())
        });
        if (result.exitCode !== 0) {
            throw new src_errors/* CommunicatorError */.yi({
                message: `Could not set the owner of ${path} to ${owner} in container ${this.short}: ${output.join('').trim()}`
            });
        }
    }
    download(remotePath, localPath, limits = download_limits/* DEFAULT_DOWNLOAD_LIMITS */.Ib) {
        const path = this.resolve(remotePath);
        return this.transfer(`downloading ${path}`, () => downloadFileFromArchive(p => getArchive(this.options.endpoint, this.options.containerId, p), path, localPath, limits));
    }
    downloadDirectory(remoteDir, localDir, limits = download_limits/* DEFAULT_DOWNLOAD_LIMITS */.Ib) {
        const dir = this.resolve(remoteDir);
        return this.transfer(`downloading ${dir}`, () => downloadTreeFromArchive(p => getArchive(this.options.endpoint, this.options.containerId, p), dir, localDir, limits));
    }
    async close() {
        this.closed = true;
    }
    async run(command, io) {
        this.assertOpen();
        try {
            return await exec(this.options.endpoint, this.options.containerId, {
                Cmd: ['/bin/sh', '-c', `(${command})`],
                User: io.user ?? this.options.user,
                Tty: io.tty ?? false,
                Env: io.env ? Object.entries(io.env).map(([k, v]) => `${k}=${v}`) : undefined
            }, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, signal: io.signal });
        }
        catch (err) {
            if (io.signal?.aborted)
                throw io.signal.reason;
            throw new src_errors/* CommunicatorError */.yi({
                message: `Could not run a command in container ${this.short}: ${(0,src_errors/* messageOf */.bD)(err)}`,
                cause: err
            });
        }
    }
    async transfer(doing, action) {
        this.assertOpen();
        try {
            return await action();
        }
        catch (err) {
            if (err instanceof download_limits/* DownloadLimitError */._j)
                throw err;
            const message = (0,src_errors/* isBuildAmiError */.qN)(err)
                ? err.message
                : `${doing} in container ${this.short}: ${(0,src_errors/* messageOf */.bD)(err)}`;
            throw new src_errors/* CommunicatorError */.yi({ message, cause: err });
        }
    }
    resolve(remotePath) {
        const home = this.options.homeDir ?? '/';
        const path = remotePath.startsWith('~/') ? remotePath.slice(2) : remotePath;
        return external_node_path_.posix.resolve(home, path);
    }
    assertOpen() {
        if (this.closed) {
            throw new src_errors/* CommunicatorError */.yi({ message: `The communicator for container ${this.short} is closed` });
        }
    }
}
function docker_shellQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** localDir's contents as archive entries, symlinks followed (as the SSH communicator uploads them). */
function localEntries(localDir, prefix = '') {
    const entries = [];
    for (const name of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(localDir, prefix)).sort()) {
        const relative = prefix === '' ? name : `${prefix}/${name}`;
        const full = (0,external_node_path_.join)(localDir, relative);
        const stat = (0,external_node_fs_.statSync)(full);
        if (stat.isDirectory()) {
            entries.push({ name: relative, type: 'directory', mode: stat.mode & 0o7777 });
            entries.push(...localEntries(localDir, relative));
        }
        else if (stat.isFile()) {
            entries.push({ name: relative, mode: stat.mode & 0o7777, localPath: full, size: stat.size });
        }
    }
    return entries;
}

// EXTERNAL MODULE: ./src/docker/labels.ts
var docker_labels = __webpack_require__(65);
// EXTERNAL MODULE: ./src/docker/run-command.ts
var run_command = __webpack_require__(785);
;// CONCATENATED MODULE: ./src/builder/docker/context.ts
/** The journal's region for containers: they live in the runner's daemon, not in an AWS region. */
const DOCKER_REGION = 'docker';

;// CONCATENATED MODULE: ./src/builder/docker/create-container.ts
// The build's container: run_command read into the Engine's create body, with volumes, privileged,
// cap_add / cap_drop and platform, and the build id as a label. It is in the journal before it starts,
// so a cleanup (this build's, or the post step's after a kill) finds it; its cleanup removes it on
// success, failure and cancellation alike.





function createBuildContainer(ctx) {
    const b = ctx.plan.builder;
    return {
        title: 'Create container',
        async run(state, signal) {
            const { spec, name, platform } = (0,run_command/* parseRunCommand */.E)(b.runCommand.map(arg => arg.render({ Image: b.image })));
            const host = (spec.HostConfig ??= {});
            const binds = Object.entries(b.volumes).map(([from, to]) => `${from}:${to}`);
            if (binds.length)
                host.Binds = [...(host.Binds ?? []), ...binds];
            if (b.privileged)
                host.Privileged = true;
            if (b.capAdd.length)
                host.CapAdd = [...(host.CapAdd ?? []), ...b.capAdd];
            if (b.capDrop.length)
                host.CapDrop = [...(host.CapDrop ?? []), ...b.capDrop];
            spec.Labels = { ...spec.Labels, [docker_labels/* LABELS */.kg.buildId]: ctx.buildId };
            const id = await createContainer(ctx.endpoint, spec, {
                name,
                platform: platform ?? b.platform,
                signal
            });
            ctx.journal.created({ kind: 'container', id, region: DOCKER_REGION, build: ctx.plan.name });
            state.containerId = id;
            ctx.log.info(`Container ${id.slice(0, 12)} from ${spec.Image}`);
            await startContainer(ctx.endpoint, id, signal);
            const user = spec.User ?? (await inspectImage(ctx.endpoint, spec.Image))?.Config?.User ?? '';
            state.containerUser = user || 'root';
            if (b.communicator.type === 'docker') {
                state.communicator = dockerCommunicator({
                    endpoint: ctx.endpoint,
                    containerId: id,
                    user: b.execUser,
                    uploadOwner: b.fixUploadOwner ? state.containerUser : undefined
                });
            }
        },
        async cleanup(state) {
            const id = state.containerId;
            if (!id)
                return;
            await state.communicator?.close().catch(() => undefined);
            await removeContainer(ctx.endpoint, id);
            ctx.journal.deleted('container', id);
            ctx.log.info(`Removed container ${id.slice(0, 12)}`);
        }
    };
}

;// CONCATENATED MODULE: ./src/builder/docker/finish-container.ts
// What becomes of the provisioned container: committed as an image (with `changes`, author, message
// and the traceability labels, the template's own LABEL winning), exported as a tar (export_path), or
// discarded. The container itself is removed by its own step's cleanup.








function finishContainer(ctx) {
    const b = ctx.plan.builder;
    const output = b.output;
    if (output.kind === 'discard')
        return undefined;
    if (output.kind === 'export')
        return {
            title: 'Export container',
            async run(state, signal) {
                const id = containerOf(state, 'Export container');
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(output.path), { recursive: true });
                const tar = await exportContainer(ctx.endpoint, id, signal);
                try {
                    await (0,external_node_stream_promises_.pipeline)(tar, (0,external_node_fs_.createWriteStream)(output.path), { signal });
                }
                catch (error) {
                    if (signal.aborted)
                        throw error;
                    throw new DockerOperationError({
                        operation: 'export',
                        doing: `writing container ${id.slice(0, 12)}'s filesystem to ${output.path}`,
                        cause: error
                    });
                }
                state.artifact = { kind: 'docker-file', path: output.path };
                ctx.log.info(`Exported the container's filesystem to ${output.path}`);
            }
        };
    return {
        title: 'Commit container',
        async run(state, signal) {
            const id = containerOf(state, 'Commit container');
            const changes = [...b.changes, ...(0,docker_labels/* labelChanges */.O9)(ctx.traceLabels, b.changes)];
            const imageId = await commitContainer(ctx.endpoint, id, {
                changes,
                author: b.author,
                comment: b.message,
                signal
            });
            const image = await inspectImage(ctx.endpoint, imageId);
            state.artifact = {
                kind: 'docker-image',
                imageId,
                repoTags: image?.RepoTags ?? [],
                digests: image?.RepoDigests ?? []
            };
            ctx.log.info(`Committed image ${imageId}`);
        }
    };
}
function containerOf(state, step) {
    if (!state.containerId)
        throw new src_errors/* StepOrderError */.zr({ step, missing: 'container (state.containerId)' });
    return state.containerId;
}

;// CONCATENATED MODULE: ./src/builder/docker/provision.ts
// Runs the provisioners in the container, as the amazon-ebs build's Provision step does over SSH:
// pause_before, timeout and max_retries per provisioner, and the error-cleanup-provisioner when one fails.


function provisionContainer(ctx) {
    const { provisioners, errorCleanupProvisioner } = ctx.plan;
    return {
        title: 'Provision',
        async run(state, signal) {
            try {
                for (const [index, plan] of provisioners.entries())
                    await provision_runOne(ctx, state, plan, `${index + 1}/${provisioners.length}`, signal);
            }
            catch (error) {
                if (errorCleanupProvisioner && !signal.aborted) {
                    ctx.log.warning('A provisioner failed: running the error-cleanup-provisioner');
                    await provision_runOne(ctx, state, errorCleanupProvisioner, 'error-cleanup', signal).catch(cleanupError => ctx.log.warning(`error-cleanup-provisioner failed too: ${(0,src_errors/* messageOf */.bD)(cleanupError)}`));
                }
                throw error;
            }
        }
    };
}
async function provision_runOne(ctx, state, plan, label, signal) {
    if (plan.pauseBeforeMs > 0) {
        ctx.log.info(`Pausing ${plan.pauseBeforeMs / 1000}s before provisioner ${label} (pause_before)`);
        await ctx.sleep(plan.pauseBeforeMs, signal);
    }
    for (let attempt = 0;; attempt++) {
        ctx.log.info(`Provisioner ${label}: ${plan.type}${attempt ? ` (retry ${attempt} of ${plan.maxRetries})` : ''}`);
        const timeout = plan.timeoutMs ? (0,timers/* timeoutSignal */._)(plan.timeoutMs) : undefined;
        try {
            await ctx.createProvisioner(plan).run({
                communicator: state.communicator ?? provision_NO_CONNECTION,
                buildData: {
                    ID: state.containerId ?? '',
                    Host: '',
                    Port: '',
                    User: ctx.plan.builder.execUser ?? '',
                    ConnType: ctx.plan.builder.communicator.type,
                    PackerRunUUID: ctx.buildId
                },
                log: ctx.provisionerLog,
                buildName: ctx.plan.name,
                builderType: 'docker',
                signal: timeout ? AbortSignal.any([signal, timeout]) : signal,
                sleep: ctx.sleep,
                cwd: ctx.workingDirectory
            });
            return;
        }
        catch (thrown) {
            const error = timeout?.aborted && !signal.aborted
                ? new src_errors/* TimeoutError */.MU({
                    what: `provisioner ${label} (${plan.type})`,
                    afterMs: plan.timeoutMs,
                    hint: 'Raise its "timeout", or find what it waits for in its output above',
                    cause: thrown
                })
                : thrown;
            if (signal.aborted || attempt >= plan.maxRetries)
                throw error;
            ctx.log.warning(`Provisioner ${label} failed, retrying: ${(0,src_errors/* messageOf */.bD)(error)}`);
        }
    }
}
/** communicator "none": a provisioner that needs the container (shell, file) says so. */
const provision_refuse = async () => {
    throw new src_errors/* CommunicatorError */.yi({
        message: 'communicator is "none": this provisioner needs the container (use shell-local, or communicator docker)'
    });
};
const provision_NO_CONNECTION = {
    exec: provision_refuse,
    execStream: provision_refuse,
    upload: provision_refuse,
    uploadDirectory: provision_refuse,
    download: provision_refuse,
    downloadDirectory: provision_refuse,
    close: async () => undefined
};

;// CONCATENATED MODULE: ./src/builder/docker/pull-image.ts
// The image the container starts from: logged in first when `login` is set (the registry checks the
// credentials, as `docker login` does), pulled unless pull is false and the daemon has it already.


function pullSourceImage(ctx) {
    const { image, pull, platform, login } = ctx.plan.builder;
    return {
        title: 'Pull image',
        async run(state, signal) {
            const present = await inspectImage(ctx.endpoint, image);
            if (!pull && present) {
                ctx.log.info(`Using ${image} as the daemon has it (pull: false)`);
                state.imageId = present.Id;
                return;
            }
            let auth;
            if (login) {
                auth = { serveraddress: login.server, username: login.username, password: login.password };
                try {
                    const { identityToken } = await checkLogin(ctx.endpoint, auth);
                    if (identityToken)
                        auth = { serveraddress: login.server, identitytoken: identityToken };
                }
                catch (error) {
                    throw withHint(error, 'Check login_server, login_username and login_password');
                }
                ctx.log.info(`Logged in to ${login.server ?? 'the default registry'}`);
            }
            ctx.log.info(`Pulling ${image}`);
            try {
                await pullImage(ctx.endpoint, image, { auth, platform, signal });
            }
            catch (error) {
                if (signal.aborted)
                    throw error;
                throw withHint(error, login
                    ? 'Check the image name, and that the login may read it'
                    : 'Check the image name; for a private registry, set login, login_server, login_username and login_password');
            }
            const pulled = await inspectImage(ctx.endpoint, image);
            if (!pulled)
                throw new DockerOperationError({
                    operation: 'pull',
                    doing: `pulling ${image}`,
                    resource: image,
                    detail: 'the daemon does not have the image after the pull'
                });
            state.imageId = pulled.Id;
            ctx.log.info(`Image ${image}: ${pulled.Id}`);
        }
    };
}
/** The Engine's error with what to do added (its message already names the call and the image). */
function withHint(error, hint) {
    if (!(error instanceof DockerOperationError) || error.hint)
        return error;
    const wrapped = new DockerOperationError({
        operation: error.operation,
        doing: error.message.replace(/^Docker [^:]*: /, ''),
        resource: error.resource,
        statusCode: error.statusCode,
        // The message already carries the Engine's detail.
        detail: '',
        cause: error.cause,
        hint
    });
    return wrapped;
}

;// CONCATENATED MODULE: ./src/builder/docker/build.ts






function dockerSteps(ctx) {
    const steps = [
        checkDaemon(ctx),
        pullSourceImage(ctx),
        createBuildContainer(ctx),
        provisionContainer(ctx),
        finishContainer(ctx)
    ];
    return steps.filter(step => step !== undefined);
}
async function runDockerBuild(ctx, signal) {
    const startedAt = ctx.now();
    const state = {};
    const report = await runSteps(dockerSteps(ctx), state, { log: ctx.log, signal, now: ctx.now });
    const succeeded = report.outcome === 'succeeded';
    return {
        name: ctx.plan.name,
        builderType: 'docker',
        region: '',
        outcome: report.outcome,
        amis: {},
        amiName: '',
        snapshotIds: [],
        docker: succeeded ? state.artifact : undefined,
        sourceImage: ctx.plan.builder.image,
        steps: report.steps,
        error: report.error,
        cleanupErrors: report.cleanupErrors,
        startedAt,
        durationMs: ctx.now() - startedAt
    };
}
/** An image committed earlier from the same inputs, handed on instead of building (reuse). */
function reusedDockerBuild(plan, reusable, now) {
    return {
        name: plan.name,
        builderType: 'docker',
        region: '',
        outcome: 'succeeded',
        amis: {},
        amiName: '',
        snapshotIds: [],
        docker: reusable.artifact,
        sourceImage: plan.builder.image,
        steps: [],
        cleanupErrors: [],
        reusedFrom: { buildId: reusable.buildId, runUrl: reusable.runUrl },
        startedAt: now,
        durationMs: 0
    };
}

;// CONCATENATED MODULE: ./src/builder/docker/find-reusable.ts


async function findReusableImage(endpoint, options) {
    if (options.mode === 'never')
        return undefined;
    const labels = [`${docker_labels/* LABELS */.kg.fingerprint}=${options.fingerprint}`];
    if (options.mode === 'commit')
        labels.push(`${docker_labels/* LABELS */.kg.revision}=${options.sha}`);
    const found = await listImagesByLabel(endpoint, labels);
    const newest = [...found].sort((a, b) => b.Created - a.Created)[0];
    if (!newest)
        return undefined;
    return {
        artifact: {
            kind: 'docker-image',
            imageId: newest.Id,
            repoTags: (newest.RepoTags ?? []).filter(tag => tag !== '<none>:<none>'),
            digests: (newest.RepoDigests ?? []).filter(digest => !digest.startsWith('<none>'))
        },
        buildId: newest.Labels?.[docker_labels/* LABELS */.kg.buildId],
        runUrl: newest.Labels?.[docker_labels/* LABELS */.kg.runUrl]
    };
}

;// CONCATENATED MODULE: ./src/untrusted-output.ts
const ZWSP = '\u200B';
/** .NET's TrimStart set (Char.IsWhiteSpace) and JavaScript's \s together, to be safe under either. */
const LEADING_COMMAND = /^[\s\u0085]*::/;
/** One line (or several, split on any line break) as plain text the runner will not read as a command. */
function asPlainText(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text
        .split(/\r\n|\r|\n/)
        .map(line => {
        const unbracketed = line.replaceAll('##[', `##${ZWSP}[`);
        return LEADING_COMMAND.test(unbracketed) ? ZWSP + unbracketed : unbracketed;
    })
        .join('\n');
}
/**
 * A sink whose plain lines can never be commands: `info` (what core.info writes as is) passes
 * through asPlainText. Annotations, debug lines and group titles are escaped by @actions/core
 * into the data of our own command, so they are safe whatever they carry.
 */
function plainTextSink(sink) {
    return {
        info: line => sink.info(asPlainText(line)),
        warning: line => sink.warning(line),
        error: line => sink.error(line),
        debug: line => sink.debug(line),
        startGroup: title => sink.startGroup(title),
        endGroup: () => sink.endGroup()
    };
}

// EXTERNAL MODULE: ./src/temp-files.ts
var temp_files = __webpack_require__(3551);
;// CONCATENATED MODULE: ./src/action/build-all.ts
// The main step's work: load the template, run every selected build in parallel (each with
// its own journal-backed cleanup), run the post-processors, and report the outputs. Every
// collaborator comes in through `MainDeps`, so tests can run it without the Actions runner.





















/** aws_polling wins; else AWS_POLL_DELAY_SECONDS / AWS_MAX_ATTEMPTS, as Packer reads them. */
function pollingFor(plan, env) {
    const fromEnv = (name) => (env[name] && Number(env[name]) > 0 ? Number(env[name]) : undefined);
    const delaySeconds = plan.builder.polling.delaySeconds ?? fromEnv('AWS_POLL_DELAY_SECONDS');
    return {
        delayMs: delaySeconds === undefined ? undefined : delaySeconds * 1000,
        maxAttempts: plan.builder.polling.maxAttempts ?? fromEnv('AWS_MAX_ATTEMPTS')
    };
}
const KEEP_LAST_LINES = 30;
function provisionerLog(sink, prefix, recent, mask) {
    const p = (line) => (prefix ? `${prefix}: ${line}` : line);
    return {
        info: line => sink.info(p(line)),
        warning: line => sink.warning(p(line)),
        // The machine's output enters the log through `sink`, which masks it (the runner's add-mask
        // matches the text as printed) and then makes it plain text (plainTextSink), so the instance
        // cannot issue workflow commands.
        output: (_stream, line) => {
            const masked = mask(line);
            // Kept for the summary and the PR comment, which the runner's add-mask does not cover; their
            // Markdown is escaped where it is rendered, so they keep the text exactly as printed.
            recent.push(masked);
            if (recent.length > KEEP_LAST_LINES)
                recent.shift();
            sink.info(p(line));
        }
    };
}
async function buildAll(deps) {
    // Each sensitive value is registered with the runner the moment the template loader reads it, so
    // even an invalid template's error, which the runner prints, shows *** in its place; whatever this
    // step throws later is masked the same way before the runner prints it.
    const secrets = new src_secrets/* SecretRegistry */.ks(deps.setSecret);
    try {
        return await buildWith(deps, secrets);
    }
    catch (error) {
        throw (0,src_secrets/* maskError */.XX)(error, secrets.mask);
    }
}
async function buildWith(deps, secrets) {
    const { inputs, state } = deps;
    const now = deps.now ?? Date.now;
    const uuid = deps.uuid ?? external_node_crypto_.randomUUID;
    const cwd = workingDirectoryOf(inputs, deps.workspace);
    const template = await loadTemplateFromInputs(inputs, {
        dataSources: deps.dataSources,
        fetchSecret: deps.fetchSecret,
        workspace: deps.workspace,
        env: deps.env,
        onSecret: value => secrets.add(value),
        // On the run page as warnings, masked like every other line (a name may sit next to a secret).
        onWarning: message => deps.sink.warning(secrets.mask(message)),
        clock: deps.clock,
        uuid
    });
    const mask = secrets.mask;
    // Secrets are masked first, then no plain line can be a workflow command (untrusted-output.ts).
    const sink = maskingSink(plainTextSink(deps.sink), mask);
    const buildId = uuid();
    const run = (0,run_info/* readRunInfo */.m)(deps.env);
    state.buildId(buildId);
    // The post step needs every region the build may touch (copies included) and how to reach it.
    const amazonPlans = template.builds.filter(b => b.type === 'amazon-ebs');
    state.regions(Object.fromEntries(amazonPlans.flatMap(b => [b.builder.region, ...b.builder.amiRegions].map(region => [region, b.builder.customEndpointEc2]))));
    const dockerEndpoint = defaultEndpoint(deps.env);
    if (template.builds.some(b => b.type === 'docker'))
        state.dockerSocket(dockerEndpoint.socketPath);
    const journal = new Journal(entries => state.journal(entries));
    sink.info(`build-ami: build ${buildId}, template ${(0,external_node_path_.relative)(deps.workspace, template.templatePath)}`);
    const parallel = template.builds.length > 1;
    const lastOutput = {};
    let ec2Calls = 0;
    const ec2 = (region, plan) => (0,client/* countCalls */.xe)(deps.ec2(region, plan.builder.customEndpointEc2, plan.builder.credentials, attemptsOf(plan)), () => ec2Calls++);
    const results = await Promise.all(template.builds.map(async (plan) => {
        const print = (0,fingerprint/* fingerprint */.R)({
            build: plan.name,
            plan: template.planIdentities[plan.name] ?? '',
            files: template.files.filter(file => !template.templateFiles.includes(file)),
            baseDir: (0,external_node_path_.dirname)(template.templatePath)
        });
        const log = parallel ? prefixedLog(sink, plan.name) : groupedLog(sink);
        const provisionLog = provisionerLog(sink, parallel ? plan.name : undefined, (lastOutput[plan.name] = []), mask);
        if (plan.type === 'docker') {
            const reusable = plan.builder.output.kind === 'commit'
                ? await findReusableImage(dockerEndpoint, {
                    mode: inputs.reuse,
                    fingerprint: print,
                    sha: run.sha
                }).catch(() => undefined) // no daemon: the build says so at its first step
                : undefined;
            if (reusable) {
                log.info(`Reusing image ${reusable.artifact.imageId}, committed from the same inputs${inputs.reuse === 'commit' ? ' at this commit' : ''}${reusable.runUrl ? ` by ${reusable.runUrl}` : ''}; nothing to build (reuse: ${inputs.reuse})`);
                return reusedDockerBuild(plan, reusable, now());
            }
            return runDockerBuild(dockerContext(plan, {
                deps,
                endpoint: dockerEndpoint,
                buildId,
                journal,
                log,
                provisionerLog: provisionLog,
                traceLabels: (0,docker_labels/* traceLabels */.Ro)(run, { buildId, fingerprint: print, created: new Date(now()) }),
                workingDirectory: cwd,
                now
            }), deps.signal);
        }
        const ctx = {
            plan,
            polling: pollingFor(plan, deps.env),
            buildId,
            ec2: ec2(plan.builder.region, plan),
            ec2For: region => ec2(region, plan),
            ssm: deps.ssm && (() => deps.ssm(plan.builder.region, plan.builder.credentials)),
            journal,
            log,
            connect: deps.connect,
            createProvisioner: deps.createProvisioner,
            provisionerLog: provisionLog,
            temporaryTags: (0,src_tags/* temporaryTags */.NS)(run, buildId),
            traceTags: (0,src_tags/* traceTags */.TS)(run, print, buildId, (0,src_tags/* familyOf */.Ap)((0,external_node_path_.relative)(deps.workspace, template.templatePath), plan.name)),
            workingDirectory: cwd,
            sleep: deps.sleep ?? retry/* sleep */.yy,
            now,
            uuid,
            readFile: path => (0,promises_.readFile)(path, 'utf8'),
            publicIp: deps.publicIp,
            recordAccount: account => state.account([plan.builder.region, ...plan.builder.amiRegions], account)
        };
        // A cancelled lookup falls through to runBuild, which starts no step and reports the cancellation.
        const reusable = await findReusable(plan, ctx.ec2For, {
            mode: inputs.reuse,
            fingerprint: print,
            sha: run.sha,
            signal: deps.signal
        }).catch(error => {
            if (deps.signal.aborted)
                return undefined;
            throw error;
        });
        if (reusable) {
            ctx.log.info(`Reusing ${Object.entries(reusable.amis)
                .map(([region, id]) => `${region}: ${id}`)
                .join(', ')} (${reusable.amiName}), built from the same inputs${inputs.reuse === 'commit' ? ' at this commit' : ''}${reusable.runUrl ? ` by ${reusable.runUrl}` : ''}; nothing to build (reuse: ${inputs.reuse})`);
            return reusedBuild(plan, reusable, now());
        }
        ctx.log.info(`Fingerprint ${print}: no image to reuse (reuse: ${inputs.reuse})`);
        return runBuild(ctx, deps.signal);
    }));
    let manifestPath;
    try {
        manifestPath = await runPostProcessors({
            template,
            results,
            cwd,
            runUuid: buildId,
            time: deps.clock?.() ?? new Date(),
            log: sink,
            signal: deps.signal,
            dockerEndpoint
        });
    }
    finally {
        // Each user of the build's private directory removed its own files; the directory goes too.
        await (0,temp_files/* removeBuildTempDir */.IJ)(buildId, deps.env);
    }
    return {
        template,
        buildId,
        builds: results,
        manifestPath,
        journal: journal.all(),
        lastOutput,
        ec2Calls,
        mask
    };
}
/** Packer's max_retries counts retries after the first attempt; the SDK counts attempts. */
function attemptsOf(plan) {
    return plan.builder.maxRetries === undefined ? undefined : plan.builder.maxRetries + 1;
}
function dockerContext(plan, from) {
    const { deps, ...rest } = from;
    return { ...rest, plan, createProvisioner: deps.createProvisioner, sleep: deps.sleep ?? retry/* sleep */.yy };
}

;// CONCATENATED MODULE: ./src/action/outputs.ts

/** The step's outputs, name → value. */
function outputsOf(result) {
    const built = result.builds.filter(b => b.outcome === 'succeeded' && b.amiId);
    const amis = {};
    for (const b of built)
        for (const [region, id] of Object.entries(b.amis))
            amis[region] ??= id;
    const first = built[0];
    // Every build that handed on an image (an AMI, or a docker build's image or file).
    const made = result.builds.filter(b => b.outcome === 'succeeded' && (b.amiId || b.docker));
    return {
        'build-id': result.buildId,
        ...(first ? { 'ami-id': first.amiId, 'ami-name': first.amiName, region: first.region } : {}),
        amis: JSON.stringify(amis),
        'snapshot-ids': built.flatMap(b => b.snapshotIds).join(','),
        ...(result.manifestPath ? { manifest: result.manifestPath } : {}),
        reused: String(made.length > 0 && made.every(b => b.reusedFrom)),
        'docker-images': JSON.stringify(dockerImagesOf(result.builds)),
        ...result.afterBuild?.outputs
    };
}
/**
 * `docker-images`: per docker build name, its image (id, and every name and digest it was given, by the
 * build and by docker-tag / docker-push) or its exported tar, plus the image docker-import made of it.
 */
function dockerImagesOf(builds) {
    const images = {};
    for (const b of builds) {
        if (b.outcome !== 'succeeded' || !b.docker)
            continue;
        const all = [b.docker, ...(b.dockerKept ?? [])];
        const imageArtifacts = all.filter(a => a.kind === 'docker-image');
        const image = imageArtifacts[0];
        const unique = (values) => [...new Set(values)];
        images[b.name] = {
            ...(b.docker.kind === 'docker-file' ? { file: b.docker.path } : {}),
            ...(image
                ? {
                    image_id: image.imageId,
                    repo_tags: unique(imageArtifacts.flatMap(a => a.repoTags)),
                    digests: unique(imageArtifacts.flatMap(a => a.digests))
                }
                : {})
        };
    }
    return images;
}
function reportOutputs(result, out) {
    const built = result.builds.filter(b => b.outcome === 'succeeded' && b.amiId);
    for (const [name, value] of Object.entries(outputsOf(result)))
        out.setOutput(name, value);
    for (const b of built) {
        out.notice(`${b.name}: ${b.reusedFrom ? 'reused' : 'built'} ${b.amiId} (${b.amiName}) in ${b.region}`);
    }
    for (const b of result.builds) {
        if (b.outcome !== 'succeeded' || !b.docker)
            continue;
        const what = b.docker.kind === 'docker-image'
            ? `image ${b.docker.imageId}`
            : `the container's filesystem to ${b.docker.path}`;
        out.notice(`${b.name}: ${b.docker.kind === 'docker-image' ? 'built' : 'exported'} ${what} from ${b.sourceImage}`);
    }
    const failed = result.builds.filter(b => b.outcome !== 'succeeded');
    for (const b of failed) {
        const failedStep = b.steps.find(s => s.status !== 'succeeded');
        const why = b.outcome === 'cancelled' ? 'cancelled' : (0,src_errors/* messageOf */.bD)(b.error);
        out.error(`${b.name}: ${failedStep ? `${failedStep.title}: ` : ''}${why}`);
    }
    if (failed.length) {
        out.setFailed(`${failed.length} of ${result.builds.length} build(s) did not succeed: ${failed.map(b => b.name).join(', ')}`);
    }
    else if (result.afterBuild?.error) {
        // The image is built and its outputs are set, but a deploy reading the channel would get the old one.
        out.error(`Channels: ${result.afterBuild.error}`);
        out.setFailed(`The image was built, but its channel could not be updated: ${result.afterBuild.error}`);
    }
}

// EXTERNAL MODULE: ./src/action/lifecycle-report.ts
var lifecycle_report = __webpack_require__(8349);
;// CONCATENATED MODULE: ./src/action/report.ts



// An instance asked to terminate and not waited for counts as cleaned up; the post step confirms it.
const report_describe = (e) => {
    const notes = [e.region, e.status === 'terminating' ? 'shutting down' : undefined].filter(Boolean);
    return `${e.kind} ${e.id}${notes.length ? ` (${notes.join('; ')})` : ''}`;
};
function buildLine(result, build) {
    const own = result.journal.filter(e => e.build === build.name);
    const failed = build.outcome !== 'succeeded';
    return {
        name: build.name,
        region: build.region,
        outcome: build.reusedFrom ? 'reused' : build.outcome,
        amis: build.amis,
        amiName: build.amiName,
        ...(build.builderType === 'docker'
            ? {
                docker: {
                    imageId: build.docker?.kind === 'docker-image' ? build.docker.imageId : undefined,
                    file: build.docker?.kind === 'docker-file' ? build.docker.path : undefined,
                    sourceImage: build.sourceImage
                }
            }
            : {}),
        sourceAmi: build.sourceAmi,
        sourceAmiName: build.sourceAmiName,
        startedAt: build.startedAt,
        durationMs: build.durationMs,
        steps: build.steps.map(s => ({
            title: s.title,
            startedAt: s.startedAt,
            durationMs: s.durationMs,
            status: s.status
        })),
        error: failed && build.error !== undefined ? (0,src_errors/* messageOf */.bD)(build.error) : undefined,
        lastOutput: failed ? result.lastOutput[build.name] : undefined,
        cleanedUp: own.filter(e => e.status === 'deleted' || e.status === 'terminating').map(report_describe),
        leftBehind: own.filter(e => e.status === 'created').map(report_describe),
        reusedFrom: build.reusedFrom ? { ...build.reusedFrom, amiId: build.amiId ?? '' } : undefined
    };
}
function buildReport(result, run, outputs, templatePath, env) {
    // The summary and the comment are not masked by the runner: every string in them (an AMI name made
    // from a sensitive variable, an error, the last lines of output) goes through the run's masker.
    return (0,src_secrets/* maskStrings */.X1)({
        templatePath,
        buildId: result.buildId,
        sha: run.sha,
        repository: run.repository,
        serverUrl: run.serverUrl,
        runUrl: run.runUrl || undefined,
        builds: result.builds.map(b => buildLine(result, b)),
        ec2Calls: result.ec2Calls + (result.afterBuild?.calls.ec2 ?? 0),
        ...(0,lifecycle_report/* afterBuildReport */.l4)(result.afterBuild),
        outputs,
        jobId: env.GITHUB_JOB,
        stepId: env.GITHUB_ACTION
    }, result.mask);
}

// EXTERNAL MODULE: ./src/aws/data-source-clients.ts
var data_source_clients = __webpack_require__(9354);
;// CONCATENATED MODULE: ./src/aws/public-ip.ts
// The runner's public address, for the temporary security group: asked of a lookup service
// over HTTPS (the public-ip-lookup-url input, else BUILD_AMI_PUBLIC_IP_URL, else
// checkip.amazonaws.com), with a short timeout.

const DEFAULT_PUBLIC_IP_URL = 'https://checkip.amazonaws.com';
async function lookupPublicIp(url, fetchImpl = fetch) {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) }).catch(error => {
        throw new Error(`could not reach ${url}: ${(0,src_errors/* messageOf */.bD)(error)}`);
    });
    const text = (await response.text()).trim();
    if (!response.ok || !/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
        throw new Error(`${url} answered ${response.status} "${text.slice(0, 60)}", not an IPv4 address`);
    }
    return text;
}

// EXTERNAL MODULE: ./src/inputs.ts + 2 modules
var src_inputs = __webpack_require__(3724);
;// CONCATENATED MODULE: ./src/datasources/data-source-types.ts
// The data source types build-ami resolves, apart from their code: the loader names them in messages
// without loading the AWS clients they need (those load only for a template that has a data block).
const DATA_SOURCE_TYPES = ['amazon-ami', 'amazon-parameterstore', 'amazon-secretsmanager'];

;// CONCATENATED MODULE: ./src/action/template-data.ts
// How the action resolves an HCL2 template's data sources and aws_secretsmanager() calls: through the
// data sources of src/datasources/, with clients built the way every other client is (region, endpoint
// variables, credentials from the block or the standard chain). Their code and the SSM and Secrets
// Manager clients load only when a template has a data block or calls aws_secretsmanager(): a JSON
// template, or an HCL2 one without them, starts without them.

function templateDataHooks(env, log) {
    let loading;
    let loaded;
    const load = () => (loading ??= (async () => {
        const [sources, { dataSourceClients }] = await Promise.all([
            __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 9312)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9354))
        ]);
        return (loaded = { sources, clients: dataSourceClients(env, log.info) });
    })());
    const sourceOf = ({ sources }, type) => {
        if (!sources.isDataSourceType(type))
            throw new Error(`data source type ${type} is not supported`);
        return sources.DATA_SOURCES[type];
    };
    return {
        dataSources: {
            types: DATA_SOURCE_TYPES,
            prepare: async () => void (await load()),
            read: (type, options) => {
                if (loaded === undefined)
                    throw new Error('data sources read before they were prepared');
                return sourceOf(loaded, type).read(options);
            },
            resolve: async (type, config, address, secret) => {
                const modules = await load();
                return sourceOf(modules, type).resolve(config, modules.clients, {
                    address,
                    secret,
                    warn: log.warning
                });
            }
        },
        // The loader registers the value it gets as a secret itself.
        fetchSecret: async (request) => {
            const { sources, clients } = await load();
            return sources.fetchSecret(request, clients, { warn: log.warning });
        }
    };
}

;// CONCATENATED MODULE: ./src/state.ts
const state_NAMES = {
    buildId: 'build-id',
    journal: 'journal',
    endpoints: 'ec2-endpoint',
    regions: 'regions',
    mainFinished: 'main-finished',
    accounts: 'accounts',
    dockerSocket: 'docker-socket'
};
/** The main step's side: each value has its own setter, saved at once. */
class MainState {
    store;
    accountIds = {};
    constructor(store) {
        this.store = store;
    }
    /** The account a build's credentials reach, for each region the build may touch (an id, never a secret). */
    account(regions, accountId) {
        for (const region of regions)
            this.accountIds[region] = accountId;
        this.store.save(state_NAMES.accounts, JSON.stringify(this.accountIds));
    }
    buildId(id) {
        this.store.save(state_NAMES.buildId, id);
    }
    /** Region → endpoint override ('' or undefined for the default endpoint). */
    regions(targets) {
        this.store.save(state_NAMES.regions, JSON.stringify(Object.keys(targets)));
        const overrides = Object.entries(targets).filter(([, endpoint]) => endpoint);
        this.store.save(state_NAMES.endpoints, JSON.stringify(Object.fromEntries(overrides)));
    }
    journal(entries) {
        this.store.save(state_NAMES.journal, JSON.stringify(entries));
    }
    /** Saved before a docker build creates anything. */
    dockerSocket(path) {
        this.store.save(state_NAMES.dockerSocket, path);
    }
    mainFinished() {
        this.store.save(state_NAMES.mainFinished, 'true');
    }
}
/** The post step's side. A value the main step never wrote (or wrote half of, when killed) reads as empty. */
function readSavedState(store) {
    const parse = (text, fallback, valid) => {
        try {
            const value = text ? JSON.parse(text) : fallback;
            return valid(value) ? value : fallback;
        }
        catch {
            return fallback;
        }
    };
    const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    return {
        buildId: store.get(state_NAMES.buildId) || undefined,
        journal: parse(store.get(state_NAMES.journal), [], Array.isArray),
        regions: parse(store.get(state_NAMES.regions), [], Array.isArray),
        endpoints: parse(store.get(state_NAMES.endpoints), {}, isObject),
        mainFinished: store.get(state_NAMES.mainFinished) === 'true',
        accounts: parse(store.get(state_NAMES.accounts), {}, isObject),
        dockerSocket: store.get(state_NAMES.dockerSocket) || undefined
    };
}

// EXTERNAL MODULE: ./src/github/markdown-text.ts
var markdown_text = __webpack_require__(3428);
;// CONCATENATED MODULE: ./src/github/problems-summary.ts
// The job summary of a run stopped by mistakes in the user's input: every problem, where it is and what is
// wrong: the same list the annotations show on each line. Pure function of the problems.

function renderProblemsSummary(problems) {
    const count = problems.length === 1 ? 'A problem' : `${problems.length} problems`;
    return [
        `## ❌ ${count} in the template`,
        (0,markdown_text/* table */.tp)(['Where', 'Field', 'Problem'], problems.map(p => [(0,markdown_text/* code */.aY)(p.where), p.field === '' ? '' : (0,markdown_text/* code */.aY)(p.field), (0,markdown_text/* text */.Qq)(p.detail)])),
        'Each one is also annotated at its line. The build did not start.'
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/run-main.ts
// The main step: read inputs, build, report. On SIGINT/SIGTERM (the runner's cancellation) it
// starts no new work and tears down at once; the post step finishes whatever is left.
















// SSH (ssh2), the provisioners and GitHub reporting are chunks of their own, loaded when first
// used: the step's first EC2 call does not wait for them to be parsed.
const run_main_connectSsh = async (options) => (await __webpack_require__.e(/* import() */ 532).then(__webpack_require__.bind(__webpack_require__, 2532))).connectSsh(options);
const createProvisioner = (plan) => ({
    run: async (ctx) => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2764))).createProvisioner(plan).run(ctx)
});
async function run() {
    const core = actionsRunner;
    const controller = new AbortController();
    const cancel = (signal) => {
        if (controller.signal.aborted)
            return;
        core.warning(`${signal} received: the run was cancelled. Starting no new work and cleaning up now.`);
        controller.abort(new Error(`cancelled (${signal})`));
    };
    process.on('SIGINT', () => cancel('SIGINT'));
    process.on('SIGTERM', () => cancel('SIGTERM'));
    await runMain(core, controller.signal, process.env);
    // Open sockets (SSH keep-alives, HTTP agents) would keep Node alive after the work is done.
    process.exit(process.exitCode ?? 0);
}
/** The main step's work on any runner (the Actions runner, a terminal); `env` is the process's environment. */
async function runMain(core, signal, env) {
    const state = new MainState({ save: core.saveState, get: core.getState });
    try {
        const inputs = (0,src_inputs/* readInputs */.K)(name => core.getInput(name));
        const ssmClients = (0,client/* cachedClients */.xm)(data_source_clients.createSsmClient, env, core.info);
        const built = await buildAll({
            inputs,
            workspace: env.GITHUB_WORKSPACE || process.cwd(),
            env,
            sink: core,
            state,
            setSecret: core.setSecret,
            // Still-waiting lines for unanswered calls go to the log; the timeouts bound every call.
            ec2: (0,client/* ec2ClientFactoryWithCredentials */.ut)(env, core.info),
            ssm: (region, credentials) => ssmClients(region, undefined, credentials),
            connect: run_main_connectSsh,
            createProvisioner,
            ...templateDataHooks(env, core),
            publicIp: () => lookupPublicIp(inputs.publicIpLookupUrl || env.BUILD_AMI_PUBLIC_IP_URL || DEFAULT_PUBLIC_IP_URL),
            signal
        });
        // Channels and retention, once every build and post-processor has succeeded.
        const result = await afterBuild(built, {
            inputs,
            workspace: env.GITHUB_WORKSPACE || process.cwd(),
            env,
            sink: core,
            signal
        });
        // Only a fully successful run skips the post step's search by tag: after a failure or a
        // cancellation, a half-made image's snapshots may not be in the journal yet.
        const finished = result.builds.every(b => b.outcome === 'succeeded' && b.cleanupErrors.length === 0);
        if (finished)
            state.mainFinished();
        const run = (0,run_info/* readRunInfo */.m)(env);
        const { publish } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(167)]).then(__webpack_require__.bind(__webpack_require__, 1167));
        await publish({
            report: buildReport(result, run, outputsOf(result), inputs.template, env),
            run,
            summary: markdown => core.writeSummary(markdown),
            commentOnPr: inputs.commentOnPr,
            token: inputs.githubToken,
            env,
            info: core.info,
            warning: core.warning
        });
        // Notices and the failure annotation go to the raw log, which the runner's add-mask does not rewrite.
        reportOutputs(result, {
            setOutput: core.setOutput,
            notice: message => core.notice(result.mask(message)),
            error: message => core.error(result.mask(message)),
            setFailed: message => core.setFailed(result.mask(message))
        });
    }
    catch (error) {
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const workingDirectory = (0,external_node_path_.resolve)(workspace, core.getInput('working-directory').trim() || '.');
        const annotations = inputAnnotations(error, workspace, workingDirectory);
        // Each problem with the user's input is the failure itself, annotated on its line and listed in the job
        // summary; several are summed up once more at the end.
        for (const annotation of annotations)
            core.error(annotation.message, annotation.properties);
        if (annotations.length > 0)
            await writeProblemsSummary(core, env, annotations.map(a => a.problem));
        if (annotations.length === 0)
            core.setFailed((0,src_errors/* messageOf */.bD)(error));
        else if (annotations.length === 1)
            process.exitCode = 1;
        else
            core.setFailed(`${annotations.length} problems in the template; each is annotated at its line above`);
    }
}
/** The problems in the job summary too; a runner without a summary file (a local run) just skips it. */
async function writeProblemsSummary(core, env, problems) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core.writeSummary(renderProblemsSummary(problems));
    }
    catch (error) {
        core.warning(`build-ami: could not write the job summary: ${(0,src_errors/* messageOf */.bD)(error)}`);
    }
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ maskStrings),
/* harmony export */   XX: () => (/* binding */ maskError),
/* harmony export */   dG: () => (/* binding */ quotePreview),
/* harmony export */   ks: () => (/* binding */ SecretRegistry)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, secretParts, secretMasker */
// The action's one idea of a secret and how it is kept out of sight. A value is registered the
// moment it is known (a sensitive variable read from a var-file, secret_key, ssh_password, ...),
// even while the template is still being validated, so an error that quotes it is already masked.
// Registering tells the runner (core.setSecret, which masks what the run page shows) and feeds the
// action's own masker, which covers what the runner does not: the raw log, the job summary, the pull
// request comment and error messages.
/** Values shorter than this are not masked: masking "a" or "22" would mangle every line. */
const MIN_SECRET_LENGTH = 3;
/** How long a quoted value may be in a message before it is cut with `…` (see quotePreview). */
const PREVIEW_LENGTH = 40;
/**
 * A value as messages quote it: JSON-quoted, cut after 40 characters with `…`. The masker knows this
 * form, so a quoted secret is masked even when it is escaped or cut.
 */
function quotePreview(value) {
    return JSON.stringify(value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value);
}
/**
 * What must be registered for one secret: the whole value and, for a multi-line value, each of its
 * lines (but lines too short to mask without mangling the log, like a blank line or `}`), since the
 * runner masks line by line and a script prints a key or a certificate that way.
 */
function secretParts(value) {
    const lines = value.includes('\n') ? value.split('\n').map(line => line.replace(/\r$/, '')) : [];
    return [
        ...(value === '' ? [] : [value]),
        ...lines.filter(line => line !== value && line.trim().length >= MIN_SECRET_LENGTH)
    ];
}
/** Every form in which a secret may appear in text: as is, line by line, and JSON-escaped. */
function maskForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        for (const part of secretParts(secret)) {
            forms.add(part);
            forms.add(JSON.stringify(part).slice(1, -1));
        }
    }
    return [...forms].filter(f => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
/** A secret cut short before a `…` (a quoted preview) still gives its head away: so much is enough to mask. */
const MIN_CUT_PREFIX = 6;
/** A function that replaces every secret in a text by ***, longest first, in every form maskForms knows. */
function secretMasker(secrets) {
    const forms = maskForms(secrets);
    if (forms.length === 0)
        return text => text;
    return text => {
        let masked = forms.reduce((out, form) => out.split(form).join('***'), text);
        if (masked.includes('…'))
            masked = maskCutHeads(masked, forms);
        return masked;
    };
}
function maskCutHeads(text, forms) {
    return text.replace(/([^\n]*?)…/g, (whole, before) => {
        for (const form of forms) {
            for (let k = Math.min(form.length - 1, before.length); k >= MIN_CUT_PREFIX; k--) {
                if (before.endsWith(form.slice(0, k)))
                    return `${before.slice(0, before.length - k)}***…`;
            }
        }
        return whole;
    });
}
/**
 * The run's secrets, growing as they become known. Each new value (and each line of it) is passed to
 * `register` once; `mask` always uses everything known so far.
 */
class SecretRegistry {
    register;
    wholes = new Set();
    registered = new Set();
    masker;
    constructor(register = () => { }) {
        this.register = register;
    }
    add(value) {
        if (value === '' || this.wholes.has(value))
            return;
        this.wholes.add(value);
        this.masker = undefined;
        for (const part of secretParts(value)) {
            if (this.registered.has(part))
                continue;
            this.registered.add(part);
            this.register(part);
        }
    }
    /** The secrets as given (not split), in the order they became known. */
    get values() {
        return [...this.wholes];
    }
    mask = (text) => (this.masker ??= secretMasker(this.wholes))(text);
}
/**
 * Masks an error's message (and an InputError's field and detail, and its causes') in place, so that
 * whoever prints it, the runner's failure annotation included, prints no secret. Returns the error.
 */
function maskError(error, mask) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const target = current;
        for (const key of ['message', 'detail', 'field', 'stack']) {
            const value = target[key];
            if (typeof value === 'string' && mask(value) !== value) {
                Object.defineProperty(target, key, { value: mask(value), writable: true, configurable: true });
            }
        }
        // An InputErrors carries each problem apart, for annotations: mask them too.
        if (Array.isArray(target.errors))
            for (const inner of target.errors)
                maskError(inner, mask);
        current = target.cause;
    }
    return error;
}
/** A copy of plain data (a report) with every string in it masked; keys are kept as they are. */
function maskStrings(value, mask) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map(item => maskStrings(item, mask));
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, mask)]));
    }
    return value;
}


/***/ }),

/***/ 3551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ removeTempDir),
/* harmony export */   IJ: () => (/* binding */ removeBuildTempDir),
/* harmony export */   K0: () => (/* binding */ buildTempDir),
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   nX: () => (/* binding */ privateTempDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Temporary files on the runner (shell-local scripts with the build's variables in them, key
// files, inventories) live in one private directory per build under RUNNER_TEMP, never loose in
// /tmp: a self-hosted runner keeps /tmp between jobs and shares it with every other job, while
// the runner empties RUNNER_TEMP at the start and end of each job. The directory is mode 0700,
// files 0600 (0700 for scripts); whatever made a file removes it in `finally`, and the post step
// removes the whole build directory, so even a main step killed with SIGKILL leaves nothing.



/** The build's private directory: RUNNER_TEMP/build-ami-<build id> (os.tmpdir() off a runner). */
function buildTempDir(buildId, env = process.env) {
    const base = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, `build-ami-${safeName(buildId ?? 'local')}`);
}
/**
 * A fresh private directory inside the build's, for one provisioner run; remove it with
 * `removeTempDir` in a `finally`.
 */
async function privateTempDir(buildId, prefix, env = process.env) {
    const root = buildTempDir(buildId, env);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(root, { recursive: true, mode: 0o700 });
    // mkdir's mode is trimmed by the umask, and an existing directory keeps whatever it had.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(root, 0o700);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, `${safeName(prefix)}-`)); // mkdtemp makes it 0700
}
/** Writes a file only its owner can read (0600 unless told; 0700 for a script to run). */
async function writePrivateFile(path, content, mode = 0o600) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, content, { mode, flag: 'wx' });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(path, mode);
    return path;
}
function removeTempDir(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true });
}
/** The post step's part: the build's directory and everything a killed main step left in it. */
async function removeBuildTempDir(buildId, env = process.env) {
    if (buildId)
        await removeTempDir(buildTempDir(buildId, env));
}
function safeName(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '_');
}


/***/ }),

/***/ 8351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ executeCommandData),
/* harmony export */   LK: () => (/* binding */ PROVISIONER_BUILD_NAMES),
/* harmony export */   Mx: () => (/* binding */ PROVISIONER_DATA_HINT),
/* harmony export */   Y9: () => (/* binding */ PROVISIONER_DATA),
/* harmony export */   jq: () => (/* binding */ AMAZON_TAG_DATA),
/* harmony export */   l8: () => (/* binding */ MANIFEST_DATA),
/* harmony export */   vo: () => (/* binding */ BUILDER_DATA_HINT),
/* harmony export */   z6: () => (/* binding */ POST_PROCESSOR_DATA_HINT)
/* harmony export */ });
// Which build data each kind of option may use, by Packer's names.
/** The amazon builder's facts about the source image (builder/common/interpolate_build_info.go). */
const AMAZON_BUILD_INFO = new Map([
    ['BuildRegion', 'string'],
    ['SourceAMI', 'string'],
    ['SourceAMICreationDate', 'string'],
    ['SourceAMIName', 'string'],
    ['SourceAMIOwner', 'string'],
    ['SourceAMIOwnerName', 'string'],
    ['SourceAMITags', 'map']
]);
/** What `{{ build `Name` }}` can ask for in a provisioner: the SDK's common data plus the amazon builder's. */
const PROVISIONER_BUILD_NAMES = new Set([
    'ID',
    'Host',
    'Port',
    'User',
    'Password',
    'ConnType',
    'PackerRunUUID',
    'PackerHTTPAddr',
    'PackerHTTPIP',
    'PackerHTTPPort',
    'SSHPublicKey',
    'SSHPrivateKey',
    'WinRMPassword',
    'BuildRegion',
    'SourceAMI',
    'SourceAMICreationDate',
    'SourceAMIName',
    'SourceAMIOwner',
    'SourceAMIOwnerName'
]);
const BUILDER_DATA_HINT = 'build data (.SourceAMIName, .BuildRegion, ...) renders only in ami_description, tags, snapshot_tags, ' +
    'run_tags and run_volume_tags';
const PROVISIONER_DATA_HINT = "build data ({{ build `ID` }}, ...) renders only in inline commands, environment_vars, env, execute_command, extra_arguments and a breakpoint's note";
const POST_PROCESSOR_DATA_HINT = "build data ({{ build `SourceAMIName` }}, ...) renders only in the manifest post-processor's custom_data";
/** The manifest's custom_data: Packer renders it after the build with the builder's generated data. */
const MANIFEST_DATA = {
    fields: new Map(),
    buildNames: PROVISIONER_BUILD_NAMES,
    hint: POST_PROCESSOR_DATA_HINT
};
/** ami_description and the tag maps. */
const AMAZON_TAG_DATA = {
    fields: AMAZON_BUILD_INFO,
    buildNames: new Set(),
    hint: BUILDER_DATA_HINT
};
/** Provisioner strings rendered at provision time: inline commands, environment. */
const PROVISIONER_DATA = {
    fields: new Map(),
    buildNames: PROVISIONER_BUILD_NAMES,
    hint: PROVISIONER_DATA_HINT
};
/** An execute_command: the provisioner's own fields (`{{.Path}}`, `{{.Vars}}`) plus `build`. */
function executeCommandData(fields, withBuildData) {
    return {
        fields: new Map(fields.map(field => [field, 'string'])),
        buildNames: withBuildData ? PROVISIONER_BUILD_NAMES : new Set(),
        hint: PROVISIONER_DATA_HINT
    };
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ Deferred)
/* harmony export */ });
// A string option that needs facts only known during the build (the source AMI, the region, the
// instance's address). Everything else in it was rendered at load time; what is left renders with
// `render(buildData)` once the builder knows those facts.
class Deferred {
    /** The option's text as written in the template. */
    source;
    /** The build data this string still needs (e.g. `SourceAMIName`); empty when it is already a plain value. */
    references;
    #parts;
    #evaluate;
    constructor(source, parts, evaluate) {
        this.source = source;
        this.#parts = Object.freeze([...parts]);
        this.#evaluate = evaluate;
        this.references = Object.freeze([
            ...new Set(parts.flatMap(part => (typeof part === 'string' ? [] : refs(part))))
        ]);
        Object.freeze(this);
    }
    /** A deferred string that is just `text`. */
    static of(text) {
        return new Deferred(text, [text], () => '');
    }
    /** True when nothing waits for build data: render() ignores its argument. */
    get isStatic() {
        return this.#parts.every(part => typeof part === 'string');
    }
    /** The final string. Throws when `data` lacks something this string needs. */
    render(data = {}) {
        return this.#parts.map(part => (typeof part === 'string' ? part : this.#evaluate(part, data))).join('');
    }
    /** The rendered text with what is left as template actions: stable, for logs and fingerprints. */
    toString() {
        return this.#parts.map(part => (typeof part === 'string' ? part : `{{ ${printExpr(part)} }}`)).join('');
    }
    toJSON() {
        return this.toString();
    }
}
function refs(expr) {
    if (expr.kind === 'field')
        return [expr.path[0]];
    if (expr.kind === 'literal')
        return [];
    if (expr.name === 'build' && expr.args[0]?.kind === 'literal')
        return [String(expr.args[0].value)];
    return expr.args.flatMap(refs);
}
function printExpr(expr) {
    switch (expr.kind) {
        case 'literal':
            return typeof expr.value === 'number' ? String(expr.value) : JSON.stringify(expr.value);
        case 'field':
            return '.' + expr.path.join('.');
        case 'call':
            return [
                expr.name,
                ...expr.args.map(arg => (arg.kind === 'call' ? `(${printExpr(arg)})` : printExpr(arg)))
            ].join(' ');
    }
}


/***/ }),

/***/ 2308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ deepFreeze)
/* harmony export */ });
/** Freezes plain objects and arrays all the way down; other objects (Deferred) freeze themselves. */
function deepFreeze(value) {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value))
        return value;
    const prototype = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null)
        return value;
    Object.freeze(value);
    for (const child of Object.values(value))
        deepFreeze(child);
    return value;
}


/***/ }),

/***/ 9435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ cleanResourceName),
/* harmony export */   R: () => (/* binding */ lookupFunction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _go_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4206);
/* harmony import */ var _template_syntax_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9616);
// The functions a Packer JSON template may call inside {{ }}, with Packer's argument order and the same
// per-section availability (env only in variables, clean_resource_name only in the amazon builder).
// Everything that varies between runs (clock, uuid, environment, working directory) comes in via the scope.



const str = (value) => value;
const int = (value) => value;
/** Every character outside letters, digits and ()[] ./-'@_ becomes '-', as the amazon plugin does. */
function cleanResourceName(text) {
    return Array.from(text, char => (/^[A-Za-z0-9()[\] ./\-'@_]$/.test(char) ? char : '-')).join('');
}
function requireSection(scope, name, allowed, where) {
    if (!allowed.includes(scope.section))
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TemplateError */ .$({ message: `function ${name} is only available ${where}` });
}
const FUNCTIONS = {
    timestamp: { params: [], pure: false, run: scope => String(Math.floor(scope.now.getTime() / 1000)) },
    isotime: {
        params: ['string'],
        optional: 1,
        pure: false,
        run: (scope, args) => (0,_go_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatGoTime */ .Z0)(scope.now, args.length === 0 ? _go_time_js__WEBPACK_IMPORTED_MODULE_1__/* .RFC3339 */ .sl : str(args[0]))
    },
    uuid: { params: [], pure: false, run: scope => scope.uuid() },
    user: { params: ['string'], pure: false, run: (scope, args) => scope.user(str(args[0])) },
    env: {
        params: ['string'],
        pure: false,
        run: (scope, args) => {
            requireSection(scope, 'env', ['variables'], 'in the variables section (as in Packer)');
            return scope.env[str(args[0])] ?? '';
        }
    },
    pwd: { params: [], pure: false, run: scope => scope.cwd },
    template_dir: { params: [], pure: false, run: scope => node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(scope.templatePath) },
    build_name: {
        params: [],
        pure: false,
        run: scope => {
            if (scope.buildName === undefined)
                throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TemplateError */ .$({
                    message: 'build_name is not available here (variables and builder names come before any build)'
                });
            return scope.buildName;
        }
    },
    build_type: {
        params: [],
        pure: false,
        run: scope => {
            if (scope.buildType === undefined)
                throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TemplateError */ .$({
                    message: 'build_type is not available here (variables and builder names come before any build)'
                });
            return scope.buildType;
        }
    },
    packer_version: { params: [], pure: false, run: scope => scope.packerVersion },
    upper: { params: ['string'], pure: true, run: (_, args) => str(args[0]).toUpperCase() },
    lower: { params: ['string'], pure: true, run: (_, args) => str(args[0]).toLowerCase() },
    // Packer's order: replace old new n s, replace_all old new s (the subject comes last, so it can be piped).
    replace: {
        params: ['string', 'string', 'int', 'string'],
        pure: true,
        run: (_, args) => replaceN(str(args[3]), str(args[0]), str(args[1]), int(args[2]))
    },
    replace_all: {
        params: ['string', 'string', 'string'],
        pure: true,
        run: (_, args) => str(args[2]).split(str(args[0])).join(str(args[1]))
    },
    split: {
        params: ['string', 'string', 'int'],
        pure: true,
        run: (_, args) => {
            const [text, separator, index] = [str(args[0]), str(args[1]), int(args[2])];
            const parts = separator === '' ? Array.from(text) : text.split(separator);
            const part = index >= 0 ? parts[index] : undefined;
            if (part === undefined) {
                throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TemplateError */ .$({
                    message: `split: there is no part ${index} of ${JSON.stringify(text)} split by ${JSON.stringify(separator)} ` +
                        `(${parts.length} part${parts.length === 1 ? '' : 's'})`
                });
            }
            return part;
        }
    },
    clean_resource_name: {
        params: ['string'],
        pure: true,
        run: (scope, args) => {
            requireSection(scope, 'clean_resource_name', ['builder'], 'in amazon-ebs builder options');
            return cleanResourceName(str(args[0]));
        }
    }
};
/** Functions Packer knows that we deliberately do not offer, with what to do instead. */
const NOT_OFFERED = {
    consul_key: 'function consul_key is not supported yet',
    vault: 'function vault is not supported yet; pass the secret in through a variable',
    aws_secretsmanager: 'function aws_secretsmanager is not supported yet; pass the secret in through a variable',
    aws_secretsmanager_raw: 'function aws_secretsmanager_raw is not supported yet; pass the secret in through a variable',
    strftime: 'function strftime is not supported yet; use isotime with a Go layout',
    sed: 'function sed is deprecated in Packer; use replace or replace_all',
    clean_ami_name: 'function clean_ami_name was renamed clean_resource_name'
};
/** The function called `name`, or a TemplateError saying why there is none. */
function lookupFunction(name) {
    const found = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (found !== undefined)
        return found;
    throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TemplateError */ .$({ message: NOT_OFFERED[name] ?? `unknown function ${name}` });
}
function replaceN(text, old, replacement, count) {
    if (old === '') {
        // Go's strings.Replace with an empty `old` inserts before each character and at the end.
        const chars = Array.from(text);
        const limit = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
        let out = '';
        for (let i = 0; i <= chars.length; i++)
            out += (i < limit ? replacement : '') + (chars[i] ?? '');
        return out;
    }
    if (count < 0)
        return text.split(old).join(replacement);
    let out = '';
    let rest = text;
    for (let done = 0; done < count; done++) {
        const at = rest.indexOf(old);
        if (at === -1)
            break;
        out += rest.slice(0, at) + replacement;
        rest = rest.slice(at + old.length);
    }
    return out + rest;
}


/***/ }),

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseGoDuration)
/* harmony export */ });
// Go duration strings ("5m", "30s", "1h2m", "1.5h", "300ms"), as Packer's time.Duration options take them.
const UNIT_MILLISECONDS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000
};
/**
 * Milliseconds in a Go duration string, or undefined when it is not one. Negative durations are refused:
 * no option here has a use for them. Like Go, a bare "0" is accepted and any other number needs a unit.
 */
function parseGoDuration(text) {
    if (text === '0' || text === '+0')
        return 0;
    const body = text.startsWith('+') ? text.slice(1) : text;
    if (body === '')
        return undefined;
    const part = /([0-9]*(?:\.[0-9]*)?)([a-zµμ]+)/y;
    let total = 0;
    let index = 0;
    while (index < body.length) {
        part.lastIndex = index;
        const match = part.exec(body);
        const [whole, number, unit] = match ?? [];
        const scale = unit === undefined ? undefined : UNIT_MILLISECONDS[unit];
        if (whole === undefined ||
            number === undefined ||
            scale === undefined ||
            number === '' ||
            number === '.') {
            return undefined;
        }
        total += Number(number) * scale;
        index += whole.length;
    }
    return total;
}


/***/ }),

/***/ 4206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ LONG_DAYS),
/* harmony export */   Pe: () => (/* binding */ LONG_MONTHS),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   sl: () => (/* binding */ RFC3339)
/* harmony export */ });
// Go's reference-time layouts ("2006-01-02T15:04:05Z07:00"), as Packer's {{isotime}} takes them. Packer's
// clock is UTC, so only UTC is formatted here: zone names print "UTC", numeric zones "Z" or "+00:00".
/** Go's time.RFC3339, isotime's layout when none is given. */
const RFC3339 = '2006-01-02T15:04:05Z07:00';
/** English month and day names, as Go's time package prints them (also used by formatdate). */
const LONG_MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (value, width, filler = '0') => String(value).padStart(width, filler);
const hour12 = (time) => time.getUTCHours() % 12 || 12;
const dayOfYear = (time) => Math.floor((time.getTime() - Date.UTC(time.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
// Longest first where one token is a prefix of another, as Go's nextStdChunk tries them.
const TOKENS = [
    ['January', t => LONG_MONTHS[t.getUTCMonth()]],
    ['Jan', t => LONG_MONTHS[t.getUTCMonth()].slice(0, 3)],
    ['Monday', t => LONG_DAYS[t.getUTCDay()]],
    ['Mon', t => LONG_DAYS[t.getUTCDay()].slice(0, 3)],
    ['MST', () => 'UTC'],
    ['2006', t => pad(t.getUTCFullYear(), 4)],
    ['002', t => pad(dayOfYear(t), 3)],
    ['__2', t => pad(dayOfYear(t), 3, ' ')],
    ['01', t => pad(t.getUTCMonth() + 1, 2)],
    ['02', t => pad(t.getUTCDate(), 2)],
    ['03', t => pad(hour12(t), 2)],
    ['04', t => pad(t.getUTCMinutes(), 2)],
    ['05', t => pad(t.getUTCSeconds(), 2)],
    ['06', t => pad(t.getUTCFullYear() % 100, 2)],
    ['15', t => pad(t.getUTCHours(), 2)],
    ['_2', t => pad(t.getUTCDate(), 2, ' ')],
    ['1', t => String(t.getUTCMonth() + 1)],
    ['2', t => String(t.getUTCDate())],
    ['3', t => String(hour12(t))],
    ['4', t => String(t.getUTCMinutes())],
    ['5', t => String(t.getUTCSeconds())],
    ['PM', t => (t.getUTCHours() >= 12 ? 'PM' : 'AM')],
    ['pm', t => (t.getUTCHours() >= 12 ? 'pm' : 'am')],
    ['Z07:00:00', () => 'Z'],
    ['Z070000', () => 'Z'],
    ['Z07:00', () => 'Z'],
    ['Z0700', () => 'Z'],
    ['Z07', () => 'Z'],
    ['-07:00:00', () => '+00:00:00'],
    ['-070000', () => '+000000'],
    ['-07:00', () => '+00:00'],
    ['-0700', () => '+0000'],
    ['-07', () => '+00']
];
/**
 * Formats `time` (in UTC) with a Go layout. Anything that is not a layout token is copied as is, as Go does.
 * Fractional seconds: `.000` (fixed width) and `.999` (trailing zeros trimmed), also with a comma.
 */
function formatGoTime(time, layout) {
    let out = '';
    let index = 0;
    while (index < layout.length) {
        const fraction = fractionAt(layout, index);
        if (fraction !== undefined) {
            out += formatFraction(time, layout[index], fraction);
            index += fraction.length + 1;
            continue;
        }
        // "_2006" is a literal underscore followed by the year, not the space-padded day.
        const token = layout.startsWith('_2006', index)
            ? undefined
            : TOKENS.find(([name]) => layout.startsWith(name, index));
        if (token === undefined) {
            out += layout[index];
            index++;
            continue;
        }
        out += token[1](time);
        index += token[0].length;
    }
    return out;
}
/** The run of 0s or 9s after a '.' or ',' at `index`, if it is a fractional-seconds token. */
function fractionAt(layout, index) {
    const separator = layout[index];
    if (separator !== '.' && separator !== ',')
        return undefined;
    const match = /^(0+|9+)/.exec(layout.slice(index + 1));
    if (match === null)
        return undefined;
    const after = layout[index + 1 + match[0].length];
    if (after !== undefined && after >= '0' && after <= '9')
        return undefined;
    return match[0];
}
function formatFraction(time, separator, digits) {
    // Dates carry milliseconds; Go has nanoseconds. Pad with zeros: the clock has no finer reading.
    const nanos = pad(time.getUTCMilliseconds(), 3) + '000000';
    const shown = nanos.slice(0, Math.min(digits.length, 9)).padEnd(digits.length, '0');
    if (digits[0] === '0')
        return separator + shown;
    const trimmed = shown.replace(/0+$/, '');
    return trimmed === '' ? '' : separator + trimmed;
}


/***/ }),

/***/ 2781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ renderString),
/* harmony export */   oK: () => (/* binding */ renderDeferred),
/* harmony export */   qr: () => (/* binding */ noBuildData)
/* harmony export */ });
/* harmony import */ var _deferred_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(255);
/* harmony import */ var _functions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9435);
/* harmony import */ var _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9616);
// Renders template strings. Everything knowable at load time (variables, clock, functions) is rendered
// now; build data (`.SourceAMIName`, `{{ build `ID` }}`) is kept, with the pure functions applied to it,
// in a Deferred for the builder to finish. Data in a string that cannot have any is an error, so a typo
// fails before any instance is launched.



/** A policy for strings that must render completely at load time. */
function noBuildData(hint) {
    return { fields: new Map(), buildNames: new Set(), hint };
}
/** Renders `text` completely; any build data in it is an error (TemplateError). */
function renderString(text, scope, policy) {
    if (!text.includes('{{'))
        return text;
    const deferred = renderDeferred(text, scope, { ...policy, fields: new Map(), buildNames: new Set() });
    return deferred.render();
}
/** Renders what it can of `text` now and keeps the build-data parts for later (TemplateError if invalid). */
function renderDeferred(text, scope, policy) {
    if (!text.includes('{{'))
        return _deferred_js__WEBPACK_IMPORTED_MODULE_2__/* .Deferred */ .c.of(text);
    const parts = [];
    for (const segment of (0,_template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .Q)(text)) {
        if (segment.kind === 'text') {
            parts.push(segment.text);
            continue;
        }
        const folded = fold(segment.expr, scope, policy);
        parts.push('value' in folded ? printable(folded.value) : folded.residual);
    }
    const merged = parts.reduce((out, part) => {
        const last = out[out.length - 1];
        if (typeof part === 'string' && typeof last === 'string')
            out[out.length - 1] = last + part;
        else
            out.push(part);
        return out;
    }, []);
    return new _deferred_js__WEBPACK_IMPORTED_MODULE_2__/* .Deferred */ .c(text, merged, (expr, data) => printable(evaluate(expr, scope, data)));
}
/** Evaluates what does not need build data; returns the rest as an expression with the known parts filled in. */
function fold(expr, scope, policy) {
    if (expr.kind === 'literal')
        return { value: expr.value };
    if (expr.kind === 'field') {
        checkField(expr.path, policy);
        return { residual: expr };
    }
    if (expr.name === 'build') {
        const [name, extra] = expr.args.map(arg => fold(arg, scope, policy));
        if (name === undefined || extra !== undefined || !('value' in name) || typeof name.value !== 'string') {
            throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: 'build takes one string argument: {{ build `Name` }}' });
        }
        if (!policy.buildNames.has(name.value)) {
            throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({
                message: policy.buildNames.size === 0
                    ? `{{ build \`${name.value}\` }} is not available here; ${policy.hint}`
                    : `build data ${name.value} is not available here (known: ${[...policy.buildNames].join(', ')})`
            });
        }
        return { residual: { kind: 'call', name: 'build', args: [{ kind: 'literal', value: name.value }] } };
    }
    const fn = (0,_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupFunction */ .R)(expr.name);
    checkArity(expr.name, fn.params.length, fn.optional ?? 0, expr.args.length);
    const args = expr.args.map(arg => fold(arg, scope, policy));
    if (args.every(arg => 'value' in arg)) {
        return {
            value: call(expr.name, args.map(arg => arg.value), scope)
        };
    }
    if (!fn.pure)
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: `function ${expr.name} cannot take build data as an argument` });
    const residualArgs = args.map((arg) => ('value' in arg ? asLiteral(arg.value) : arg.residual));
    return { residual: { kind: 'call', name: expr.name, args: residualArgs } };
}
/** Evaluates a residual expression once the build data is known. */
function evaluate(expr, scope, data) {
    switch (expr.kind) {
        case 'literal':
            return expr.value;
        case 'field': {
            const [root, key] = expr.path;
            const value = data[root];
            if (value === undefined)
                throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: `build data ${root} is not available` });
            // A missing key in a map renders empty, as Go's templates do for map[string]string.
            if (key !== undefined)
                return typeof value === 'string' ? '' : (value[key] ?? '');
            return value;
        }
        case 'call': {
            if (expr.name === 'build') {
                const name = String(expr.args[0].value);
                const value = data[name];
                if (typeof value !== 'string')
                    throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: `build data ${name} is not available` });
                return value;
            }
            return call(expr.name, expr.args.map(arg => evaluate(arg, scope, data)), scope);
        }
    }
}
function call(name, args, scope) {
    const fn = (0,_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupFunction */ .R)(name);
    args.forEach((arg, index) => {
        const expected = fn.params[index];
        const actual = typeof arg === 'string' ? 'string' : typeof arg === 'number' ? 'int' : 'map';
        if (actual !== expected) {
            throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({
                message: `argument ${index + 1} of ${name} must be ${article(expected)}, not ${article(actual)}`
            });
        }
    });
    return fn.run(scope, args);
}
function checkArity(name, params, optional, given) {
    if (given > params || given < params - optional) {
        const wanted = optional > 0 ? `${params - optional} to ${params}` : String(params);
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({
            message: `wrong number of arguments for ${name}: wants ${wanted}, got ${given}`
        });
    }
}
function checkField(path, policy) {
    const [root, ...rest] = path;
    const shape = policy.fields.get(root);
    if (shape === undefined) {
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({
            message: policy.fields.size === 0
                ? `.${path.join('.')} is not available here; ${policy.hint}`
                : `.${path.join('.')} is not available here (known: ${[...policy.fields.keys()].map(f => '.' + f).join(', ')})`
        });
    }
    if (shape === 'string' && rest.length > 0)
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: `.${root} has no field ${rest.join('.')}` });
    if (shape === 'map' && rest.length !== 1) {
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: `.${root} is a map: name one key, as in .${root}.Name` });
    }
}
function printable(value) {
    if (typeof value === 'object')
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: 'a map cannot be printed; name one of its keys' });
    return String(value);
}
function asLiteral(value) {
    if (typeof value === 'object')
        throw new _template_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$({ message: 'a map cannot be passed to a function' });
    return { kind: 'literal', value };
}
function article(type) {
    return type === 'int' ? 'an integer' : `a ${type}`;
}


/***/ }),

/***/ 8100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ childPath)
/* harmony export */ });
// JSON paths as users read them in error messages: builders[0].tags.Name, tags["aws:owner"].
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** The path of a child: an index appends `[i]`, a key appends `.key` (or `["key"]` when it needs quoting). */
function childPath(parent, step) {
    if (typeof step === 'number')
        return `${parent}[${step}]`;
    if (PLAIN_KEY.test(step))
        return parent === '' ? step : `${parent}.${step}`;
    return `${parent}[${JSON.stringify(step)}]`;
}


/***/ }),

/***/ 5455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WQ: () => (/* binding */ describeNode),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   w4: () => (/* binding */ findEntry)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8100);
// A small JSON parser that remembers where every value and key starts, so that any later complaint about
// a value can name its file, line and column. JSON.parse cannot: it throws away positions.



/**
 * How deep lists and objects may nest. The parser and every walker over its tree (freeze, weak decoding,
 * interpolation) recurse once per level, so without a bound a file of 20,000 `[` would end in "Maximum call
 * stack size exceeded" instead of a message. Go's encoding/json stops at 10,000; no template or var-file
 * nests beyond a handful of levels, so a tenth of that leaves every walker far from Node's stack limit.
 */
const MAX_JSON_DEPTH = 1000;
/** Parses `text` (the contents of `file`), or throws an InputError at the first character that breaks JSON. */
function parseJson(text, file) {
    return new Parser(text.startsWith('\uFEFF') ? text.slice(1) : text, file).parseDocument();
}
/** The entry for `key`, if the object has one. */
function findEntry(object, key) {
    return object.entries.find(entry => entry.key === key);
}
/** How a value reads in a message: `a number (42)`, `a string ("x")`, `an object`, `a list`, `null`. */
function describeNode(node) {
    switch (node.kind) {
        case 'string':
            return `a string (${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .quotePreview */ .dG)(node.value)})`;
        case 'number':
            return `a number (${node.raw})`;
        case 'boolean':
            return `a boolean (${node.value})`;
        case 'null':
            return 'null';
        case 'array':
            return 'a list';
        case 'object':
            return 'an object';
    }
}
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
class Parser {
    text;
    file;
    index = 0;
    depth = 0;
    lineStarts = [0];
    constructor(text, file) {
        this.text = text;
        this.file = file;
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.lineStarts.push(i + 1);
    }
    parseDocument() {
        this.skipWhitespace();
        if (this.index >= this.text.length)
            this.fail('', 'invalid JSON: the file is empty');
        const node = this.parseValue('');
        this.skipWhitespace();
        if (this.index < this.text.length) {
            this.fail('', `invalid JSON: unexpected ${this.describeHere()} after the end of the document`);
        }
        return node;
    }
    parseValue(path) {
        const loc = this.location();
        const char = this.text[this.index];
        if (char === '{' || char === '[') {
            if (this.depth >= MAX_JSON_DEPTH) {
                // The path here is a thousand steps long: its head says where the nesting starts.
                const cut = Math.max(path.lastIndexOf('[', 60), path.lastIndexOf('.', 60));
                const shown = path.length > 80 ? `${path.slice(0, cut > 0 ? cut : 60)}…` : path;
                this.fail(shown, `invalid JSON: lists and objects nested more than ${MAX_JSON_DEPTH} levels deep`);
            }
            this.depth++;
            const node = char === '{' ? this.parseObject(path, loc) : this.parseArray(path, loc);
            this.depth--;
            return node;
        }
        if (char === '"')
            return { kind: 'string', value: this.parseString(path), loc };
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
            return this.parseNumber(path, loc);
        for (const [word, node] of [
            ['true', { kind: 'boolean', value: true, loc }],
            ['false', { kind: 'boolean', value: false, loc }],
            ['null', { kind: 'null', loc }]
        ]) {
            if (this.text.startsWith(word, this.index)) {
                this.index += word.length;
                return node;
            }
        }
        return this.fail(path, `invalid JSON: expected a value, found ${this.describeHere()}`);
    }
    parseObject(path, loc) {
        this.index++; // {
        const entries = [];
        this.skipWhitespace();
        if (this.text[this.index] === '}') {
            this.index++;
            return { kind: 'object', entries, loc };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.index] !== '"') {
                const hint = this.text[this.index] === '}' ? ' (a trailing comma is not allowed in JSON)' : '';
                this.fail(path, `invalid JSON: expected a quoted key, found ${this.describeHere()}${hint}`);
            }
            const keyLoc = this.location();
            const key = this.parseString(path);
            const valuePath = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_2__/* .childPath */ .c)(path, key);
            if (entries.some(entry => entry.key === key)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                    at: keyLoc,
                    field: valuePath,
                    detail: `duplicate key ${JSON.stringify(key)} in the same object`
                });
            }
            this.skipWhitespace();
            if (this.text[this.index] !== ':') {
                this.fail(valuePath, `invalid JSON: expected ':' after the key, found ${this.describeHere()}`);
            }
            this.index++;
            this.skipWhitespace();
            entries.push({ key, keyLoc, value: this.parseValue(valuePath) });
            this.skipWhitespace();
            const next = this.text[this.index];
            this.index++;
            if (next === '}')
                return { kind: 'object', entries, loc };
            if (next !== ',') {
                this.index--;
                this.fail(path, `invalid JSON: expected ',' or '}' after an object value, found ${this.describeHere()}`);
            }
        }
    }
    parseArray(path, loc) {
        this.index++; // [
        const items = [];
        this.skipWhitespace();
        if (this.text[this.index] === ']') {
            this.index++;
            return { kind: 'array', items, loc };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.index] === ']') {
                this.fail(path, "invalid JSON: expected a value, found ']' (a trailing comma is not allowed in JSON)");
            }
            items.push(this.parseValue((0,_json_path_js__WEBPACK_IMPORTED_MODULE_2__/* .childPath */ .c)(path, items.length)));
            this.skipWhitespace();
            const next = this.text[this.index];
            this.index++;
            if (next === ']')
                return { kind: 'array', items, loc };
            if (next !== ',') {
                this.index--;
                this.fail(path, `invalid JSON: expected ',' or ']' after a list item, found ${this.describeHere()}`);
            }
        }
    }
    parseString(path) {
        const start = this.index;
        this.index++; // opening quote
        let value = '';
        for (;;) {
            const char = this.text[this.index];
            if (char === undefined) {
                this.index = start;
                this.fail(path, 'invalid JSON: this string is never closed');
            }
            if (char === '"') {
                this.index++;
                return value;
            }
            if (char < ' ') {
                this.fail(path, 'invalid JSON: a control character (such as a line break) must be escaped in a string');
            }
            if (char !== '\\') {
                value += char;
                this.index++;
                continue;
            }
            const escape = this.text[this.index + 1];
            if (escape === 'u') {
                const hex = this.text.slice(this.index + 2, this.index + 6);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail(path, 'invalid JSON: \\u must be followed by 4 hex digits');
                value += String.fromCharCode(parseInt(hex, 16));
                this.index += 6;
            }
            else if (escape !== undefined && ESCAPES[escape] !== undefined) {
                value += ESCAPES[escape];
                this.index += 2;
            }
            else {
                this.fail(path, `invalid JSON: unknown escape sequence \\${escape ?? ''} in a string`);
            }
        }
    }
    parseNumber(path, loc) {
        const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.index));
        if (match === null)
            return this.fail(path, 'invalid JSON: malformed number');
        const raw = match[0];
        this.index += raw.length;
        if (/^[0-9.eE+-]/.test(this.text[this.index] ?? '')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                at: loc,
                field: path,
                detail: `invalid JSON: malformed number ${raw}${this.text[this.index]}`
            });
        }
        return { kind: 'number', value: Number(raw), raw, loc };
    }
    skipWhitespace() {
        while (/[ \t\r\n]/.test(this.text[this.index] ?? ''))
            this.index++;
    }
    describeHere() {
        const char = this.text[this.index];
        if (char === undefined)
            return 'the end of the file';
        if (char === '\n' || char === '\r')
            return 'a line break';
        return `'${char}'`;
    }
    location() {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= this.index)
                low = middle;
            else
                high = middle - 1;
        }
        return { file: this.file, line: low + 1, column: this.index - this.lineStarts[low] + 1 };
    }
    fail(path, detail) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ at: this.location(), field: path, detail: detail });
    }
}


/***/ }),

/***/ 3018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ resolveLocalPath),
/* harmony export */   ae: () => (/* binding */ withoutTrailingSlash),
/* harmony export */   hW: () => (/* binding */ missingLocalPath)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The one rule for a relative local path in a template (script, scripts, source, user_data_file,
// ssh_private_key_file, ...), used when the template is validated and again when a provisioner runs:
// it starts at the working directory, as Packer's does ("If it is relative, it is relative to the
// working directory when Packer is executed": the shell provisioner's `script`, and likewise the file
// provisioner's `source`, which Packer os.Stat()s as given). Never next to the template: a template
// that wants that says so with {{template_dir}}, as it must for Packer. The action's working directory
// is its `working-directory` input.


/** Absolute; a trailing slash is kept (the file provisioner gives it a meaning). */
function resolveLocalPath(cwd, text, options = {}) {
    const home = options.expandHome && /^~(\/|$)/.test(text) ? node_os__WEBPACK_IMPORTED_MODULE_0___default().homedir() + text.slice(1) : text;
    const trailingSlash = /[/\\]$/.test(home) ? '/' : '';
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, home);
    return absolute === '/' ? absolute : absolute + trailingSlash;
}
/** What to tell the user when a path given as `text` is not at `resolved`. */
function missingLocalPath(text, resolved) {
    return (`${text}: no such file or directory (looked for ${withoutTrailingSlash(resolved)}; relative paths ` +
        'are read from the working directory, as in Packer: use {{template_dir}} for paths next to the template)');
}
const withoutTrailingSlash = (resolved) => resolved.length > 1 ? resolved.replace(/\/$/, '') : resolved;


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ OptionsReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2781);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8100);
/* harmony import */ var _local_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3018);
/* harmony import */ var _json_positions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5455);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5352);
/* harmony import */ var _template_syntax_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9616);
/* harmony import */ var _weak_decode_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8275);
// Reads the options of one template object (a builder, a provisioner, a nested block) into typed values:
// renders template strings, applies weak decoding, and turns every problem into an InputError that points
// at the value. Unknown and not-yet-supported keys are refused up front, so nothing is silently ignored.









class OptionsReader {
    node;
    path;
    context;
    fieldPaths;
    #plain;
    /**
     * `fieldPaths` names options whose values came from elsewhere (a provisioner's override block), so that
     * messages show the path the user wrote.
     */
    constructor(node, path, context, fieldPaths = new Map()) {
        this.node = node;
        this.path = path;
        this.context = context;
        this.fieldPaths = fieldPaths;
        this.#plain = (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_2__/* .noBuildData */ .qr)(context.dataHint);
    }
    /**
     * Refuses keys outside `known`: a key in `unsupported` (a Packer option we do not implement) is
     * "not supported yet"; one in `elsewhere` (another builder's option) gets its explanation; anything else
     * is unknown, with the closest known name as a hint.
     */
    checkKeys(known, unsupported, what, elsewhere = {}) {
        for (const entry of this.node.entries) {
            if (known.includes(entry.key))
                continue;
            const field = this.field(entry.key);
            this.guard(() => {
                // A real option of another builder: say so, and what to do instead, rather than "unknown".
                if (Object.hasOwn(elsewhere, entry.key)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ at: entry.keyLoc, field: field, detail: elsewhere[entry.key] });
                }
                if (unsupported.includes(entry.key)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                        at: entry.keyLoc,
                        field: field,
                        detail: `${entry.key} is not supported yet`
                    });
                }
                const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .closestName */ .N)(entry.key, [...known, ...unsupported]);
                const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                    at: entry.keyLoc,
                    field: field,
                    detail: `unknown option ${entry.key} for ${what}${hint}`
                });
            }, undefined);
        }
    }
    /** A check across options (one of two required, not both): its error is recorded like an option's. */
    check(verify) {
        this.guard(verify, undefined);
    }
    /** Runs one option's read: with a Problems, a mistake is recorded and `fallback` stands in for the value. */
    guard(read, fallback) {
        return this.context.problems === undefined ? read() : this.context.problems.attempt(read, fallback);
    }
    /** The option's entry, unless it is absent or null (which Packer treats as unset). */
    entry(name) {
        const found = (0,_json_positions_js__WEBPACK_IMPORTED_MODULE_4__/* .findEntry */ .w4)(this.node, name);
        return found === undefined || found.value.kind === 'null' ? undefined : found;
    }
    has(name) {
        return this.entry(name) !== undefined;
    }
    field(name) {
        return this.fieldPaths.get(name) ?? (0,_json_path_js__WEBPACK_IMPORTED_MODULE_8__/* .childPath */ .c)(this.path, name);
    }
    /** An error about option `name`: at its value when present, else at this object. */
    error(name, detail) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            at: this.entry(name)?.value.loc ?? this.node.loc,
            field: this.field(name),
            detail: detail
        });
    }
    /** An error about a required option that is not there: at this object, with the option's path. */
    missing(name, detail = 'is required') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ at: this.node.loc, field: this.field(name), detail: detail });
    }
    /** An error about the object as a whole (a conflict between options, nothing given of several). */
    objectError(detail) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ at: this.node.loc, field: this.path, detail: detail });
    }
    /** A string option; empty after rendering counts as unset, as Packer's zero value does. */
    string(name) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return undefined;
            const text = (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakString */ .Si)(this.rendered(entry.value, this.field(name)), this.field(name));
            return text === '' ? undefined : text;
        }, undefined);
    }
    /** A string option that must be given; `detail` completes the option's path in the message. */
    requiredString(name, detail = 'is required') {
        return this.guard(() => {
            const value = this.string(name);
            if (value !== undefined)
                return value;
            throw this.has(name) ? this.error(name, detail) : this.missing(name, detail);
        }, '');
    }
    /** A string that must be one of `allowed`. */
    choice(name, allowed) {
        return this.guard(() => {
            const value = this.string(name);
            if (value === undefined || allowed.includes(value))
                return value;
            throw this.error(name, `must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}`);
        }, undefined);
    }
    bool(name) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return undefined;
            const node = this.rendered(entry.value, this.field(name));
            return node.kind === 'string' && node.value === '' ? undefined : (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakBool */ .vX)(node, this.field(name));
        }, undefined);
    }
    int(name, range = {}) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return undefined;
            const node = this.rendered(entry.value, this.field(name));
            if (node.kind === 'string' && node.value === '')
                return undefined;
            const value = (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakInt */ .sc)(node, this.field(name));
            if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
                const bounds = range.max === undefined ? `at least ${range.min}` : `between ${range.min ?? '-∞'} and ${range.max}`;
                throw this.error(name, `must be ${bounds}, found ${value}`);
            }
            return value;
        }, undefined);
    }
    /** A Go duration option, in milliseconds. */
    duration(name) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return undefined;
            const node = this.rendered(entry.value, this.field(name));
            return node.kind === 'string' && node.value === '' ? undefined : (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakDuration */ .ps)(node, this.field(name));
        }, undefined);
    }
    /** A list of strings; a single string is a list of one, and a single empty string an empty list. */
    stringList(name) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return [];
            if (entry.value.kind !== 'array') {
                const single = (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakString */ .Si)(this.rendered(entry.value, this.field(name)), this.field(name));
                return single === '' ? [] : [single];
            }
            return entry.value.items.map((item, index) => {
                const field = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_8__/* .childPath */ .c)(this.field(name), index);
                return (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakString */ .Si)(this.rendered(item, field), field);
            });
        }, []);
    }
    intList(name) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return undefined;
            return (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakList */ .Nu)(entry.value).map((item, index) => {
                const field = entry.value.kind === 'array' ? (0,_json_path_js__WEBPACK_IMPORTED_MODULE_8__/* .childPath */ .c)(this.field(name), index) : this.field(name);
                return (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakInt */ .sc)(this.rendered(item, field), field);
            });
        }, undefined);
    }
    /** A map of strings to strings (keys are rendered too); a list of maps is merged. */
    stringMap(name) {
        return this.guard(() => {
            // Object.fromEntries keeps a key such as "__proto__" as data; assigning it would not.
            return Object.fromEntries(this.mapEntries(name).map(([key, node, field]) => [
                key,
                (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakString */ .Si)(this.rendered(node, field), field)
            ]));
        }, {});
    }
    /** A string that may use build data allowed by `policy`, rendered later by the builder. */
    deferred(name, policy) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return undefined;
            return this.deferredValue(entry.value, this.field(name), policy);
        }, undefined);
    }
    deferredList(name, policy) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return [];
            return (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakList */ .Nu)(entry.value).map((item, index) => this.deferredValue(item, entry.value.kind === 'array' ? (0,_json_path_js__WEBPACK_IMPORTED_MODULE_8__/* .childPath */ .c)(this.field(name), index) : this.field(name), policy));
        }, []);
    }
    /** A map whose keys render now and whose values may use build data (tags). */
    deferredMap(name, policy) {
        return this.guard(() => {
            return Object.fromEntries(this.mapEntries(name).map(([key, node, field]) => [key, this.deferredValue(node, field, policy)]));
        }, {});
    }
    /** A nested block such as source_ami_filter; a list holding one block is accepted, as mapstructure does. */
    object(name) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return undefined;
            const items = (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakList */ .Nu)(entry.value);
            const block = items[0];
            if (items.length !== 1 || block?.kind !== 'object') {
                throw this.error(name, `expected an object, found ${(0,_json_positions_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNode */ .WQ)(entry.value)}`);
            }
            return new OptionsReader(block, this.field(name), this.context);
        }, undefined);
    }
    /** A list of blocks; a single block stands for a list of one. */
    objectList(name) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return [];
            return (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakList */ .Nu)(entry.value).map((item, index) => {
                const field = entry.value.kind === 'array' ? (0,_json_path_js__WEBPACK_IMPORTED_MODULE_8__/* .childPath */ .c)(this.field(name), index) : this.field(name);
                if (item.kind !== 'object')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                        at: item.loc,
                        field: field,
                        detail: `expected an object, found ${(0,_json_positions_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNode */ .WQ)(item)}`
                    });
                return new OptionsReader(item, field, this.context);
            });
        }, []);
    }
    /** A local path option, made absolute by the one rule in local-path.ts (from the working directory). */
    localPath(name, options) {
        return this.guard(() => {
            const text = this.string(name);
            const node = this.entry(name)?.value;
            return text === undefined || node === undefined
                ? undefined
                : this.resolveLocalPath(text, node, this.field(name), options);
        }, undefined);
    }
    localPathList(name, options) {
        return this.guard(() => {
            const entry = this.entry(name);
            if (entry === undefined)
                return [];
            const isArray = entry.value.kind === 'array';
            const nodes = entry.value.kind === 'array' ? entry.value.items : [entry.value];
            return this.stringList(name).map((text, index) => this.resolveLocalPath(text, nodes[index], isArray ? (0,_json_path_js__WEBPACK_IMPORTED_MODULE_8__/* .childPath */ .c)(this.field(name), index) : this.field(name), options));
        }, []);
    }
    resolveLocalPath(text, node, field, options) {
        const resolved = (0,_local_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveLocalPath */ .HR)(this.context.scope.cwd, text, options);
        const absolute = (0,_local_path_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTrailingSlash */ .ae)(resolved);
        const exists = node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(absolute);
        if (options.mustExist && !exists) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ at: node.loc, field: field, detail: (0,_local_path_js__WEBPACK_IMPORTED_MODULE_3__/* .missingLocalPath */ .hW)(text, resolved) });
        }
        if (options.privateKey && exists && !looksLikePrivateKey(absolute)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                at: node.loc,
                field: field,
                detail: `${text} is not a private key: expected a PEM or OpenSSH private key file, as ssh-keygen writes`
            });
        }
        if (options.reads && exists)
            this.context.readsFile(absolute);
        return resolved;
    }
    /** The rendered entries of a map option: [rendered key, value node, field path]. */
    mapEntries(name) {
        const entry = this.entry(name);
        if (entry === undefined)
            return [];
        return (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakMapEntries */ .pV)(entry.value, this.field(name)).map(item => {
            const field = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_8__/* .childPath */ .c)(this.field(name), item.key);
            const key = this.renderText(item.key, item.keyLoc, field);
            return [key, item.value, field];
        });
    }
    deferredValue(node, field, policy) {
        const text = (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_6__/* .weakString */ .Si)(node, field);
        try {
            return (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDeferred */ .oK)(text, this.context.scope, policy);
        }
        catch (error) {
            throw this.wrap(error, node, field);
        }
    }
    /** The node with its string value rendered; other kinds are returned as they are. */
    rendered(node, field) {
        if (node.kind !== 'string')
            return node;
        return { ...node, value: this.renderText(node.value, node.loc, field) };
    }
    renderText(text, loc, field) {
        try {
            return (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_2__/* .renderString */ .G4)(text, this.context.scope, this.#plain);
        }
        catch (error) {
            throw this.wrap(error, { loc }, field);
        }
    }
    wrap(error, node, field) {
        if (!(error instanceof _template_syntax_js__WEBPACK_IMPORTED_MODULE_5__/* .TemplateError */ .$))
            return error;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ at: node.loc, field: field, detail: error.message, cause: error });
    }
}
/** A key file's armour ("-----BEGIN OPENSSH PRIVATE KEY-----", "... RSA PRIVATE KEY-----"); a directory is not one. */
function looksLikePrivateKey(absolute) {
    try {
        return /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(absolute, 'latin1'));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ STABLE_RUN),
/* harmony export */   _: () => (/* binding */ planIdentities)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2659);
// What identifies a build's image, whatever format its template was written in: the build plan itself,
// as loaded for a fixed instant, uuid and random number (so `{{timestamp}}` or `timestamp()` in a name does
// not make every run look new), with secrets masked (a fingerprint is a tag anyone with read access sees)
// and paths under the working directory made relative (the same checkout elsewhere is the same build).
// An HCL2 template and its JSON twin give the same plans, so the same identities and the same fingerprint.

/** The run every identity is loaded for. */
const STABLE_RUN = {
    clock: () => new Date(0),
    uuid: () => '00000000-0000-4000-8000-000000000000',
    random: () => 0
};
function planIdentities(builds, cwd, mask) {
    const prefix = JSON.stringify(cwd.endsWith('/') ? cwd : `${cwd}/`).slice(1, -1);
    return Object.fromEntries(builds.map(build => [build.name, mask((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(build)).split(`"${prefix}`).join('"./')]));
}


/***/ }),

/***/ 8415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ ACCESS_OPTIONS),
/* harmony export */   Kk: () => (/* binding */ readPolling),
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   OP: () => (/* binding */ UNSUPPORTED_ACCESS_OPTIONS),
/* harmony export */   hM: () => (/* binding */ readAccessConfig)
/* harmony export */ });
/* harmony import */ var _secret_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1554);
// The AWS access options (Packer's AccessConfig) every amazon block shares: the builder and the
// data sources. One list of what is read and one of what is refused as "not supported yet", so a
// template meets the same rule wherever it writes them.

/** AccessConfig options we read. (The builder adds skip_region_validation, which data sources lack.) */
const ACCESS_OPTIONS = [
    'region',
    'access_key',
    'secret_key',
    'token',
    'custom_endpoint_ec2',
    'skip_credential_validation',
    'skip_metadata_api_check',
    'aws_polling',
    'profile',
    'shared_credentials_file',
    'assume_role'
];
/**
 * AccessConfig options Packer has and we do not carry out yet: refused rather than silently ignored.
 * (amazon-ebs reads max_retries; data sources do not yet.)
 */
const UNSUPPORTED_ACCESS_OPTIONS = [
    'decode_authorization_messages',
    'insecure_skip_tls_verify',
    'max_retries',
    'mfa_code',
    'vault_aws_engine'
];
function readAccessConfig(options) {
    return {
        region: options.string('region'),
        credentials: readCredentials(options),
        customEndpointEc2: options.string('custom_endpoint_ec2'),
        skipCredentialValidation: options.bool('skip_credential_validation') ?? false,
        skipMetadataApiCheck: options.bool('skip_metadata_api_check') ?? false,
        polling: readPolling(options)
    };
}
/** access_key, secret_key and token, each registered as a secret the moment it is read. */
function readCredentials(options) {
    const credentials = {
        accessKey: (0,_secret_option_js__WEBPACK_IMPORTED_MODULE_0__/* .secretString */ .y)(options, 'access_key'),
        secretKey: (0,_secret_option_js__WEBPACK_IMPORTED_MODULE_0__/* .secretString */ .y)(options, 'secret_key'),
        token: (0,_secret_option_js__WEBPACK_IMPORTED_MODULE_0__/* .secretString */ .y)(options, 'token'),
        profile: options.string('profile'),
        sharedCredentialsFile: options.localPath('shared_credentials_file', {
            mustExist: true,
            reads: false,
            expandHome: true
        }),
        assumeRole: readAssumeRole(options)
    };
    // Packer: "`access_key` and `secret_key` must both be either set or not set."
    if ((credentials.accessKey === undefined) !== (credentials.secretKey === undefined)) {
        const missing = credentials.accessKey === undefined ? 'access_key' : 'secret_key';
        throw options.missing(missing, 'is required when access_key or secret_key is set: give both or neither');
    }
    return credentials;
}
const ASSUME_ROLE_OPTIONS = [
    'role_arn',
    'session_name',
    'external_id',
    'duration_seconds',
    'policy',
    'policy_arns',
    'tags',
    'transitive_tag_keys'
];
/** assume_role { ... }: ignored without a role_arn, as Packer does. */
function readAssumeRole(options) {
    const block = options.object('assume_role');
    if (block === undefined)
        return undefined;
    block.checkKeys(ASSUME_ROLE_OPTIONS, [], 'assume_role');
    const roleArn = block.string('role_arn');
    const role = {
        roleArn: roleArn ?? '',
        sessionName: block.string('session_name'),
        externalId: block.string('external_id'),
        // STS's own bounds; 0 (Packer's unset) leaves STS's default of one hour.
        durationSeconds: block.int('duration_seconds', { min: 0, max: 43200 }) || undefined,
        policy: block.string('policy'),
        policyArns: block.stringList('policy_arns'),
        tags: block.stringMap('tags'),
        transitiveTagKeys: block.stringList('transitive_tag_keys')
    };
    if (role.durationSeconds !== undefined && role.durationSeconds < 900)
        throw block.error('duration_seconds', 'must be between 900 and 43200 (STS AssumeRole limits), or 0 for the default');
    return roleArn ? role : undefined;
}
function readPolling(options) {
    const polling = options.object('aws_polling');
    if (polling === undefined)
        return {};
    polling.checkKeys(['delay_seconds', 'max_attempts'], [], 'aws_polling');
    return {
        delaySeconds: polling.int('delay_seconds', { min: 1 }),
        maxAttempts: polling.int('max_attempts', { min: 1 })
    };
}


/***/ }),

/***/ 7156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readImageFilter),
/* harmony export */   u: () => (/* binding */ IMAGE_FILTER_OPTIONS)
/* harmony export */ });
// The image filter Packer's AmiFilterOptions reads: the builder's source_ami_filter block and the
// amazon-ami data source's own options. Owners are required, for safety, as in Packer.
const IMAGE_FILTER_OPTIONS = ['filters', 'owners', 'most_recent', 'include_deprecated'];
function readImageFilter(options) {
    const owners = options.stringList('owners');
    if (owners.length === 0) {
        throw options.has('owners')
            ? options.error('owners', 'must name at least one account (Packer requires an owner)')
            : options.missing('owners', 'is required: name the accounts the image may come from (Packer requires it)');
    }
    return {
        filters: options.stringMap('filters'),
        owners,
        mostRecent: options.bool('most_recent') ?? false,
        includeDeprecated: options.bool('include_deprecated') ?? false
    };
}


/***/ }),

/***/ 1737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ checkTemporaryKeyPairNames)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8100);
/* harmony import */ var _json_positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
// Two builders of one template that name the same temporary key pair in the same region would
// collide: the second's CreateKeyPair meets the first's key. Refused before any cloud call, at
// the second builder's temporary_key_pair_name.



function checkTemporaryKeyPairNames(definitions, plans) {
    const seen = new Map();
    plans.forEach((plan, index) => {
        if (plan.type !== 'amazon-ebs')
            return;
        const key = plan.builder.communicator.type === 'ssh' ? plan.builder.communicator.keyPair : undefined;
        const entry = (0,_json_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .findEntry */ .w4)(definitions[index].node, 'temporary_key_pair_name');
        if (key?.kind !== 'temporary' || !entry)
            return;
        const id = `${plan.builder.region}/${key.name}`;
        const earlier = seen.get(id);
        if (earlier !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                at: entry.value.loc,
                field: (0,_json_path_js__WEBPACK_IMPORTED_MODULE_2__/* .childPath */ .c)(definitions[index].path, 'temporary_key_pair_name'),
                detail: `${earlier} already makes a temporary key pair named ${key.name} in ${plan.builder.region}; each builder needs its own name (or leave it out for a unique one)`
            });
        }
        seen.set(id, definitions[index].name);
    });
}


/***/ }),

/***/ 8524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readOnlyExcept)
/* harmony export */ });
/* unused harmony export readNameList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8100);
/* harmony import */ var _json_positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
/* harmony import */ var _weak_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8275);
// `only` and `except` on provisioners and post-processors: lists of builder names (Packer's OnlyExcept).




/** A list of names as written (no template rendering, as in Packer); a single string is a list of one. */
function readNameList(node, field) {
    const isList = node.kind === 'array';
    return (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .weakList */ .Nu)(node).map((item, index) => (0,_weak_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .weakString */ .Si)(item, isList ? (0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .c)(field, index) : field));
}
function readOnlyExcept(node, path, builderNames) {
    const lists = ['only', 'except'].map(key => {
        const entry = (0,_json_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .findEntry */ .w4)(node, key);
        if (entry === undefined)
            return [];
        const field = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .c)(path, key);
        const names = readNameList(entry.value, field);
        names.forEach((name, index) => {
            if (!builderNames.includes(name)) {
                const item = entry.value.kind === 'array' ? entry.value.items[index] : entry.value;
                const itemField = entry.value.kind === 'array' ? (0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .c)(field, index) : field;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                    at: item.loc,
                    field: itemField,
                    detail: `there is no builder named ${name} (builders: ${builderNames.join(', ')})`
                });
            }
        });
        return names;
    });
    const [only, except] = lists;
    if (only.length > 0 && except.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            at: (0,_json_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .findEntry */ .w4)(node, 'except').keyLoc,
            field: (0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .c)(path, 'except'),
            detail: 'give only or except, not both'
        });
    }
    return {
        only,
        except,
        skips: name => (only.length > 0 ? !only.includes(name) : except.includes(name))
    };
}


/***/ }),

/***/ 3478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CE: () => (/* binding */ definePostProcessor),
  tm: () => (/* binding */ definePostProcessors),
  fX: () => (/* binding */ instantiateChains),
  Bt: () => (/* binding */ instantiatePostProcessor),
  XK: () => (/* binding */ postProcessorNames)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/template/json-path.ts
var json_path = __webpack_require__(8100);
// EXTERNAL MODULE: ./src/template/json-positions.ts
var json_positions = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/template/options-reader.ts
var options_reader = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/template/schema/secret-option.ts
var secret_option = __webpack_require__(1554);
;// CONCATENATED MODULE: ./src/template/schema/docker-post-processors.ts
// The docker post-processors' options (hashicorp/packer-plugin-docker post-processor/docker-tag,
// docker-push, docker-save, docker-import), with the rules their documentation states: docker-tag and
// docker-import need a repository, docker-save a path. Names and tags are checked against Docker's
// reference grammar here, so a typo fails with its line before anything is built.

const DOCKER_POST_PROCESSOR_TYPES = [
    'docker-tag',
    'docker-push',
    'docker-save',
    'docker-import'
];
/** Packer runs the docker CLI; the action speaks to the Engine's API instead, so there is no executable to pick. */
const ELSEWHERE = {
    docker_path: 'docker_path is not used: the action talks to the Docker Engine over its socket (set DOCKER_HOST to choose another daemon)'
};
const TAG_OPTIONS = ['repository', 'tags', 'tag', 'force'];
const PUSH_OPTIONS = [
    'login',
    'login_server',
    'login_username',
    'login_password',
    'ecr_login',
    'aws_access_key',
    'aws_secret_key',
    'aws_token',
    'aws_profile',
    'aws_force_use_public_ecr'
];
const SAVE_OPTIONS = ['path'];
const IMPORT_OPTIONS = ['repository', 'tag', 'changes', 'platform'];
/** The instructions `docker import --change` accepts (the Engine refuses any other). */
const IMPORT_CHANGES = [
    'CMD',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'LABEL',
    'ONBUILD',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR'
];
function readDockerPostProcessor(type, options, common) {
    switch (type) {
        case 'docker-tag':
            return readDockerTag(options, common);
        case 'docker-push':
            return readDockerPush(options, common);
        case 'docker-save':
            return readDockerSave(options, common);
        case 'docker-import':
            return readDockerImport(options, common);
    }
}
function readDockerTag(options, common) {
    options.checkKeys(TAG_OPTIONS, [], 'the docker-tag post-processor', ELSEWHERE);
    const tags = [...options.stringList('tags'), ...options.stringList('tag')];
    for (const name of ['tags', 'tag'])
        checkTags(options, name);
    return {
        type: 'docker-tag',
        ...common,
        repository: repository(options, 'repository', tags.length === 0),
        tags,
        deprecatedTag: options.has('tag'),
        force: options.bool('force') ?? false
    };
}
function readDockerPush(options, common) {
    // platform needs Engine API 1.46 (a multi-platform image store); the client speaks 1.41.
    options.checkKeys(PUSH_OPTIONS, ['platform'], 'the docker-push post-processor', ELSEWHERE);
    const loginPassword = (0,secret_option/* secretString */.y)(options, 'login_password');
    (0,secret_option/* secretString */.y)(options, 'aws_secret_key');
    (0,secret_option/* secretString */.y)(options, 'aws_token');
    const login = options.bool('login') ?? false;
    const loginUsername = options.string('login_username');
    if (login) {
        options.check(() => {
            if (loginUsername === undefined)
                throw options.missing('login_username', 'is required when login is true');
        });
        options.check(() => {
            if (loginPassword === undefined)
                throw options.missing('login_password', 'is required when login is true');
        });
    }
    options.check(() => {
        if (options.bool('ecr_login')) {
            throw options.error('ecr_login', 'ecr_login is not supported yet: log in to ECR in an earlier workflow step and give its ' +
                'credentials with login: true, login_server, login_username and login_password');
        }
    });
    // Read for their own checks (a non-boolean is refused); they only matter with ecr_login.
    options.string('aws_access_key');
    options.string('aws_profile');
    options.bool('aws_force_use_public_ecr');
    return {
        type: 'docker-push',
        ...common,
        login,
        loginServer: options.string('login_server'),
        loginUsername,
        loginPassword
    };
}
function readDockerSave(options, common) {
    options.checkKeys(SAVE_OPTIONS, [], 'the docker-save post-processor', ELSEWHERE);
    const path = options.localPath('path', { mustExist: false, reads: false });
    if (path === undefined)
        options.check(() => options.requiredString('path'));
    return { type: 'docker-save', ...common, path: path ?? '' };
}
function readDockerImport(options, common) {
    options.checkKeys(IMPORT_OPTIONS, [], 'the docker-import post-processor', ELSEWHERE);
    const tag = options.string('tag');
    if (tag !== undefined)
        options.check(() => checkTag(options, 'tag', tag));
    const changes = options.stringList('changes');
    options.check(() => {
        for (const change of changes) {
            const instruction = change.trim().split(/\s+/)[0].toUpperCase();
            if (!IMPORT_CHANGES.includes(instruction)) {
                throw options.error('changes', `${JSON.stringify(change)} is not a change docker import accepts; use one of ${IMPORT_CHANGES.join(', ')}`);
            }
        }
    });
    return {
        type: 'docker-import',
        ...common,
        repository: repository(options, 'repository', tag === undefined),
        tag,
        changes,
        platform: options.string('platform')
    };
}
// Docker's reference grammar (distribution/reference): a registry host, then lowercase path components.
const HOST = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const NAME = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const NAME_WITH_TAG = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?$`);
const TAG_ONLY = new RegExp(`^${TAG}$`);
/** A required repository; it may carry its own `:tag` only when no tag is given separately (as Packer joins them). */
function repository(options, name, mayHaveTag) {
    const value = options.requiredString(name);
    if (value === '')
        return value;
    options.check(() => {
        if ((mayHaveTag ? NAME_WITH_TAG : NAME).test(value))
            return;
        const tagged = !mayHaveTag && NAME_WITH_TAG.test(value);
        throw options.error(name, tagged
            ? `${JSON.stringify(value)} already has a tag; give the tag only once`
            : `${JSON.stringify(value)} is not a valid repository: use [host[:port]/]name, lowercase ` +
                'letters, digits and separators (. _ -), such as 127.0.0.1:5000/team/app');
    });
    return value;
}
function checkTags(options, name) {
    options.check(() => {
        for (const tag of options.stringList(name))
            checkTag(options, name, tag);
    });
}
function checkTag(options, name, tag) {
    if (!TAG_ONLY.test(tag)) {
        throw options.error(name, `${JSON.stringify(tag)} is not a valid tag: up to 128 letters, digits, _, . and -, not starting with . or -`);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/template/build-data.ts
var build_data = __webpack_require__(8351);
;// CONCATENATED MODULE: ./src/template/schema/manifest.ts
// The manifest post-processor's options (hashicorp/packer post-processor/manifest).


const MANIFEST_OPTIONS = ['output', 'strip_path', 'strip_time', 'custom_data'];
function readManifest(options, common) {
    options.checkKeys(MANIFEST_OPTIONS, [], 'the manifest post-processor');
    return {
        type: 'manifest',
        ...common,
        output: options.localPath('output', { mustExist: false, reads: false }) ?? defaultOutput(options),
        stripPath: options.bool('strip_path') ?? false,
        stripTime: options.bool('strip_time') ?? false,
        customData: options.deferredMap('custom_data', build_data/* MANIFEST_DATA */.l8)
    };
}
function defaultOutput(options) {
    return external_node_path_default().resolve(options.context.scope.cwd, 'packer-manifest.json');
}

// EXTERNAL MODULE: ./src/template/schema/only-except.ts
var only_except = __webpack_require__(8524);
// EXTERNAL MODULE: ./src/template/schema/shell-local.ts
var shell_local = __webpack_require__(2736);
;// CONCATENATED MODULE: ./src/template/schema/post-processors.ts
// The `post-processors` section in Packer's three forms: a type name ("manifest"), an object, or a list of
// those, which is a chain run in sequence. Each build gets the chains with only/except applied; naming a
// post-processor in the build's `except` drops it and the rest of its chain, as `packer build -except` does.








const CORE_KEYS = ['type', 'name', 'only', 'except', 'keep_input_artifact'];
const SUPPORTED_TYPES = ['manifest', 'shell-local', ...DOCKER_POST_PROCESSOR_TYPES];
function definePostProcessors(section, builderNames) {
    if (section === undefined || section.kind === 'null')
        return [];
    if (section.kind !== 'array') {
        throw new errors/* InputError */.dz({
            at: section.loc,
            field: 'post-processors',
            detail: `expected a list, found ${(0,json_positions/* describeNode */.WQ)(section)}`
        });
    }
    return section.items.map((item, index) => {
        const path = (0,json_path/* childPath */.c)('post-processors', index);
        if (item.kind !== 'array')
            return [definePostProcessor(item, path, builderNames)];
        return item.items.map((inner, innerIndex) => {
            const innerPath = (0,json_path/* childPath */.c)(path, innerIndex);
            if (inner.kind === 'array') {
                throw new errors/* InputError */.dz({
                    at: inner.loc,
                    field: innerPath,
                    detail: 'a chain of post-processors cannot contain another list'
                });
            }
            return definePostProcessor(inner, innerPath, builderNames);
        });
    });
}
/** All post-processor names, for checking the names given to `except`. */
function postProcessorNames(chains) {
    return chains.flatMap(chain => chain.map(definition => definition.name));
}
function instantiateChains(chains, buildName, except, context) {
    const result = [];
    for (const chain of chains) {
        const current = [];
        for (const definition of chain) {
            if (definition.onlyExcept.skips(buildName))
                continue;
            if (except.includes(definition.name))
                break;
            current.push(instantiatePostProcessor(definition, context));
        }
        if (current.length > 0)
            result.push(current);
    }
    return result;
}
/** One post-processor's structure (a type name or an object); the HCL2 front end defines its blocks one by one. */
function definePostProcessor(node, path, builderNames) {
    const object = node.kind === 'string'
        ? { kind: 'object', loc: node.loc, entries: [{ key: 'type', keyLoc: node.loc, value: node }] }
        : node.kind === 'object'
            ? node
            : undefined;
    if (object === undefined) {
        throw new errors/* InputError */.dz({
            at: node.loc,
            field: path,
            detail: `expected a post-processor (a type name or an object), found ${(0,json_positions/* describeNode */.WQ)(node)}`
        });
    }
    const typeEntry = (0,json_positions/* findEntry */.w4)(object, 'type');
    if (typeEntry === undefined)
        throw new errors/* InputError */.dz({ at: object.loc, field: path, detail: 'type is required' });
    const typeField = node.kind === 'string' ? path : (0,json_path/* childPath */.c)(path, 'type');
    if (typeEntry.value.kind !== 'string' || typeEntry.value.value === '') {
        throw new errors/* InputError */.dz({
            at: typeEntry.value.loc,
            field: typeField,
            detail: `expected a post-processor type, found ${(0,json_positions/* describeNode */.WQ)(typeEntry.value)}`
        });
    }
    const type = typeEntry.value.value;
    if (!SUPPORTED_TYPES.includes(type)) {
        throw new errors/* InputError */.dz({
            at: typeEntry.value.loc,
            field: typeField,
            detail: `post-processor type ${type} is not supported yet`
        });
    }
    const nameEntry = (0,json_positions/* findEntry */.w4)(object, 'name');
    if (nameEntry !== undefined && nameEntry.value.kind !== 'string') {
        throw new errors/* InputError */.dz({
            at: nameEntry.value.loc,
            field: (0,json_path/* childPath */.c)(path, 'name'),
            detail: `expected a string, found ${(0,json_positions/* describeNode */.WQ)(nameEntry.value)}`
        });
    }
    const name = nameEntry?.value.kind === 'string' && nameEntry.value.value !== '' ? nameEntry.value.value : type;
    return { node: object, path, type, name, onlyExcept: (0,only_except/* readOnlyExcept */.C)(object, path, builderNames) };
}
function instantiatePostProcessor(definition, context) {
    const core = new options_reader/* OptionsReader */.s(definition.node, definition.path, context);
    const common = {
        name: definition.name,
        keepInputArtifact: core.bool('keep_input_artifact')
    };
    const entries = definition.node.entries.filter(entry => !CORE_KEYS.includes(entry.key));
    const options = new options_reader/* OptionsReader */.s({ ...definition.node, entries }, definition.path, context);
    if (definition.type === 'manifest')
        return readManifest(options, common);
    if (DOCKER_POST_PROCESSOR_TYPES.includes(definition.type)) {
        // Packer runs it on an AMI and fails after the build ("Unknown artifact type"); said here, before
        // anything is built, with the way out.
        const buildType = context.scope.buildType;
        if (buildType !== undefined && buildType !== 'docker') {
            throw new errors/* InputError */.dz({
                at: (0,json_positions/* findEntry */.w4)(definition.node, 'type')?.value.loc ?? definition.node.loc,
                field: (0,json_path/* childPath */.c)(definition.path, 'type'),
                detail: `${definition.type} takes a docker build's image, but would run on the ${buildType} build "${context.scope.buildName}" (Packer fails it after the build with "Unknown artifact type"): give it "only": [the docker builds' names]`
            });
        }
        return readDockerPostProcessor(definition.type, options, common);
    }
    return {
        type: 'shell-local',
        ...common,
        ...(0,shell_local/* readShellLocal */.w)(options, 'the shell-local post-processor', false)
    };
}


/***/ }),

/***/ 1875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ defineProvisioner),
  J: () => (/* binding */ instantiateProvisioner)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/template/json-path.ts
var json_path = __webpack_require__(8100);
// EXTERNAL MODULE: ./src/template/json-positions.ts
var json_positions = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/template/options-reader.ts
var options_reader = __webpack_require__(3582);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/template/interpolate.ts
var interpolate = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/template/template-syntax.ts
var template_syntax = __webpack_require__(9616);
// EXTERNAL MODULE: ./src/template/build-data.ts
var build_data = __webpack_require__(8351);
;// CONCATENATED MODULE: ./src/template/go-conditionals.ts
// Packer's puppet and chef provisioners write their default commands and chef's solo.rb with Go's
// {{if}} / {{else}} / {{end}}, and users copy those into their own execute_command and config_template.
// The shared renderer refuses control structures, so such a string is split here at its if/else/end
// actions: the text in between renders as any option does (renderDeferred: variables, functions, build
// data, the command's own fields), and each condition is tested when the string renders, on those
// fields. Conditions are the ones these templates use: `.Field`, `not .Field`, and `eq` / `ne` of a
// field and a quoted string (or two of either).


/** A template string with Go conditionals, rendered once its fields are known. */
class GoTemplate {
    source;
    #nodes;
    #booleans;
    constructor(source, nodes, booleans) {
        this.source = source;
        this.#nodes = nodes;
        this.#booleans = booleans;
        Object.freeze(this);
    }
    /** The final string; `data` holds build data and the fields (booleans as "true" / "false"). */
    render(data = {}) {
        return this.renderNodes(this.#nodes, data);
    }
    /** The text with what is left as template actions: stable, for logs and fingerprints. */
    toString() {
        const print = (nodes) => nodes
            .map(node => node.kind === 'text'
            ? node.text.toString()
            : `${node.source}${print(node.then)}${node.otherwise.length > 0 ? `{{else}}${print(node.otherwise)}` : ''}{{end}}`)
            .join('');
        return print(this.#nodes);
    }
    toJSON() {
        return this.toString();
    }
    renderNodes(nodes, data) {
        return nodes
            .map(node => {
            if (node.kind === 'text')
                return node.text.render(data);
            return this.renderNodes(this.holds(node.condition, data) ? node.then : node.otherwise, data);
        })
            .join('');
    }
    holds(condition, data) {
        const value = (operand) => {
            if ('text' in operand)
                return operand.text;
            const found = data[operand.field];
            if (typeof found !== 'string')
                throw new template_syntax/* TemplateError */.$({ message: `build data ${operand.field} is not available` });
            return found;
        };
        if (condition.kind === 'compare')
            return (value(condition.left) === value(condition.right)) === condition.equal;
        const text = value(condition.operand);
        const isField = 'field' in condition.operand;
        // Go's truth: a bool is itself, a string is true when not empty.
        const truth = isField && this.#booleans.has(condition.operand.field) ? text === 'true' : text !== '';
        return truth !== condition.negate;
    }
}
const CONTROL = /\{\{(- )?\s*(if|else|end)\b(.*?)( -)?\}\}/gs;
/**
 * Parses `text`; `policy.fields` are the fields it may use, `booleans` those of them that are Go bools.
 * Throws TemplateError (the caller adds the location).
 */
function parseGoTemplate(text, scope, policy, booleans = new Set()) {
    const pieces = [];
    let index = 0;
    for (const match of text.matchAll(CONTROL)) {
        pieces.push({ kind: 'text', text: text.slice(index, match.index) });
        pieces.push({
            kind: match[2],
            rest: match[3].trim(),
            source: match[0],
            trimBefore: match[1] !== undefined,
            trimAfter: match[4] !== undefined
        });
        index = match.index + match[0].length;
    }
    pieces.push({ kind: 'text', text: text.slice(index) });
    // {{- and -}} trim the white space next to them, as in Go.
    pieces.forEach((piece, i) => {
        if (piece.kind === 'text')
            return;
        const before = pieces[i - 1];
        const after = pieces[i + 1];
        if (piece.trimBefore && before?.kind === 'text')
            before.text = before.text.replace(/\s+$/, '');
        if (piece.trimAfter && after?.kind === 'text')
            after.text = after.text.replace(/^\s+/, '');
    });
    const root = [];
    const stack = [];
    const current = () => {
        const top = stack[stack.length - 1];
        return top === undefined ? root : top.inElse ? top.otherwise : top.then;
    };
    for (const piece of pieces) {
        if (piece.kind === 'text') {
            if (piece.text !== '')
                current().push({ kind: 'text', text: (0,interpolate/* renderDeferred */.oK)(piece.text, scope, policy) });
        }
        else if (piece.kind === 'if') {
            stack.push({
                source: piece.source,
                condition: parseCondition(piece.rest, policy),
                then: [],
                otherwise: [],
                inElse: false
            });
        }
        else if (piece.kind === 'else') {
            const top = stack[stack.length - 1];
            if (top === undefined || top.inElse || piece.rest !== '')
                throw new template_syntax/* TemplateError */.$({
                    message: `unexpected ${piece.source} (only a plain {{else}} inside an {{if}})`
                });
            top.inElse = true;
        }
        else {
            const top = stack.pop();
            if (top === undefined || piece.rest !== '')
                throw new template_syntax/* TemplateError */.$({ message: `unexpected ${piece.source}: no {{if}} is open` });
            current().push({ kind: 'if', ...top });
        }
    }
    if (stack.length > 0)
        throw new template_syntax/* TemplateError */.$({ message: `${stack.at(-1).source} has no {{end}}` });
    return new GoTemplate(text, root, booleans);
}
function parseCondition(text, policy) {
    const words = [...text.matchAll(/"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g)].map(match => match[0]);
    const [head, ...args] = words;
    if ((head === 'eq' || head === 'ne') && args.length === 2) {
        return {
            kind: 'compare',
            equal: head === 'eq',
            left: operand(args[0], text, policy),
            right: operand(args[1], text, policy)
        };
    }
    if (head === 'not' && args.length === 1) {
        return { kind: 'truth', negate: true, operand: operand(args[0], text, policy) };
    }
    if (head !== undefined && args.length === 0) {
        return { kind: 'truth', negate: false, operand: operand(head, text, policy) };
    }
    throw new template_syntax/* TemplateError */.$({
        message: `{{if ${text}}} is not supported here: use {{if .Field}}, {{if not .Field}} or {{if ne .Field "text"}}`
    });
}
function operand(word, condition, policy) {
    if (word.startsWith('`'))
        return { text: word.slice(1, -1) };
    if (word.startsWith('"'))
        return { text: JSON.parse(word) };
    const field = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(word)?.[1];
    if (field === undefined) {
        throw new template_syntax/* TemplateError */.$({
            message: `${word} in {{if ${condition}}} is not supported here: compare fields (.Name) and strings`
        });
    }
    if (!policy.fields.has(field)) {
        const known = [...policy.fields.keys()].map(name => '.' + name).join(', ');
        throw new template_syntax/* TemplateError */.$({ message: `.${field} is not available here (known: ${known})` });
    }
    return { field };
}

// EXTERNAL MODULE: ./src/template/weak-decode.ts
var weak_decode = __webpack_require__(8275);
;// CONCATENATED MODULE: ./src/template/schema/go-template-option.ts
// Options that Packer renders late, with the provisioner's own fields (execute_command and friends of
// puppet-masterless and chef-solo), read as Go templates that may use {{if}}; and local paths that must
// be a directory or a file, as those provisioners check before they start.







/** Parses Go template text with `fields`; a TemplateError becomes `fail`'s error. */
function goTemplate(options, text, fields, fail) {
    try {
        return parseGoTemplate(text, options.context.scope, (0,build_data/* executeCommandData */.$1)(fields.fields, fields.withBuildData), new Set(fields.booleans));
    }
    catch (error) {
        if (error instanceof template_syntax/* TemplateError */.$)
            throw fail(error.message);
        throw error;
    }
}
function goTemplateOption(options, name, fields) {
    const entry = options.entry(name);
    if (entry === undefined)
        return undefined;
    const text = (0,weak_decode/* weakString */.Si)(entry.value, options.field(name));
    if (text === '')
        return undefined;
    return goTemplate(options, text, fields, detail => options.error(name, detail));
}
function goTemplateList(options, name, fields) {
    const entry = options.entry(name);
    if (entry === undefined)
        return [];
    return (0,weak_decode/* weakList */.Nu)(entry.value).map((item, index) => {
        const field = entry.value.kind === 'array' ? (0,json_path/* childPath */.c)(options.field(name), index) : options.field(name);
        return goTemplate(options, (0,weak_decode/* weakString */.Si)(item, field), fields, detail => new errors/* InputError */.dz({ at: item.loc, field, detail }));
    });
}
/** A local path option that, when given, must exist and be a `kind`; recorded as read (fingerprints). */
function localPathOf(options, name, kind) {
    const path = options.localPath(name, { mustExist: true, reads: true });
    if (path !== undefined)
        checkKind(options, name, path, kind);
    return path;
}
function localPathsOf(options, name, kind) {
    const paths = options.localPathList(name, { mustExist: true, reads: true });
    paths.forEach((path, index) => checkKind(options, name, path, kind, index));
    return paths;
}
function checkKind(options, name, path, kind, index) {
    const isDirectory = (0,external_node_fs_.statSync)(path).isDirectory();
    if (isDirectory === (kind === 'directory'))
        return;
    const detail = `must point to a ${kind}: ${path} is ${isDirectory ? 'a directory' : 'not a directory'}`;
    const value = options.entry(name)?.value;
    // A list item is reported at the item itself.
    if (index !== undefined && value?.kind === 'array') {
        throw new errors/* InputError */.dz({
            at: value.items[index].loc,
            field: (0,json_path/* childPath */.c)(options.field(name), index),
            detail
        });
    }
    throw options.error(name, detail);
}

;// CONCATENATED MODULE: ./src/template/schema/puppet-masterless.ts
// The puppet-masterless provisioner's options (hashicorp/packer-plugin-puppet
// provisioner/puppet-masterless/provisioner.go), with its defaults and its checks of the local paths.
// Every manifest, module and hiera file is recorded as read, so a change in any of them changes the
// fingerprint. execute_command and extra_arguments render when puppet runs, with Packer's fields.

const OPTIONS = [
    'manifest_file',
    'manifest_dir',
    'module_paths',
    'hiera_config_path',
    'facter',
    'extra_arguments',
    'execute_command',
    'guest_os_type',
    'ignore_exit_codes',
    'prevent_sudo',
    'puppet_bin_dir',
    'staging_directory',
    'working_directory',
    'clean_staging_directory'
];
/** Windows-only (elevated scheduled tasks). */
const UNSUPPORTED = ['elevated_user', 'elevated_password'];
/** Packer's ExecuteTemplate. */
const PUPPET_COMMAND_FIELDS = {
    fields: [
        'Debug',
        'ExtraArguments',
        'FacterVars',
        'HieraConfigPath',
        'ModulePath',
        'ModulePathJoiner',
        'ManifestFile',
        'ManifestDir',
        'PuppetBinDir',
        'Sudo',
        'WorkingDir'
    ],
    booleans: ['Debug', 'Sudo'],
    withBuildData: true
};
const DEFAULT_PUPPET_STAGING_DIRECTORY = '/tmp/packer-puppet-masterless';
function readPuppetMasterless(options, common) {
    options.checkKeys(OPTIONS, UNSUPPORTED, 'the puppet-masterless provisioner');
    readGuestOsType(options);
    if (!options.has('manifest_file'))
        throw options.missing('manifest_file', 'is required (A manifest_file must be specified.)');
    const stagingDirectory = options.string('staging_directory') ?? DEFAULT_PUPPET_STAGING_DIRECTORY;
    return {
        type: 'puppet-masterless',
        ...common,
        // A file, or a directory of manifests (puppet apply takes either).
        manifestFile: options.localPath('manifest_file', { mustExist: true, reads: true }),
        manifestDir: localPathOf(options, 'manifest_dir', 'directory'),
        modulePaths: localPathsOf(options, 'module_paths', 'directory'),
        hieraConfigPath: localPathOf(options, 'hiera_config_path', 'file'),
        facter: options.stringMap('facter'),
        extraArguments: goTemplateList(options, 'extra_arguments', PUPPET_COMMAND_FIELDS),
        executeCommand: goTemplateOption(options, 'execute_command', PUPPET_COMMAND_FIELDS),
        ignoreExitCodes: options.bool('ignore_exit_codes') ?? false,
        preventSudo: options.bool('prevent_sudo') ?? false,
        puppetBinDir: options.string('puppet_bin_dir'),
        stagingDirectory,
        workingDirectory: options.string('working_directory') ?? stagingDirectory,
        cleanStagingDirectory: options.bool('clean_staging_directory') ?? false
    };
}
/** unix (the default); Packer also knows windows, which needs WinRM and is not supported yet. */
function readGuestOsType(options) {
    const type = options.string('guest_os_type')?.toLowerCase() ?? 'unix';
    if (type === 'windows')
        throw options.error('guest_os_type', 'windows is not supported yet (unix only)');
    if (type !== 'unix')
        throw options.error('guest_os_type', `Invalid guest_os_type: "${type}" (use unix)`);
}

;// CONCATENATED MODULE: ./src/template/schema/chef-solo.ts
// The chef-solo provisioner's options (hashicorp/packer-plugin-chef provisioner/chef-solo/provisioner.go),
// with its defaults and its checks of the local paths. Cookbooks, roles, data bags, environments and the
// config template are recorded as read, so a change in any of their files changes the fingerprint.
// The config template is read now, so a mistake in it fails before an instance is launched.







const chef_solo_OPTIONS = [
    'chef_environment',
    'chef_license',
    'config_template',
    'cookbook_paths',
    'roles_path',
    'data_bags_path',
    'encrypted_data_bag_secret_path',
    'environments_path',
    'execute_command',
    'install_command',
    'remote_cookbook_paths',
    'json',
    'json_string',
    'prevent_sudo',
    'run_list',
    'skip_install',
    'staging_directory',
    'guest_os_type',
    'version'
];
const CHEF_EXECUTE_FIELDS = {
    fields: ['ConfigPath', 'JsonPath', 'Sudo'],
    booleans: ['Sudo'],
    withBuildData: true
};
const CHEF_INSTALL_FIELDS = {
    fields: ['Sudo', 'Version'],
    booleans: ['Sudo'],
    withBuildData: true
};
/** Packer's ConfigTemplate: what solo.rb renders with. */
const CHEF_CONFIG_FIELDS = {
    fields: [
        'CookbookPaths',
        'DataBagsPath',
        'EncryptedDataBagSecretPath',
        'RolesPath',
        'EnvironmentsPath',
        'ChefEnvironment',
        'ChefLicense',
        'HasDataBagsPath',
        'HasEncryptedDataBagSecretPath',
        'HasRolesPath',
        'HasEnvironmentsPath'
    ],
    booleans: ['HasDataBagsPath', 'HasEncryptedDataBagSecretPath', 'HasRolesPath', 'HasEnvironmentsPath'],
    withBuildData: false
};
const DEFAULT_CHEF_STAGING_DIRECTORY = '/tmp/packer-chef-solo';
function readChefSolo(options, common) {
    options.checkKeys(chef_solo_OPTIONS, [], 'the chef-solo provisioner');
    readGuestOsType(options);
    return {
        type: 'chef-solo',
        ...common,
        cookbookPaths: localPathsOf(options, 'cookbook_paths', 'directory'),
        remoteCookbookPaths: options.stringList('remote_cookbook_paths'),
        rolesPath: localPathOf(options, 'roles_path', 'directory'),
        dataBagsPath: localPathOf(options, 'data_bags_path', 'directory'),
        environmentsPath: localPathOf(options, 'environments_path', 'directory'),
        encryptedDataBagSecretPath: localPathOf(options, 'encrypted_data_bag_secret_path', 'file'),
        chefEnvironment: options.string('chef_environment'),
        chefLicense: options.string('chef_license'),
        configTemplate: readConfigTemplate(options),
        json: readJson(options),
        runList: options.stringList('run_list'),
        executeCommand: goTemplateOption(options, 'execute_command', CHEF_EXECUTE_FIELDS),
        installCommand: goTemplateOption(options, 'install_command', CHEF_INSTALL_FIELDS),
        skipInstall: options.bool('skip_install') ?? false,
        preventSudo: options.bool('prevent_sudo') ?? false,
        stagingDirectory: options.string('staging_directory') ?? DEFAULT_CHEF_STAGING_DIRECTORY,
        version: options.string('version')
    };
}
function readConfigTemplate(options) {
    const path = localPathOf(options, 'config_template', 'file');
    if (path === undefined)
        return undefined;
    return goTemplate(options, (0,external_node_fs_.readFileSync)(path, 'utf8'), CHEF_CONFIG_FIELDS, detail => options.error('config_template', `in ${path}: ${detail}`));
}
/** `json` (an object, its strings rendered as Packer renders user variables in it), then `json_string`. */
function readJson(options) {
    const entry = options.entry('json');
    let json = {};
    if (entry !== undefined) {
        if (entry.value.kind !== 'object')
            throw options.error('json', 'expected an object of node attributes');
        json = plain(entry.value, options.field('json'), options);
    }
    const text = options.string('json_string');
    if (text === undefined)
        return json;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw options.error('json_string', `Failed to unmarshal 'json_string': ${error.message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw options.error('json_string', 'expected a JSON object of node attributes');
    return { ...json, ...parsed };
}
function plain(node, field, options) {
    const render = (text, at, where) => {
        try {
            return (0,interpolate/* renderString */.G4)(text, options.context.scope, (0,interpolate/* noBuildData */.qr)(options.context.dataHint));
        }
        catch (error) {
            if (!(error instanceof template_syntax/* TemplateError */.$))
                throw error;
            throw new errors/* InputError */.dz({ at, field: where, detail: error.message, cause: error });
        }
    };
    switch (node.kind) {
        case 'string':
            return render(node.value, node.loc, field);
        case 'array':
            return node.items.map((item, index) => plain(item, (0,json_path/* childPath */.c)(field, index), options));
        case 'object':
            return Object.fromEntries(node.entries.map(entry => {
                const where = (0,json_path/* childPath */.c)(field, entry.key);
                return [render(entry.key, entry.keyLoc, where), plain(entry.value, where, options)];
            }));
        case 'null':
            return null;
        default:
            return node.value;
    }
}

;// CONCATENATED MODULE: ./src/template/schema/ansible-local.ts
// The ansible-local provisioner's options (hashicorp/packer-plugin-ansible provisioner/ansible-local/
// provisioner.go), checked as its Prepare checks them: one of playbook_file and playbook_files, every
// local file and directory present and of the right kind. Each local path is registered as read, so
// the playbooks, roles and variables enter the fingerprint (a directory with everything under it).
// Defaults that depend on the run (the staging directory's uuid) are applied when it runs.




const ANSIBLE_LOCAL_OPTIONS = [
    'command',
    'extra_arguments',
    'group_vars',
    'host_vars',
    'playbook_dir',
    'playbook_file',
    'playbook_files',
    'playbook_paths',
    'role_paths',
    'collection_paths',
    'staging_directory',
    'clean_staging_directory',
    'inventory_file',
    'inventory_groups',
    'galaxy_file',
    'galaxy_command',
    'galaxy_force_install',
    'galaxy_roles_path',
    'galaxy_collections_path'
];
/** Packer's default `command`: colour and unbuffered output, so the log streams as the play runs. */
const DEFAULT_ANSIBLE_LOCAL_COMMAND = 'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook';
const READS = { mustExist: true, reads: true };
const optional = (path) => (path === undefined ? [] : [path]);
function readAnsibleLocal(options, common) {
    options.checkKeys(ANSIBLE_LOCAL_OPTIONS, [], 'the ansible-local provisioner');
    if (options.has('playbook_file') && options.stringList('playbook_files').length > 0)
        throw options.error('playbook_files', 'give playbook_file or playbook_files, not both');
    const files = (name) => ansible_local_checkKind(options, name, 'file', options.localPathList(name, READS));
    const dirs = (name) => ansible_local_checkKind(options, name, 'directory', options.localPathList(name, READS));
    const file = (name) => ansible_local_checkKind(options, name, 'file', optional(options.localPath(name, READS)))[0];
    const dir = (name) => ansible_local_checkKind(options, name, 'directory', optional(options.localPath(name, READS)))[0];
    const playbookFile = file('playbook_file');
    const playbookFiles = files('playbook_files');
    if (playbookFile === undefined && playbookFiles.length === 0)
        throw options.objectError('playbook_file or playbook_files is required');
    return {
        type: 'ansible-local',
        ...common,
        command: options.string('command') ?? DEFAULT_ANSIBLE_LOCAL_COMMAND,
        extraArguments: options.deferredList('extra_arguments', build_data/* PROVISIONER_DATA */.Y9),
        playbookFile,
        playbookFiles,
        playbookDir: dir('playbook_dir'),
        playbookPaths: dirs('playbook_paths'),
        rolePaths: dirs('role_paths'),
        collectionPaths: dirs('collection_paths'),
        groupVars: dir('group_vars'),
        hostVars: dir('host_vars'),
        inventoryFile: file('inventory_file'),
        inventoryGroups: inventoryGroups(options),
        galaxyFile: file('galaxy_file'),
        galaxyCommand: options.string('galaxy_command') ?? 'ansible-galaxy',
        galaxyForceInstall: options.bool('galaxy_force_install') ?? false,
        galaxyRolesPath: options.string('galaxy_roles_path'),
        galaxyCollectionsPath: options.string('galaxy_collections_path'),
        stagingDirectory: options.string('staging_directory'),
        cleanStagingDirectory: options.bool('clean_staging_directory') ?? false
    };
}
/**
 * Packer documents inventory_groups as "a comma-separated list" and its decoder splits a string on commas
 * (the SDK's StringToSliceHookFunc(",")), so "web,db" is two groups; a JSON list is taken as it is.
 */
function inventoryGroups(options) {
    const isList = options.entry('inventory_groups')?.value.kind === 'array';
    const groups = options.stringList('inventory_groups');
    return isList ? groups : groups.flatMap(text => text.split(','));
}
/** Packer's validateFileConfig / validateDirConfig: the path must be a file (or a directory). */
function ansible_local_checkKind(options, name, kind, paths) {
    const entry = options.entry(name);
    return paths.map((path, index) => {
        const absolute = path.length > 1 ? path.replace(/\/$/, '') : path;
        const isDirectory = external_node_fs_default().statSync(absolute).isDirectory();
        if (isDirectory !== (kind === 'directory')) {
            const node = entry?.value.kind === 'array' ? entry.value.items[index] : entry?.value;
            throw new errors/* InputError */.dz({
                at: node?.loc ?? options.node.loc,
                field: entry?.value.kind === 'array' ? (0,json_path/* childPath */.c)(options.field(name), index) : options.field(name),
                detail: `${absolute} must point to a ${kind}`
            });
        }
        return absolute;
    });
}

;// CONCATENATED MODULE: ./src/template/schema/breakpoint.ts
// The breakpoint provisioner's options (hashicorp/packer provisioner/breakpoint/provisioner.go): a note,
// and `disable`. The note may use build data, as every provisioner string Packer renders at run time.

function readBreakpoint(options, common) {
    options.checkKeys(['note', 'disable'], [], 'the breakpoint provisioner');
    return {
        type: 'breakpoint',
        ...common,
        note: options.deferred('note', build_data/* PROVISIONER_DATA */.Y9),
        disable: options.bool('disable') ?? false
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/template/schema/ansible.ts
// The remote ansible provisioner's options (hashicorp/packer-plugin-ansible provisioner/ansible,
// Config and Prepare), with Packer's defaults and its checks on local files. Every local file the
// play reads enters the fingerprint: the playbook with what sits beside it (roles/, group_vars/,
// ...), the galaxy requirements, the inventory and its directory, the proxy's key files.



const ANSIBLE_OPTIONS = [
    'playbook_file',
    'command',
    'extra_arguments',
    'ansible_env_vars',
    'ansible_ssh_extra_args',
    'groups',
    'empty_groups',
    'host_alias',
    'user',
    'inventory_file',
    'inventory_directory',
    'keep_inventory_file',
    'galaxy_file',
    'galaxy_command',
    'galaxy_force_install',
    'galaxy_force_with_deps',
    'roles_path',
    'collections_path',
    'use_proxy',
    'use_sftp',
    'sftp_command',
    'local_port',
    'ssh_host_key_file',
    'ssh_authorized_key_file',
    'skip_version_check'
];
/** WinRM and the RSA proxy key have no use on this action's Linux SSH builds; the line template waits for demand. */
const ANSIBLE_UNSUPPORTED = ['inventory_file_template', 'ansible_proxy_key_type', 'ansible_winrm_use_http'];
/**
 * What a playbook reads from its own directory (ansible's playbook-adjacent lookups). When that directory is
 * the working directory or a repository root, only these enter the fingerprint, not the whole tree.
 */
const PLAYBOOK_COMPANIONS = [
    'roles',
    'collections',
    'group_vars',
    'host_vars',
    'library',
    'module_utils',
    'filter_plugins',
    'plugins',
    'tasks',
    'handlers',
    'vars',
    'templates',
    'files',
    'ansible.cfg'
];
function readAnsible(options, common) {
    options.checkKeys(ANSIBLE_OPTIONS, ANSIBLE_UNSUPPORTED, 'the ansible provisioner');
    if (!options.has('playbook_file'))
        throw options.missing('playbook_file', 'must be specified');
    const playbookFile = regularFile(options, 'playbook_file');
    readPlaybookDirectory(options, playbookFile);
    const inventoryDirectory = options.localPath('inventory_directory', { mustExist: true, reads: true });
    if (inventoryDirectory !== undefined && !external_node_fs_default().statSync(inventoryDirectory).isDirectory()) {
        throw options.error('inventory_directory', `${options.string('inventory_directory')} must point to a directory`);
    }
    return {
        type: 'ansible',
        ...common,
        playbookFile,
        command: options.string('command') ?? 'ansible-playbook',
        extraArguments: options.deferredList('extra_arguments', build_data/* PROVISIONER_DATA */.Y9),
        ansibleEnvVars: readEnvVars(options),
        ansibleSshExtraArgs: options.stringList('ansible_ssh_extra_args'),
        groups: options.stringList('groups'),
        emptyGroups: options.stringList('empty_groups'),
        hostAlias: options.string('host_alias') ?? 'default',
        user: options.string('user'),
        // It may be written during the build (by shell-local): looked for when the provisioner runs.
        inventoryFile: options.localPath('inventory_file', { mustExist: false, reads: true }),
        inventoryDirectory,
        keepInventoryFile: options.bool('keep_inventory_file') ?? false,
        galaxyFile: regularFile(options, 'galaxy_file'),
        galaxyCommand: options.string('galaxy_command') ?? 'ansible-galaxy',
        galaxyForceInstall: options.bool('galaxy_force_install') ?? false,
        galaxyForceWithDeps: options.bool('galaxy_force_with_deps') ?? false,
        rolesPath: options.string('roles_path'),
        collectionsPath: options.string('collections_path'),
        // Packer's current default: the proxy, for every connection type.
        useProxy: options.bool('use_proxy') ?? true,
        useSftp: options.bool('use_sftp') ?? false,
        sftpCommand: options.string('sftp_command'),
        localPort: options.int('local_port', { min: 0, max: 65535 }) || undefined,
        sshHostKeyFile: regularFile(options, 'ssh_host_key_file'),
        sshAuthorizedKeyFile: regularFile(options, 'ssh_authorized_key_file'),
        skipVersionCheck: options.bool('skip_version_check') ?? false
    };
}
/** A local file that must exist and not be a directory (Packer's validateFileConfig). */
function regularFile(options, name) {
    const file = options.localPath(name, { mustExist: true, reads: true });
    if (file !== undefined && external_node_fs_default().statSync(file).isDirectory()) {
        throw options.error(name, `${options.string(name)} must point to a file`);
    }
    return file;
}
/** A change in a role or a group_vars file beside the playbook rebuilds the image, as users expect. */
function readPlaybookDirectory(options, playbookFile) {
    const dir = external_node_path_default().dirname(playbookFile);
    const isRoot = dir === options.context.scope.cwd || external_node_fs_default().existsSync(external_node_path_default().join(dir, '.git'));
    if (!isRoot) {
        options.context.readsFile(dir);
        return;
    }
    for (const name of PLAYBOOK_COMPANIONS) {
        const companion = external_node_path_default().join(dir, name);
        if (external_node_fs_default().existsSync(companion))
            options.context.readsFile(companion);
    }
}
/** NAME=value strings, as Packer appends them to the environment. */
function readEnvVars(options) {
    const vars = options.deferredList('ansible_env_vars', build_data/* PROVISIONER_DATA */.Y9);
    for (const variable of vars) {
        if (!/^[^={}]+=/.test(variable.toString())) {
            throw options.error('ansible_env_vars', `expected NAME=value, found ${JSON.stringify(variable.source)}`);
        }
    }
    return vars;
}

;// CONCATENATED MODULE: ./src/template/schema/file.ts
// The file provisioner's options (hashicorp/packer provisioner/file/provisioner.go).
const FILE_OPTIONS = ['source', 'sources', 'destination', 'direction', 'generated', 'content'];
function readFile(options, common) {
    options.checkKeys(FILE_OPTIONS, [], 'the file provisioner');
    const direction = options.choice('direction', ['upload', 'download']) ?? 'upload';
    const generated = options.bool('generated') ?? false;
    const content = options.has('content') ? (options.string('content') ?? '') : undefined;
    const hasSources = options.has('source') || options.has('sources');
    if (content !== undefined && hasSources)
        throw options.error('content', 'give content or source(s), not both');
    if (content !== undefined && direction === 'download') {
        throw options.error('content', 'content can only be uploaded (direction upload)');
    }
    if (content === undefined && !hasSources)
        throw options.objectError('source, sources or content is required');
    const destination = options.requiredString('destination');
    // Packer adds `source` after `sources`.
    const sources = direction === 'upload'
        ? [
            ...options.localPathList('sources', { mustExist: !generated, reads: true }),
            ...options.localPathList('source', { mustExist: !generated, reads: true })
        ]
        : [...options.stringList('sources'), ...options.stringList('source')];
    if (content === undefined && sources.length === 0)
        throw options.objectError('source or sources is required');
    return {
        type: 'file',
        ...common,
        direction,
        sources,
        content,
        destination: direction === 'download' ? localDestination(options, destination) : destination,
        generated
    };
}
/** A download's destination is a local path: absolute, keeping a trailing slash (a directory). */
function localDestination(options, destination) {
    return options.localPath('destination', { mustExist: false, reads: false }) ?? destination;
}

// EXTERNAL MODULE: ./src/template/schema/shell-local.ts
var shell_local = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/template/schema/shell.ts
var shell = __webpack_require__(5394);
// EXTERNAL MODULE: ./src/template/schema/only-except.ts
var only_except = __webpack_require__(8524);
;// CONCATENATED MODULE: ./src/template/schema/provisioners.ts
// The `provisioners` list and `error-cleanup-provisioner`: Packer's core keys (type, only, except,
// override, pause_before, max_retries, timeout) are read once per template; each build then gets its own
// copy, filtered by only/except and with that builder's override merged over the options.













const CORE_KEYS = ['type', 'only', 'except', 'override', 'pause_before', 'max_retries', 'timeout'];
const SUPPORTED_TYPES = [
    'shell',
    'file',
    'shell-local',
    'ansible',
    'ansible-local',
    'puppet-masterless',
    'chef-solo',
    'breakpoint'
];
/** Reads the structure of one provisioner; `builderNames` are all the template's builders. */
function defineProvisioner(node, path, builderNames) {
    if (node.kind !== 'object')
        throw new errors/* InputError */.dz({
            at: node.loc,
            field: path,
            detail: `expected an object, found ${(0,json_positions/* describeNode */.WQ)(node)}`
        });
    const typeEntry = (0,json_positions/* findEntry */.w4)(node, 'type');
    if (typeEntry === undefined)
        throw new errors/* InputError */.dz({ at: node.loc, field: path, detail: 'type is required' });
    if (typeEntry.value.kind !== 'string' || typeEntry.value.value === '') {
        throw new errors/* InputError */.dz({
            at: typeEntry.value.loc,
            field: (0,json_path/* childPath */.c)(path, 'type'),
            detail: `expected a provisioner type, found ${(0,json_positions/* describeNode */.WQ)(typeEntry.value)}`
        });
    }
    const type = typeEntry.value.value;
    if (!SUPPORTED_TYPES.includes(type)) {
        throw new errors/* InputError */.dz({
            at: typeEntry.value.loc,
            field: (0,json_path/* childPath */.c)(path, 'type'),
            detail: `provisioner type ${type} is not supported yet`
        });
    }
    return {
        node,
        path,
        type,
        onlyExcept: (0,only_except/* readOnlyExcept */.C)(node, path, builderNames),
        overrides: readOverrides(node, path, builderNames)
    };
}
/** This build's provisioner, or undefined when only/except leave it out. */
function instantiateProvisioner(definition, buildName, context) {
    if (definition.onlyExcept.skips(buildName))
        return undefined;
    const common = readCommon(new options_reader/* OptionsReader */.s(definition.node, definition.path, context));
    const override = definition.overrides.get(buildName);
    const entries = new Map();
    const overridePaths = new Map();
    for (const entry of definition.node.entries)
        if (!CORE_KEYS.includes(entry.key))
            entries.set(entry.key, entry);
    for (const entry of override?.entries ?? []) {
        entries.set(entry.key, entry);
        overridePaths.set(entry.key, (0,json_path/* childPath */.c)((0,json_path/* childPath */.c)((0,json_path/* childPath */.c)(definition.path, 'override'), buildName), entry.key));
    }
    const merged = { kind: 'object', loc: definition.node.loc, entries: [...entries.values()] };
    const options = new options_reader/* OptionsReader */.s(merged, definition.path, context, overridePaths);
    switch (definition.type) {
        case 'shell':
            return (0,shell/* readShell */.lu)(options, common);
        case 'file':
            return readFile(options, common);
        case 'puppet-masterless':
            return readPuppetMasterless(options, common);
        case 'chef-solo':
            return readChefSolo(options, common);
        case 'ansible-local':
            return readAnsibleLocal(options, common);
        case 'breakpoint':
            return readBreakpoint(options, common);
        case 'ansible':
            return readAnsible(options, common);
        default:
            return {
                type: 'shell-local',
                ...common,
                ...(0,shell_local/* readShellLocal */.w)(options, 'the shell-local provisioner', true)
            };
    }
}
function readCommon(options) {
    const maxRetries = options.int('max_retries', { min: 0 }) ?? 0;
    return {
        pauseBeforeMs: options.duration('pause_before') ?? 0,
        maxRetries,
        timeoutMs: options.duration('timeout') || undefined
    };
}
function readOverrides(node, path, builderNames) {
    const overrides = new Map();
    const entry = (0,json_positions/* findEntry */.w4)(node, 'override');
    if (entry === undefined || entry.value.kind === 'null')
        return overrides;
    const overridePath = (0,json_path/* childPath */.c)(path, 'override');
    if (entry.value.kind !== 'object') {
        throw new errors/* InputError */.dz({
            at: entry.value.loc,
            field: overridePath,
            detail: `expected an object keyed by builder name, found ${(0,json_positions/* describeNode */.WQ)(entry.value)}`
        });
    }
    for (const perBuilder of entry.value.entries) {
        const field = (0,json_path/* childPath */.c)(overridePath, perBuilder.key);
        if (!builderNames.includes(perBuilder.key)) {
            throw new errors/* InputError */.dz({
                at: perBuilder.keyLoc,
                field: field,
                detail: `there is no builder named ${perBuilder.key} to override`
            });
        }
        if (perBuilder.value.kind !== 'object') {
            throw new errors/* InputError */.dz({
                at: perBuilder.value.loc,
                field: field,
                detail: `expected an object of options, found ${(0,json_positions/* describeNode */.WQ)(perBuilder.value)}`
            });
        }
        overrides.set(perBuilder.key, perBuilder.value);
    }
    return overrides;
}


/***/ }),

/***/ 3157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ readBuilder)
});

// EXTERNAL MODULE: ./src/template/build-data.ts
var build_data = __webpack_require__(8351);
// EXTERNAL MODULE: ./src/template/deferred.ts
var deferred = __webpack_require__(255);
// EXTERNAL MODULE: ./src/template/functions.ts
var functions = __webpack_require__(9435);
// EXTERNAL MODULE: ./src/template/schema/access-options.ts
var access_options = __webpack_require__(8415);
;// CONCATENATED MODULE: ./src/template/schema/image-attributes.ts
// The amazon-ebs options that set attributes of the image rather than make it: enhanced networking
// (set on the stopped instance before imaging, as Packer does), the IMDS version, deregistration
// protection, time-based region copies, organization sharing and product codes. Packer's rules:
// ami_config.go Prepare and step_source_ami_info.go.
const IMAGE_ATTRIBUTE_OPTIONS = [
    'ena_support',
    'sriov_support',
    'ami_virtualization_type',
    'imds_support',
    'deregistration_protection',
    'snapshot_copy_duration_minutes',
    'ami_org_arns',
    'ami_ou_arns',
    'ami_product_codes'
];
function readImageAttributes(options) {
    const protection = options.object('deregistration_protection');
    protection?.checkKeys(['enabled', 'with_cooldown'], [], 'deregistration_protection');
    const withCooldown = protection?.bool('with_cooldown') ?? false;
    return {
        enaSupport: options.bool('ena_support'),
        sriovSupport: options.bool('sriov_support') ?? false,
        amiVirtualizationType: options.choice('ami_virtualization_type', ['hvm', 'paravirtual']),
        imdsSupport: readImdsSupport(options),
        // Packer: with_cooldown implies enabled.
        deregistrationProtection: {
            enabled: withCooldown || (protection?.bool('enabled') ?? false),
            withCooldown
        },
        snapshotCopyDurationMinutes: readCopyDuration(options),
        amiOrgArns: readArns(options, 'ami_org_arns', /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/),
        amiOuArns: readArns(options, 'ami_ou_arns', /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/),
        amiProductCodes: options.stringList('ami_product_codes')
    };
}
/** Packer accepts only "v2.0" (or nothing: the image keeps the legacy IMDS default). */
function readImdsSupport(options) {
    const value = options.string('imds_support');
    if (value === undefined || value === '')
        return undefined;
    if (value !== 'v2.0') {
        throw options.error('imds_support', `the only valid value is "v2.0" (or leave it unset), found ${JSON.stringify(value)}`);
    }
    return value;
}
/** EC2's rule for time-based copies (CopyImage SnapshotCopyCompletionDurationMinutes): 15 to 2880, in steps of 15. */
function readCopyDuration(options) {
    const minutes = options.int('snapshot_copy_duration_minutes');
    if (minutes === undefined || minutes === 0)
        return undefined;
    if (minutes < 15 || minutes > 2880 || minutes % 15 !== 0) {
        throw options.error('snapshot_copy_duration_minutes', `must be a multiple of 15 between 15 and 2880 minutes, found ${minutes}`);
    }
    return minutes;
}
function readArns(options, name, pattern) {
    const arns = options.stringList(name);
    const bad = arns.find(arn => !pattern.test(arn));
    if (bad !== undefined) {
        const example = name === 'ami_org_arns'
            ? 'arn:aws:organizations::123456789012:organization/o-abcdefghij'
            : 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij';
        throw options.error(name, `${JSON.stringify(bad)} is not an ARN such as ${example}`);
    }
    return arns;
}

;// CONCATENATED MODULE: ./src/template/schema/launch-options.ts
// The amazon-ebs options that shape how the build instance is launched and stopped: burstable
// credits, placement (tenancy, dedicated host or host resource group), capacity reservations, an
// instance that stops itself, the instance profile check, and removing the temporary key from the
// instance before it is imaged. Packer's rules: run_config.go Prepare.
const LAUNCH_OPTIONS = [
    'enable_unlimited_credits',
    'enable_t2_unlimited',
    'placement',
    'capacity_reservation_preference',
    'capacity_reservation_id',
    'capacity_reservation_group_arn',
    'disable_stop_instance',
    'skip_profile_validation',
    'ssh_clear_authorized_keys'
];
const TENANCIES = ['default', 'dedicated', 'host'];
function readLaunchOptions(options, launch) {
    return {
        enableUnlimitedCredits: readUnlimitedCredits(options, launch),
        ...readPlacement(options),
        capacityReservation: readCapacityReservation(options),
        disableStopInstance: options.bool('disable_stop_instance') ?? false,
        skipProfileValidation: options.bool('skip_profile_validation') ?? false,
        // A communicator option, read here so communicator.ts stays about the connection itself.
        sshClearAuthorizedKeys: options.bool('ssh_clear_authorized_keys') ?? false
    };
}
/** enable_t2_unlimited is the deprecated spelling of enable_unlimited_credits (Packer warns and honours it). */
function readUnlimitedCredits(options, { instanceType, spot }) {
    const deprecated = options.bool('enable_t2_unlimited') ?? false;
    const enabled = (options.bool('enable_unlimited_credits') ?? false) || deprecated;
    const field = options.has('enable_unlimited_credits') ? 'enable_unlimited_credits' : 'enable_t2_unlimited';
    if (enabled && !/^t(?:2|3a?|4g)\./.test(instanceType)) {
        throw options.error(field, `instance type ${instanceType || '(spot_instance_types)'} cannot use unlimited credits: only T2, T3, T3a and T4g types can`);
    }
    // EC2 refuses unlimited T2 spot instances; Packer checks it before launching.
    if (enabled && spot !== undefined && instanceType.startsWith('t2.')) {
        throw options.error(field, 'unlimited credits cannot be used with a T2 spot instance (spot_price)');
    }
    return enabled;
}
/** placement { tenancy, host_id, host_resource_group_arn }; the top-level tenancy is its older spelling. */
function readPlacement(options) {
    const block = options.object('placement');
    block?.checkKeys(['tenancy', 'host_id', 'host_resource_group_arn'], [], 'placement');
    const inBlock = block?.choice('tenancy', TENANCIES);
    const topLevel = options.choice('tenancy', TENANCIES);
    if (inBlock !== undefined && topLevel !== undefined) {
        throw options.error('tenancy', 'set only one of placement.tenancy and tenancy (deprecated)');
    }
    const hostId = block?.string('host_id') || undefined;
    const hostResourceGroupArn = block?.string('host_resource_group_arn') || undefined;
    if (block && hostId !== undefined && hostResourceGroupArn !== undefined) {
        throw block.error('host_resource_group_arn', 'host_id and host_resource_group_arn cannot be set at the same time');
    }
    const tenancy = inBlock ?? topLevel;
    if (block &&
        (hostId ?? hostResourceGroupArn) !== undefined &&
        tenancy !== undefined &&
        tenancy !== 'host') {
        throw block.error(block.has('tenancy') ? 'tenancy' : 'host_id', `tenancy must be "host" when host_id or host_resource_group_arn is set, found ${JSON.stringify(tenancy)}`);
    }
    return { tenancy, hostId, hostResourceGroupArn };
}
function readCapacityReservation(options) {
    const preference = options.choice('capacity_reservation_preference', ['none', 'open']);
    const id = options.string('capacity_reservation_id') || undefined;
    const groupArn = options.string('capacity_reservation_group_arn') || undefined;
    if (id !== undefined && groupArn !== undefined) {
        throw options.error('capacity_reservation_group_arn', 'capacity_reservation_id and capacity_reservation_group_arn are mutually exclusive, only one should be used');
    }
    if ((id ?? groupArn) !== undefined && preference !== undefined) {
        throw options.error('capacity_reservation_preference', 'capacity_reservation_id, capacity_reservation_group_arn and capacity_reservation_preference are mutually exclusive, only one should be set');
    }
    if (id !== undefined)
        return { kind: 'target', id };
    if (groupArn !== undefined)
        return { kind: 'target', groupArn };
    return preference === undefined ? undefined : { kind: 'preference', preference };
}

// EXTERNAL MODULE: ./src/template/go-duration.ts
var go_duration = __webpack_require__(1275);
// EXTERNAL MODULE: ./src/template/schema/secret-option.ts
var secret_option = __webpack_require__(1554);
;// CONCATENATED MODULE: ./src/template/schema/ssh-connection.ts
// How the SSH communicator reaches and logs in to the instance beyond user and key (packer-plugin-sdk
// communicator/config.go): the runner's ssh-agent (ssh_agent_auth), a bastion host to jump through
// (ssh_bastion_*), the keep-alive interval and the algorithm lists.


const SSH_CONNECTION_OPTIONS = [
    'ssh_agent_auth',
    'ssh_bastion_host',
    'ssh_bastion_port',
    'ssh_bastion_username',
    'ssh_bastion_password',
    'ssh_bastion_private_key_file',
    'ssh_bastion_agent_auth',
    'ssh_keep_alive_interval',
    'ssh_ciphers',
    'ssh_key_exchange_algorithms'
];
function readSshConnection(options) {
    const list = (name) => {
        const values = options.stringList(name);
        return values.length ? values : undefined;
    };
    return {
        agentAuth: options.bool('ssh_agent_auth') ?? false,
        bastion: readBastion(options),
        keepAliveIntervalMs: keepAliveInterval(options),
        ciphers: list('ssh_ciphers'),
        keyExchangeAlgorithms: list('ssh_key_exchange_algorithms')
    };
}
/** Packer: unset or zero is 5 s, a negative duration ("-1s") turns keep-alives off (0 here). */
function keepAliveInterval(options) {
    const text = options.string('ssh_keep_alive_interval');
    if (text?.startsWith('-') && (0,go_duration/* parseGoDuration */.Q)(text.slice(1)) !== undefined)
        return 0;
    return options.duration('ssh_keep_alive_interval') || 5000;
}
function readBastion(options) {
    const host = options.string('ssh_bastion_host');
    if (!host) {
        for (const name of SSH_CONNECTION_OPTIONS)
            if (name.startsWith('ssh_bastion_') && name !== 'ssh_bastion_host' && options.has(name))
                throw options.error(name, 'only applies with ssh_bastion_host');
        return undefined;
    }
    const agentAuth = options.bool('ssh_bastion_agent_auth') ?? false;
    const password = (0,secret_option/* secretString */.y)(options, 'ssh_bastion_password');
    // Packer: the bastion takes ssh_private_key_file when it names no key of its own.
    const privateKeyFile = options.localPath('ssh_bastion_private_key_file', {
        mustExist: true,
        reads: true,
        expandHome: true,
        privateKey: true
    }) ??
        options.localPath('ssh_private_key_file', {
            mustExist: true,
            reads: true,
            expandHome: true,
            privateKey: true
        });
    const namesKey = options.has('ssh_bastion_private_key_file') || options.has('ssh_private_key_file');
    // A key file that names a missing file is its own problem, reported where it is read.
    if (!agentAuth && password === undefined && !namesKey)
        throw options.error('ssh_bastion_host', 'ssh_bastion_password or ssh_bastion_private_key_file must be specified (or ssh_bastion_agent_auth)');
    return {
        host,
        port: options.int('ssh_bastion_port', { min: 1, max: 65535 }) ?? 22,
        username: options.requiredString('ssh_bastion_username', 'is required with ssh_bastion_host'),
        password,
        privateKeyFile,
        agentAuth
    };
}

;// CONCATENATED MODULE: ./src/template/schema/amazon-ebs-options.ts
// The amazon-ebs option names: those implemented, and those Packer documents that we do not implement yet
// (from packer-plugin-amazon builder/ebs FlatConfig). A template using the latter fails with
// "<option> is not supported yet" instead of being built without it. To support one, move it here from
// UNSUPPORTED to IMPLEMENTED and read it in amazon-ebs.ts.




const IMPLEMENTED_AMAZON_EBS_OPTIONS = [
    // Access (shared with the amazon data sources), and one only the builder has
    ...access_options/* ACCESS_OPTIONS */.I_,
    'skip_region_validation',
    // Source image
    'source_ami',
    'source_ami_filter',
    // Instance
    'instance_type',
    'subnet_id',
    'vpc_id',
    'security_group_id',
    'security_group_ids',
    'temporary_security_group_source_cidrs',
    'temporary_security_group_source_public_ip',
    'associate_public_ip_address',
    'availability_zone',
    'iam_instance_profile',
    'user_data',
    'user_data_file',
    'metadata_options',
    'shutdown_behavior',
    'launch_block_device_mappings',
    'run_tags',
    'run_volume_tags',
    'ebs_optimized',
    'tenancy',
    ...LAUNCH_OPTIONS,
    // Network by filter, and spot (network-spot.ts)
    'subnet_filter',
    'vpc_filter',
    'security_group_filter',
    'spot_price',
    'spot_price_auto_product',
    'spot_instance_types',
    'spot_allocation_strategy',
    'spot_tags',
    'fleet_tags',
    // Image
    'ami_regions',
    'ami_users',
    'ami_groups',
    'snapshot_users',
    'snapshot_groups',
    'encrypt_boot',
    'kms_key_id',
    'region_kms_key_ids',
    'deprecate_at',
    'ami_name',
    'ami_description',
    'ami_block_device_mappings',
    'tags',
    'snapshot_tags',
    'force_deregister',
    'force_delete_snapshot',
    'skip_create_ami',
    ...IMAGE_ATTRIBUTE_OPTIONS,
    // Communicator
    'communicator',
    'pause_before_connecting',
    'ssh_username',
    'ssh_port',
    'ssh_timeout',
    'ssh_wait_timeout',
    'ssh_handshake_attempts',
    'ssh_interface',
    'ssh_host',
    'ssh_password',
    'ssh_pty',
    'ssh_keypair_name',
    'ssh_private_key_file',
    'max_retries',
    ...SSH_CONNECTION_OPTIONS,
    'temporary_key_pair_name',
    'temporary_key_pair_type',
    'temporary_key_pair_bits',
    'pause_before_ssm',
    'session_manager_port'
];
const UNSUPPORTED_AMAZON_EBS_OPTIONS = [
    // Parsed by Packer, not yet carried out by our builder: refused rather than silently ignored.
    ...access_options/* UNSUPPORTED_ACCESS_OPTIONS */.OP.filter(name => name !== 'max_retries'),
    'tag',
    'snapshot_tag',
    'run_tag',
    'run_volume_tag',
    'skip_save_build_region',
    'skip_ami_run_tags',
    'elastic_ip_allocation_id',
    'block_duration_minutes',
    'enable_nitro_enclave',
    'fleet_tag',
    'temporary_iam_instance_profile_policy_document',
    'spot_tag',
    'license_specifications',
    'no_ephemeral',
    'fast_launch',
    'windows_password_timeout',
    'ssh_certificate_file',
    'ssh_disable_agent_forwarding',
    'ssh_file_transfer_method',
    'ssh_read_write_timeout',
    'ssh_remote_tunnels',
    'ssh_local_tunnels',
    'ssh_public_key',
    'ssh_private_key',
    'ssh_bastion_interactive',
    'ssh_bastion_certificate_file',
    'ssh_proxy_host',
    'ssh_proxy_port',
    'ssh_proxy_username',
    'ssh_proxy_password',
    'winrm_username',
    'winrm_password',
    'winrm_host',
    'winrm_no_proxy',
    'winrm_port',
    'winrm_timeout',
    'winrm_use_ssl',
    'winrm_insecure',
    'winrm_use_ntlm',
    // Packer's common PackerConfig (builder/ebs FlatConfig): set by Packer core itself, never built on here.
    'packer_build_name',
    'packer_builder_type',
    'packer_core_version',
    'packer_debug',
    'packer_force',
    'packer_on_error',
    'packer_sensitive_variables',
    'packer_user_variables'
];
/**
 * Options of Packer's other amazon builders that templates put on amazon-ebs. Packer refuses them there
 * too ("unknown configuration key"); the message says why and what to do.
 */
const NOT_FOR_AMAZON_EBS = 'an option of amazon-ebssurrogate and amazon-chroot, not amazon-ebs (Packer refuses it here too): ' +
    'amazon-ebs makes the image from the instance (CreateImage), which takes no such setting; start from a ' +
    'source image that has it, or register the image with amazon-ebssurrogate';
const OTHER_AMAZON_BUILDER_OPTIONS = {
    boot_mode: `boot_mode is ${NOT_FOR_AMAZON_EBS}`,
    tpm_support: `tpm_support is ${NOT_FOR_AMAZON_EBS}`,
    uefi_data: `uefi_data is ${NOT_FOR_AMAZON_EBS}`
};

;// CONCATENATED MODULE: ./src/template/schema/block-devices.ts
// launch_block_device_mappings and ami_block_device_mappings entries, validated as Packer's
// builder/common/block_device.go does.
const BLOCK_DEVICE_OPTIONS = [
    'device_name',
    'delete_on_termination',
    'encrypted',
    'iops',
    'kms_key_id',
    'no_device',
    'snapshot_id',
    'throughput',
    'virtual_name',
    'volume_type',
    'volume_size'
];
/** Provisioned IOPS per GiB, at most. */
const IOPS_RATIO = { io1: 50, io2: 500 };
function readBlockDevices(options, name) {
    return options.objectList(name).map(readBlockDevice);
}
function readBlockDevice(device) {
    device.checkKeys(BLOCK_DEVICE_OPTIONS, [], 'a block device mapping');
    const deviceName = device.requiredString('device_name', 'is required for every block device mapping');
    const mapping = {
        deviceName,
        deleteOnTermination: device.bool('delete_on_termination') ?? false,
        encrypted: device.bool('encrypted'),
        iops: device.int('iops', { min: 0 }),
        kmsKeyId: device.string('kms_key_id'),
        noDevice: device.bool('no_device') ?? false,
        snapshotId: device.string('snapshot_id'),
        throughput: device.int('throughput', { min: 0 }),
        virtualName: device.string('virtual_name'),
        volumeType: device.string('volume_type'),
        volumeSize: device.int('volume_size', { min: 0 })
    };
    validate(device, mapping);
    return mapping;
}
function validate(device, mapping) {
    const { deviceName, volumeType, volumeSize, iops, throughput } = mapping;
    if (mapping.kmsKeyId !== undefined && mapping.encrypted === false) {
        throw device.error('kms_key_id', `device ${deviceName} must also have "encrypted": true when kms_key_id is set`);
    }
    const ratio = volumeType === undefined ? undefined : IOPS_RATIO[volumeType];
    if (ratio !== undefined && volumeSize !== undefined && volumeSize > 0 && iops !== undefined) {
        if (iops / volumeSize > ratio) {
            throw device.error('iops', `the most IOPS per GiB for ${volumeType} volumes is ${ratio}:1`);
        }
        if (iops < 100 || iops > 64000)
            throw device.error('iops', `must be between 100 and 64000 for ${volumeType}`);
    }
    if (volumeType === 'gp3') {
        if (throughput !== undefined && (throughput < 125 || throughput > 1000)) {
            throw device.error('throughput', 'must be between 125 and 1000 for gp3 volumes');
        }
        if (iops !== undefined && (iops < 3000 || iops > 16000)) {
            throw device.error('iops', 'must be between 3000 and 16000 for gp3 volumes');
        }
    }
    else if (throughput !== undefined) {
        throw device.error('throughput', `is only valid for gp3 volumes, not ${volumeType ?? 'the default type'}`);
    }
}

// EXTERNAL MODULE: ./src/template/schema/image-filter.ts
var image_filter = __webpack_require__(7156);
;// CONCATENATED MODULE: ./src/template/schema/communicator.ts
// The communicator options of the amazon-ebs builder (packer-plugin-sdk communicator/config.go plus the
// amazon key pair rules of builder/common/run_config.go and step_key_pair.go).


const FIVE_MINUTES = 5 * 60_000;
function readCommunicator(options) {
    const type = options.string('communicator') ?? 'ssh';
    if (type === 'none')
        return { type: 'none' };
    if (type === 'winrm')
        throw options.error('communicator', 'communicator winrm is not supported yet');
    if (type !== 'ssh') {
        throw options.error('communicator', `communicator ${type} is not valid here; use ssh or none`);
    }
    const sshInterface = options.string('ssh_interface');
    if (sshInterface === 'session_manager' && !options.has('iam_instance_profile')) {
        // Packer's message (run_config.go); temporary_iam_instance_profile_policy_document is refused
        // as not supported yet by the options check.
        throw options.error('ssh_interface', 'no iam_instance_profile defined; session_manager connectivity requires a valid instance profile with AmazonSSMManagedInstanceCore permissions. Alternatively a temporary_iam_instance_profile_policy_document can be used.');
    }
    if (options.has('ssh_timeout') && options.has('ssh_wait_timeout')) {
        throw options.error('ssh_wait_timeout', 'ssh_wait_timeout is the old name of ssh_timeout; set only ssh_timeout');
    }
    const password = (0,secret_option/* secretString */.y)(options, 'ssh_password');
    const connection = readSshConnection(options);
    return {
        type: 'ssh',
        username: options.requiredString('ssh_username', 'is required with the ssh communicator'),
        port: options.int('ssh_port', { min: 1, max: 65535 }) ?? 22,
        timeoutMs: options.duration('ssh_timeout') ?? options.duration('ssh_wait_timeout') ?? FIVE_MINUTES,
        handshakeAttempts: options.int('ssh_handshake_attempts', { min: 1 }) ?? 10,
        interface: options.choice('ssh_interface', [
            'public_ip',
            'private_ip',
            'public_dns',
            'private_dns',
            'session_manager'
        ]),
        host: options.string('ssh_host'),
        password,
        pty: options.bool('ssh_pty') ?? false,
        keyPair: readKeyPair(options, password, connection.agentAuth),
        connection,
        pauseBeforeConnectingMs: options.duration('pause_before_connecting') ?? 0,
        // Packer's docs say 10s when unset, but its code waits only when the option is set.
        pauseBeforeSsmMs: options.duration('pause_before_ssm') ?? 0,
        sessionManagerPort: options.int('session_manager_port', { min: 0, max: 65535 }) || undefined
    };
}
/**
 * Packer's order (step_key_pair.go): a private key file wins; then the agent (ssh_agent_auth: no
 * temporary key pair, the instance launches with ssh_keypair_name or the AMI's own key); then a
 * temporary key pair, which is made unless the user brings their own key pair, key file or password.
 */
function readKeyPair(options, password, agentAuth) {
    const keyPairName = options.string('ssh_keypair_name');
    const privateKeyFile = options.localPath('ssh_private_key_file', {
        mustExist: true,
        reads: true,
        expandHome: true,
        privateKey: true
    });
    const type = options.choice('temporary_key_pair_type', ['rsa', 'ed25519']) ?? 'ed25519';
    const rsaBits = options.int('temporary_key_pair_bits', { min: 2048 });
    if (rsaBits !== undefined && type !== 'rsa') {
        throw options.error('temporary_key_pair_bits', 'only applies with "temporary_key_pair_type": "rsa"');
    }
    if (keyPairName !== undefined && privateKeyFile === undefined && !agentAuth) {
        throw options.error('ssh_keypair_name', 'ssh_private_key_file must be given with ssh_keypair_name (or ssh_agent_auth set)');
    }
    const temporaryName = options.string('temporary_key_pair_name');
    if (temporaryName !== undefined &&
        (keyPairName !== undefined || privateKeyFile !== undefined || agentAuth)) {
        throw options.error('temporary_key_pair_name', 'a temporary key pair is only made when no ssh_keypair_name, ssh_private_key_file or ssh_agent_auth is given');
    }
    if (privateKeyFile !== undefined)
        return { kind: 'private-key-file', privateKeyFile, keyPairName };
    if (agentAuth)
        return { kind: 'agent', keyPairName };
    if (temporaryName === undefined && password !== undefined)
        return { kind: 'none' };
    const name = temporaryName ?? `packer_${options.context.scope.uuid()}`;
    return { kind: 'temporary', name, type, rsaBits };
}

;// CONCATENATED MODULE: ./src/template/schema/network-spot.ts
// The amazon-ebs options that choose the network by filter (subnet_filter, vpc_filter,
// security_group_filter) and that ask for a spot instance (spot_price and friends), validated as
// Packer's RunConfig.Prepare does. The builder resolves the filters before launch
// (steps/find-network.ts) and launches a spot instance through CreateFleet (steps/launch-spot.ts).

/** EC2's SpotAllocationStrategy values, as Packer checks them. */
const SPOT_ALLOCATION_STRATEGIES = [
    'lowest-price',
    'diversified',
    'capacity-optimized',
    'capacity-optimized-prioritized',
    'price-capacity-optimized'
];
function readNetworkAndSpot(options) {
    return {
        ...readInstanceTypes(options),
        subnetFilter: readSubnetFilter(options),
        vpcFilter: readFilter(options, 'vpc_filter'),
        securityGroupFilter: readFilter(options, 'security_group_filter')
    };
}
function readFilter(options, name) {
    const block = options.object(name);
    if (block === undefined)
        return undefined;
    block.checkKeys(['filters'], [], name);
    const filters = block.stringMap('filters');
    // Packer treats a filter block without filters as not given.
    return Object.keys(filters).length ? { filters } : undefined;
}
function readSubnetFilter(options) {
    const block = options.object('subnet_filter');
    if (block === undefined)
        return undefined;
    block.checkKeys(['filters', 'most_free', 'random'], [], 'subnet_filter');
    const filters = block.stringMap('filters');
    if (Object.keys(filters).length === 0)
        return undefined;
    return { filters, mostFree: block.bool('most_free') ?? false, random: block.bool('random') ?? false };
}
/** instance_type or spot_instance_types (exactly one), and the spot request when spot_price asks for one. */
function readInstanceTypes(options) {
    const instanceType = options.string('instance_type') ?? '';
    const spotTypes = options.stringList('spot_instance_types');
    options.check(() => {
        if (instanceType === '' && spotTypes.length === 0)
            throw options.missing('instance_type', 'is required (or spot_instance_types)');
        if (instanceType !== '' && spotTypes.length > 0)
            throw options.error('spot_instance_types', 'give instance_type or spot_instance_types, not both');
    });
    const price = options.string('spot_price') ?? '';
    if (price !== '' && price !== 'auto' && !/^\d+(\.\d+)?$/.test(price)) {
        throw options.error('spot_price', `expected a price such as "0.05" or "auto", found ${JSON.stringify(price)}`);
    }
    const strategy = options.choice('spot_allocation_strategy', SPOT_ALLOCATION_STRATEGIES);
    // Deprecated and unused by Packer (it only warns): accepted so older templates still load.
    options.string('spot_price_auto_product');
    const spotTags = options.deferredMap('spot_tags', build_data/* AMAZON_TAG_DATA */.jq);
    const fleetTags = options.deferredMap('fleet_tags', build_data/* AMAZON_TAG_DATA */.jq);
    const isSpot = price !== '' && price !== '0';
    if (!isSpot) {
        const needsPrice = ['spot_tags', 'fleet_tags', 'spot_instance_types', 'spot_allocation_strategy'].find(name => options.has(name));
        if (needsPrice) {
            throw options.error(needsPrice, `${needsPrice} should not be set when not requesting a spot instance (set spot_price)`);
        }
        return { instanceType, spot: undefined };
    }
    const spot = {
        price,
        instanceTypes: spotTypes,
        allocationStrategy: strategy,
        tags: spotTags,
        fleetTags
    };
    return { instanceType, spot };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
// EXTERNAL MODULE: ./src/template/json-path.ts
var json_path = __webpack_require__(8100);
// EXTERNAL MODULE: ./src/template/weak-decode.ts
var weak_decode = __webpack_require__(8275);
;// CONCATENATED MODULE: ./src/template/schema/tag-limits.ts
// EC2's limits on tags and descriptions, checked on the template before any AWS call, so a build
// does not launch an instance and provision it for twenty minutes only to have CreateImage refuse a
// tag. The counts include the tags the action adds itself (src/tags.ts). A value that needs build
// data ({{ .SourceAMIName }}) can only be measured once rendered: src/tags.ts shortens it then.




/** What each resource carries: the template's tag options plus the action's own keys. */
const RESOURCES = [
    // The image also gets TAGS.complete from the last step (complete-image.ts).
    { what: 'the image', options: ['tags'], ours: [...src_tags/* TRACE_TAG_KEYS */.Q0, src_tags/* TAGS */.gp.complete] },
    { what: 'each snapshot', options: ['tags', 'snapshot_tags'], ours: src_tags/* TRACE_TAG_KEYS */.Q0 },
    { what: 'the instance', options: ['run_tags'], ours: [...src_tags/* TEMPORARY_TAG_KEYS */.CW, 'Name'] },
    { what: 'each launch volume', options: ['run_volume_tags'], ours: src_tags/* TEMPORARY_TAG_KEYS */.CW }
];
function checkTagLimits(options, config) {
    const values = {
        tags: config.tags,
        snapshot_tags: config.snapshotTags,
        run_tags: config.runTags,
        run_volume_tags: config.runVolumeTags
    };
    for (const name of ['tags', 'snapshot_tags', 'run_tags', 'run_volume_tags']) {
        checkEntries(options, name, values[name]);
    }
    for (const resource of RESOURCES) {
        const keys = new Set([...resource.options.flatMap(name => Object.keys(values[name])), ...resource.ours]);
        if (keys.size <= src_tags/* EC2_LIMITS */.Ai.tagsPerResource)
            continue;
        const name = resource.options.findLast(option => Object.keys(values[option]).length > 0);
        throw options.error(name, `${resource.what} would carry ${keys.size} tags (${resource.options.join(' + ')}, plus the action's own ` +
            `${resource.ours.length}: ${resource.ours.join(', ')}); EC2 allows ${src_tags/* EC2_LIMITS */.Ai.tagsPerResource} per resource`);
    }
    const description = config.amiDescription;
    if (description.isStatic && [...description.render()].length > src_tags/* EC2_LIMITS */.Ai.descriptionLength) {
        throw options.error('ami_description', `is ${[...description.render()].length} characters long; EC2 allows at most ${src_tags/* EC2_LIMITS */.Ai.descriptionLength}`);
    }
}
function checkEntries(options, name, tags) {
    const entry = options.entry(name);
    if (entry === undefined)
        return;
    const items = (0,weak_decode/* weakMapEntries */.pV)(entry.value, options.field(name));
    // The keys as rendered, in the order written (a key may use {{user}}); the same count unless two collide.
    const rendered = Object.keys(tags);
    items.forEach((item, index) => {
        const field = (0,json_path/* childPath */.c)(options.field(name), item.key);
        const key = rendered.length === items.length ? rendered[index] : item.key;
        const keyError = (detail) => new errors/* InputError */.dz({ at: item.keyLoc, field, detail });
        if (key.trim() === '')
            throw keyError('a tag key may not be empty');
        if ([...key].length > src_tags/* EC2_LIMITS */.Ai.tagKeyLength) {
            throw keyError(`the tag key is ${[...key].length} characters long; EC2 allows at most ${src_tags/* EC2_LIMITS */.Ai.tagKeyLength}`);
        }
        if (/^aws:/i.test(key))
            throw keyError('a tag key may not start with "aws:", which AWS reserves for itself');
        const value = tags[key];
        if (value?.isStatic && [...value.render()].length > src_tags/* EC2_LIMITS */.Ai.tagValueLength) {
            throw new errors/* InputError */.dz({
                at: item.value.loc,
                field,
                detail: `the tag value is ${[...value.render()].length} characters long; EC2 allows at most ${src_tags/* EC2_LIMITS */.Ai.tagValueLength}`
            });
        }
    });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
;// CONCATENATED MODULE: ./src/template/schema/regions.ts
// Which AWS regions exist, from the partition data the AWS SDK ships (@aws-sdk/core's endpoint partitions),
// so a mistyped region is refused before any call, naming the regions of its partition. Packer asks EC2
// (DescribeRegions); skip_region_validation turns the check off in both.



// The SDK exports a lookup, not its list: the list is every name of the regions' shape the lookup knows.
const PREFIXES = ['us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn', 'us-gov', 'us-iso', 'us-isob'];
const PREFIXES_MORE = ['eu-isoe', 'us-isof', 'eusc'];
const DIRECTIONS = [
    'east',
    'west',
    'north',
    'south',
    'central',
    'northeast',
    'northwest',
    'southeast',
    'southwest'
];
/** The partition (aws, aws-cn, aws-us-gov, ...) a region name belongs to, as the SDK resolves it. */
function partitionOf(region) {
    const info = (0,client.partition)(region);
    return { name: info.name, known: info.description !== undefined };
}
function isKnownRegion(region) {
    return partitionOf(region).known;
}
let catalogue;
function allKnownRegions() {
    catalogue ??= [...PREFIXES, ...PREFIXES_MORE]
        .flatMap(prefix => DIRECTIONS.flatMap(direction => [1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => `${prefix}-${direction}-${n}`)))
        .filter(isKnownRegion)
        .sort();
    return catalogue;
}
/** The known regions of the partition `region` would fall in (aws for a name of no partition's shape). */
function regionsOfPartition(region) {
    const name = partitionOf(region).name;
    return allKnownRegions().filter(known => partitionOf(known).name === name);
}
/** Undefined when `region` exists; else the reason, listing the regions of its partition. */
function unknownRegionDetail(region) {
    if (isKnownRegion(region))
        return undefined;
    return (`${JSON.stringify(region)} is not a known AWS region (known in partition ${partitionOf(region).name}: ` +
        `${regionsOfPartition(region).join(', ')}); set "skip_region_validation": true to use it anyway`);
}
/**
 * The builder's region: `region`, else AWS_REGION, else AWS_DEFAULT_REGION from the environment the plan is
 * made with (as the AWS SDK and Packer take it). Checked against the SDK's partitions unless
 * skip_region_validation; ami_regions entries too.
 */
function readRegions(options) {
    const env = options.context.scope.env;
    const region = options.string('region') ??
        nonEmpty(env.AWS_REGION) ??
        nonEmpty(env.AWS_DEFAULT_REGION) ??
        (options.has('region')
            ? options.error('region', 'is empty, and neither AWS_REGION nor AWS_DEFAULT_REGION is set')
            : options.missing('region', 'is required: set "region" in the builder, or AWS_REGION or AWS_DEFAULT_REGION in the environment'));
    if (typeof region !== 'string') {
        options.context.problems?.add(region);
        if (options.context.problems === undefined)
            throw region;
    }
    const amiRegions = options.stringList('ami_regions');
    if (!(options.bool('skip_region_validation') ?? false)) {
        if (typeof region === 'string' && options.has('region')) {
            const detail = unknownRegionDetail(region);
            if (detail !== undefined)
                report(options, options.error('region', detail));
        }
        else if (typeof region === 'string') {
            const detail = unknownRegionDetail(region);
            if (detail !== undefined)
                report(options, options.missing('region', `from the environment: ${detail}`));
        }
        const entry = options.entry('ami_regions');
        amiRegions.forEach((other, index) => {
            const detail = unknownRegionDetail(other);
            if (detail === undefined || entry === undefined)
                return;
            const node = entry.value.kind === 'array' ? entry.value.items[index] : entry.value;
            const field = entry.value.kind === 'array'
                ? (0,json_path/* childPath */.c)(options.field('ami_regions'), index)
                : options.field('ami_regions');
            report(options, new errors/* InputError */.dz({ at: node.loc, field, detail }));
        });
    }
    return { region: typeof region === 'string' ? region : '', amiRegions };
}
function report(options, error) {
    if (options.context.problems === undefined)
        throw error;
    options.context.problems.add(error);
}
const nonEmpty = (value) => (value === undefined || value === '' ? undefined : value);

;// CONCATENATED MODULE: ./src/template/schema/amazon-ebs.ts
// The amazon-ebs builder's options, typed and validated as Packer's Prepare does (access_config.go,
// ami_config.go, run_config.go, block_device.go), before anything talks to AWS.













function readAmazonEbs(options) {
    options.checkKeys(IMPLEMENTED_AMAZON_EBS_OPTIONS, UNSUPPORTED_AMAZON_EBS_OPTIONS, 'amazon-ebs', OTHER_AMAZON_BUILDER_OPTIONS);
    const { region, amiRegions } = readRegions(options);
    const networkAndSpot = readNetworkAndSpot(options);
    const config = {
        type: 'amazon-ebs',
        region,
        credentials: (0,access_options/* readCredentials */.L1)(options),
        customEndpointEc2: options.string('custom_endpoint_ec2'),
        // Accepted for compatibility with templates written for Packer; the action does not need them.
        skipRegionValidation: options.bool('skip_region_validation') ?? false,
        skipCredentialValidation: options.bool('skip_credential_validation') ?? false,
        skipMetadataApiCheck: options.bool('skip_metadata_api_check') ?? false,
        polling: (0,access_options/* readPolling */.Kk)(options),
        // Packer's AccessConfig: retries after the first attempt of each call (throttling, 5xx).
        maxRetries: options.int('max_retries', { min: 0 }),
        ...readSource(options),
        ...networkAndSpot,
        subnetId: options.string('subnet_id'),
        vpcId: options.string('vpc_id'),
        securityGroupIds: readSecurityGroups(options),
        ...readTemporarySecurityGroup(options),
        associatePublicIpAddress: options.bool('associate_public_ip_address'),
        availabilityZone: options.string('availability_zone'),
        iamInstanceProfile: options.string('iam_instance_profile'),
        ...readUserData(options),
        metadataOptions: readMetadataOptions(options),
        shutdownBehavior: options.choice('shutdown_behavior', ['stop', 'terminate']) ?? 'stop',
        launchBlockDeviceMappings: readBlockDevices(options, 'launch_block_device_mappings'),
        runTags: options.deferredMap('run_tags', build_data/* AMAZON_TAG_DATA */.jq),
        runVolumeTags: options.deferredMap('run_volume_tags', build_data/* AMAZON_TAG_DATA */.jq),
        ebsOptimized: options.bool('ebs_optimized') ?? false,
        ...readLaunchOptions(options, networkAndSpot),
        communicator: readCommunicator(options),
        amiName: readAmiName(options),
        amiDescription: options.deferred('ami_description', build_data/* AMAZON_TAG_DATA */.jq) ?? deferred/* Deferred */.c.of(''),
        amiBlockDeviceMappings: readBlockDevices(options, 'ami_block_device_mappings'),
        // Packer copies to each region once and never to the build region itself.
        amiRegions: [...new Set(amiRegions)].filter(other => other !== region),
        amiUsers: options.stringList('ami_users'),
        amiGroups: options.stringList('ami_groups'),
        snapshotUsers: options.stringList('snapshot_users'),
        snapshotGroups: options.stringList('snapshot_groups'),
        tags: options.deferredMap('tags', build_data/* AMAZON_TAG_DATA */.jq),
        snapshotTags: options.deferredMap('snapshot_tags', build_data/* AMAZON_TAG_DATA */.jq),
        forceDeregister: options.bool('force_deregister') ?? false,
        forceDeleteSnapshot: options.bool('force_delete_snapshot') ?? false,
        encryptBoot: options.bool('encrypt_boot'),
        kmsKeyId: options.string('kms_key_id'),
        regionKmsKeyIds: options.stringMap('region_kms_key_ids'),
        skipCreateAmi: options.bool('skip_create_ami') ?? false,
        deprecateAt: readDeprecateAt(options),
        ...readImageAttributes(options)
    };
    validateEncryption(options, config);
    checkTagLimits(options, config);
    return config;
}
function readSource(options) {
    const sourceAmi = options.string('source_ami');
    const filter = options.object('source_ami_filter');
    if (sourceAmi !== undefined && filter !== undefined) {
        throw options.error('source_ami_filter', 'give source_ami or source_ami_filter, not both');
    }
    if (filter === undefined) {
        if (sourceAmi === undefined)
            throw options.objectError('source_ami or source_ami_filter is required');
        return { sourceAmi };
    }
    filter.checkKeys(image_filter/* IMAGE_FILTER_OPTIONS */.u, [], 'source_ami_filter');
    return { sourceAmiFilter: (0,image_filter/* readImageFilter */.I)(filter) };
}
function readSecurityGroups(options) {
    const single = options.string('security_group_id');
    const several = options.stringList('security_group_ids');
    if (single !== undefined && several.length > 0) {
        throw options.error('security_group_ids', 'give security_group_id or security_group_ids, not both');
    }
    return single === undefined ? several : [single];
}
function readTemporarySecurityGroup(options) {
    const publicIp = options.bool('temporary_security_group_source_public_ip') ?? false;
    const cidrs = options.stringList('temporary_security_group_source_cidrs');
    cidrs.forEach(cidr => {
        if (!isCidr(cidr)) {
            throw options.error('temporary_security_group_source_cidrs', `${JSON.stringify(cidr)} is not a CIDR block`);
        }
    });
    // No CIDRs given: the builder admits only the runner's own address (our secure default; Packer
    // opens 0.0.0.0/0), falling back to 0.0.0.0/0 with a warning if that address cannot be found.
    return { temporarySecurityGroupSourceCidrs: cidrs, temporarySecurityGroupSourcePublicIp: publicIp };
}
function readUserData(options) {
    const userData = options.string('user_data');
    if (userData !== undefined && options.has('user_data_file')) {
        throw options.error('user_data_file', 'give user_data or user_data_file, not both');
    }
    return { userData, userDataFile: options.localPath('user_data_file', { mustExist: true, reads: true }) };
}
function readMetadataOptions(options) {
    const block = options.object('metadata_options');
    block?.checkKeys(['http_endpoint', 'http_tokens', 'http_put_response_hop_limit', 'instance_metadata_tags'], [], 'metadata_options');
    return {
        httpEndpoint: block?.choice('http_endpoint', ['enabled', 'disabled']) ?? 'enabled',
        httpTokens: block?.choice('http_tokens', ['optional', 'required']) ?? 'required',
        httpPutResponseHopLimit: block?.int('http_put_response_hop_limit', { min: 1, max: 64 }) ?? 1,
        instanceMetadataTags: block?.choice('instance_metadata_tags', ['enabled', 'disabled']) ?? 'disabled'
    };
}
/** ami_name renders now (no build data) and must be a valid EC2 image name. */
function readAmiName(options) {
    const name = options.requiredString('ami_name');
    if (name.length < 3 || name.length > 128) {
        throw options.error('ami_name', `must be 3 to 128 characters long, found ${name.length}: ${JSON.stringify(name)}`);
    }
    if ((0,functions/* cleanResourceName */.N)(name) !== name) {
        throw options.error('ami_name', `${JSON.stringify(name)} may only contain letters, digits and ()[] ./-'@_ ` +
            '(the clean_resource_name function replaces the others)');
    }
    return name;
}
function readDeprecateAt(options) {
    const text = options.string('deprecate_at');
    if (text === undefined)
        return undefined;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(text) || Number.isNaN(Date.parse(text))) {
        throw options.error('deprecate_at', `expected a UTC time such as 2030-01-31T00:00:00Z, found ${JSON.stringify(text)}`);
    }
    return text;
}
/** Packer's rules linking encrypt_boot, kms_key_id, region_kms_key_ids, ami_regions and sharing. */
function validateEncryption(options, config) {
    const regionKeys = Object.entries(config.regionKmsKeyIds);
    for (const [region] of regionKeys) {
        if (!config.amiRegions.includes(region) && region !== config.region) {
            throw options.error('region_kms_key_ids', `region ${region} is in region_kms_key_ids but not in ami_regions`);
        }
    }
    if (regionKeys.length > 0) {
        for (const region of config.amiRegions) {
            if (!(region in config.regionKmsKeyIds)) {
                throw options.error('ami_regions', `region ${region} is in ami_regions but not in region_kms_key_ids`);
            }
        }
    }
    const keys = [config.kmsKeyId, ...regionKeys.map(([, key]) => key)].filter(key => key !== undefined && key !== '');
    if (keys.length > 0 && config.encryptBoot !== true) {
        throw options.error(config.kmsKeyId !== undefined ? 'kms_key_id' : 'region_kms_key_ids', 'encrypt_boot must be true when kms_key_id or region_kms_key_ids is set');
    }
    for (const key of keys) {
        if (!isKmsKey(key)) {
            throw options.error(config.kmsKeyId === key ? 'kms_key_id' : 'region_kms_key_ids', `${key} is not a valid KMS key id`);
        }
    }
    const shared = config.amiUsers.length > 0 || config.snapshotUsers.length > 0;
    if (shared && config.encryptBoot === true) {
        if (config.kmsKeyId === undefined && regionKeys.length === 0) {
            throw options.error('encrypt_boot', 'an image encrypted with the default KMS key cannot be shared with other accounts');
        }
        if (regionKeys.some(([, key]) => key === '')) {
            throw options.error('region_kms_key_ids', 'an image encrypted with a default KMS key cannot be shared');
        }
    }
}
function isKmsKey(key) {
    const id = '[a-f0-9]+[a-f0-9-]+';
    const mrk = 'mrk-[a-f0-9]+[a-f0-9-]+';
    const alias = 'alias/[a-zA-Z0-9:/_-]+';
    const arn = 'arn:aws(-us-gov)?:kms:([a-z]{2}-(gov-)?[a-z]+-\\d{1})?:(\\d{12}):';
    return [
        `^${id}$`,
        `^${mrk}$`,
        `^${alias}$`,
        `^${arn}key/${id}$`,
        `^${arn}key/${mrk}$`,
        `^${arn}${alias}$`
    ].some(pattern => new RegExp(pattern).test(key));
}
function isCidr(text) {
    const [address, bits, extra] = text.split('/');
    if (address === undefined || bits === undefined || extra !== undefined || !/^\d{1,3}$/.test(bits))
        return false;
    if (address.includes(':'))
        return Number(bits) <= 128 && /^[0-9a-fA-F:.]+$/.test(address);
    const octets = address.split('.');
    return (octets.length === 4 &&
        octets.every(octet => /^\d{1,3}$/.test(octet) && Number(octet) <= 255) &&
        Number(bits) <= 32);
}

// EXTERNAL MODULE: ./src/docker/labels.ts
var labels = __webpack_require__(65);
// EXTERNAL MODULE: ./src/docker/run-command.ts
var run_command = __webpack_require__(785);
// EXTERNAL MODULE: ./src/template/interpolate.ts
var interpolate = __webpack_require__(2781);
;// CONCATENATED MODULE: ./src/template/schema/docker.ts
// The docker builder's options (packer-plugin-docker builder/docker/config.go), typed and validated as
// Packer's Prepare does, before anything talks to the daemon: exactly one of commit, discard and
// export_path; changes limited to what a commit applies; run_command read into the Engine's create body
// now, so an option we cannot honour is refused at its line instead of at run time.





const IMPLEMENTED_DOCKER_OPTIONS = [
    'image',
    'pull',
    'commit',
    'discard',
    'export_path',
    'changes',
    'run_command',
    'volumes',
    'privileged',
    'cap_add',
    'cap_drop',
    'exec_user',
    'container_dir',
    'fix_upload_owner',
    'author',
    'message',
    'platform',
    'login',
    'login_server',
    'login_username',
    'login_password',
    'ecr_login',
    'aws_access_key',
    'aws_secret_key',
    'aws_token',
    'aws_profile',
    'communicator'
];
/** Options Packer's docker builder documents that are not built here yet. */
const UNSUPPORTED_DOCKER_OPTIONS = ['device', 'tmpfs', 'windows_container', 'runtime', 'build'];
/** Packer's default run_command (`docker run` arguments; `{{.Image}}` is the image). */
const DEFAULT_RUN_COMMAND = ['-d', '-i', '-t', '--entrypoint=/bin/sh', '--', '{{.Image}}'];
const RUN_COMMAND_DATA = {
    fields: new Map([['Image', 'string']]),
    buildNames: new Set(),
    hint: 'run_command may use {{.Image}} only'
};
function readDocker(options) {
    options.checkKeys(IMPLEMENTED_DOCKER_OPTIONS, UNSUPPORTED_DOCKER_OPTIONS, 'docker', amazonOnly());
    const image = options.requiredString('image', 'must be specified');
    const runCommand = options.has('run_command')
        ? options.deferredList('run_command', RUN_COMMAND_DATA)
        : DEFAULT_RUN_COMMAND.map(arg => (0,interpolate/* renderDeferred */.oK)(arg, options.context.scope, RUN_COMMAND_DATA));
    if (options.has('image'))
        options.check(() => checkRunCommand(options, runCommand, image));
    const changes = options.stringList('changes');
    changes.forEach((change, index) => options.check(() => {
        const problem = (0,labels/* changeProblem */.Ef)(change);
        if (problem !== undefined)
            throw options.error('changes', `changes[${index}]: ${problem}`);
    }));
    return {
        type: 'docker',
        image,
        pull: options.bool('pull') ?? true,
        output: readOutput(options),
        changes,
        runCommand,
        volumes: options.stringMap('volumes'),
        privileged: options.bool('privileged') ?? false,
        capAdd: options.stringList('cap_add'),
        capDrop: options.stringList('cap_drop'),
        execUser: options.string('exec_user'),
        containerDir: options.string('container_dir') ?? '/packer-files',
        fixUploadOwner: options.bool('fix_upload_owner') ?? true,
        author: options.string('author'),
        message: options.string('message'),
        platform: options.string('platform'),
        login: readLogin(options),
        communicator: readDockerCommunicator(options)
    };
}
function checkRunCommand(options, runCommand, image) {
    try {
        (0,run_command/* parseRunCommand */.E)(runCommand.map(arg => arg.render({ Image: image })));
    }
    catch (error) {
        if (error instanceof run_command/* RunCommandError */.T)
            throw options.error('run_command', error.message);
        throw error;
    }
}
function readOutput(options) {
    const commit = options.bool('commit') ?? false;
    const discard = options.bool('discard') ?? false;
    const exportPath = options.localPath('export_path', { mustExist: false, reads: false });
    const chosen = [commit, discard, exportPath !== undefined].filter(Boolean).length;
    options.check(() => {
        // Packer's messages (config.go).
        if (chosen === 0)
            throw options.objectError('one of commit, discard, or export_path must be specified');
        if (chosen > 1) {
            const last = ['export_path', 'discard', 'commit'].find(name => options.has(name));
            throw options.error(last, 'only one of commit, discard, or export_path can be set');
        }
    });
    if (exportPath !== undefined)
        return { kind: 'export', path: exportPath };
    return discard ? { kind: 'discard' } : { kind: 'commit' };
}
function readLogin(options) {
    const password = (0,secret_option/* secretString */.y)(options, 'login_password');
    (0,secret_option/* secretString */.y)(options, 'aws_secret_key');
    (0,secret_option/* secretString */.y)(options, 'aws_token');
    if (options.bool('ecr_login') === true) {
        options.check(() => {
            throw options.error('ecr_login', 'ecr_login is not supported yet (it needs the ECR API for a token); log in with login, login_server, login_username and login_password instead');
        });
    }
    if (!(options.bool('login') ?? false))
        return undefined;
    return {
        server: options.string('login_server'),
        username: options.string('login_username'),
        password
    };
}
function readDockerCommunicator(options) {
    const type = options.string('communicator') ?? 'docker';
    if (type === 'docker' || type === 'none')
        return { type };
    options.check(() => {
        throw options.error('communicator', ['ssh', 'winrm', 'dockerWindowsContainer'].includes(type)
            ? `communicator ${type} is not supported yet with the docker builder; use docker or none`
            : `communicator ${type} is not valid here; use docker or none`);
    });
    return { type: 'docker' };
}
/** An amazon-ebs option in a docker builder: say whose it is rather than "unknown". */
function amazonOnly() {
    const own = new Set([...IMPLEMENTED_DOCKER_OPTIONS, ...UNSUPPORTED_DOCKER_OPTIONS]);
    return Object.fromEntries(IMPLEMENTED_AMAZON_EBS_OPTIONS.filter(name => !own.has(name)).map(name => [
        name,
        `${name} is an amazon-ebs option; the docker builder does not take it`
    ]));
}

;// CONCATENATED MODULE: ./src/template/schema/read-builder.ts


/** `type` was checked already (checkBuilderType, selectUses): amazon-ebs or docker. */
function readBuilder(type, options) {
    if (type === 'docker')
        return { type: 'docker', builder: readDocker(options) };
    return { type: 'amazon-ebs', builder: readAmazonEbs(options) };
}


/***/ }),

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ secretString)
/* harmony export */ });
function secretString(options, name) {
    const written = options.entry(name)?.value;
    if (written?.kind === 'string')
        options.context.secret(written.value);
    if (written?.kind === 'number')
        options.context.secret(written.raw);
    const value = options.string(name);
    if (value !== undefined)
        options.context.secret(value);
    return value;
}


/***/ }),

/***/ 2736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readShellLocal)
/* harmony export */ });
/* harmony import */ var _build_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8351);
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2781);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5394);
// The shell-local options, shared by the provisioner and the post-processor
// (packer-plugin-sdk shell-local/config.go; defaults are the non-Windows ones, as the action runs on Linux).



const SHELL_LOCAL_OPTIONS = [
    'command',
    ..._shell_js__WEBPACK_IMPORTED_MODULE_2__/* .SCRIPT_OPTIONS */ .T_,
    'only_on',
    'tempfile_extension',
    'valid_exit_codes'
];
const SHELL_LOCAL_UNSUPPORTED = ['env_var_format', 'use_linux_pathing'];
const OPERATING_SYSTEMS = ['darwin', 'freebsd', 'linux', 'openbsd', 'solaris', 'windows'];
const DEFAULT_EXECUTE_COMMAND = ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'];
/**
 * `where` names the plugin in messages; `withBuildData` is true for the provisioner (which runs during the
 * build) and false for the post-processor.
 */
function readShellLocal(options, where, withBuildData) {
    options.checkKeys(SHELL_LOCAL_OPTIONS, SHELL_LOCAL_UNSUPPORTED, where);
    const data = withBuildData ? _build_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVISIONER_DATA */ .Y9 : (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_1__/* .noBuildData */ .qr)(options.context.dataHint);
    const commandData = (0,_build_data_js__WEBPACK_IMPORTED_MODULE_0__/* .executeCommandData */ .$1)(['Vars', 'Script'], withBuildData);
    const executeCommand = options.has('execute_command')
        ? options.deferredList('execute_command', commandData)
        : DEFAULT_EXECUTE_COMMAND.map(part => (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDeferred */ .oK)(part, options.context.scope, commandData));
    return {
        ...readCommands(options, data),
        environmentVars: (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .readEnvironmentVars */ .UP)(options),
        env: options.deferredMap('env', data),
        executeCommand,
        inlineShebang: options.string('inline_shebang') ?? '/bin/sh -e',
        onlyOn: readOnlyOn(options),
        tempfileExtension: (options.string('tempfile_extension') ?? '').replace(/^\./, ''),
        validExitCodes: options.intList('valid_exit_codes') ?? [0]
    };
}
/** Exactly one of command (a one-line inline), inline, script and scripts. */
function readCommands(options, data) {
    const given = ['command', 'inline', 'script', 'scripts'].filter(name => options.has(name));
    if (given.length === 0)
        throw options.objectError('one of command, inline, script or scripts is required');
    if (given.length > 1)
        throw options.error(given[1], `give only one of ${given.join(', ')}`);
    const [option] = given;
    if (option === 'command' || option === 'inline')
        return { inline: options.deferredList(option, data), scripts: [] };
    return { scripts: options.localPathList(option, { mustExist: true, reads: true }) };
}
function readOnlyOn(options) {
    const systems = options.stringList('only_on');
    for (const system of systems) {
        if (!OPERATING_SYSTEMS.includes(system)) {
            throw options.error('only_on', `unknown operating system ${system}; use ${OPERATING_SYSTEMS.join(', ')}`);
        }
    }
    return systems;
}


/***/ }),

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T_: () => (/* binding */ SCRIPT_OPTIONS),
/* harmony export */   UP: () => (/* binding */ readEnvironmentVars),
/* harmony export */   lu: () => (/* binding */ readShell)
/* harmony export */ });
/* unused harmony export DEFAULT_SHELL_EXECUTE_COMMAND */
/* harmony import */ var _build_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8351);
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2781);
// The shell provisioner's options (hashicorp/packer provisioner/shell/provisioner.go), with its defaults.


/** What a script is and how it runs: common to shell and shell-local (Packer's shared shell config). */
const SCRIPT_OPTIONS = [
    'inline',
    'script',
    'scripts',
    'environment_vars',
    'env',
    'execute_command',
    'inline_shebang'
];
const SHELL_OPTIONS = [
    ...SCRIPT_OPTIONS,
    'remote_folder',
    'remote_file',
    'remote_path',
    'expect_disconnect',
    'valid_exit_codes',
    'skip_clean',
    'start_retry_timeout',
    'pause_after',
    'binary'
];
const SHELL_UNSUPPORTED = ['env_var_format', 'use_env_var_file'];
const DEFAULT_SHELL_EXECUTE_COMMAND = 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}';
const EXECUTE_COMMAND_DATA = (0,_build_data_js__WEBPACK_IMPORTED_MODULE_0__/* .executeCommandData */ .$1)(['Path', 'Vars'], true);
function readShell(options, common) {
    options.checkKeys(SHELL_OPTIONS, SHELL_UNSUPPORTED, 'the shell provisioner');
    const { inline, scripts } = readCommands(options);
    const remoteFolder = options.string('remote_folder') ?? '/tmp';
    const remoteFile = options.string('remote_file') ?? `script_${options.context.randomInt(10_000)}.sh`;
    return {
        type: 'shell',
        ...common,
        inline,
        scripts,
        environmentVars: readEnvironmentVars(options),
        env: options.deferredMap('env', _build_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVISIONER_DATA */ .Y9),
        executeCommand: options.deferred('execute_command', EXECUTE_COMMAND_DATA) ??
            (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDeferred */ .oK)(DEFAULT_SHELL_EXECUTE_COMMAND, options.context.scope, EXECUTE_COMMAND_DATA),
        inlineShebang: options.string('inline_shebang') ?? '/bin/sh -e',
        remoteFolder,
        remoteFile,
        remotePath: options.string('remote_path') ?? `${remoteFolder}/${remoteFile}`,
        expectDisconnect: options.bool('expect_disconnect') ?? false,
        validExitCodes: options.intList('valid_exit_codes') ?? [0],
        skipClean: options.bool('skip_clean') ?? false,
        startRetryTimeoutMs: options.duration('start_retry_timeout') ?? 5 * 60_000,
        pauseAfterMs: options.duration('pause_after') ?? 0,
        binary: options.bool('binary') ?? false
    };
}
/** Exactly one of inline, script and scripts. */
function readCommands(options) {
    if (options.has('script') && options.has('scripts')) {
        throw options.error('scripts', 'give script or scripts, not both');
    }
    const scriptOption = options.has('script') ? 'script' : 'scripts';
    const inline = options.has('inline') ? options.deferredList('inline', _build_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVISIONER_DATA */ .Y9) : undefined;
    const scripts = options.localPathList(scriptOption, { mustExist: true, reads: true });
    if (inline !== undefined && inline.length > 0 && scripts.length > 0) {
        throw options.error(scriptOption, `give inline or ${scriptOption}, not both`);
    }
    if ((inline === undefined || inline.length === 0) && scripts.length === 0) {
        throw options.objectError('one of inline, script or scripts is required');
    }
    return inline !== undefined && inline.length > 0 ? { inline, scripts: [] } : { scripts };
}
/** NAME=value strings; the name must be written out, even when the value waits for build data. */
function readEnvironmentVars(options) {
    const vars = options.deferredList('environment_vars', _build_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVISIONER_DATA */ .Y9);
    for (const variable of vars) {
        if (!/^[^={}]+=/.test(variable.toString())) {
            throw options.error('environment_vars', `expected NAME=value, found ${JSON.stringify(variable.source)}`);
        }
    }
    return vars;
}


/***/ }),

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName),
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
// "Did you mean ...?" for misspelt option names.
/** The candidate closest to `name` by edit distance, if it is close enough to be a plausible typo. */
function closestName(name, candidates) {
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (best === undefined || distance < best.distance)
            best = { name: candidate, distance };
    }
    if (best === undefined)
        return undefined;
    const tolerance = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
    return best.distance <= tolerance ? best.name : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 9616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ TemplateError),
/* harmony export */   Q: () => (/* binding */ parseTemplate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The subset of Go's text/template that Packer JSON templates use: actions holding a pipeline of function
// calls with string ("..." or `...`) and integer arguments, fields such as .SourceAMIName, parentheses and
// `|`. Control structures ({{if}}, {{range}}, variables) are refused with a clear message.
//
// A pipeline is turned into nested calls here (`a | f x` is f(x, a), as Go passes the piped value last),
// so evaluation only ever sees literals, fields and calls.

/** A template string that cannot be parsed or evaluated; the caller adds the location. */
class TemplateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildAmiError */ .EA {
    constructor(details) {
        super(details.message, details);
    }
}
const UNSUPPORTED_KEYWORDS = new Set([
    'if',
    'else',
    'end',
    'range',
    'with',
    'define',
    'template',
    'block',
    'break',
    'continue',
    'nil',
    'true',
    'false'
]);
/** Splits a string into literal text and actions. Strings without `{{` come back as one text segment. */
function parseTemplate(text) {
    const segments = [];
    let index = 0;
    let trimNextText = false;
    while (index < text.length) {
        const open = text.indexOf('{{', index);
        let literal = text.slice(index, open === -1 ? text.length : open);
        if (trimNextText)
            literal = literal.replace(/^\s+/, '');
        const trimBefore = open !== -1 && /^\{\{- /.test(text.slice(open));
        if (trimBefore)
            literal = literal.replace(/\s+$/, '');
        if (literal !== '')
            segments.push({ kind: 'text', text: literal });
        if (open === -1)
            break;
        const bodyStart = open + (trimBefore ? 3 : 2);
        const { tokens, end, trimAfter } = lexAction(text, bodyStart);
        trimNextText = trimAfter;
        const source = text.slice(open, end);
        index = end;
        if (tokens === 'comment')
            continue;
        segments.push({ kind: 'action', expr: new ActionParser(tokens, source).parse(), source });
    }
    return mergeText(segments);
}
function mergeText(segments) {
    const merged = [];
    for (const segment of segments) {
        const last = merged[merged.length - 1];
        if (segment.kind === 'text' && last?.kind === 'text') {
            merged[merged.length - 1] = { kind: 'text', text: last.text + segment.text };
        }
        else
            merged.push(segment);
    }
    return merged;
}
/** Reads the tokens of one action, up to and including its closing `}}` (or ` -}}`). */
function lexAction(text, start) {
    const commentMatch = /^\s*\/\*[\s\S]*?\*\/\s*(-?)\}\}/.exec(text.slice(start));
    if (commentMatch !== null) {
        return { tokens: 'comment', end: start + commentMatch[0].length, trimAfter: commentMatch[1] === '-' };
    }
    const tokens = [];
    let index = start;
    for (;;) {
        const rest = text.slice(index);
        const space = /^\s+/.exec(rest)?.[0] ?? '';
        if (/^\s-\}\}/.test(rest))
            return { tokens, end: index + space.length + 3, trimAfter: true };
        index += space.length;
        const here = text.slice(index);
        if (here === '')
            throw new TemplateError({ message: 'unclosed action: "{{" has no matching "}}"' });
        if (here.startsWith('}}'))
            return { tokens, end: index + 2, trimAfter: false };
        const token = readToken(here);
        tokens.push(token);
        index += token.text.length;
    }
}
function readToken(text) {
    const char = text[0];
    if (char === '|' || char === '(' || char === ')')
        return { kind: char, text: char };
    if (char === '`') {
        const close = text.indexOf('`', 1);
        if (close === -1)
            throw new TemplateError({ message: 'unterminated raw string (missing closing backtick)' });
        return { kind: 'string', text: text.slice(0, close + 1), value: text.slice(1, close) };
    }
    if (char === '"')
        return readQuotedString(text);
    const number = /^-?[0-9][0-9_.eExXa-fA-F+]*/.exec(text)?.[0];
    if (number !== undefined) {
        if (!/^-?[0-9]+$/.test(number)) {
            throw new TemplateError({ message: `number ${number} is not supported here (only whole numbers)` });
        }
        return { kind: 'number', text: number, value: Number(number) };
    }
    const field = /^(\.[A-Za-z_][A-Za-z0-9_]*)+/.exec(text)?.[0];
    if (field !== undefined)
        return { kind: 'field', text: field, path: field.slice(1).split('.') };
    if (char === '.')
        throw new TemplateError({ message: '"." (the whole build data) cannot be printed; name a field' });
    if (char === '$')
        throw new TemplateError({ message: 'template variables ($name) are not supported' });
    const identifier = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text)?.[0];
    if (identifier !== undefined) {
        if (UNSUPPORTED_KEYWORDS.has(identifier)) {
            throw new TemplateError({ message: `"${identifier}" is not supported in Packer JSON templates here` });
        }
        return { kind: 'identifier', text: identifier, value: identifier };
    }
    throw new TemplateError({ message: `unexpected ${JSON.stringify(char)} in an action` });
}
const GO_ESCAPES = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    '"': '"'
};
function readQuotedString(text) {
    let value = '';
    let index = 1;
    for (;;) {
        const char = text[index];
        if (char === undefined || char === '\n') {
            throw new TemplateError({ message: 'unterminated quoted string' });
        }
        if (char === '"')
            return { kind: 'string', text: text.slice(0, index + 1), value };
        if (char !== '\\') {
            value += char;
            index++;
            continue;
        }
        const escape = text[index + 1] ?? '';
        const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(text.slice(index + 1));
        if (hex !== null) {
            value += String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16));
            index += 1 + hex[0].length;
        }
        else if (GO_ESCAPES[escape] !== undefined) {
            value += GO_ESCAPES[escape];
            index += 2;
        }
        else {
            throw new TemplateError({ message: `unknown escape sequence \\${escape} in a quoted string` });
        }
    }
}
/** How deep parentheses may nest in one {{ }} action. */
const MAX_PAREN_DEPTH = 1000;
class ActionParser {
    tokens;
    source;
    index = 0;
    depth = 0;
    constructor(tokens, source) {
        this.tokens = tokens;
        this.source = source;
    }
    parse() {
        const expr = this.pipeline();
        const extra = this.tokens[this.index];
        if (extra !== undefined)
            throw new TemplateError({ message: `unexpected "${extra.text}" in ${this.source}` });
        return expr;
    }
    pipeline() {
        let expr = this.command(undefined);
        while (this.tokens[this.index]?.kind === '|') {
            this.index++;
            expr = this.command(expr);
        }
        return expr;
    }
    /** One command; `piped` is the value of the commands before the `|`, which Go passes as the last argument. */
    command(piped) {
        const operands = [];
        for (;;) {
            const token = this.tokens[this.index];
            if (token === undefined || token.kind === '|' || token.kind === ')')
                break;
            operands.push(this.operand());
        }
        const [head, ...args] = operands;
        if (head === undefined)
            throw new TemplateError({ message: `missing value for command in ${this.source}` });
        if (!head.isName) {
            if (args.length > 0 || piped !== undefined) {
                throw new TemplateError({ message: `only a function can take arguments, in ${this.source}` });
            }
            return head.expr;
        }
        const name = head.expr.name;
        return { kind: 'call', name, args: [...args.map(arg => arg.expr), ...(piped ? [piped] : [])] };
    }
    operand() {
        const token = this.tokens[this.index];
        this.index++;
        switch (token.kind) {
            case 'string':
            case 'number':
                return { expr: { kind: 'literal', value: token.value }, isName: false };
            case 'field':
                return { expr: { kind: 'field', path: token.path }, isName: false };
            case 'identifier':
                // In argument position a bare function name is a call without arguments, as in Go.
                return { expr: { kind: 'call', name: String(token.value), args: [] }, isName: true };
            case '(': {
                // Parsing, folding and evaluating recurse once per level: bound it, as Go's text/template does.
                if (++this.depth > MAX_PAREN_DEPTH) {
                    throw new TemplateError({
                        message: `parentheses nested more than ${MAX_PAREN_DEPTH} levels deep in ${this.source}`
                    });
                }
                const inner = this.pipeline();
                this.depth--;
                if (this.tokens[this.index]?.kind !== ')') {
                    throw new TemplateError({ message: `unclosed parenthesis in ${this.source}` });
                }
                this.index++;
                return { expr: inner, isName: false };
            }
            default:
                throw new TemplateError({ message: `unexpected "${token.text}" in ${this.source}` });
        }
    }
}


/***/ }),

/***/ 8275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ weakList),
/* harmony export */   Si: () => (/* binding */ weakString),
/* harmony export */   pV: () => (/* binding */ weakMapEntries),
/* harmony export */   ps: () => (/* binding */ weakDuration),
/* harmony export */   sc: () => (/* binding */ weakInt),
/* harmony export */   vX: () => (/* binding */ weakBool)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _go_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1275);
/* harmony import */ var _json_positions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5455);
// Packer decodes options with mapstructure's WeakDecode, and real templates rely on it: "true" and "22" as
// strings, a number where a string is expected, a single value where a list is expected, a list of maps
// where a map is expected. These conversions take one JSON value whose strings are already rendered.
//
// Two deliberate differences, both refusals of values that are surely mistakes: a fractional number for
// an integer option (mapstructure truncates it) and a bare number for a duration (Go reads nanoseconds).



const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
function fail(node, field, expected) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        at: node.loc,
        field: field,
        detail: `expected ${expected}, found ${(0,_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNode */ .WQ)(node)}`
    });
}
/** A string; numbers and booleans convert as mapstructure does (true is "1"; from HCL2, "true"). */
function weakString(node, field) {
    switch (node.kind) {
        case 'string':
            return node.value;
        case 'number':
            return Number.isInteger(node.value) ? BigInt(node.value).toString() : String(node.value);
        case 'boolean':
            return node.asText ?? (node.value ? '1' : '0');
        default:
            return fail(node, field, 'a string');
    }
}
/** A boolean; strings as Go's strconv.ParseBool reads them, numbers as non-zero. */
function weakBool(node, field) {
    if (node.kind === 'boolean')
        return node.value;
    if (node.kind === 'number')
        return node.value !== 0;
    if (node.kind === 'string') {
        if (TRUE_WORDS.has(node.value))
            return true;
        if (FALSE_WORDS.has(node.value))
            return false;
    }
    return fail(node, field, 'a boolean (true or false)');
}
/** A whole number; strings as Go's strconv.ParseInt(s, 0, 64) reads them ("22", "0x16"), true as 1. */
function weakInt(node, field) {
    if (node.kind === 'number' && Number.isInteger(node.value))
        return node.value;
    if (node.kind === 'boolean')
        return node.value ? 1 : 0;
    if (node.kind === 'string') {
        const parsed = parseGoInt(node.value);
        if (parsed !== undefined)
            return parsed;
    }
    return fail(node, field, 'a whole number');
}
/** A Go duration ("5m", "30s", "1h30m"), in milliseconds. */
function weakDuration(node, field) {
    const parsed = node.kind === 'string' ? (0,_go_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoDuration */ .Q)(node.value) : undefined;
    if (parsed !== undefined)
        return parsed;
    return fail(node, field, 'a duration such as "30s", "5m" or "1h30m"');
}
/** The items of a list; a single value (not null) stands for a list of one, as mapstructure lifts it. */
function weakList(node) {
    if (node.kind === 'array')
        return node.items;
    if (node.kind === 'null')
        return [];
    return [node];
}
/** The entries of a map; a list of maps is merged in order, as mapstructure does. */
function weakMapEntries(node, field) {
    if (node.kind === 'object')
        return node.entries;
    if (node.kind === 'null')
        return [];
    if (node.kind === 'array') {
        const merged = new Map();
        for (const item of node.items) {
            if (item.kind !== 'object')
                fail(item, field, 'a map');
            for (const entry of item.entries)
                merged.set(entry.key, entry);
        }
        return [...merged.values()];
    }
    return fail(node, field, 'a map of names to values');
}
function parseGoInt(text) {
    const match = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
    if (match === null)
        return undefined;
    const [, sign, digits] = match;
    const clean = digits.replace(/_/g, '');
    let value;
    if (/^0[xX]/.test(clean))
        value = parseInt(clean.slice(2), 16);
    else if (/^0[oO]/.test(clean))
        value = parseInt(clean.slice(2), 8);
    else if (/^0[bB]/.test(clean))
        value = parseInt(clean.slice(2), 2);
    else if (clean.length > 1 && clean.startsWith('0'))
        value = parseInt(clean.slice(1), 8);
    else
        value = parseInt(clean, 10);
    return sign === '-' ? -value : value;
}


/***/ })

};
