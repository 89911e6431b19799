export const id = 599;
export const ids = [599];
export const modules = {

/***/ 8349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ channelSection),
/* harmony export */   l4: () => (/* binding */ afterBuildReport)
/* harmony export */ });
/* unused harmony export retentionSection */
function channelSection(run, skipped) {
    if (skipped)
        return { channels: [], launchTemplates: [], skipped };
    if (!run)
        return undefined;
    return {
        channels: run.updates.map(u => ({
            channel: u.channel,
            region: u.region,
            now: u.ami,
            before: u.previous,
            outcome: u.outcome,
            note: u.outcome === 'failed' ? (u.warning ?? 'failed') : u.reason,
            version: u.version,
            imageCommit: u.imageCommit
        })),
        launchTemplates: run.launchTemplates.map(o => ({
            region: o.region,
            name: o.update?.name ?? o.ref,
            id: o.update?.id,
            version: o.update?.version,
            previousVersion: o.update?.previousVersion,
            note: o.error ?? o.skipped ?? o.update?.unchanged,
            failed: o.error !== undefined
        }))
    };
}
function retentionSection(report) {
    return {
        family: report.family,
        keep: report.policy.keep,
        keepDays: report.policy.keepDays,
        dryRun: report.policy.dryRun,
        deprecate: report.policy.deprecate,
        images: report.lines.map(line => ({
            id: line.image.id,
            region: line.image.region,
            name: line.image.name,
            commit: line.image.commit,
            createdAt: line.image.created.getTime(),
            action: line.action,
            why: line.why,
            snapshotsDeleted: line.snapshotsDeleted
        })),
        warnings: report.warnings
    };
}
/** The report's fields for what ran after the build, if anything did. */
function afterBuildReport(after) {
    if (!after)
        return {};
    return {
        channels: channelSection(after.channels, after.channels ? undefined : after.skipped),
        retention: after.retention.length ? after.retention.map(retentionSection) : undefined,
        ssmCalls: after.calls.ssm || undefined
    };
}


/***/ }),

/***/ 658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   ci: () => (/* binding */ ENDPOINT_VARIABLES),
/* harmony export */   ry: () => (/* binding */ clientSettings),
/* harmony export */   ut: () => (/* binding */ ec2ClientFactoryWithCredentials),
/* harmony export */   xe: () => (/* binding */ countCalls),
/* harmony export */   xm: () => (/* binding */ cachedClients),
/* harmony export */   y1: () => (/* binding */ createEc2Client)
/* harmony export */ });
/* unused harmony exports resolveEndpoint, sdkCredentials */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4601);
/* harmony import */ var _env_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(503);
/* harmony import */ var _proxy_refusal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7404);
/* harmony import */ var _request_timeouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6585);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6963);
// The one place that builds AWS clients: EC2 here, SSM and Secrets Manager in data-source-clients.ts,
// all from the same settings. Credentials come from the SDK's standard chain (the environment
// aws-actions/configure-aws-credentials sets, OIDC included) unless the template gives keys; the
// endpoint can be overridden by the template (custom_endpoint_ec2) or the environment
// (AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL_SECRETS_MANAGER, AWS_ENDPOINT_URL),
// which is how the tests point the action at the simulator.





/** The environment variable that overrides one service's endpoint, as the AWS SDKs and CLI read it. */
const ENDPOINT_VARIABLES = {
    ec2: 'AWS_ENDPOINT_URL_EC2',
    ssm: 'AWS_ENDPOINT_URL_SSM',
    secretsmanager: 'AWS_ENDPOINT_URL_SECRETS_MANAGER',
    sts: 'AWS_ENDPOINT_URL_STS'
};
function resolveEndpoint(options, service = 'ec2') {
    const env = options.env ?? process.env;
    return options.endpoint || env[ENDPOINT_VARIABLES[service]] || env.AWS_ENDPOINT_URL || undefined;
}
/**
 * What every client shares: region, endpoint, credentials, timeouts on every request, generous retries
 * and the user agent. `timeouts` and `endpoint` come back too, for nameSlowCalls.
 */
function clientSettings(service, options) {
    const endpoint = resolveEndpoint(options, service);
    const timeouts = (0,_request_timeouts_js__WEBPACK_IMPORTED_MODULE_1__/* .requestTimeouts */ ._J)(options.env ?? process.env);
    return {
        endpoint,
        timeouts,
        config: {
            region: options.region,
            endpoint,
            credentials: options.credentials,
            // An endpoint that accepts the connection and never answers must not hang the step.
            // (throwOnRequestTimeout: without it the SDK only warns when requestTimeout passes.)
            requestHandler: {
                connectionTimeout: timeouts.connectionTimeout,
                requestTimeout: timeouts.requestTimeout,
                socketTimeout: timeouts.requestTimeout,
                throwOnRequestTimeout: true,
                // Through the runner's HTTPS_PROXY when one is set, as Packer goes (env-proxy.ts).
                ...(0,_env_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyAgentOptions */ .aB)(options.env ?? process.env)
            },
            // Throttling broke Packer builds (packer#6330): retry generously with the SDK's jittered,
            // capped backoff, and let the waiter slow its own polling when it sees throttling.
            maxAttempts: options.maxAttempts ?? 8,
            retryMode: 'standard',
            customUserAgent: 'build-ami'
        }
    };
}
/** The endpoint a service is reached at, for messages: the override, else AWS's own. */
const endpointFor = (service, region, endpoint) => endpoint ?? `https://${service}.${region}.amazonaws.com`;
function createEc2Client(options) {
    const { endpoint, timeouts, config } = clientSettings('ec2', options);
    return (0,_request_timeouts_js__WEBPACK_IMPORTED_MODULE_1__/* .nameSlowCalls */ .YF)((0,_proxy_refusal_js__WEBPACK_IMPORTED_MODULE_0__/* .explainProxyRefusals */ .HR)(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .EC2Client */ .g(config)), {
        endpoint: endpointFor('ec2', options.region, endpoint),
        timeouts,
        log: options.log,
        endpointSettings: `custom_endpoint_ec2, ${ENDPOINT_VARIABLES.ec2}`
    });
}
/** Template keys for the SDK; none given (or only half of them) leaves the standard chain to find them. */
function sdkCredentials(credentials) {
    return credentials.accessKey && credentials.secretKey
        ? {
            accessKeyId: credentials.accessKey,
            secretAccessKey: credentials.secretKey,
            sessionToken: credentials.token
        }
        : undefined;
}
/**
 * One client per region, endpoint and access key, made on first use: `create` builds it from the
 * shared options.
 */
function cachedClients(create, env, log) {
    const clients = new Map();
    return (region, endpoint, credentials, maxAttempts) => {
        const key = `${region}|${endpoint ?? ''}|${(0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialsKey */ .Up)(credentials)}|${maxAttempts ?? ''}`;
        let client = clients.get(key);
        if (!client) {
            const sts = { region, endpoint: resolveEndpoint({ env }, 'sts'), env };
            client = create({
                region,
                endpoint,
                env,
                log,
                maxAttempts,
                credentials: (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .clientCredentials */ .a0)(credentials, sts)
            });
            clients.set(key, client);
        }
        return client;
    };
}
/** The action's factory: template credentials (access_key/secret_key/token) win over the standard chain. */
function ec2ClientFactoryWithCredentials(env, log) {
    return cachedClients(createEc2Client, env, log);
}
const counted = new WeakSet();
/** Counts the EC2 calls made through a client (once per call, retries not counted again), for the summary. */
function countCalls(client, onCall) {
    if (counted.has(client))
        return client;
    counted.add(client);
    client.middlewareStack.add(next => async (args) => {
        onCall();
        return next(args);
    }, { step: 'initialize', name: 'buildAmiCallCounter' });
    return client;
}


/***/ }),

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Up: () => (/* binding */ credentialsKey),
/* harmony export */   a0: () => (/* binding */ clientCredentials)
/* harmony export */ });
/* unused harmony export hasTemplateCredentials */
/* harmony import */ var _aws_sdk_credential_provider_ini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7708);
/* harmony import */ var _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9882);
/* harmony import */ var _aws_sdk_nested_clients_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1136);
/* harmony import */ var _env_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(503);
/* harmony import */ var _proxy_refusal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7404);
// The credentials a client signs with, from a template's access options as Packer reads them:
// access_key / secret_key / token when given; else `profile` and `shared_credentials_file` (the
// SDK's own shared-files provider); else the SDK's standard chain. `assume_role` then assumes its
// role through STS with those credentials, and the clients sign with the temporary credentials STS
// returns, refreshed before they expire. STS is reached at AWS_ENDPOINT_URL_STS (or AWS_ENDPOINT_URL)
// when set, which is how the tests point it at the simulator.





/** Renewed this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;
/** What tells two credential settings apart (no secret in it but the access key id, as before). */
function credentialsKey(options) {
    return JSON.stringify([
        options.accessKey ?? '',
        options.profile ?? '',
        options.sharedCredentialsFile ?? '',
        options.assumeRole ?? null
    ]);
}
/** True when the template says anything about credentials (keys, a profile, a file or a role). */
const hasTemplateCredentials = (options) => Boolean((options.accessKey && options.secretKey) ||
    options.profile ||
    options.sharedCredentialsFile ||
    options.assumeRole);
/** The credentials before any role is assumed; undefined leaves the client to the standard chain. */
function baseCredentials(options) {
    if (options.accessKey && options.secretKey)
        return {
            accessKeyId: options.accessKey,
            secretAccessKey: options.secretKey,
            sessionToken: options.token
        };
    if (options.profile || options.sharedCredentialsFile)
        return (0,_aws_sdk_credential_provider_ini__WEBPACK_IMPORTED_MODULE_1__/* .fromIni */ .n)({ profile: options.profile, filepath: options.sharedCredentialsFile });
    return undefined;
}
/** Reused across regions and services: one AssumeRole per role and base credentials, not per client. */
const assumed = new Map();
function clientCredentials(options, sts) {
    const base = baseCredentials(options);
    if (!options.assumeRole)
        return base;
    const key = `${credentialsKey(options)}|${sts.region}|${sts.endpoint ?? ''}`;
    let provider = assumed.get(key);
    if (!provider) {
        provider = assumeRoleProvider(options.assumeRole, base ?? (0,_aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_2__/* .defaultProvider */ .v6)(), sts);
        assumed.set(key, provider);
    }
    return provider;
}
function assumeRoleProvider(role, base, sts) {
    const client = (0,_proxy_refusal_js__WEBPACK_IMPORTED_MODULE_0__/* .explainProxyRefusals */ .HR)(new _aws_sdk_nested_clients_sts__WEBPACK_IMPORTED_MODULE_3__/* .STSClient */ .iM({
        region: sts.region,
        endpoint: sts.endpoint,
        requestHandler: (0,_env_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyAgentOptions */ .aB)(sts.env ?? process.env),
        credentials: base,
        customUserAgent: 'build-ami'
    }));
    let current;
    let expires = 0;
    const fetch = async () => {
        const { Credentials } = await client.send(new _aws_sdk_nested_clients_sts__WEBPACK_IMPORTED_MODULE_3__/* .AssumeRoleCommand */ .QL({
            RoleArn: role.roleArn,
            RoleSessionName: role.sessionName || `build-ami-${Date.now()}`,
            ExternalId: role.externalId,
            DurationSeconds: role.durationSeconds,
            Policy: role.policy,
            PolicyArns: role.policyArns.length ? role.policyArns.map(arn => ({ arn })) : undefined,
            Tags: Object.keys(role.tags).length
                ? Object.entries(role.tags).map(([Key, Value]) => ({ Key, Value }))
                : undefined,
            TransitiveTagKeys: role.transitiveTagKeys.length ? [...role.transitiveTagKeys] : undefined
        }));
        if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey)
            throw new Error(`STS AssumeRole for ${role.roleArn} returned no credentials`);
        return {
            accessKeyId: Credentials.AccessKeyId,
            secretAccessKey: Credentials.SecretAccessKey,
            sessionToken: Credentials.SessionToken,
            expiration: Credentials.Expiration
        };
    };
    return async () => {
        if (!current || Date.now() > expires) {
            const attempt = fetch();
            current = attempt;
            attempt.then(c => (expires = (c.expiration?.getTime() ?? Infinity) - REFRESH_MARGIN_MS), () => {
                if (current === attempt)
                    current = undefined;
            });
        }
        return current;
    };
}


/***/ }),

/***/ 503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ proxyPasswords),
/* harmony export */   aB: () => (/* binding */ proxyAgentOptions),
/* harmony export */   cS: () => (/* binding */ proxyEnv)
/* harmony export */ });
/* unused harmony export goNoProxy */
// Behind an outbound proxy (a self-hosted runner's HTTPS_PROXY, which the runner passes to every
// step), AWS is reached through it. Packer does the same (Go's http.ProxyFromEnvironment), and so
// does the AWS CLI:
// - HTTPS_PROXY is used for https endpoints, HTTP_PROXY for http ones;
// - NO_PROXY lists the hosts reached directly, read as Go reads it (goNoProxy);
// - each variable is read upper case first, then lower case.
// Node 24 implements these variables in any agent given `proxyEnv`, and the SDK builds its agents
// from the options made here. As in Go, loopback addresses never go through the proxy.
// With no proxy variable set there are no options, so the agents stay the SDK's own. This module
// imports nothing, so the main step's first call waits for nothing it did not wait for before;
// proxy-agent.ts makes the agents for the requests made outside the SDK.
/** Node's own spelling: a name, a `.suffix`, or an address range, comma-separated. */
const LOOPBACK = ['localhost', '127.0.0.1-127.255.255.255', '::1'];
/** The first value set, upper case before lower case, as Go reads them. */
const either = (env, name) => env[name] || env[name.toLowerCase()] || undefined;
/** The proxy variables as Node's agents read them, or undefined when no proxy is set. */
function proxyEnv(env) {
    const https = either(env, 'HTTPS_PROXY');
    const http = either(env, 'HTTP_PROXY');
    if (!https && !http)
        return undefined;
    const noProxy = [...goNoProxy(either(env, 'NO_PROXY') ?? ''), ...LOOPBACK].join(',');
    return {
        ...(https ? { HTTPS_PROXY: https } : {}),
        ...(http ? { HTTP_PROXY: http } : {}),
        NO_PROXY: noProxy
    };
}
/**
 * NO_PROXY as Go reads it, in Node's spelling, so a list written for Packer means the same here:
 * - an IPv4 CIDR (`10.0.0.0/8`), which Node does not read, becomes the address range it covers;
 * - a bare domain (`corp.example`) matches the name and its subdomains, as in Go, where Node would
 *   match only the name.
 * Everything else (`.suffix`, `*`, an address, `host:port`) Node reads as Go does, and is kept.
 */
function goNoProxy(list) {
    return list
        .split(',')
        .map(entry => entry.trim())
        .filter(Boolean)
        .flatMap(entry => {
        const range = ipv4Range(entry);
        if (range)
            return [range];
        const bareDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(entry) && !/^[\d.]+$/.test(entry);
        return bareDomain ? [entry, `.${entry}`] : [entry];
    });
}
/** `10.1.0.0/16` → `10.1.0.0-10.1.255.255`; anything else → undefined. */
function ipv4Range(entry) {
    const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(entry);
    if (!match)
        return undefined;
    const octets = match.slice(1, 5).map(Number);
    const bits = Number(match[5]);
    if (octets.some(octet => octet > 255) || bits > 32)
        return undefined;
    const address = octets.reduce((value, octet) => value * 256 + octet, 0);
    const size = 2 ** (32 - bits);
    const first = Math.floor(address / size) * size;
    const dotted = (value) => [24, 16, 8, 0].map(shift => Math.floor(value / 2 ** shift) % 256).join('.');
    return `${dotted(first)}-${dotted(first + size - 1)}`;
}
/**
 * The agent options for an SDK request handler (`httpAgent`, `httpsAgent`), empty when no proxy is
 * set. The SDK adds its own keep-alive and socket limit to these options.
 */
function proxyAgentOptions(env) {
    const variables = proxyEnv(env);
    return variables ? { httpAgent: { proxyEnv: variables }, httpsAgent: { proxyEnv: variables } } : {};
}
/**
 * The passwords in the proxy URLs (`http://user:password@proxy:3128`), as written and decoded: they
 * are secrets like any other, so an error that quotes a URL cannot show them.
 */
function proxyPasswords(env) {
    const passwords = new Set();
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
        const value = env[name];
        if (!value)
            continue;
        try {
            const { password } = new URL(value);
            if (password)
                passwords.add(password).add(decodeURIComponent(password));
        }
        catch {
            // Not a URL: Node's agent refuses it and says so; there is no password to find.
        }
    }
    return [...passwords];
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Reading AWS SDK errors: their EC2 code, and which ones are worth retrying.

function errorCode(error) {
    if (error && typeof error === 'object') {
        const e = error;
        return e.Code ?? e.name ?? e.code;
    }
    return undefined;
}
const isNotFound = (error) => /\.NotFound$|NotFound$/.test(errorCode(error) ?? '');
function httpStatus(error) {
    return error?.$metadata?.httpStatusCode;
}
/** Errors that mean "try again in a moment": throttling, AWS-side failures, dropped connections. */
function isTransient(error) {
    const code = errorCode(error) ?? '';
    if (/^(RequestLimitExceeded|Throttling|ThrottlingException|InternalError|InternalFailure|ServiceUnavailable|Unavailable)$/.test(code)) {
        return true;
    }
    const status = httpStatus(error);
    if (status !== undefined && status >= 500)
        return true;
    return /ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED|socket hang up/i.test(String(error?.message ?? ''));
}
const isThrottling = (error) => /^(RequestLimitExceeded|Throttling|ThrottlingException)$/.test(errorCode(error) ?? '');
function describeError(error) {
    const code = errorCode(error);
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
    return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}


/***/ }),

/***/ 7404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ explainProxyRefusals),
/* harmony export */   Ne: () => (/* binding */ ProxyRefusedError),
/* harmony export */   i: () => (/* binding */ PROXY_AUTHENTICATION_REQUIRED)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

const PROXY_AUTHENTICATION_REQUIRED = 407;
class ProxyRefusedError extends Error {
    $metadata = { httpStatusCode: PROXY_AUTHENTICATION_REQUIRED };
    constructor(cause) {
        super('the proxy (HTTPS_PROXY or HTTP_PROXY) answered 407 Proxy Authentication Required: check the user ' +
            'and password in its URL (http://user:password@host:port)', { cause });
        this.name = 'ProxyAuthenticationRequired';
    }
}
/** Makes a client's 407 answers a ProxyRefusedError. Not retried: the SDK retries no 4xx. */
function explainProxyRefusals(client) {
    client.middlewareStack.add(next => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === PROXY_AUTHENTICATION_REQUIRED)
                throw new ProxyRefusedError(error);
            throw error;
        }
    }, { step: 'initialize', name: 'buildAmiProxyRefusals' });
    return client;
}


/***/ }),

/***/ 6585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YF: () => (/* binding */ nameSlowCalls),
/* harmony export */   _J: () => (/* binding */ requestTimeouts)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const DEFAULT_TIMEOUTS = {
    connectionTimeout: 5_000,
    requestTimeout: 30_000,
    reportEveryMs: 30_000
};
/**
 * BUILD_AMI_AWS_CONNECT_TIMEOUT_MS, BUILD_AMI_AWS_RESPONSE_TIMEOUT_MS and BUILD_AMI_AWS_STILL_WAITING_MS
 * override the defaults (tests use them).
 */
function requestTimeouts(env) {
    const ms = (name, fallback) => {
        const value = Number(env[name]);
        return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    return {
        connectionTimeout: ms('BUILD_AMI_AWS_CONNECT_TIMEOUT_MS', DEFAULT_TIMEOUTS.connectionTimeout),
        requestTimeout: ms('BUILD_AMI_AWS_RESPONSE_TIMEOUT_MS', DEFAULT_TIMEOUTS.requestTimeout),
        reportEveryMs: ms('BUILD_AMI_AWS_STILL_WAITING_MS', DEFAULT_TIMEOUTS.reportEveryMs)
    };
}
const timedOut = (error) => {
    const e = error;
    return e?.name === 'TimeoutError' || e?.code === 'ETIMEDOUT' || /timed out/i.test(e?.message ?? '');
};
/**
 * Wraps every call of the client (its retries included): logs "Still waiting" every 30 s while it
 * goes unanswered, and turns the SDK's bare timeout into a TimeoutError naming the call and endpoint.
 */
function nameSlowCalls(client, options) {
    client.middlewareStack.add((next, context) => async (args) => {
        const operation = context.commandName?.replace(/Command$/, '') ?? 'AWS call';
        const started = Date.now();
        const report = options.log
            ? setInterval(() => options.log(`Still waiting for ${operation} from ${options.endpoint}: no answer after ${Math.round((Date.now() - started) / 1000)}s`), options.timeouts.reportEveryMs)
            : undefined;
        // Never keeps the process alive on its own.
        report?.unref();
        try {
            return await next(args);
        }
        catch (error) {
            if (!timedOut(error))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU({
                what: `${operation} at ${options.endpoint}`,
                afterMs: Date.now() - started,
                cause: error,
                hint: `No answer within ${options.timeouts.requestTimeout / 1000}s per attempt (connection: ${options.timeouts.connectionTimeout / 1000}s); check the endpoint (${options.endpointSettings ?? 'custom_endpoint_ec2, AWS_ENDPOINT_URL_EC2'}) and the network`
            });
        }
        finally {
            if (report)
                clearInterval(report);
        }
    }, { step: 'initialize', name: 'buildAmiSlowCalls' });
    return client;
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   Wh: () => (/* binding */ unlessAborted),
/* harmony export */   yy: () => (/* reexport safe */ _timers_js__WEBPACK_IMPORTED_MODULE_0__.yy)
/* harmony export */ });
/* harmony import */ var _timers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9489);
// Retries an operation on errors the caller names as transient, with capped exponential
// backoff and full jitter. The sleep is injected so tests never wait on a clock.
// The sleep itself lives in src/timers.ts, which waits past Node's 24.8-day timer limit.


/**
 * Stops waiting for a call when the signal aborts (the run was cancelled), leaving the call to end
 * on its own. Only for calls that create nothing: the SDK may spend many seconds retrying a
 * throttled call, and a cancelled run must not wait for that before it tears down.
 */
function unlessAborted(call, signal) {
    if (!signal)
        return call;
    if (signal.aborted) {
        call.catch(() => undefined);
        return Promise.reject(signal.reason);
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        call.then(value => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, error => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
async function retry(operation, options) {
    const pause = options.sleep ?? _timers_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy;
    const base = options.baseDelayMs ?? 250;
    const cap = options.maxDelayMs ?? 5000;
    const random = options.random ?? Math.random;
    const deadline = Date.now() + options.timeoutMs;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (!options.retryable(error) || Date.now() >= deadline || options.signal?.aborted)
                throw error;
            const delay = Math.min(cap, base * 2 ** (attempt - 1)) * (0.5 + random() / 2);
            options.onRetry?.(error, attempt, delay);
            await pause(Math.min(delay, Math.max(0, deadline - Date.now())), options.signal);
        }
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ BuildAmiError),
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dP: () => (/* binding */ AwsOperationError),
/* harmony export */   dl: () => (/* binding */ ProvisionerError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   e6: () => (/* binding */ inputErrors),
/* harmony export */   qN: () => (/* binding */ isBuildAmiError),
/* harmony export */   uf: () => (/* binding */ WaitError),
/* harmony export */   yi: () => (/* binding */ CommunicatorError),
/* harmony export */   zr: () => (/* binding */ StepOrderError)
/* harmony export */ });
// The action's one error family (ky's shape): a base class with a brand, and subclasses that carry
// what a user needs to act on the failure. Every constructor takes one details object; the cause
// is always kept as `cause`, and `hint` says what to do next when there is something to do.
const BRAND = Symbol.for('build-ami.error');
class BuildAmiError extends Error {
    [BRAND] = true;
    hint;
    constructor(message, details = {}) {
        super(details.hint ? `${message}. ${details.hint}` : message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = new.target.name;
        this.hint = details.hint;
    }
}
/** True for any error of the family, even one from another copy of this module (a second bundle). */
function isBuildAmiError(error) {
    return typeof error === 'object' && error !== null && error[BRAND] === true;
}
/**
 * A mistake in what the user gave us (template, var-file, variables input), found before any cloud call.
 * The message always reads `file:line:column: field: detail`, so editors and the Actions log can link to it;
 * `field` is the JSON path of the offending value (`builders[0].ami_name`), empty for the document itself.
 */
class InputError extends BuildAmiError {
    file;
    line;
    column;
    field;
    detail;
    constructor(details) {
        const { at, field, detail } = details;
        const where = `${at.file}:${at.line}:${at.column}`;
        super(field === '' ? `${where}: ${detail}` : `${where}: ${field}: ${detail}`, details);
        this.file = at.file;
        this.line = at.line;
        this.column = at.column;
        this.field = field;
        this.detail = detail;
    }
}
/**
 * Every mistake one pass over the user's input found (a template with five problems shows five), sorted by
 * file and position. The message lists each problem on its own line in InputError's form; `errors` keeps
 * them apart so each can become an annotation on its line.
 */
class InputErrors extends BuildAmiError {
    errors;
    constructor(errors) {
        const sorted = [...errors].sort(byPosition);
        super(sorted.length === 1
            ? sorted[0].message
            : `${sorted.length} problems in the template:\n${sorted.map(error => `  ${error.message}`).join('\n')}`, { cause: sorted[0] });
        this.errors = sorted;
    }
}
/** Several problems, or the one there is: a single problem stays the InputError it is. */
function inputErrors(errors) {
    return errors.length === 1 ? errors[0] : new InputErrors(errors);
}
function byPosition(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column;
}
/**
 * The SSH connection could not be made, was refused, or broke under a command or transfer. The message names
 * `user@host:port` and what was seen last; the underlying error is kept as `cause`.
 */
class CommunicatorError extends BuildAmiError {
    target;
    /** The connection was gone when this failed: dialing again may help (a machine rebooting), retrying on it cannot. */
    connectionLost;
    constructor(details) {
        super(details.message, details);
        this.target = details.target;
        this.connectionLost = details.connectionLost ?? false;
    }
}
/**
 * A provisioner failed: a script exited with a code the template does not allow, or a file could not be
 * transferred. `script` names what ran (a remote path, with the local source in the message), `exitCode` how it
 * ended (null when it ended by a signal or lost its connection).
 */
class ProvisionerError extends BuildAmiError {
    provisioner;
    script;
    exitCode;
    constructor(details) {
        super(`${details.provisioner} provisioner: ${details.message}`, details);
        this.provisioner = details.provisioner;
        this.script = details.script;
        this.exitCode = details.exitCode;
    }
}
/**
 * An AWS call that failed, or whose answer makes the build impossible. The message reads
 * `Operation: what was being done: cause`; `resource` is the id or name the call was about.
 */
class AwsOperationError extends BuildAmiError {
    operation;
    resource;
    constructor(details) {
        const { cause } = details;
        const detail = cause === undefined
            ? ''
            : `: ${nameOf(cause) && nameOf(cause) !== 'Error' ? `${nameOf(cause)}: ` : ''}${messageOf(cause)}`;
        super(`${details.operation}: ${details.doing}${detail}`, details);
        this.operation = details.operation;
        this.resource = details.resource;
    }
}
/** A wait for a resource's state ended without it getting there: it reached a failed state, or time ran out. */
class WaitError extends BuildAmiError {
    what;
    lastState;
    reason;
    elapsedMs;
    timedOut;
    constructor(details) {
        const { what, lastState, reason, elapsedMs, timedOut } = details;
        const seconds = Math.round(elapsedMs / 1000);
        super(timedOut
            ? `Timed out after ${seconds}s waiting for ${what}; last state: ${lastState}${reason ? ` (${reason})` : ''}`
            : `Gave up waiting for ${what}: it reached state ${lastState}${reason ? `: ${reason}` : ''} after ${seconds}s`, details);
        this.what = what;
        this.lastState = lastState;
        this.reason = reason;
        this.elapsedMs = elapsedMs;
        this.timedOut = timedOut;
    }
}
/** Something the template or the action bounds in time (a provisioner's `timeout`, a request) took longer. */
class TimeoutError extends BuildAmiError {
    what;
    afterMs;
    constructor(details) {
        super(`${details.what} did not finish within ${formatSeconds(details.afterMs)}`, details);
        this.what = details.what;
        this.afterMs = details.afterMs;
    }
}
/**
 * A step ran without what an earlier step provides (a step list in the wrong order): named, instead of
 * "cannot read properties of undefined".
 */
class StepOrderError extends BuildAmiError {
    missing;
    constructor(details) {
        super(`${details.step}: needs the ${details.missing}, which an earlier step provides; the build's steps ran out of order`, details);
        this.missing = details.missing;
    }
}
const nameOf = (err) => typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : undefined;
const formatSeconds = (ms) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`);
/**
 * The message of anything thrown. Not `instanceof Error`: errors made by Node's own modules come from another
 * realm under Jest's VM modules (and in worker threads), and would print as "Error: ..." through String().
 */
function messageOf(err) {
    if (typeof err === 'object' && err !== null && 'message' in err)
        return String(err.message);
    return String(err);
}


/***/ }),

/***/ 5376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ completeOrCopyFilter),
/* harmony export */   Wz: () => (/* binding */ COMPLETE),
/* harmony export */   ce: () => (/* binding */ completeWith),
/* harmony export */   nz: () => (/* binding */ onlyFinished)
/* harmony export */ });
/* unused harmony export completeSource */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1048);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9506);
// Which images are a finished build's, by their build-ami:complete tag. The build region's image gets
// `true` once the build is done (the last step writes it, or CreateImage does when nothing follows the
// image). A copy in an ami_regions region gets `with <region>/<ami>` from the moment CopyImage makes it
// (no call after the copy): it is finished when it is available and the image it names (the one it was
// copied from, in the build region) carries `true`. So a copy of a build that is still copying,
// sharing or encrypting, or of one that failed, is never trusted: its source is not complete. An image
// whose tag says anything else is never a finished build's. Images of earlier versions carry `true`
// everywhere.



const COMPLETE = 'true';
/** The complete tag of a copy of `imageId` (in `region`): finished when that image is. */
const completeWith = (region, imageId) => `with ${region}/${imageId}`;
/** The image a copy's complete tag names, if the tag is a copy's. */
function completeSource(value) {
    const match = /^with ([a-z0-9-]+)\/(ami-[0-9a-f]+)$/.exec(value ?? '');
    return match ? { region: match[1], id: match[2] } : undefined;
}
/** The Describe filter that lets both kinds through: what it finds goes through onlyFinished. */
const completeOrCopyFilter = () => (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagFilter */ .fB)(_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.complete, [COMPLETE, 'with *']);
const key = (region, id) => `${region}/${id}`;
/**
 * The items that are a finished build's: those tagged `true`, and the copies whose source is (among
 * the items, or else looked up: one DescribeImages per source region, of available images of the
 * account tagged `true`). A failed look-up throws: the caller trusts nothing then.
 */
async function onlyFinished(ec2For, items, ref) {
    const refs = items.map(ref);
    const finished = new Set(refs.filter(r => r.complete === COMPLETE).map(r => key(r.region, r.id)));
    const wanted = new Map();
    for (const source of refs.map(r => completeSource(r.complete))) {
        if (!source || finished.has(key(source.region, source.id)))
            continue;
        wanted.set(source.region, (wanted.get(source.region) ?? new Set()).add(source.id));
    }
    await Promise.all([...wanted.entries()].map(async ([region, ids]) => {
        const { Images = [] } = await ec2For(region)
            .send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeImagesCommand */ .j({
            Owners: ['self'],
            IncludeDeprecated: true,
            Filters: [
                { Name: 'image-id', Values: [...ids] },
                { Name: 'state', Values: ['available'] },
                (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagFilter */ .fB)(_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.complete, [COMPLETE])
            ]
        }))
            .catch(error => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsOperationError */ .dP({
                operation: 'DescribeImages',
                doing: `checking that the images copies were made from (${[...ids].join(', ')}) in ${region} are finished builds'`,
                cause: error
            });
        });
        for (const image of Images)
            if (image.ImageId)
                finished.add(key(region, image.ImageId));
    }));
    return items.filter((_, i) => {
        const r = refs[i];
        if (r.complete === COMPLETE)
            return true;
        const source = completeSource(r.complete);
        return !!source && finished.has(key(source.region, source.id));
    });
}


/***/ }),

/***/ 3428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export stripControl */
// Building blocks for GitHub-flavoured markdown built from text we do not control (build names,
// error messages, a script's output). Each helper makes its input render as the literal text
// it is: no accidental emphasis, links, HTML (a stray `<!--` would hide the rest of a comment,
// or forge the comment's marker), broken tables or code fences closed early.
// Terminal colour codes and other control characters, which a provisioner's output is full of.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*(?:\x07|\x1b\\)/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
function stripControl(text) {
    return text.replace(ANSI, '').replace(CONTROL, '');
}
/** One line of text: line breaks and tabs become spaces (a newline would end a table row). */
function oneLine(text) {
    return stripControl(text).replace(/\r\n|[\r\n\t]/g, ' ');
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** Plain text, shown as written. */
function text(value) {
    return oneLine(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_~[\]#|!]/g, '\\$&');
}
/** An inline code span, fenced with more backticks than the value holds in a row. */
function code(value) {
    const line = oneLine(value);
    if (line === '')
        return '';
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick needs a space so the fence stays separate.
    const pad = /^`|`$/.test(line) ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** A fenced code block that no line of `lines` can close early. */
function codeBlock(lines, info = 'text') {
    const clean = lines.map(line => stripControl(line).replace(/\r$/, ''));
    const longest = Math.max(0, ...clean.flatMap(line => line.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${info}`, ...clean, fence].join('\n');
}
/** A link; `label` is markdown already. Characters that would end the URL early are encoded. */
function link(label, url) {
    return `[${label}](${url.replace(/[\s()<>]/g, encodeURIComponent)})`;
}
/**
 * A table. Cells are markdown; their pipes are escaped here, once, because GitHub splits rows
 * on `|` before it reads code spans: `\|` is the only way to keep one, even inside code.
 */
function table(header, rows) {
    const row = (cells) => `| ${cells.map(cell => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [row(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');
}
/** 850 → 0.9s, 42_000 → 42s, 245_000 → 4m 05s, 3_720_000 → 1h 02m. */
function duration(ms) {
    const seconds = Math.max(0, ms) / 1000;
    if (seconds < 10)
        return `${seconds.toFixed(1)}s`;
    if (seconds < 60)
        return `${Math.floor(seconds)}s`;
    const two = (n) => String(Math.floor(n)).padStart(2, '0');
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)}m ${two(seconds % 60)}s`;
    return `${Math.floor(seconds / 3600)}h ${two((seconds % 3600) / 60)}m`;
}


/***/ }),

/***/ 8219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readRunInfo)
/* harmony export */ });
// Where this run comes from, read from the runner's environment: the commit, repository, ref
// and the URL of the workflow run, for the traceability tags and the summary.
function readRunInfo(env = process.env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY || '';
    const runId = env.GITHUB_RUN_ID || '';
    const attempt = env.GITHUB_RUN_ATTEMPT;
    return {
        sha: env.GITHUB_SHA || '',
        repository,
        ref: env.GITHUB_REF || '',
        runId,
        runUrl: repository && runId
            ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
            : '',
        serverUrl,
        eventName: env.GITHUB_EVENT_NAME || ''
    };
}


/***/ }),

/***/ 3724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ readInputs)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/input-reading.ts
// How an input's raw text is read: lists, booleans, and where an input error points.

const inputLocation = (name, line = 1) => ({ file: `input ${name}`, line, column: 1 });
function list(raw) {
    return raw
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean);
}
/** YAML 1.2 booleans only (true/false), as the Actions toolkit reads them. */
function booleanInput(getInput, name, fallback) {
    const raw = getInput(name).trim();
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new errors/* InputError */.dz({
        at: inputLocation(name),
        field: name,
        detail: `expected true or false, found "${raw}"`
    });
}

;// CONCATENATED MODULE: ./src/lifecycle-inputs.ts
// The inputs of what happens around the build: channels (SSM parameters a deploy reads), the launch
// template that follows them, promote (pointing a channel at an existing image: a rollback) and
// retention (keeping the newest images of a family). Parsed and checked once, with the rule named.


const fail = (name, detail) => new errors/* InputError */.dz({ at: inputLocation(name), field: name, detail });
/** Parameter Store's naming rule, as PutParameter enforces it. */
function checkChannel(name) {
    const bare = name.startsWith('/') ? name.slice(1) : name;
    if (!/^[a-zA-Z0-9_.\-/]+$/.test(name) ||
        name.includes('//') ||
        name.endsWith('/') ||
        /^(aws|ssm)/i.test(bare) ||
        name.length > 1011 ||
        (bare.includes('/') && !name.startsWith('/'))) {
        throw fail('channel', `"${name}" is not a Parameter Store name: letters, digits and . - _, levels separated by / (starting with /), not starting with aws or ssm, e.g. /images/web/prod`);
    }
}
function positive(getInput, name, integer) {
    const raw = getInput(name).trim();
    if (raw === '')
        return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
        throw fail(name, `expected a ${integer ? 'whole number' : 'number'} greater than 0, found "${raw}"`);
    }
    return value;
}
function readPromoteTarget(raw) {
    const value = raw.trim();
    if (value === '' || value === 'previous')
        return { kind: 'previous' };
    if (/^ami-([0-9a-f]{8}|[0-9a-f]{17})$/.test(value))
        return { kind: 'ami', amiId: value };
    if (/^[0-9a-f]{7,40}$/i.test(value))
        return { kind: 'commit', sha: value.toLowerCase() };
    throw fail('promote-to', `expected previous, an AMI id (ami-0abc...) or a commit SHA (7 to 40 hex digits), found "${value}"`);
}
function readLifecycleInputs(getInput) {
    const mode = (getInput('mode').trim() || 'build');
    if (mode !== 'build' && mode !== 'promote')
        throw fail('mode', `expected build or promote, found "${mode}"`);
    const channels = list(getInput('channel'));
    channels.forEach(checkChannel);
    const launchTemplate = getInput('launch-template').trim() || undefined;
    if (launchTemplate && !/^(lt-[0-9a-f]{17}|[a-zA-Z0-9().\-/_]{3,128})$/.test(launchTemplate)) {
        throw fail('launch-template', `expected a launch template name or id (lt-...), found "${launchTemplate}"`);
    }
    if (launchTemplate && !channels.length) {
        throw fail('launch-template', 'needs a channel: the channel records which build is newest and what a rollback returns to');
    }
    const regions = list(getInput('regions'));
    for (const region of regions) {
        if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
            throw fail('regions', `"${region}" is not a region name (e.g. eu-west-1)`);
    }
    const promoteRaw = getInput('promote-to');
    const keep = positive(getInput, 'keep', true);
    const keepDays = positive(getInput, 'keep-days', false);
    const dryRun = booleanInput(getInput, 'retention-dry-run', false);
    const deprecate = booleanInput(getInput, 'deprecate-older', false);
    if (mode === 'promote') {
        if (!channels.length)
            throw fail('channel', 'required with mode: promote: the channel to point at another image');
        for (const name of ['keep', 'keep-days']) {
            if (getInput(name).trim())
                throw fail(name, 'retention runs after a build; it does nothing with mode: promote');
        }
    }
    else {
        if (promoteRaw.trim())
            throw fail('promote-to', 'only with mode: promote');
        if (regions.length)
            throw fail('regions', 'only with mode: promote (a build acts in the regions its image is in)');
    }
    if ((dryRun || deprecate) && keep === undefined && keepDays === undefined) {
        throw fail(dryRun ? 'retention-dry-run' : 'deprecate-older', 'needs keep or keep-days: there is no retention without them');
    }
    return {
        mode,
        channels,
        launchTemplate,
        promoteTo: readPromoteTarget(promoteRaw),
        regions,
        retention: keep === undefined && keepDays === undefined
            ? undefined
            : Object.freeze({
                keep: keep ?? (keepDays === undefined ? undefined : 1),
                keepDays,
                dryRun,
                deprecate
            })
    };
}

;// CONCATENATED MODULE: ./src/inputs.ts



/** -var style lines, passed on as given: the template layer checks them and names the line in errors. */
function variableLines(raw) {
    return raw
        .split('\n')
        .map(l => l.trim())
        .filter(l => l && !l.startsWith('#'));
}
function readInputs(getInput) {
    const template = getInput('template').trim();
    const lifecycle = readLifecycleInputs(getInput);
    if (!template && lifecycle.mode === 'build') {
        throw new errors/* InputError */.dz({
            at: inputLocation('template'),
            field: 'template',
            detail: 'required: the path of a Packer template, e.g. packer/web.pkr.json'
        });
    }
    const only = list(getInput('only'));
    const except = list(getInput('except'));
    if (only.length && except.length) {
        throw new errors/* InputError */.dz({
            at: inputLocation('only'),
            field: 'only',
            detail: 'only and except exclude each other (as in packer build); give one of them'
        });
    }
    const reuse = (getInput('reuse').trim() || 'commit');
    if (!['commit', 'fingerprint', 'never'].includes(reuse)) {
        throw new errors/* InputError */.dz({
            at: inputLocation('reuse'),
            field: 'reuse',
            detail: `expected commit, fingerprint or never, found "${reuse}"`
        });
    }
    return Object.freeze({
        ...lifecycle,
        reuse,
        commentOnPr: booleanInput(getInput, 'comment-on-pr', true),
        publicIpLookupUrl: getInput('public-ip-lookup-url').trim(),
        template,
        variables: variableLines(getInput('variables')),
        varFiles: list(getInput('var-files').replace(/,/g, '\n')),
        only,
        except,
        workingDirectory: getInput('working-directory').trim() || '.',
        githubToken: getInput('github-token').trim()
    });
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ EC2_LIMITS),
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   CW: () => (/* binding */ TEMPORARY_TAG_KEYS),
/* harmony export */   Ep: () => (/* binding */ renderTags),
/* harmony export */   NS: () => (/* binding */ temporaryTags),
/* harmony export */   Q0: () => (/* binding */ TRACE_TAG_KEYS),
/* harmony export */   TS: () => (/* binding */ traceTags),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   fB: () => (/* binding */ tagFilter),
/* harmony export */   gp: () => (/* binding */ TAGS),
/* harmony export */   iQ: () => (/* binding */ imageDescription),
/* harmony export */   s3: () => (/* binding */ toTagList)
/* harmony export */ });
/* unused harmony exports shorten, tagValue */
const TAGS = {
    /** Every resource the build creates; the post step's sweep searches by it. */
    buildId: 'build-ami:build-id',
    runUrl: 'build-ami:run-url',
    commit: 'build-ami:commit',
    repository: 'build-ami:repository',
    ref: 'build-ami:ref',
    /** A hash of the resolved template, the variables and every file the build reads: the reuse key. */
    fingerprint: 'build-ami:fingerprint',
    /**
     * Which images are versions of one another: `<template path>:<build name>` (familyOf). Retention and
     * promote-by-commit find a family's images by it (with the repository), never by their name.
     */
    family: 'build-ami:family',
    /**
     * Written by the last step, on the image in every region, once copies, sharing and encryption are
     * done: only an image carrying it is reusable (an intermediate or a failed build's image never is).
     */
    complete: 'build-ami:complete'
};
/** An EC2 Describe filter on one of our tags. */
const tagFilter = (key, values) => ({ Name: `tag:${key}`, Values: values });
/** The value of a tag on anything EC2 describes with a Tags list. */
const tagOf = (resource, key) => resource.Tags?.find(t => t.Key === key)?.Value;
const toTagList = (tags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
/** What EC2 accepts, checked on the template before any call (src/template/schema/tag-limits.ts). */
const EC2_LIMITS = {
    tagKeyLength: 128,
    tagValueLength: 256,
    tagsPerResource: 50,
    descriptionLength: 255
};
/** The keys the action itself writes on the image and its snapshots (traceTags). */
const TRACE_TAG_KEYS = [
    TAGS.commit,
    TAGS.repository,
    TAGS.ref,
    TAGS.runUrl,
    TAGS.fingerprint,
    TAGS.buildId,
    TAGS.family
];
/** The keys the action itself writes on every temporary resource (temporaryTags). */
const TEMPORARY_TAG_KEYS = [TAGS.buildId, TAGS.runUrl];
const ELLIPSIS = '...';
/**
 * A text cut to `limit` characters the documented way (README "Tags"): the head and the tail are
 * kept with `...` in the middle, so a long ref keeps its `refs/heads/` and the end of the branch name,
 * and a run URL keeps its host and its run id. Texts within the limit are returned as they are.
 */
function shorten(value, limit) {
    const chars = [...value];
    if (chars.length <= limit)
        return value;
    const keep = limit - ELLIPSIS.length;
    const head = Math.ceil(keep / 2);
    return chars.slice(0, head).join('') + ELLIPSIS + chars.slice(chars.length - (keep - head)).join('');
}
/** A tag value as EC2 accepts it: at most 256 characters, shortened as `shorten` says. */
const tagValue = (value) => shorten(value, EC2_LIMITS.tagValueLength);
/** An image description as EC2 accepts it: at most 255 characters. */
const imageDescription = (value) => shorten(value, EC2_LIMITS.descriptionLength);
/**
 * The one place a template's tags (tags, snapshot_tags, run_tags, run_volume_tags) are rendered with
 * the build's data: a value that only now turns out longer than EC2 allows (it quotes
 * {{ .SourceAMIName }}) is shortened rather than failing the build this late. Everything the template
 * fixes by itself was checked at load time.
 */
function renderTags(tags, data) {
    return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, tagValue(v.render(data))]));
}
const present = (tags) => Object.fromEntries(Object.entries(tags)
    .filter(([, v]) => v)
    .map(([k, v]) => [k, tagValue(v)]));
/**
 * An image family: the template (its path in the repository, as the workspace holds it) and the build's
 * name. Two builds of one family are versions of the same image; retention keeps the newest of them.
 */
const familyOf = (templatePath, buildName) => `${templatePath.split('\\').join('/')}:${buildName}`;
/** On the image and its snapshots: commit, repository, ref, run, fingerprint, build id and family. */
function traceTags(run, fingerprint, buildId, family) {
    return present({
        [TAGS.commit]: run.sha,
        [TAGS.repository]: run.repository,
        [TAGS.ref]: run.ref,
        [TAGS.runUrl]: run.runUrl,
        [TAGS.fingerprint]: fingerprint,
        [TAGS.buildId]: buildId,
        [TAGS.family]: family ?? ''
    });
}
/** On every temporary resource: the build id and the run. */
function temporaryTags(run, buildId) {
    return present({ [TAGS.buildId]: buildId, [TAGS.runUrl]: run.runUrl });
}


/***/ }),

/***/ 9489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ timeoutSignal),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, longTimeout, sleepWith */
// The action's one way to wait. Node's timers hold a delay in a signed 32-bit number of
// milliseconds: a delay over 2^31-1 ms (about 24.8 days) is clamped to 1 ms, so a template's
// `"timeout": "720h"` would fire at once (with only a TimeoutOverflowWarning to show for it), and
// AbortSignal.timeout refuses anything over 2^32-1 ms outright. Every sleep and every deadline in
// src/ goes through here, which waits in chunks no longer than a timer can hold, so a long delay
// waits exactly as long as asked.
/** The longest delay one Node timer holds without clamping it to 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const nodeTimers = {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: handle => globalThis.clearTimeout(handle)
};
/**
 * Calls fn once `ms` have passed, however long that is; returns a function that cancels it.
 * A delay that is not a finite number (Infinity) never fires.
 */
function longTimeout(fn, ms, timers = nodeTimers) {
    let handle;
    let left = Number.isFinite(ms) ? Math.max(0, ms) : Infinity;
    let cancelled = false;
    const arm = () => {
        const chunk = Math.min(left, MAX_TIMER_MS);
        left -= chunk;
        handle = timers.setTimeout(() => {
            if (cancelled)
                return;
            if (left > 0)
                arm();
            else
                fn();
        }, chunk);
    };
    arm();
    return () => {
        cancelled = true;
        timers.clearTimeout(handle);
    };
}
/** Waits `ms` (chunked past the timer limit); rejects with the signal's reason when it aborts. */
function sleepWith(timers) {
    return (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            cancel();
            reject(signal.reason);
        };
        const cancel = longTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms, timers);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
const sleep = sleepWith(nodeTimers);
/**
 * Like AbortSignal.timeout(ms), for any length: aborts with a DOMException named TimeoutError once
 * `ms` have passed. The timer does not keep Node alive, as AbortSignal.timeout's does not.
 */
function timeoutSignal(ms, timers = nodeTimers) {
    const controller = new AbortController();
    longTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms, {
        setTimeout: (fn, chunk) => {
            const handle = timers.setTimeout(fn, chunk);
            handle?.unref?.();
            return handle;
        },
        clearTimeout: handle => timers.clearTimeout(handle)
    });
    return controller.signal;
}


/***/ })

};
