export const id = 312;
export const ids = [312];
export const modules = {

/***/ 9312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AMAZON_AMI_OUTPUT_TYPE: () => (/* reexport */ AMAZON_AMI_OUTPUT_TYPE),
  AMAZON_PARAMETERSTORE_OUTPUT_TYPE: () => (/* reexport */ AMAZON_PARAMETERSTORE_OUTPUT_TYPE),
  AMAZON_SECRETSMANAGER_OUTPUT_TYPE: () => (/* reexport */ AMAZON_SECRETSMANAGER_OUTPUT_TYPE),
  DATA_SOURCES: () => (/* binding */ DATA_SOURCES),
  UNKNOWN: () => (/* reexport */ UNKNOWN),
  amazonAmi: () => (/* reexport */ amazonAmi),
  amazonParameterStore: () => (/* reexport */ amazonParameterStore),
  amazonSecretsManager: () => (/* reexport */ amazonSecretsManager),
  describeCall: () => (/* reexport */ describeCall),
  fetchSecret: () => (/* reexport */ fetchSecret),
  fetchSecrets: () => (/* reexport */ fetchSecrets),
  isDataSourceType: () => (/* binding */ isDataSourceType),
  mockAmazonAmiOutputs: () => (/* reexport */ mockAmazonAmiOutputs),
  mockAmazonParameterStoreOutputs: () => (/* reexport */ mockAmazonParameterStoreOutputs),
  mockAmazonSecretsManagerOutputs: () => (/* reexport */ mockAmazonSecretsManagerOutputs),
  plainMap: () => (/* reexport */ plainMap),
  readAmazonAmi: () => (/* reexport */ readAmazonAmi),
  readAmazonParameterStore: () => (/* reexport */ readAmazonParameterStore),
  readAmazonSecretsManager: () => (/* reexport */ readAmazonSecretsManager),
  regionFor: () => (/* reexport */ regionFor),
  resolveAmazonAmi: () => (/* reexport */ resolveAmazonAmi),
  resolveAmazonParameterStore: () => (/* reexport */ resolveAmazonParameterStore),
  resolveAmazonSecretsManager: () => (/* reexport */ resolveAmazonSecretsManager),
  secretError: () => (/* reexport */ secretError)
});

// EXTERNAL MODULE: ./src/aws/find-image.ts
var find_image = __webpack_require__(4514);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/template/hcl2/value.ts
var value = __webpack_require__(2117);
// EXTERNAL MODULE: ./src/template/schema/access-options.ts
var access_options = __webpack_require__(8415);
// EXTERNAL MODULE: ./src/template/schema/image-filter.ts
var image_filter = __webpack_require__(7156);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/datasources/data-source.ts

/** What Packer writes in place of an unknown string when it validates without data sources. */
const UNKNOWN = '<unknown>';
/** The block's region, else the environment's; neither is an error naming both ways to give one. */
function regionFor(access, clients, context, operation) {
    const region = access.region ?? clients.defaultRegion;
    if (region !== undefined)
        return region;
    throw new errors/* AwsOperationError */.dP({
        operation,
        doing: `${context.address}: no region to read from`,
        hint: 'Set region in the data block, or AWS_REGION in the environment'
    });
}
/** A map with no prototype, so a tag or key named `__proto__` is just a key. */
function plainMap(entries) {
    const map = Object.create(null);
    for (const [key, value] of entries)
        map[key] = value;
    return map;
}

;// CONCATENATED MODULE: ./src/datasources/amazon-ami.ts






const AMAZON_AMI_OUTPUT_TYPE = {
    kind: 'object',
    attributes: {
        id: value/* STRING */.An,
        name: value/* STRING */.An,
        creation_date: value/* STRING */.An,
        owner: value/* STRING */.An,
        owner_name: value/* STRING */.An,
        tags: { kind: 'map', element: value/* STRING */.An }
    }
};
function readAmazonAmi(options) {
    options.checkKeys([...access_options/* ACCESS_OPTIONS */.I_, ...image_filter/* IMAGE_FILTER_OPTIONS */.u], access_options/* UNSUPPORTED_ACCESS_OPTIONS */.OP, 'amazon-ami data source');
    return { access: (0,access_options/* readAccessConfig */.hM)(options), ...(0,image_filter/* readImageFilter */.I)(options) };
}
function mockAmazonAmiOutputs() {
    return {
        id: UNKNOWN,
        name: UNKNOWN,
        creation_date: UNKNOWN,
        owner: UNKNOWN,
        owner_name: UNKNOWN,
        tags: plainMap([])
    };
}
async function resolveAmazonAmi(config, clients, context) {
    const region = regionFor(config.access, clients, context, 'DescribeImages');
    const ec2 = clients.ec2(region, config.access);
    const image = await (0,find_image/* findImageByFilter */.yg)(command => (0,retry/* unlessAborted */.Wh)(ec2.send(command, { abortSignal: context.signal }), context.signal), config, { what: context.address, region }).catch((error) => {
        // A cancelled run ends with the cancellation, not with a lookup error.
        throw context.signal?.aborted ? context.signal.reason : error;
    });
    return {
        id: image.ImageId ?? '',
        name: image.Name ?? '',
        creation_date: image.CreationDate ?? '',
        owner: image.OwnerId ?? '',
        owner_name: image.ImageOwnerAlias ?? '',
        tags: plainMap((image.Tags ?? []).map(tag => [tag.Key ?? '', tag.Value ?? '']))
    };
}
const amazonAmi = {
    type: 'amazon-ami',
    read: readAmazonAmi,
    outputType: AMAZON_AMI_OUTPUT_TYPE,
    mockOutputs: mockAmazonAmiOutputs,
    resolve: resolveAmazonAmi
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/datasources/amazon-parameterstore.ts
// data "amazon-parameterstore": one parameter's value, version and ARN, read with GetParameter as
// Packer's datasource/parameterstore does (a `name:3` or `name:label` selector works, as in AWS).
// A SecureString's value is sensitive: registered before resolve returns. (Packer marks nothing
// sensitive here; its users must put the value in a sensitive local to keep it out of logs.)







const AMAZON_PARAMETERSTORE_OUTPUT_TYPE = {
    kind: 'object',
    attributes: { value: value/* STRING */.An, version: value/* STRING */.An, arn: value/* STRING */.An }
};
function readAmazonParameterStore(options) {
    options.checkKeys([...access_options/* ACCESS_OPTIONS */.I_, 'name', 'with_decryption'], access_options/* UNSUPPORTED_ACCESS_OPTIONS */.OP, 'amazon-parameterstore data source');
    return {
        access: (0,access_options/* readAccessConfig */.hM)(options),
        name: options.requiredString('name', 'is required: the name of the parameter to read'),
        withDecryption: options.bool('with_decryption') ?? false
    };
}
function mockAmazonParameterStoreOutputs() {
    return { value: UNKNOWN, version: UNKNOWN, arn: UNKNOWN };
}
async function resolveAmazonParameterStore(config, clients, context) {
    const operation = 'GetParameter';
    const region = regionFor(config.access, clients, context, operation);
    const ssm = clients.ssm(region, config.access);
    const { signal } = context;
    const { Parameter } = await (0,retry/* unlessAborted */.Wh)(ssm.send(new dist_cjs/* GetParameterCommand */.lhy({ Name: config.name, WithDecryption: config.withDecryption }), {
        abortSignal: signal
    }), signal).catch((error) => {
        if (signal?.aborted)
            throw signal.reason;
        throw parameterError(error, config.name, region, context.address);
    });
    if (Parameter?.Value === undefined) {
        throw new errors/* AwsOperationError */.dP({
            operation,
            doing: `${context.address}: SSM answered no value for parameter "${config.name}" in ${region}`
        });
    }
    if (Parameter.Type === 'SecureString')
        context.secret?.(Parameter.Value);
    return { value: Parameter.Value, version: String(Parameter.Version ?? ''), arn: Parameter.ARN ?? '' };
}
/** Packer's words for the two not-found errors (SSM itself sends no message with ParameterNotFound). */
function parameterError(error, name, region, address) {
    const code = (0,aws_errors/* errorCode */.CA)(error);
    if (code === 'ParameterNotFound') {
        return new errors/* AwsOperationError */.dP({
            operation: 'GetParameter',
            doing: `${address}: The parameter name "${name}" not found in ${region}`,
            resource: name,
            hint: 'Check the name and the region (each region has its own parameters)'
        });
    }
    if (code === 'ParameterVersionNotFound') {
        return new errors/* AwsOperationError */.dP({
            operation: 'GetParameter',
            doing: `${address}: The parameter version "${name}" not found in ${region}`,
            resource: name,
            hint: 'Check the version after the colon; GetParameterHistory lists the versions there are'
        });
    }
    return new errors/* AwsOperationError */.dP({
        operation: 'GetParameter',
        doing: `${address}: reading parameter "${name}" in ${region}`,
        resource: name,
        cause: error,
        hint: code === 'AccessDeniedException'
            ? 'Allow ssm:GetParameter on the parameter (and kms:Decrypt on its key for a SecureString with with_decryption)'
            : undefined
    });
}
const amazonParameterStore = {
    type: 'amazon-parameterstore',
    read: readAmazonParameterStore,
    outputType: AMAZON_PARAMETERSTORE_OUTPUT_TYPE,
    mockOutputs: mockAmazonParameterStoreOutputs,
    resolve: resolveAmazonParameterStore
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(2994);
;// CONCATENATED MODULE: ./src/datasources/secret-values.ts
// Reading a value out of a secret string, the way Packer does for the amazon-secretsmanager data
// source and the aws_secretsmanager function: a string that is not JSON is the value itself; a
// JSON object's keys hold the values, strings as they are and numbers as Go prints them with no
// decimals. Nothing here ever puts a secret's text in a message: a JSON parse error quotes its
// input, so it is never passed on.
function secretContent(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { kind: 'text' };
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return { kind: 'object', fields: Object.entries(parsed) };
    }
    return { kind: 'other-json', what: jsonKind(parsed) };
}
/** A field's value as Packer reads it: a string, a number printed as Go's FormatFloat(v, 'f', 0) does. */
function fieldText(value) {
    if (typeof value === 'string')
        return { text: value };
    if (typeof value === 'number')
        return { text: goWholeNumber(value) };
    return { unsupported: jsonKind(value) };
}
/** A number with no decimals, rounded half to even, never in exponent form: 2.5 → "2", 1e21 → "1000000000000000000000". */
function goWholeNumber(value) {
    const floor = Math.floor(value);
    const fraction = value - floor;
    const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
    return BigInt(rounded).toString();
}
/**
 * Every form of a secret string a template could pass on: the whole text and, for a JSON object,
 * each string or number in it (jsondecode(...)["password"] yields the password alone).
 */
function sensitiveParts(text) {
    const parts = [text];
    const visit = (value) => {
        if (typeof value === 'string')
            parts.push(value);
        else if (typeof value === 'number')
            parts.push(String(value), goWholeNumber(value));
        else if (Array.isArray(value))
            value.forEach(visit);
        else if (value !== null && typeof value === 'object')
            Object.values(value).forEach(visit);
    };
    const content = secretContent(text);
    if (content.kind === 'object')
        content.fields.forEach(([, value]) => visit(value));
    return [...new Set(parts)].filter(part => part !== '');
}
function jsonKind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'boolean')
        return 'a boolean';
    if (typeof value === 'number')
        return 'a number';
    return 'a string';
}

;// CONCATENATED MODULE: ./src/datasources/amazon-secretsmanager.ts
// data "amazon-secretsmanager": one version of a secret (version_id, else version_stage, default
// AWSCURRENT), as Packer's datasource/secretsmanager reads it. `value` is the key's value in a JSON
// secret, or (no key) its first value, or the whole string when it is not JSON; a key the secret does
// not have gives "" as in Packer, with a warning here. Every output is sensitive: the string, each
// value inside it, and the binary are registered before resolve returns.








const AMAZON_SECRETSMANAGER_OUTPUT_TYPE = {
    kind: 'object',
    attributes: { value: value/* STRING */.An, secret_string: value/* STRING */.An, secret_binary: value/* STRING */.An, version_id: value/* STRING */.An }
};
function readAmazonSecretsManager(options) {
    options.checkKeys([...access_options/* ACCESS_OPTIONS */.I_, 'name', 'key', 'version_id', 'version_stage'], access_options/* UNSUPPORTED_ACCESS_OPTIONS */.OP, 'amazon-secretsmanager data source');
    return {
        access: (0,access_options/* readAccessConfig */.hM)(options),
        name: options.requiredString('name', 'is required: the name or ARN of the secret to read'),
        key: options.string('key'),
        versionId: options.string('version_id'),
        versionStage: options.string('version_stage') ?? 'AWSCURRENT'
    };
}
function mockAmazonSecretsManagerOutputs() {
    return { value: UNKNOWN, secret_string: UNKNOWN, secret_binary: UNKNOWN, version_id: UNKNOWN };
}
async function resolveAmazonSecretsManager(config, clients, context) {
    const operation = 'GetSecretValue';
    const region = regionFor(config.access, clients, context, operation);
    const version = config.versionId ?? config.versionStage;
    const { signal } = context;
    const secret = await (0,retry/* unlessAborted */.Wh)(clients.secretsManager(region, config.access).send(new client_secrets_manager_dist_cjs/* GetSecretValueCommand */.d2({
        SecretId: config.name,
        ...(config.versionId !== undefined
            ? { VersionId: config.versionId }
            : { VersionStage: config.versionStage })
    }), { abortSignal: signal }), signal).catch((error) => {
        if (signal?.aborted)
            throw signal.reason;
        throw secretError(error, `${context.address}: Secrets Manager Secret "${config.name}" Version "${version}"`, region);
    });
    const secretString = secret.SecretString ?? '';
    const secretBinary = secret.SecretBinary ? Buffer.from(secret.SecretBinary).toString('utf8') : '';
    for (const part of [...sensitiveParts(secretString), secretBinary])
        if (part !== '')
            context.secret?.(part);
    return {
        value: amazon_secretsmanager_valueOf(secretString, config, context),
        secret_string: secretString,
        secret_binary: secretBinary,
        version_id: secret.VersionId ?? ''
    };
}
/** `value` as Packer computes it; its only failures name the secret and the key, never a value. */
function amazon_secretsmanager_valueOf(secretString, config, context) {
    const content = secretContent(secretString);
    const fail = (detail) => new errors/* AwsOperationError */.dP({
        operation: 'GetSecretValue',
        doing: `${context.address}: secret "${config.name}" ${detail}`,
        hint: 'Read it whole through secret_string, or store the value as a string'
    });
    if (content.kind === 'text')
        return secretString;
    if (content.kind === 'other-json')
        throw fail(`is JSON but ${content.what}, not an object of keys`);
    // No key: the first value (Packer takes whichever its map yields first; this is the first written).
    const field = config.key === undefined ? content.fields[0] : content.fields.find(([name]) => name === config.key);
    if (field === undefined) {
        if (config.key !== undefined) {
            context.warn?.(`${context.address}: secret "${config.name}" has no key "${config.key}": value is empty (as in Packer)`);
        }
        return '';
    }
    const text = fieldText(field[1]);
    if ('unsupported' in text) {
        throw fail(`holds ${text.unsupported} under key "${field[0]}": only strings and numbers can be read as value`);
    }
    return text.text;
}
/** Not found (or deleted) is Packer's "not found"; anything else keeps its cause. */
function secretError(error, what, region) {
    const code = (0,aws_errors/* errorCode */.CA)(error);
    const deleted = code === 'InvalidRequestException' && /deleted|marked for deletion/i.test((0,errors/* messageOf */.bD)(error));
    if (code === 'ResourceNotFoundException' || deleted) {
        return new errors/* AwsOperationError */.dP({
            operation: 'GetSecretValue',
            doing: `${what} not found in ${region}`,
            hint: deleted
                ? 'The secret is deleted or scheduled for deletion: restore it, or read another'
                : 'Check the name, the version and the region (each region has its own secrets)'
        });
    }
    return new errors/* AwsOperationError */.dP({
        operation: 'GetSecretValue',
        doing: `${what}: reading it in ${region}`,
        cause: error,
        hint: code === 'AccessDeniedException'
            ? 'Allow secretsmanager:GetSecretValue on the secret (and kms:Decrypt on its key if it is not the default one)'
            : undefined
    });
}
const amazonSecretsManager = {
    type: 'amazon-secretsmanager',
    read: readAmazonSecretsManager,
    outputType: AMAZON_SECRETSMANAGER_OUTPUT_TYPE,
    mockOutputs: mockAmazonSecretsManagerOutputs,
    resolve: resolveAmazonSecretsManager
};

;// CONCATENATED MODULE: ./src/datasources/aws-secretsmanager.ts
// The HCL2 functions aws_secretsmanager(name, key) and aws_secretsmanager_raw(name): the loader
// collects the calls a template makes, fetches them here before it evaluates, and evaluates with
// the answers. As in Packer (packer-plugin-sdk's secretsmanager client) they read AWSCURRENT in the
// environment's region with the standard credentials, string secrets only; a JSON secret with
// several keys needs a key; a key the secret lacks is an error. Every value is sensitive.





/** How the call reads in messages: `aws_secretsmanager("prod/db", "password")`. */
function describeCall(request) {
    const name = JSON.stringify(request.name);
    if (request.raw)
        return `aws_secretsmanager_raw(${name})`;
    return `aws_secretsmanager(${name}, ${request.key == null ? 'null' : JSON.stringify(request.key)})`;
}
async function fetchSecret(request, clients, context = {}) {
    const [value] = await fetchSecrets([request], clients, context);
    return value;
}
/**
 * Several calls at once, one GetSecretValue per secret name however many calls read it; the answers
 * in the order of the requests.
 */
async function fetchSecrets(requests, clients, context = {}) {
    const strings = new Map();
    for (const request of requests) {
        if (!strings.has(request.name))
            strings.set(request.name, readString(request, clients, context));
    }
    // Every read is awaited before any fails, so no request is left running unobserved.
    const settled = await Promise.allSettled(requests.map(r => strings.get(r.name).then(s => aws_secretsmanager_valueOf(r, s))));
    return settled.map(outcome => {
        if (outcome.status === 'rejected')
            throw outcome.reason;
        return outcome.value;
    });
}
async function readString(request, clients, context) {
    const call = describeCall(request);
    const region = clients.defaultRegion;
    if (region === undefined) {
        throw new errors/* AwsOperationError */.dP({
            operation: 'GetSecretValue',
            doing: `${call}: no region to read the secret from`,
            hint: 'Set AWS_REGION in the environment (the function reads the environment region, as in Packer)'
        });
    }
    const { signal } = context;
    const secret = await (0,retry/* unlessAborted */.Wh)(clients
        .secretsManager(region, { credentials: {} })
        .send(new client_secrets_manager_dist_cjs/* GetSecretValueCommand */.d2({ SecretId: request.name, VersionStage: 'AWSCURRENT' }), {
        abortSignal: signal
    }), signal).catch((error) => {
        if (signal?.aborted)
            throw signal.reason;
        throw secretError(error, `${call}: secret "${request.name}"`, region);
    });
    if (secret.SecretString === undefined) {
        throw new errors/* AwsOperationError */.dP({
            operation: 'GetSecretValue',
            doing: `${call}: secret "${request.name}" holds a binary value, not a string`,
            hint: 'Read it with data "amazon-secretsmanager" (its secret_binary output)'
        });
    }
    for (const part of sensitiveParts(secret.SecretString))
        context.secret?.(part);
    return secret.SecretString;
}
function aws_secretsmanager_valueOf(request, secretString) {
    const content = secretContent(secretString);
    if (request.raw || content.kind === 'text')
        return secretString;
    const call = describeCall(request);
    const fail = (detail, hint) => new errors/* AwsOperationError */.dP({
        operation: 'GetSecretValue',
        doing: `${call}: secret "${request.name}" ${detail}`,
        hint
    });
    if (content.kind === 'other-json') {
        throw fail(`is JSON but ${content.what}, not an object of keys`, 'Read it whole with aws_secretsmanager_raw');
    }
    if (request.key == null && content.fields.length > 1) {
        throw fail(`has ${content.fields.length} keys and no key was given`, 'Name the key: aws_secretsmanager(name, key), or read it whole with aws_secretsmanager_raw');
    }
    const key = request.key ?? '';
    const field = request.key == null ? content.fields[0] : content.fields.find(([name]) => name === key);
    if (field === undefined) {
        throw fail(`has no key ${JSON.stringify(key)}`, 'Check the key; keys are case-sensitive');
    }
    const text = fieldText(field[1]);
    if ('unsupported' in text) {
        throw fail(`holds ${text.unsupported} under key ${JSON.stringify(field[0])}: only strings and numbers can be read`, 'Read it whole with aws_secretsmanager_raw and decode it with jsondecode');
    }
    return text.text;
}

;// CONCATENATED MODULE: ./src/datasources/index.ts
// The HCL2 data sources build-ami resolves, by their block type, and the aws_secretsmanager functions.



/**
 * Each data source by its type label, for a loader that handles them alike: what `read` returns is
 * what `resolve` takes.
 */
const DATA_SOURCES = {
    'amazon-ami': amazonAmi,
    'amazon-parameterstore': amazonParameterStore,
    'amazon-secretsmanager': amazonSecretsManager
};
const isDataSourceType = (type) => Object.hasOwn(DATA_SOURCES, type);







/***/ }),

/***/ 2595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QF: () => (/* binding */ unify),
/* harmony export */   _e: () => (/* binding */ describeMismatch),
/* harmony export */   _t: () => (/* binding */ unifyValues),
/* harmony export */   f3: () => (/* binding */ unify),
/* harmony export */   x6: () => (/* binding */ typeOfValue)
/* harmony export */ });
/* unused harmony exports typesEqual, friendlyTypeName, impliedType */
// The common type of several values, as cty's convert.Unify finds it: for a conditional's two results
// (`c ? 1 : "x"` is a string either way, `c ? [1] : [1, 2]` a list) and for the elements of a list(any)
// or map(any) (["a", 1] is a list of strings). Types are read off the values themselves: an array is a
// tuple, an object an object, null fits anything. No imports of value.ts here: it uses this module.
const ANY = { kind: 'any' };
/** The type a value has as written: tuples and objects all the way down; null fits any type. */
function typeOfValue(value) {
    if (value === null)
        return ANY;
    if (typeof value === 'string')
        return { kind: 'string' };
    if (typeof value === 'number')
        return { kind: 'number' };
    if (typeof value === 'boolean')
        return { kind: 'bool' };
    if (Array.isArray(value))
        return { kind: 'tuple', elements: value.map(typeOfValue) };
    const object = value;
    const attributes = {};
    for (const key of Object.keys(object).sort())
        attributes[key] = typeOfValue(object[key]);
    return { kind: 'object', attributes };
}
function typesEqual(a, b) {
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case 'list':
        case 'set':
        case 'map':
            return typesEqual(a.element, b.element);
        case 'tuple': {
            const other = b;
            return (a.elements.length === other.elements.length &&
                a.elements.every((type, i) => typesEqual(type, other.elements[i])));
        }
        case 'object': {
            const other = b;
            const keys = Object.keys(a.attributes).sort();
            const otherKeys = Object.keys(other.attributes).sort();
            return (keys.length === otherKeys.length &&
                keys.every((key, i) => key === otherKeys[i] && typesEqual(a.attributes[key], other.attributes[key])));
        }
        default:
            return true;
    }
}
const isPrimitive = (type) => type.kind === 'string' || type.kind === 'number' || type.kind === 'bool';
/** Whether a value of `from` converts to `to` (cty's unsafe conversions: strings to numbers and bools too). */
function converts(from, to) {
    if (from.kind === 'any' || to.kind === 'any' || typesEqual(from, to))
        return true;
    if (isPrimitive(from) && isPrimitive(to))
        return to.kind === 'string' || from.kind === 'string';
    return false;
}
/** The unified type of `types`, or undefined when they have none (a number and a bool, a tuple and an object). */
function unify(types) {
    if (types.length === 0)
        return undefined;
    if (types.every(type => typesEqual(type, types[0])))
        return types[0];
    const concrete = types.filter(type => type.kind !== 'any');
    const kinds = new Set(concrete.map(type => type.kind));
    const structural = [...kinds].filter(kind => kind !== 'string' && kind !== 'number' && kind !== 'bool');
    if (structural.length > 0) {
        // A structure and an unknown type unify only as "any" (cty's unifyAllAsDynamic).
        if (concrete.length !== types.length)
            return kinds.size === 1 ? ANY : undefined;
        if (kinds.size !== structural.length)
            return undefined;
        if (structural.every(kind => kind === 'tuple' || kind === 'list'))
            return unifySequences(concrete);
        if (structural.every(kind => kind === 'object' || kind === 'map'))
            return unifyMappings(concrete);
        if (structural.every(kind => kind === 'set'))
            return unifyElements(concrete.map(type => type.element), 'set');
        return undefined;
    }
    // Only a type among the given ones can be the result, strings preferred: a number and a bool have none.
    for (const candidate of [{ kind: 'string' }, { kind: 'number' }, { kind: 'bool' }, ANY])
        if (types.some(type => type.kind === candidate.kind) && types.every(type => converts(type, candidate)))
            return candidate;
    return undefined;
}
function unifyElements(elements, kind) {
    const element = elements.length === 0 ? ANY : unify(elements);
    return element === undefined ? undefined : { kind, element };
}
function unifySequences(types) {
    const tuples = types.filter(type => type.kind === 'tuple');
    if (tuples.length === types.length &&
        tuples.every(type => type.elements.length === tuples[0].elements.length)) {
        const elements = [];
        for (let i = 0; i < tuples[0].elements.length; i++) {
            const element = unify(tuples.map(type => type.elements[i]));
            if (element === undefined)
                return undefined;
            elements.push(element);
        }
        return { kind: 'tuple', elements };
    }
    return unifyElements(types.flatMap(type => (type.kind === 'tuple' ? type.elements : [type.element])), 'list');
}
function unifyMappings(types) {
    const objects = types.filter(type => type.kind === 'object');
    const keys = objects.length > 0 ? Object.keys(objects[0].attributes).sort().join('\u0000') : '';
    if (objects.length === types.length &&
        objects.every(type => Object.keys(type.attributes).sort().join('\u0000') === keys)) {
        const attributes = {};
        for (const key of Object.keys(objects[0].attributes)) {
            const attribute = unify(objects.map(type => type.attributes[key]));
            if (attribute === undefined)
                return undefined;
            attributes[key] = attribute;
        }
        return { kind: 'object', attributes };
    }
    return unifyElements(types.flatMap(type => type.kind === 'object' ? Object.values(type.attributes) : [type.element]), 'map');
}
/** How cty names a type in messages: string, tuple, object, list of string, map of number. */
function friendlyTypeName(type) {
    switch (type.kind) {
        case 'any':
            return 'dynamic';
        case 'list':
        case 'set':
        case 'map':
            return `${type.kind} of ${friendlyTypeName(type.element)}`;
        default:
            return type.kind;
    }
}
/** Why two result types do not unify, in HCL's words (describeConditionalTypeMismatch). */
function describeMismatch(trueType, falseType) {
    if (trueType.kind === 'object' && falseType.kind === 'object') {
        for (const name of Object.keys(trueType.attributes).sort()) {
            if (!(name in falseType.attributes))
                return `The 'true' value includes object attribute "${name}", which is absent in the 'false' value`;
            if (!typesEqual(trueType.attributes[name], falseType.attributes[name]))
                return `Type mismatch for object attribute "${name}": ${describeMismatch(trueType.attributes[name], falseType.attributes[name])}`;
        }
        for (const name of Object.keys(falseType.attributes).sort())
            if (!(name in trueType.attributes))
                return `The 'false' value includes object attribute "${name}", which is absent in the 'true' value`;
    }
    if (trueType.kind === 'tuple' && falseType.kind === 'tuple') {
        if (trueType.elements.length !== falseType.elements.length)
            return `The 'true' tuple has length ${trueType.elements.length}, but the 'false' tuple has length ${falseType.elements.length}`;
        for (let i = 0; i < trueType.elements.length; i++)
            if (!typesEqual(trueType.elements[i], falseType.elements[i]))
                return `Type mismatch for tuple element ${i}: ${describeMismatch(trueType.elements[i], falseType.elements[i])}`;
    }
    const trueName = friendlyTypeName(trueType);
    const falseName = friendlyTypeName(falseType);
    if (trueName === falseName)
        return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
    return `The 'true' value is ${trueName}, but the 'false' value is ${falseName}`;
}
/** unify over the values' own types (the function library's name for it). */
const unifyValues = (values) => unify(values.map(typeOfValue));
/** The function library's names for typeOfValue and unify. */



/***/ }),

/***/ 2117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ STRING),
/* harmony export */   C6: () => (/* binding */ convert),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   HX: () => (/* binding */ BOOL),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Lv: () => (/* binding */ isList),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   Xy: () => (/* binding */ objectOf),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   lu: () => (/* binding */ valuesEqual),
/* harmony export */   s4: () => (/* binding */ setOf),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   um: () => (/* binding */ numberToString),
/* harmony export */   x4: () => (/* binding */ ANY),
/* harmony export */   zx: () => (/* binding */ ConversionError)
/* harmony export */ });
/* unused harmony export typeString */
/* harmony import */ var _unify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2595);
// HCL2 values as plain JavaScript, the shape cty gives them where Packer templates can tell:
// null, booleans, numbers, strings, lists (tuples, lists and sets alike: arrays) and objects (maps
// and objects alike: plain objects). Sets are arrays without duplicates in cty's order; objects are
// read in cty's order, lexical by key (see entriesOf), whatever order JavaScript keeps them in.
// Type constraints (`type = list(string)`) and conversion follow cty's convert package.

const STRING = { kind: 'string' };
const NUMBER = { kind: 'number' };
const BOOL = { kind: 'bool' };
const ANY = { kind: 'any' };
const isList = (value) => Array.isArray(value);
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** Go's string order: by UTF-8 bytes, which is code point order (JavaScript's < compares UTF-16 units). */
function compareStrings(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const left = a.codePointAt(i);
        const right = b.codePointAt(j);
        if (left !== right)
            return left - right;
        i += left > 0xffff ? 2 : 1;
        j += right > 0xffff ? 2 : 1;
    }
    return a.length - i - (b.length - j);
}
/** cty's order of keys: lexical by UTF-8 bytes. */
const sortedKeys = (object) => Object.keys(object).sort(compareStrings);
/** An object's entries in cty's order: what `for`, keys(), values() and jsonencode see. */
const entriesOf = (object) => sortedKeys(object).map(key => [key, object[key]]);
/** A fresh object from entries; `null` prototype so a key like `__proto__` is just a key. */
function objectOf(entries) {
    const object = Object.create(null);
    for (const [key, value] of entries)
        object[key] = value;
    return object;
}
/** How HCL names a value's type in messages: string, number, bool, tuple, object, null. */
function typeName(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return 'string';
    if (typeof value === 'number')
        return 'number';
    if (typeof value === 'boolean')
        return 'bool';
    return Array.isArray(value) ? 'tuple' : 'object';
}
/** How a type constraint reads in messages: list(string), object({name=string}). */
function typeString(type) {
    switch (type.kind) {
        case 'list':
        case 'set':
        case 'map':
            return `${type.kind}(${typeString(type.element)})`;
        case 'tuple':
            return `tuple([${type.elements.map(typeString).join(', ')}])`;
        case 'object':
            return `object({${Object.keys(type.attributes)
                .map(key => `${key}=${typeString(type.attributes[key])}`)
                .join(', ')}})`;
        default:
            return type.kind;
    }
}
/** A value that does not fit a type; `path` names where inside it (`[2].name`), empty at the top. */
class ConversionError extends Error {
    detail;
    path;
    constructor(detail, path = '') {
        super(path === '' ? detail : `${path}: ${detail}`);
        this.detail = detail;
        this.path = path;
        this.name = 'ConversionError';
    }
}
/** How cty writes a number as a string: no exponent, no trailing zeros ("1.5", "1000000", "-0.25"). */
function numberToString(value) {
    if (Number.isInteger(value) && Math.abs(value) < 1e21)
        return BigInt(value).toString();
    const text = String(value);
    if (!/e/i.test(text))
        return text;
    return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Converts `value` to `type` as cty does (strings to numbers and bools and back), or throws a ConversionError. */
function convert(value, type, path = '') {
    if (value === null || type.kind === 'any')
        return value;
    const fail = (expected) => {
        throw new ConversionError(`${expected} required, but have ${typeName(value)}`, path);
    };
    switch (type.kind) {
        case 'string':
            if (typeof value === 'string')
                return value;
            if (typeof value === 'number')
                return numberToString(value);
            if (typeof value === 'boolean')
                return value ? 'true' : 'false';
            return fail('string');
        case 'number':
            if (typeof value === 'number')
                return value;
            if (typeof value === 'string') {
                if (NUMBER_TEXT.test(value.trim()) && value.trim() === value)
                    return Number(value);
                throw new ConversionError(`a number is required, but have string ${JSON.stringify(value)}`, path);
            }
            return fail('number');
        case 'bool':
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === '1')
                return true;
            if (value === 'false' || value === '0')
                return false;
            if (typeof value === 'string')
                throw new ConversionError(`a bool is required, but have string ${JSON.stringify(value)}`, path);
            return fail('bool');
        case 'list':
        case 'set': {
            if (!isList(value))
                return fail(type.kind);
            const element = elementType(value, type, path);
            const items = value.map((item, index) => convert(item, element, `${path}[${index}]`));
            return type.kind === 'set' ? setOf(items) : items;
        }
        case 'tuple': {
            if (!isList(value))
                return fail('tuple');
            if (value.length !== type.elements.length)
                throw new ConversionError(`tuple required with ${type.elements.length} elements, but have ${value.length}`, path);
            return value.map((item, index) => convert(item, type.elements[index], `${path}[${index}]`));
        }
        case 'map': {
            if (!isObject(value))
                return fail('map');
            const element = elementType(Object.values(value), type, path);
            return objectOf(entriesOf(value).map(([key, item]) => [key, convert(item, element, `${path}.${key}`)]));
        }
        case 'object': {
            if (!isObject(value))
                return fail('object');
            const optional = type.optional ?? {};
            return objectOf(Object.entries(type.attributes).map(([key, attributeType]) => {
                if (!(key in value)) {
                    if (key in optional)
                        return [
                            key,
                            optional[key].default === undefined
                                ? null
                                : convert(optional[key].default, attributeType, `${path}.${key}`)
                        ];
                    throw new ConversionError(`attribute "${key}" is required`, path);
                }
                return [key, convert(value[key], attributeType, `${path}.${key}`)];
            }));
        }
    }
}
/**
 * The element type a collection converts its elements to: the declared one, or for list(any), set(any)
 * and map(any) the type all elements unify to, as in cty (["a", 1] as list(any) is ["a", "1"]).
 */
function elementType(items, type, path) {
    if (type.element.kind !== 'any' || items.length === 0)
        return type.element;
    const unified = (0,_unify_js__WEBPACK_IMPORTED_MODULE_0__/* .unify */ .QF)(items.map(_unify_js__WEBPACK_IMPORTED_MODULE_0__/* .typeOfValue */ .x6));
    if (unified === undefined)
        throw new ConversionError(`all ${type.kind} elements must have the same type`, path);
    return unified;
}
/** Deep equality, as HCL's `==` compares (a number and a string are never equal). */
function valuesEqual(a, b) {
    if (a === b)
        return true;
    if (isList(a) && isList(b))
        return a.length === b.length && a.every((item, index) => valuesEqual(item, b[index]));
    if (isObject(a) && isObject(b)) {
        const keys = sortedKeys(a);
        const otherKeys = sortedKeys(b);
        return (keys.length === otherKeys.length &&
            keys.every((key, index) => key === otherKeys[index] && valuesEqual(a[key], b[key])));
    }
    return false;
}
/** A set: duplicates removed, in cty's order (strings lexical, numbers ascending, others as first seen). */
function setOf(items) {
    const unique = [];
    for (const item of items)
        if (!unique.some(seen => valuesEqual(seen, item)))
            unique.push(item);
    if (unique.every(item => typeof item === 'string'))
        return unique.sort(compareStrings);
    if (unique.every(item => typeof item === 'number'))
        return unique.sort((a, b) => a - b);
    return unique;
}


/***/ })

};
