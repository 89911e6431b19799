export const id = 991;
export const ids = [991];
export const modules = {

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ecrLogin: () => (/* binding */ ecrLogin)
});

// UNUSED EXPORTS: ECR_ENDPOINT_VARIABLE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/SignatureV4.js + 1 modules
var SignatureV4 = __webpack_require__(7550);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var aws_credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/proxy-agent.ts
var proxy_agent = __webpack_require__(8529);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/aws/post-text.ts
// One HTTP(S) POST and its answer as text, made with Node's own client rather than fetch. fetch
// cannot be given an agent, and an agent is how a request goes through the runner's proxy
// (env-proxy.ts).


function postText(url, { headers, body, signal, agent }) {
    const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const request = send(url, {
            method: 'POST',
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
            agent,
            signal
        }, response => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            response.on('error', reject);
        });
        request.on('error', reject);
        request.end(body);
    });
}

// EXTERNAL MODULE: ./src/aws/proxy-refusal.ts
var proxy_refusal = __webpack_require__(7404);
// EXTERNAL MODULE: ./src/aws/request-timeouts.ts
var request_timeouts = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/aws/ecr-url.ts
var ecr_url = __webpack_require__(5587);
;// CONCATENATED MODULE: ./src/aws/ecr-login.ts
// ecr_login (packer-plugin-docker builder/docker/ecr_login.go): ECR's GetAuthorizationToken for the
// account and region of login_server, signed with the template's aws_access_key / aws_secret_key /
// aws_token or aws_profile (else the SDK's standard chain); the token is base64("AWS:<password>").
// The call is one AWS JSON 1.1 request signed with SigV4, so no ECR client is needed; it reaches
// AWS_ENDPOINT_URL_ECR (else AWS_ENDPOINT_URL) when set, as the SDKs and the CLI do, which is how the
// tests point it at the simulator. It goes through the runner's proxy when one is set (env-proxy.ts).
// Loaded only when a template sets ecr_login.











const ECR_ENDPOINT_VARIABLE = 'AWS_ENDPOINT_URL_ECR';
const TARGET = 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken';
/** The login for login_server's registry, from ECR; rejects with an AwsOperationError that says what to check. */
async function ecrLogin(options) {
    const registry = (0,ecr_url/* parseEcrUrl */.Z)(options.server);
    if (!registry)
        throw new Error((0,ecr_url/* ecrUrlProblem */.T)(options.server));
    const { account, region } = registry;
    const env = options.env ?? process.env;
    const endpoint = env[ECR_ENDPOINT_VARIABLE] || env.AWS_ENDPOINT_URL || `https://api.ecr.${region}.amazonaws.com`;
    const fail = (cause, hint) => new errors/* AwsOperationError */.dP({
        operation: 'ECR GetAuthorizationToken',
        doing: `getting a login for ${options.server} (account ${account}, region ${region}) from ${endpoint}`,
        resource: options.server,
        cause,
        hint
    });
    let credentials;
    try {
        const given = (0,aws_credentials/* clientCredentials */.a0)(options.credentials, {
            region,
            endpoint: env.AWS_ENDPOINT_URL_STS,
            env
        });
        credentials =
            given === undefined ? await (0,defaultProvider/* defaultProvider */.v6)()() : typeof given === 'function' ? await given() : given;
    }
    catch (error) {
        throw fail(error, 'Set aws_access_key and aws_secret_key (or aws_profile), or give the job AWS credentials');
    }
    const body = JSON.stringify({ registryIds: [account] });
    const call = () => callOnce({ endpoint, region, credentials, body, env, signal: options.signal });
    let text;
    try {
        // Throttling, 5xx and a dropped connection are retried (as the SDK would), for up to 30 s.
        text = await (0,retry/* retry */.L5)(call, {
            retryable: error => !(error instanceof EcrRefusal) || error.transient,
            timeoutMs: options.retryTimeoutMs ?? 30_000,
            signal: options.signal
        });
    }
    catch (error) {
        if (options.signal?.aborted)
            throw error;
        if (error instanceof EcrRefusal)
            throw fail(error.cause, error.cause instanceof proxy_refusal/* ProxyRefusedError */.Ne
                ? 'Check HTTPS_PROXY and HTTP_PROXY'
                : refusalHint(account, region));
        throw fail(error, `Check that ${endpoint} is reachable (${ECR_ENDPOINT_VARIABLE} overrides it)`);
    }
    const password = passwordOf(text);
    if (password === undefined) {
        throw fail(new Error('the answer carries no authorizationToken of the form AWS:<password>'), 'Retry the build');
    }
    options.onSecret(password.password);
    return { username: password.username, password: password.password, account, region };
}
/** ECR answered with an error status: `cause` is its error; `transient` when worth another try. */
class EcrRefusal extends Error {
    cause;
    transient;
    constructor(cause, transient) {
        super(cause.message, { cause });
        this.cause = cause;
        this.transient = transient;
    }
}
/** One signed GetAuthorizationToken request: the answer's text, or EcrRefusal for an error status. */
async function callOnce({ endpoint, region, credentials, body, env, signal }) {
    const url = new URL(endpoint);
    const signer = new SignatureV4/* SignatureV4 */.B({ credentials, region, service: 'ecr', sha256: NodeSha256 });
    const signed = await signer.sign({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: url.pathname || '/',
        query: {},
        headers: {
            host: url.host,
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': TARGET
        },
        body
    });
    const { requestTimeout } = (0,request_timeouts/* requestTimeouts */._J)(env);
    const signals = [AbortSignal.timeout(requestTimeout), ...(signal ? [signal] : [])];
    const { status, text } = await postText(url, {
        headers: signed.headers,
        body,
        signal: AbortSignal.any(signals),
        agent: (0,proxy_agent/* proxyAgentFor */.H)(url.protocol, env)
    });
    if (status >= 200 && status < 300)
        return text;
    if (status === proxy_refusal/* PROXY_AUTHENTICATION_REQUIRED */.i)
        throw new EcrRefusal(new proxy_refusal/* ProxyRefusedError */.Ne(), false);
    const error = serviceError(status, text);
    throw new EcrRefusal(error, status >= 500 || status === 429 || /Throttl/.test(error.name));
}
function refusalHint(account, region) {
    return (`Check that the credentials (aws_access_key and aws_secret_key, aws_profile, or the job's) may call ` +
        `ecr:GetAuthorizationToken for account ${account}, and that login_server names the registry's region (${region})`);
}
/** ECR's error as `Code: message`, from its JSON body (or the status when the body is not JSON). */
function serviceError(status, text) {
    let parsed = {};
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // not JSON: the status says it
    }
    const code = parsed.__type?.split('#').pop() ?? `HTTP ${status}`;
    const error = new Error(parsed.message ?? parsed.Message ?? `HTTP ${status}`);
    error.name = code;
    return error;
}
function passwordOf(text) {
    try {
        const answer = JSON.parse(text);
        const token = answer.authorizationData?.[0]?.authorizationToken;
        if (typeof token !== 'string')
            return undefined;
        const decoded = Buffer.from(token, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            return undefined;
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    catch (error) {
        throw new Error(`ECR's answer is not JSON: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
    }
}
const bytes = (data) => typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : new Uint8Array(data);
/** SigV4's hash, from node:crypto (HMAC when given a secret). */
class NodeSha256 {
    hash;
    constructor(secret) {
        this.hash = secret === undefined ? (0,external_node_crypto_.createHash)('sha256') : (0,external_node_crypto_.createHmac)('sha256', bytes(secret));
    }
    update(data) {
        this.hash.update(data);
    }
    digest() {
        return Promise.resolve(new Uint8Array(this.hash.digest()));
    }
}


/***/ }),

/***/ 8529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ proxyAgentFor)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _env_proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(503);
// The agent for a request made outside the SDK (ECR's token, the Session Manager data channel's
// websocket): through the runner's proxy when one is set (env-proxy.ts), else none, so the request
// uses Node's global agent. Kept apart from env-proxy.ts so that only these lazily loaded paths
// import node:http and node:https from here.



/**
 * An agent for one direct request (http or https by `protocol`), through the proxy when one is set.
 * It returns undefined when no proxy is set, so the request uses Node's global agent.
 */
function proxyAgentFor(protocol, env) {
    const variables = (0,_env_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyEnv */ .cS)(env);
    if (!variables)
        return undefined;
    // `proxyEnv` is Node 24's (the runner's node24); @types/node does not know it yet.
    const options = { proxyEnv: variables };
    return protocol === 'https:' ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(options) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(options);
}


/***/ })

};
