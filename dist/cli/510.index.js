let id = 510;

let ids = [ 510 ];

let modules = {
    6896: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            G5: () => command,
            lq: () => _ep0,
            yt: () => _mw0
        });
        __webpack_exports__ = __webpack_require__(2658);
        var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
        __webpack_require__ = __webpack_require__(2805);
        let command = (0, __webpack_exports__.makeBuilder)(__webpack_require__.S, "AmazonSSM", "SSMClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
        let _ep0 = {};
        let _mw0 = (Command, cs, config, o) => [];
    },
    3773: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            l: () => GetParameterCommand
        });
        __webpack_exports__ = __webpack_require__(6896);
        __webpack_require__ = __webpack_require__(9060);
        class GetParameterCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "GetParameter", __webpack_require__.unS) {}
    },
    5510: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            AMAZON_AMI_OUTPUT_TYPE: () => AMAZON_AMI_OUTPUT_TYPE,
            AMAZON_PARAMETERSTORE_OUTPUT_TYPE: () => AMAZON_PARAMETERSTORE_OUTPUT_TYPE,
            AMAZON_SECRETSMANAGER_OUTPUT_TYPE: () => AMAZON_SECRETSMANAGER_OUTPUT_TYPE,
            DATA_SOURCES: () => DATA_SOURCES,
            UNKNOWN: () => UNKNOWN,
            amazonAmi: () => amazonAmi,
            amazonParameterStore: () => amazonParameterStore,
            amazonSecretsManager: () => amazonSecretsManager,
            describeCall: () => describeCall,
            fetchSecret: () => async function fetchSecret(request, clients, context = {}) {
                var [ request ] = await fetchSecrets([ request ], clients, context);
                return request;
            },
            fetchSecrets: () => fetchSecrets,
            isDataSourceType: () => isDataSourceType,
            mockAmazonAmiOutputs: () => mockAmazonAmiOutputs,
            mockAmazonParameterStoreOutputs: () => mockAmazonParameterStoreOutputs,
            mockAmazonSecretsManagerOutputs: () => mockAmazonSecretsManagerOutputs,
            plainMap: () => plainMap,
            readAmazonAmi: () => readAmazonAmi,
            readAmazonParameterStore: () => readAmazonParameterStore,
            readAmazonSecretsManager: () => readAmazonSecretsManager,
            regionFor: () => regionFor,
            resolveAmazonAmi: () => resolveAmazonAmi,
            resolveAmazonParameterStore: () => resolveAmazonParameterStore,
            resolveAmazonSecretsManager: () => resolveAmazonSecretsManager,
            secretError: () => secretError
        });
        var find_image = __webpack_require__(4514);
        var retry = __webpack_require__(2495);
        __webpack_exports__ = __webpack_require__(2117);
        var access_options = __webpack_require__(8415);
        var image_filter = __webpack_require__(7156);
        var errors = __webpack_require__(3916);
        let UNKNOWN = "<unknown>";
        function regionFor(access, clients, context, operation) {
            access = access.region ?? clients.defaultRegion;
            if (void 0 !== access) return access;
            throw new errors.dP({
                operation: operation,
                doing: context.address + `: no region to read from`,
                hint: "Set region in the data block, or AWS_REGION in the environment"
            });
        }
        function plainMap(entries) {
            var map = Object.create(null);
            for (var [ key, value ] of entries) map[key] = value;
            return map;
        }
        let AMAZON_AMI_OUTPUT_TYPE = {
            kind: "object",
            attributes: {
                id: __webpack_exports__.An,
                name: __webpack_exports__.An,
                creation_date: __webpack_exports__.An,
                owner: __webpack_exports__.An,
                owner_name: __webpack_exports__.An,
                tags: {
                    kind: "map",
                    element: __webpack_exports__.An
                }
            }
        };
        function readAmazonAmi(options) {
            options.checkKeys([ ...access_options.I_, ...image_filter.u ], access_options.OP, "amazon-ami data source");
            return {
                access: (0, access_options.hM)(options),
                ...(0, image_filter.I)(options)
            };
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
            var region = regionFor(config.access, clients, context, "DescribeImages");
            let ec2 = clients.ec2(region, config.access);
            clients = await (0, find_image.yg)(command => (0, retry.Wh)(ec2.send(command, {
                abortSignal: context.signal
            }), context.signal), config, {
                what: context.address,
                region: region
            }).catch(error => {
                throw context.signal?.aborted ? context.signal.reason : error;
            });
            return {
                id: clients.ImageId ?? "",
                name: clients.Name ?? "",
                creation_date: clients.CreationDate ?? "",
                owner: clients.OwnerId ?? "",
                owner_name: clients.ImageOwnerAlias ?? "",
                tags: plainMap((clients.Tags ?? []).map(tag => [ tag.Key ?? "", tag.Value ?? "" ]))
            };
        }
        let amazonAmi = {
            type: "amazon-ami",
            read: readAmazonAmi,
            outputType: AMAZON_AMI_OUTPUT_TYPE,
            mockOutputs: mockAmazonAmiOutputs,
            resolve: resolveAmazonAmi
        };
        var GetParameterCommand = __webpack_require__(3773);
        var aws_errors = __webpack_require__(9378);
        let AMAZON_PARAMETERSTORE_OUTPUT_TYPE = {
            kind: "object",
            attributes: {
                value: __webpack_exports__.An,
                version: __webpack_exports__.An,
                arn: __webpack_exports__.An
            }
        };
        function readAmazonParameterStore(options) {
            options.checkKeys([ ...access_options.I_, "name", "with_decryption" ], access_options.OP, "amazon-parameterstore data source");
            return {
                access: (0, access_options.hM)(options),
                name: options.requiredString("name", "is required: the name of the parameter to read"),
                withDecryption: options.bool("with_decryption") ?? false
            };
        }
        function mockAmazonParameterStoreOutputs() {
            return {
                value: UNKNOWN,
                version: UNKNOWN,
                arn: UNKNOWN
            };
        }
        async function resolveAmazonParameterStore(config, clients, context) {
            var operation = "GetParameter";
            let region = regionFor(config.access, clients, context, operation);
            clients = clients.ssm(region, config.access);
            let signal = context.signal;
            clients = (await (0, retry.Wh)(clients.send(new GetParameterCommand.l({
                Name: config.name,
                WithDecryption: config.withDecryption
            }), {
                abortSignal: signal
            }), signal).catch(error => {
                if (signal?.aborted) throw signal.reason;
                throw function parameterError(error, name, region, address) {
                    var code = (0, aws_errors.CA)(error);
                    if ("ParameterNotFound" === code) return new errors.dP({
                        operation: "GetParameter",
                        doing: address + `: The parameter name "${name}" not found in ` + region,
                        resource: name,
                        hint: "Check the name and the region (each region has its own parameters)"
                    });
                    if ("ParameterVersionNotFound" === code) return new errors.dP({
                        operation: "GetParameter",
                        doing: address + `: The parameter version "${name}" not found in ` + region,
                        resource: name,
                        hint: "Check the version after the colon; GetParameterHistory lists the versions there are"
                    });
                    return new errors.dP({
                        operation: "GetParameter",
                        doing: address + `: reading parameter "${name}" in ` + region,
                        resource: name,
                        cause: error,
                        hint: "AccessDeniedException" === code ? "Allow ssm:GetParameter on the parameter (and kms:Decrypt on its key for a SecureString with with_decryption)" : void 0
                    });
                }(error, config.name, region, context.address);
            })).Parameter;
            if (void 0 === clients?.Value) throw new errors.dP({
                operation: operation,
                doing: `${context.address}: SSM answered no value for parameter "${config.name}" in ` + region
            });
            if ("SecureString" === clients.Type) context.secret?.(clients.Value);
            return {
                value: clients.Value,
                version: String(clients.Version ?? ""),
                arn: clients.ARN ?? ""
            };
        }
        let amazonParameterStore = {
            type: "amazon-parameterstore",
            read: readAmazonParameterStore,
            outputType: AMAZON_PARAMETERSTORE_OUTPUT_TYPE,
            mockOutputs: mockAmazonParameterStoreOutputs,
            resolve: resolveAmazonParameterStore
        };
        var client = __webpack_require__(2658);
        var endpoints = __webpack_require__(2085);
        var EndpointParameters = __webpack_require__(479);
        client = (0, client.makeBuilder)(EndpointParameters.S, "secretsmanager", "SecretsManagerClient", endpoints.getEndpointPlugin);
        EndpointParameters = (Command, cs, config, o) => [];
        endpoints = __webpack_require__(5988);
        class GetSecretValueCommand extends client({}, EndpointParameters, "GetSecretValue", endpoints.sD) {}
        function secretContent(text) {
            let parsed;
            try {
                parsed = JSON.parse(text);
            } catch {
                return {
                    kind: "text"
                };
            }
            if (null !== parsed && "object" === typeof parsed && !Array.isArray(parsed)) return {
                kind: "object",
                fields: Object.entries(parsed)
            };
            return {
                kind: "other-json",
                what: jsonKind(parsed)
            };
        }
        function fieldText(value) {
            if ("string" === typeof value) return {
                text: value
            };
            if ("number" === typeof value) return {
                text: goWholeNumber(value)
            };
            return {
                unsupported: jsonKind(value)
            };
        }
        function goWholeNumber(value) {
            var floor = Math.floor(value);
            value -= floor;
            value = value > .5 || .5 === value && floor % 2 !== 0 ? floor + 1 : floor;
            return BigInt(value).toString();
        }
        function sensitiveParts(text) {
            let parts = [ text ];
            let visit = value => {
                if ("string" === typeof value) parts.push(value); else if ("number" === typeof value) parts.push(String(value), goWholeNumber(value)); else if (Array.isArray(value)) value.forEach(visit); else if (null !== value && "object" === typeof value) Object.values(value).forEach(visit);
            };
            text = secretContent(text);
            if ("object" === text.kind) text.fields.forEach(([ , value ]) => visit(value));
            return [ ...new Set(parts) ].filter(part => "" !== part);
        }
        function jsonKind(value) {
            if (null === value) return "null";
            if (Array.isArray(value)) return "a list";
            if ("object" === typeof value) return "an object";
            if ("boolean" === typeof value) return "a boolean";
            if ("number" === typeof value) return "a number";
            return "a string";
        }
        let AMAZON_SECRETSMANAGER_OUTPUT_TYPE = {
            kind: "object",
            attributes: {
                value: __webpack_exports__.An,
                secret_string: __webpack_exports__.An,
                secret_binary: __webpack_exports__.An,
                version_id: __webpack_exports__.An
            }
        };
        function readAmazonSecretsManager(options) {
            options.checkKeys([ ...access_options.I_, "name", "key", "version_id", "version_stage" ], access_options.OP, "amazon-secretsmanager data source");
            return {
                access: (0, access_options.hM)(options),
                name: options.requiredString("name", "is required: the name or ARN of the secret to read"),
                key: options.string("key"),
                versionId: options.string("version_id"),
                versionStage: options.string("version_stage") ?? "AWSCURRENT"
            };
        }
        function mockAmazonSecretsManagerOutputs() {
            return {
                value: UNKNOWN,
                secret_string: UNKNOWN,
                secret_binary: UNKNOWN,
                version_id: UNKNOWN
            };
        }
        async function resolveAmazonSecretsManager(config, clients, context) {
            let region = regionFor(config.access, clients, context, "GetSecretValue");
            let version = config.versionId ?? config.versionStage;
            let signal = context.signal;
            clients = await (0, retry.Wh)(clients.secretsManager(region, config.access).send(new GetSecretValueCommand({
                SecretId: config.name,
                ...void 0 !== config.versionId ? {
                    VersionId: config.versionId
                } : {
                    VersionStage: config.versionStage
                }
            }), {
                abortSignal: signal
            }), signal).catch(error => {
                if (signal?.aborted) throw signal.reason;
                throw secretError(error, `${context.address}: Secrets Manager Secret "${config.name}" Version "${version}"`, region);
            });
            var secretString = clients.SecretString ?? "";
            var secretBinary = clients.SecretBinary ? Buffer.from(clients.SecretBinary).toString("utf8") : "";
            for (var part of [ ...sensitiveParts(secretString), secretBinary ]) if ("" !== part) context.secret?.(part);
            return {
                value: function amazon_secretsmanager_valueOf(secretString, config, context) {
                    var content = secretContent(secretString);
                    var fail = detail => new errors.dP({
                        operation: "GetSecretValue",
                        doing: `${context.address}: secret "${config.name}" ` + detail,
                        hint: "Read it whole through secret_string, or store the value as a string"
                    });
                    if ("text" === content.kind) return secretString;
                    if ("other-json" === content.kind) throw fail(`is JSON but ${content.what}, not an object of keys`);
                    secretString = void 0 === config.key ? content.fields[0] : content.fields.find(([ name ]) => name === config.key);
                    if (void 0 === secretString) {
                        if (void 0 !== config.key) context.warn?.(`${context.address}: secret "${config.name}" has no key "${config.key}": value is empty (as in Packer)`);
                        return "";
                    }
                    content = fieldText(secretString[1]);
                    if ("unsupported" in content) throw fail(`holds ${content.unsupported} under key "${secretString[0]}": only strings and numbers can be read as value`);
                    return content.text;
                }(secretString, config, context),
                secret_string: secretString,
                secret_binary: secretBinary,
                version_id: clients.VersionId ?? ""
            };
        }
        function secretError(error, what, region) {
            var code = (0, aws_errors.CA)(error);
            var deleted = "InvalidRequestException" === code && /deleted|marked for deletion/i.test((0, 
            errors.bD)(error));
            if ("ResourceNotFoundException" === code || deleted) return new errors.dP({
                operation: "GetSecretValue",
                doing: what + ` not found in ` + region,
                hint: deleted ? "The secret is deleted or scheduled for deletion: restore it, or read another" : "Check the name, the version and the region (each region has its own secrets)"
            });
            return new errors.dP({
                operation: "GetSecretValue",
                doing: what + `: reading it in ` + region,
                cause: error,
                hint: "AccessDeniedException" === code ? "Allow secretsmanager:GetSecretValue on the secret (and kms:Decrypt on its key if it is not the default one)" : void 0
            });
        }
        let amazonSecretsManager = {
            type: "amazon-secretsmanager",
            read: readAmazonSecretsManager,
            outputType: AMAZON_SECRETSMANAGER_OUTPUT_TYPE,
            mockOutputs: mockAmazonSecretsManagerOutputs,
            resolve: resolveAmazonSecretsManager
        };
        function describeCall(request) {
            var name = JSON.stringify(request.name);
            if (request.raw) return `aws_secretsmanager_raw(${name})`;
            return `aws_secretsmanager(${name}, ${null == request.key ? "null" : JSON.stringify(request.key)})`;
        }
        async function fetchSecrets(requests, clients, context = {}) {
            let strings = new Map();
            for (var request of requests) if (!strings.has(request.name)) strings.set(request.name, async function readString(request, clients, context) {
                let call = describeCall(request);
                let region = clients.defaultRegion;
                if (void 0 === region) throw new errors.dP({
                    operation: "GetSecretValue",
                    doing: call + `: no region to read the secret from`,
                    hint: "Set AWS_REGION in the environment (the function reads the environment region, as in Packer)"
                });
                let signal = context.signal;
                clients = await (0, retry.Wh)(clients.secretsManager(region, {
                    credentials: {}
                }).send(new GetSecretValueCommand({
                    SecretId: request.name,
                    VersionStage: "AWSCURRENT"
                }), {
                    abortSignal: signal
                }), signal).catch(error => {
                    if (signal?.aborted) throw signal.reason;
                    throw secretError(error, `${call}: secret "${request.name}"`, region);
                });
                if (void 0 === clients.SecretString) throw new errors.dP({
                    operation: "GetSecretValue",
                    doing: `${call}: secret "${request.name}" holds a binary value, not a string`,
                    hint: 'Read it with data "amazon-secretsmanager" (its secret_binary output)'
                });
                for (var part of sensitiveParts(clients.SecretString)) context.secret?.(part);
                return clients.SecretString;
            }(request, clients, context));
            requests = await Promise.allSettled(requests.map(r => strings.get(r.name).then(s => function aws_secretsmanager_valueOf(request, secretString) {
                var content = secretContent(secretString);
                if (request.raw || "text" === content.kind) return secretString;
                let call = describeCall(request);
                secretString = (detail, hint) => new errors.dP({
                    operation: "GetSecretValue",
                    doing: `${call}: secret "${request.name}" ` + detail,
                    hint: hint
                });
                if ("other-json" === content.kind) throw secretString(`is JSON but ${content.what}, not an object of keys`, "Read it whole with aws_secretsmanager_raw");
                if (null == request.key && content.fields.length > 1) throw secretString(`has ${content.fields.length} keys and no key was given`, "Name the key: aws_secretsmanager(name, key), or read it whole with aws_secretsmanager_raw");
                let key = request.key ?? "";
                content = null == request.key ? content.fields[0] : content.fields.find(([ name ]) => name === key);
                if (void 0 === content) throw secretString(`has no key ` + JSON.stringify(key), "Check the key; keys are case-sensitive");
                var text = fieldText(content[1]);
                if ("unsupported" in text) throw secretString(`holds ${text.unsupported} under key ${JSON.stringify(content[0])}: only strings and numbers can be read`, "Read it whole with aws_secretsmanager_raw and decode it with jsondecode");
                return text.text;
            }(r, s))));
            return requests.map(outcome => {
                if ("rejected" === outcome.status) throw outcome.reason;
                return outcome.value;
            });
        }
        let DATA_SOURCES = {
            "amazon-ami": amazonAmi,
            "amazon-parameterstore": amazonParameterStore,
            "amazon-secretsmanager": amazonSecretsManager
        };
        let isDataSourceType = type => Object.hasOwn(DATA_SOURCES, type);
    },
    2595: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            QF: () => unify,
            _e: () => function describeMismatch(trueType, falseType) {
                if ("object" === trueType.kind && "object" === falseType.kind) {
                    for (var name of Object.keys(trueType.attributes).sort()) {
                        if (!(name in falseType.attributes)) return `The 'true' value includes object attribute "${name}", which is absent in the 'false' value`;
                        if (!typesEqual(trueType.attributes[name], falseType.attributes[name])) return `Type mismatch for object attribute "${name}": ` + describeMismatch(trueType.attributes[name], falseType.attributes[name]);
                    }
                    for (let name of Object.keys(falseType.attributes).sort()) if (!(name in trueType.attributes)) return `The 'false' value includes object attribute "${name}", which is absent in the 'true' value`;
                }
                if ("tuple" === trueType.kind && "tuple" === falseType.kind) {
                    if (trueType.elements.length !== falseType.elements.length) return `The 'true' tuple has length ${trueType.elements.length}, but the 'false' tuple has length ` + falseType.elements.length;
                    for (let i = 0; i < trueType.elements.length; i++) if (!typesEqual(trueType.elements[i], falseType.elements[i])) return `Type mismatch for tuple element ${i}: ` + describeMismatch(trueType.elements[i], falseType.elements[i]);
                }
                let trueName = friendlyTypeName(trueType);
                let falseName = friendlyTypeName(falseType);
                if (trueName === falseName) return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
                return `The 'true' value is ${trueName}, but the 'false' value is ` + falseName;
            },
            _t: () => unifyValues,
            f3: () => unify,
            x6: () => typeOfValue
        });
        let ANY = {
            kind: "any"
        };
        function typeOfValue(value) {
            if (null === value) return ANY;
            if ("string" === typeof value) return {
                kind: "string"
            };
            if ("number" === typeof value) return {
                kind: "number"
            };
            if ("boolean" === typeof value) return {
                kind: "bool"
            };
            if (Array.isArray(value)) return {
                kind: "tuple",
                elements: value.map(typeOfValue)
            };
            var object = value;
            var attributes = {};
            for (var key of Object.keys(object).sort()) attributes[key] = typeOfValue(object[key]);
            return {
                kind: "object",
                attributes: attributes
            };
        }
        function typesEqual(a, b) {
            if (a.kind !== b.kind) return false;
            switch (a.kind) {
              case "list":
              case "set":
              case "map":
                return typesEqual(a.element, b.element);

              case "tuple":
                {
                    let other = b;
                    return a.elements.length === other.elements.length && a.elements.every((type, i) => typesEqual(type, other.elements[i]));
                }

              case "object":
                {
                    let other = b;
                    var keys = Object.keys(a.attributes).sort();
                    let otherKeys = Object.keys(other.attributes).sort();
                    return keys.length === otherKeys.length && keys.every((key, i) => key === otherKeys[i] && typesEqual(a.attributes[key], other.attributes[key]));
                }

              default:
                return true;
            }
        }
        let isPrimitive = type => "string" === type.kind || "number" === type.kind || "bool" === type.kind;
        function unify(types) {
            if (0 === types.length) return;
            if (types.every(type => typesEqual(type, types[0]))) return types[0];
            var concrete = types.filter(type => "any" !== type.kind);
            var kinds = new Set(concrete.map(type => type.kind));
            var structural = [ ...kinds ].filter(kind => "string" !== kind && "number" !== kind && "bool" !== kind);
            if (structural.length > 0) {
                if (concrete.length !== types.length) return 1 === kinds.size ? ANY : void 0;
                if (kinds.size !== structural.length) return;
                if (structural.every(kind => "tuple" === kind || "list" === kind)) return function unifySequences(types) {
                    let tuples = types.filter(type => "tuple" === type.kind);
                    if (tuples.length === types.length && tuples.every(type => type.elements.length === tuples[0].elements.length)) {
                        var elements = [];
                        for (let i = 0; i < tuples[0].elements.length; i++) {
                            var element = unify(tuples.map(type => type.elements[i]));
                            if (void 0 === element) return;
                            elements.push(element);
                        }
                        return {
                            kind: "tuple",
                            elements: elements
                        };
                    }
                    return unifyElements(types.flatMap(type => "tuple" === type.kind ? type.elements : [ type.element ]), "list");
                }(concrete);
                if (structural.every(kind => "object" === kind || "map" === kind)) return function unifyMappings(types) {
                    var objects = types.filter(type => "object" === type.kind);
                    let keys = objects.length > 0 ? Object.keys(objects[0].attributes).sort().join("\0") : "";
                    if (objects.length === types.length && objects.every(type => Object.keys(type.attributes).sort().join("\0") === keys)) {
                        var attributes = {};
                        for (let key of Object.keys(objects[0].attributes)) {
                            var attribute = unify(objects.map(type => type.attributes[key]));
                            if (void 0 === attribute) return;
                            attributes[key] = attribute;
                        }
                        return {
                            kind: "object",
                            attributes: attributes
                        };
                    }
                    return unifyElements(types.flatMap(type => "object" === type.kind ? Object.values(type.attributes) : [ type.element ]), "map");
                }(concrete);
                if (structural.every(kind => "set" === kind)) return unifyElements(concrete.map(type => type.element), "set");
                return;
            }
            for (let candidate of [ {
                kind: "string"
            }, {
                kind: "number"
            }, {
                kind: "bool"
            }, ANY ]) if (types.some(type => type.kind === candidate.kind) && types.every(type => function converts(from, to) {
                if ("any" === from.kind || "any" === to.kind || typesEqual(from, to)) return true;
                if (isPrimitive(from) && isPrimitive(to)) return "string" === to.kind || "string" === from.kind;
                return false;
            }(type, candidate))) return candidate;
            return;
        }
        function unifyElements(elements, kind) {
            elements = 0 === elements.length ? ANY : unify(elements);
            return void 0 === elements ? void 0 : {
                kind: kind,
                element: elements
            };
        }
        function friendlyTypeName(type) {
            switch (type.kind) {
              case "any":
                return "dynamic";

              case "list":
              case "set":
              case "map":
                return type.kind + ` of ` + friendlyTypeName(type.element);

              default:
                return type.kind;
            }
        }
        let unifyValues = values => unify(values.map(typeOfValue));
    },
    2117: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            An: () => STRING,
            C6: () => function convert(value, type, path = "") {
                if (null === value || "any" === type.kind) return value;
                let fail = expected => {
                    throw new ConversionError(expected + ` required, but have ` + typeName(value), path);
                };
                switch (type.kind) {
                  case "string":
                    if ("string" === typeof value) return value;
                    if ("number" === typeof value) return numberToString(value);
                    if ("boolean" === typeof value) return value ? "true" : "false";
                    return fail("string");

                  case "number":
                    if ("number" === typeof value) return value;
                    if ("string" === typeof value) {
                        if (NUMBER_TEXT.test(value.trim()) && value.trim() === value) return Number(value);
                        throw new ConversionError(`a number is required, but have string ` + JSON.stringify(value), path);
                    }
                    return fail("number");

                  case "bool":
                    if ("boolean" === typeof value) return value;
                    if ("true" === value || "1" === value) return true;
                    if ("false" === value || "0" === value) return false;
                    if ("string" === typeof value) throw new ConversionError(`a bool is required, but have string ` + JSON.stringify(value), path);
                    return fail("bool");

                  case "list":
                  case "set":
                    {
                        if (!isList(value)) return fail(type.kind);
                        let element = elementType(value, type, path);
                        let items = value.map((item, index) => convert(item, element, path + `[${index}]`));
                        return "set" === type.kind ? setOf(items) : items;
                    }

                  case "tuple":
                    if (!isList(value)) return fail("tuple");
                    if (value.length !== type.elements.length) throw new ConversionError(`tuple required with ${type.elements.length} elements, but have ` + value.length, path);
                    return value.map((item, index) => convert(item, type.elements[index], path + `[${index}]`));

                  case "map":
                    {
                        if (!isObject(value)) return fail("map");
                        let element = elementType(Object.values(value), type, path);
                        return objectOf(entriesOf(value).map(([ key, item ]) => [ key, convert(item, element, path + `.` + key) ]));
                    }

                  case "object":
                    {
                        if (!isObject(value)) return fail("object");
                        let optional = type.optional ?? {};
                        return objectOf(Object.entries(type.attributes).map(([ key, attributeType ]) => {
                            if (!(key in value)) {
                                if (key in optional) return [ key, void 0 === optional[key].default ? null : convert(optional[key].default, attributeType, path + `.` + key) ];
                                throw new ConversionError(`attribute "${key}" is required`, path);
                            }
                            return [ key, convert(value[key], attributeType, path + `.` + key) ];
                        }));
                    }
                }
            },
            Gv: () => isObject,
            HX: () => BOOL,
            Kt: () => compareStrings,
            Lv: () => isList,
            Mc: () => entriesOf,
            Mf: () => sortedKeys,
            Xy: () => objectOf,
            go: () => typeName,
            lu: () => valuesEqual,
            s4: () => setOf,
            uk: () => NUMBER,
            um: () => numberToString,
            x4: () => ANY,
            zx: () => ConversionError
        });
        var _unify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2595);
        let STRING = {
            kind: "string"
        };
        let NUMBER = {
            kind: "number"
        };
        let BOOL = {
            kind: "bool"
        };
        let ANY = {
            kind: "any"
        };
        let isList = value => Array.isArray(value);
        let isObject = value => null !== value && "object" === typeof value && !Array.isArray(value);
        function compareStrings(a, b) {
            let i = 0;
            let j = 0;
            for (;i < a.length && j < b.length; ) {
                var left = a.codePointAt(i);
                var right = b.codePointAt(j);
                if (left !== right) return left - right;
                i += left > 65535 ? 2 : 1;
                j += right > 65535 ? 2 : 1;
            }
            return a.length - i - (b.length - j);
        }
        let sortedKeys = object => Object.keys(object).sort(compareStrings);
        let entriesOf = object => sortedKeys(object).map(key => [ key, object[key] ]);
        function objectOf(entries) {
            var object = Object.create(null);
            for (var [ key, value ] of entries) object[key] = value;
            return object;
        }
        function typeName(value) {
            if (null === value) return "null";
            if ("string" === typeof value) return "string";
            if ("number" === typeof value) return "number";
            if ("boolean" === typeof value) return "bool";
            return Array.isArray(value) ? "tuple" : "object";
        }
        class ConversionError extends Error {
            detail;
            path;
            constructor(detail, path = "") {
                super("" === path ? detail : path + `: ` + detail);
                this.detail = detail;
                this.path = path;
                this.name = "ConversionError";
            }
        }
        function numberToString(value) {
            if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
            var text = String(value);
            if (!/e/i.test(text)) return text;
            return value.toLocaleString("en-US", {
                useGrouping: false,
                maximumFractionDigits: 20
            });
        }
        let NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
        function elementType(items, type, path) {
            if ("any" !== type.element.kind || 0 === items.length) return type.element;
            items = (0, _unify_js__WEBPACK_IMPORTED_MODULE_0__.QF)(items.map(_unify_js__WEBPACK_IMPORTED_MODULE_0__.x6));
            if (void 0 === items) throw new ConversionError(`all ${type.kind} elements must have the same type`, path);
            return items;
        }
        function valuesEqual(a, b) {
            if (a === b) return true;
            if (isList(a) && isList(b)) return a.length === b.length && a.every((item, index) => valuesEqual(item, b[index]));
            if (isObject(a) && isObject(b)) {
                var keys = sortedKeys(a);
                let otherKeys = sortedKeys(b);
                return keys.length === otherKeys.length && keys.every((key, index) => key === otherKeys[index] && valuesEqual(a[key], b[key]));
            }
            return false;
        }
        function setOf(items) {
            var unique = [];
            for (let item of items) if (!unique.some(seen => valuesEqual(seen, item))) unique.push(item);
            if (unique.every(item => "string" === typeof item)) return unique.sort(compareStrings);
            if (unique.every(item => "number" === typeof item)) return unique.sort((a, b) => a - b);
            return unique;
        }
    }
};

export {
    id,
    ids,
    modules
};