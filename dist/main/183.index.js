export const id = 183;
export const ids = [183];
export const modules = {

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ecrLogin: () => (/* binding */ ecrLogin)
/* harmony export */ });
/* unused harmony export ECR_ENDPOINT_VARIABLE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9882);
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7550);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6963);
/* harmony import */ var _request_timeouts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6585);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2495);
/* harmony import */ var _ecr_url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5587);
// ecr_login (packer-plugin-docker builder/docker/ecr_login.go): ECR's GetAuthorizationToken for the
// account and region of login_server, signed with the template's aws_access_key / aws_secret_key /
// aws_token or aws_profile (else the SDK's standard chain); the token is base64("AWS:<password>").
// The call is one AWS JSON 1.1 request signed with SigV4, so no ECR client is needed; it reaches
// AWS_ENDPOINT_URL_ECR (else AWS_ENDPOINT_URL) when set, as the SDKs and the CLI do, which is how the
// tests point it at the simulator. Loaded only when a template sets ecr_login.








const ECR_ENDPOINT_VARIABLE = 'AWS_ENDPOINT_URL_ECR';
const TARGET = 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken';
/** The login for login_server's registry, from ECR; rejects with an AwsOperationError that says what to check. */
async function ecrLogin(options) {
    const registry = (0,_ecr_url_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEcrUrl */ .Z)(options.server);
    if (!registry)
        throw new Error((0,_ecr_url_js__WEBPACK_IMPORTED_MODULE_5__/* .ecrUrlProblem */ .T)(options.server));
    const { account, region } = registry;
    const env = options.env ?? process.env;
    const endpoint = env[ECR_ENDPOINT_VARIABLE] || env.AWS_ENDPOINT_URL || `https://api.ecr.${region}.amazonaws.com`;
    const fail = (cause, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsOperationError */ .dP({
        operation: 'ECR GetAuthorizationToken',
        doing: `getting a login for ${options.server} (account ${account}, region ${region}) from ${endpoint}`,
        resource: options.server,
        cause,
        hint
    });
    let credentials;
    try {
        const given = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .clientCredentials */ .a0)(options.credentials, { region, endpoint: env.AWS_ENDPOINT_URL_STS });
        credentials =
            given === undefined ? await (0,_aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_6__/* .defaultProvider */ .v6)()() : typeof given === 'function' ? await given() : given;
    }
    catch (error) {
        throw fail(error, 'Set aws_access_key and aws_secret_key (or aws_profile), or give the job AWS credentials');
    }
    const body = JSON.stringify({ registryIds: [account] });
    const call = () => callOnce({ endpoint, region, credentials, body, env, signal: options.signal });
    let text;
    try {
        // Throttling, 5xx and a dropped connection are retried (as the SDK would), for up to 30 s.
        text = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L5)(call, {
            retryable: error => !(error instanceof EcrRefusal) || error.transient,
            timeoutMs: options.retryTimeoutMs ?? 30_000,
            signal: options.signal
        });
    }
    catch (error) {
        if (options.signal?.aborted)
            throw error;
        if (error instanceof EcrRefusal)
            throw fail(error.cause, refusalHint(account, region));
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
    const signer = new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_7__/* .SignatureV4 */ .B({ credentials, region, service: 'ecr', sha256: NodeSha256 });
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
    const { requestTimeout } = (0,_request_timeouts_js__WEBPACK_IMPORTED_MODULE_3__/* .requestTimeouts */ ._J)(env);
    const signals = [AbortSignal.timeout(requestTimeout), ...(signal ? [signal] : [])];
    const answer = await fetch(url, {
        method: 'POST',
        headers: signed.headers,
        body,
        signal: AbortSignal.any(signals)
    });
    const text = await answer.text();
    if (answer.ok)
        return text;
    const error = serviceError(answer.status, text);
    throw new EcrRefusal(error, answer.status >= 500 || answer.status === 429 || /Throttl/.test(error.name));
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
        throw new Error(`ECR's answer is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error });
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
        this.hash = secret === undefined ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', bytes(secret));
    }
    update(data) {
        this.hash.update(data);
    }
    digest() {
        return Promise.resolve(new Uint8Array(this.hash.digest()));
    }
}


/***/ })

};
