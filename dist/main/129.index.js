let id = 129;

let ids = [ 129 ];

let modules = {
    8349: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            $U: () => channelSection,
            l4: () => function afterBuildReport(after) {
                if (!after) return {};
                return {
                    channels: channelSection(after.channels, after.channels ? void 0 : after.skipped),
                    retention: after.retention.length ? after.retention.map(retentionSection) : void 0,
                    ssmCalls: after.calls.ssm || void 0
                };
            }
        });
        function channelSection(run, skipped) {
            if (skipped) return {
                channels: [],
                launchTemplates: [],
                skipped: skipped
            };
            if (!run) return;
            return {
                channels: run.updates.map(u => ({
                    channel: u.channel,
                    region: u.region,
                    now: u.ami,
                    before: u.previous,
                    outcome: u.outcome,
                    note: "failed" === u.outcome ? u.warning ?? "failed" : u.reason,
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
                    failed: void 0 !== o.error
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
    },
    7164: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            ci: () => ENDPOINT_VARIABLES,
            xm: () => cachedClients,
            ry: () => clientSettings,
            xe: () => function countCalls(client, onCall) {
                if (counted.has(client)) return client;
                counted.add(client);
                client.middlewareStack.add(next => async args => {
                    onCall();
                    return next(args);
                }, {
                    step: "initialize",
                    name: "buildAmiCallCounter"
                });
                return client;
            },
            y1: () => createEc2Client,
            ut: () => function ec2ClientFactoryWithCredentials(env, log) {
                return cachedClients(createEc2Client, env, log);
            },
            Lo: () => endpointFor
        });
        var EC2Client = __webpack_require__(4601);
        var request_timeouts = __webpack_require__(6585);
        var fromIni = __webpack_require__(7708);
        var defaultProvider = __webpack_require__(9882);
        var submodules_sts = __webpack_require__(1136);
        let REFRESH_MARGIN_MS = 5 * 6e4;
        function credentialsKey(options) {
            return JSON.stringify([ options.accessKey ?? "", options.profile ?? "", options.sharedCredentialsFile ?? "", options.assumeRole ?? null ]);
        }
        let assumed = new Map();
        function clientCredentials(options, sts) {
            var base = function baseCredentials(options) {
                if (options.accessKey && options.secretKey) return {
                    accessKeyId: options.accessKey,
                    secretAccessKey: options.secretKey,
                    sessionToken: options.token
                };
                if (options.profile || options.sharedCredentialsFile) return (0, 
                fromIni.n)({
                    profile: options.profile,
                    filepath: options.sharedCredentialsFile
                });
                return;
            }(options);
            if (!options.assumeRole) return base;
            var key = `${credentialsKey(options)}|${sts.region}|` + (sts.endpoint ?? "");
            let provider = assumed.get(key);
            if (!provider) {
                provider = function assumeRoleProvider(role, base, sts) {
                    let client = new submodules_sts.iM({
                        region: sts.region,
                        endpoint: sts.endpoint,
                        credentials: base,
                        customUserAgent: "build-ami"
                    });
                    let current;
                    let expires = 0;
                    return async () => {
                        if (!current || Date.now() > expires) {
                            let attempt = (async () => {
                                var Credentials = (await client.send(new submodules_sts.QL({
                                    RoleArn: role.roleArn,
                                    RoleSessionName: role.sessionName || `build-ami-` + Date.now(),
                                    ExternalId: role.externalId,
                                    DurationSeconds: role.durationSeconds,
                                    Policy: role.policy,
                                    PolicyArns: role.policyArns.length ? role.policyArns.map(arn => ({
                                        arn: arn
                                    })) : void 0,
                                    Tags: Object.keys(role.tags).length ? Object.entries(role.tags).map(([ Key, Value ]) => ({
                                        Key: Key,
                                        Value: Value
                                    })) : void 0,
                                    TransitiveTagKeys: role.transitiveTagKeys.length ? [ ...role.transitiveTagKeys ] : void 0
                                }))).Credentials;
                                if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`STS AssumeRole for ${role.roleArn} returned no credentials`);
                                return {
                                    accessKeyId: Credentials.AccessKeyId,
                                    secretAccessKey: Credentials.SecretAccessKey,
                                    sessionToken: Credentials.SessionToken,
                                    expiration: Credentials.Expiration
                                };
                            })();
                            current = attempt;
                            attempt.then(c => expires = (c.expiration?.getTime() ?? 1 / 0) - REFRESH_MARGIN_MS, () => {
                                if (current === attempt) current = void 0;
                            });
                        }
                        return current;
                    };
                }(options.assumeRole, base ?? (0, defaultProvider.v6)(), sts);
                assumed.set(key, provider);
            }
            return provider;
        }
        let ENDPOINT_VARIABLES = {
            ec2: "AWS_ENDPOINT_URL_EC2",
            ssm: "AWS_ENDPOINT_URL_SSM",
            secretsmanager: "AWS_ENDPOINT_URL_SECRETS_MANAGER",
            sts: "AWS_ENDPOINT_URL_STS"
        };
        function resolveEndpoint(options, service = "ec2") {
            var env = options.env ?? process.env;
            return options.endpoint || env[ENDPOINT_VARIABLES[service]] || env.AWS_ENDPOINT_URL || void 0;
        }
        function clientSettings(service, options) {
            service = resolveEndpoint(options, service);
            var timeouts = (0, request_timeouts._J)(options.env ?? process.env);
            return {
                endpoint: service,
                timeouts: timeouts,
                config: {
                    region: options.region,
                    endpoint: service,
                    credentials: options.credentials,
                    requestHandler: {
                        connectionTimeout: timeouts.connectionTimeout,
                        requestTimeout: timeouts.requestTimeout,
                        socketTimeout: timeouts.requestTimeout,
                        throwOnRequestTimeout: true
                    },
                    maxAttempts: options.maxAttempts ?? 8,
                    retryMode: "standard",
                    customUserAgent: "build-ami"
                }
            };
        }
        let endpointFor = (service, region, endpoint) => endpoint ?? `https://${service}.${region}.amazonaws.com`;
        function createEc2Client(options) {
            var {
                endpoint,
                timeouts,
                config
            } = clientSettings("ec2", options);
            return (0, request_timeouts.YF)(new EC2Client.g(config), {
                endpoint: endpointFor("ec2", options.region, endpoint),
                timeouts: timeouts,
                log: options.log,
                endpointSettings: `custom_endpoint_ec2, ` + ENDPOINT_VARIABLES.ec2
            });
        }
        function cachedClients(create, env, log) {
            let clients = new Map();
            return (region, endpoint, credentials, maxAttempts) => {
                var key = `${region}|${endpoint ?? ""}|${credentialsKey(credentials)}|` + (maxAttempts ?? "");
                let client = clients.get(key);
                if (!client) {
                    var sts = {
                        region: region,
                        endpoint: resolveEndpoint({
                            env: env
                        }, "sts")
                    };
                    client = create({
                        region: region,
                        endpoint: endpoint,
                        env: env,
                        log: log,
                        maxAttempts: maxAttempts,
                        credentials: clientCredentials(credentials, sts)
                    });
                    clients.set(key, client);
                }
                return client;
            };
        }
        let counted = new WeakSet();
    },
    9378: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            CA: () => errorCode,
            E2: () => isThrottling,
            Uc: () => function describeError(error) {
                var code = errorCode(error);
                error = (0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.bD)(error);
                return code && !error.startsWith(code) ? code + `: ` + error : error;
            },
            c4: () => isNotFound,
            dg: () => function isTransient(error) {
                var code = errorCode(error) ?? "";
                if (/^(RequestLimitExceeded|Throttling|ThrottlingException|InternalError|InternalFailure|ServiceUnavailable|Unavailable)$/.test(code)) return true;
                code = function httpStatus(error) {
                    return error?.$metadata?.httpStatusCode;
                }(error);
                if (void 0 !== code && code >= 500) return true;
                return /ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED|socket hang up/i.test(String(error?.message ?? ""));
            }
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
        function errorCode(error) {
            if (error && "object" === typeof error) return error.Code ?? error.name ?? error.code;
            return;
        }
        let isNotFound = error => /\.NotFound$|NotFound$/.test(errorCode(error) ?? "");
        let isThrottling = error => /^(RequestLimitExceeded|Throttling|ThrottlingException)$/.test(errorCode(error) ?? "");
    },
    6585: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            YF: () => function nameSlowCalls(client, options) {
                client.middlewareStack.add((next, context) => async args => {
                    let operation = context.commandName?.replace(/Command$/, "") ?? "AWS call";
                    let started = Date.now();
                    var report = options.log ? setInterval(() => options.log(`Still waiting for ${operation} from ${options.endpoint}: no answer after ${Math.round((Date.now() - started) / 1e3)}s`), options.timeouts.reportEveryMs) : void 0;
                    report?.unref();
                    try {
                        return await next(args);
                    } catch (error) {
                        if (!timedOut(error)) throw error;
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.MU({
                            what: operation + ` at ` + options.endpoint,
                            afterMs: Date.now() - started,
                            cause: error,
                            hint: `No answer within ${options.timeouts.requestTimeout / 1e3}s per attempt (connection: ${options.timeouts.connectionTimeout / 1e3}s); check the endpoint (${options.endpointSettings ?? "custom_endpoint_ec2, AWS_ENDPOINT_URL_EC2"}) and the network`
                        });
                    } finally {
                        if (report) clearInterval(report);
                    }
                }, {
                    step: "initialize",
                    name: "buildAmiSlowCalls"
                });
                return client;
            },
            _J: () => function requestTimeouts(env) {
                var ms = (name, fallback) => {
                    name = Number(env[name]);
                    return Number.isFinite(name) && name > 0 ? name : fallback;
                };
                return {
                    connectionTimeout: ms("BUILD_AMI_AWS_CONNECT_TIMEOUT_MS", DEFAULT_TIMEOUTS.connectionTimeout),
                    requestTimeout: ms("BUILD_AMI_AWS_RESPONSE_TIMEOUT_MS", DEFAULT_TIMEOUTS.requestTimeout),
                    reportEveryMs: ms("BUILD_AMI_AWS_STILL_WAITING_MS", DEFAULT_TIMEOUTS.reportEveryMs)
                };
            }
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
        let DEFAULT_TIMEOUTS = {
            connectionTimeout: 5e3,
            requestTimeout: 3e4,
            reportEveryMs: 3e4
        };
        let timedOut = error => "TimeoutError" === error?.name || "ETIMEDOUT" === error?.code || /timed out/i.test(error?.message ?? "");
    },
    2495: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            L5: () => async function retry(operation, options) {
                var pause = options.sleep ?? _timers_js__WEBPACK_IMPORTED_MODULE_0__.yy;
                var base = options.baseDelayMs ?? 250;
                var cap = options.maxDelayMs ?? 5e3;
                var random = options.random ?? Math.random;
                var deadline = Date.now() + options.timeoutMs;
                for (let attempt = 1; ;attempt++) try {
                    return await operation();
                } catch (error) {
                    if (!options.retryable(error) || Date.now() >= deadline || options.signal?.aborted) throw error;
                    var delay = Math.min(cap, base * 2 ** (attempt - 1)) * (.5 + random() / 2);
                    options.onRetry?.(error, attempt, delay);
                    await pause(Math.min(delay, Math.max(0, deadline - Date.now())), options.signal);
                }
            },
            Wh: () => function unlessAborted(call, signal) {
                if (!signal) return call;
                if (signal.aborted) {
                    call.catch(() => {});
                    return Promise.reject(signal.reason);
                }
                return new Promise((resolve, reject) => {
                    let onAbort = () => reject(signal.reason);
                    signal.addEventListener("abort", onAbort, {
                        once: true
                    });
                    call.then(value => {
                        signal.removeEventListener("abort", onAbort);
                        resolve(value);
                    }, error => {
                        signal.removeEventListener("abort", onAbort);
                        reject(error);
                    });
                });
            },
            yy: () => _timers_js__WEBPACK_IMPORTED_MODULE_0__.yy
        });
        var _timers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9489);
    },
    3916: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            EA: () => BuildAmiError,
            G: () => InputErrors,
            MU: () => TimeoutError,
            bD: () => messageOf,
            dP: () => AwsOperationError,
            dl: () => ProvisionerError,
            dz: () => InputError,
            e6: () => function inputErrors(errors) {
                return 1 === errors.length ? errors[0] : new InputErrors(errors);
            },
            qN: () => function isBuildAmiError(error) {
                return "object" === typeof error && null !== error && true === error[BRAND];
            },
            uf: () => WaitError,
            yi: () => CommunicatorError,
            zr: () => StepOrderError
        });
        let BRAND = Symbol.for("build-ami.error");
        class BuildAmiError extends Error {
            [BRAND] = true;
            hint;
            constructor(message, details = {}) {
                super(details.hint ? message + `. ` + details.hint : message, void 0 === details.cause ? void 0 : {
                    cause: details.cause
                });
                this.name = new.target.name;
                this.hint = details.hint;
            }
        }
        class InputError extends BuildAmiError {
            file;
            line;
            column;
            field;
            detail;
            constructor(details) {
                var {
                    at,
                    field,
                    detail
                } = details;
                var where = at.file + `:${at.line}:` + at.column;
                super("" === field ? where + `: ` + detail : where + `: ${field}: ` + detail, details);
                this.file = at.file;
                this.line = at.line;
                this.column = at.column;
                this.field = field;
                this.detail = detail;
            }
        }
        class InputErrors extends BuildAmiError {
            errors;
            constructor(errors) {
                errors = [ ...errors ].sort(byPosition);
                super(1 === errors.length ? errors[0].message : errors.length + ` problems in the template:
` + errors.map(error => `  ` + error.message).join("\n"), {
                    cause: errors[0]
                });
                this.errors = errors;
            }
        }
        function byPosition(a, b) {
            if (a.file !== b.file) return a.file < b.file ? -1 : 1;
            return a.line - b.line || a.column - b.column;
        }
        class CommunicatorError extends BuildAmiError {
            target;
            connectionLost;
            constructor(details) {
                super(details.message, details);
                this.target = details.target;
                this.connectionLost = details.connectionLost ?? false;
            }
        }
        class ProvisionerError extends BuildAmiError {
            provisioner;
            script;
            exitCode;
            constructor(details) {
                super(details.provisioner + ` provisioner: ` + details.message, details);
                this.provisioner = details.provisioner;
                this.script = details.script;
                this.exitCode = details.exitCode;
            }
        }
        class AwsOperationError extends BuildAmiError {
            operation;
            resource;
            constructor(details) {
                var cause = details.cause;
                cause = void 0 === cause ? "" : `: ` + (nameOf(cause) && "Error" !== nameOf(cause) ? nameOf(cause) + `: ` : "") + messageOf(cause);
                super(details.operation + `: ` + details.doing + cause, details);
                this.operation = details.operation;
                this.resource = details.resource;
            }
        }
        class WaitError extends BuildAmiError {
            what;
            lastState;
            reason;
            elapsedMs;
            timedOut;
            constructor(details) {
                var {
                    what,
                    lastState,
                    reason,
                    elapsedMs,
                    timedOut
                } = details;
                var seconds = Math.round(elapsedMs / 1e3);
                super(timedOut ? `Timed out after ${seconds}s waiting for ${what}; last state: ` + lastState + (reason ? ` (${reason})` : "") : `Gave up waiting for ${what}: it reached state ${lastState}${reason ? `: ` + reason : ""} after ${seconds}s`, details);
                this.what = what;
                this.lastState = lastState;
                this.reason = reason;
                this.elapsedMs = elapsedMs;
                this.timedOut = timedOut;
            }
        }
        class TimeoutError extends BuildAmiError {
            what;
            afterMs;
            constructor(details) {
                super(details.what + ` did not finish within ` + formatSeconds(details.afterMs), details);
                this.what = details.what;
                this.afterMs = details.afterMs;
            }
        }
        class StepOrderError extends BuildAmiError {
            missing;
            constructor(details) {
                super(details.step + `: needs the ${details.missing}, which an earlier step provides; the build's steps ran out of order`, details);
                this.missing = details.missing;
            }
        }
        let nameOf = err => "object" === typeof err && null !== err && "name" in err ? String(err.name) : void 0;
        let formatSeconds = ms => ms % 1e3 === 0 ? ms / 1e3 + `s` : (ms / 1e3).toFixed(1) + `s`;
        function messageOf(err) {
            if ("object" === typeof err && null !== err && "message" in err) return String(err.message);
            return String(err);
        }
    },
    5376: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            E$: () => completeOrCopyFilter,
            Wz: () => COMPLETE,
            ce: () => completeWith,
            nz: () => async function onlyFinished(ec2For, items, ref) {
                let refs = items.map(ref);
                let finished = new Set(refs.filter(r => r.complete === COMPLETE).map(r => key(r.region, r.id)));
                var wanted = new Map();
                for (var source of refs.map(r => completeSource(r.complete))) {
                    if (!source || finished.has(key(source.region, source.id))) continue;
                    wanted.set(source.region, (wanted.get(source.region) ?? new Set()).add(source.id));
                }
                await Promise.all([ ...wanted.entries() ].map(async ([ region, ids ]) => {
                    var {
                        Images = []
                    } = await ec2For(region).send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.j({
                        Owners: [ "self" ],
                        IncludeDeprecated: true,
                        Filters: [ {
                            Name: "image-id",
                            Values: [ ...ids ]
                        }, {
                            Name: "state",
                            Values: [ "available" ]
                        }, (0, _tags_js__WEBPACK_IMPORTED_MODULE_1__.fB)(_tags_js__WEBPACK_IMPORTED_MODULE_1__.gp.complete, [ COMPLETE ]) ]
                    })).catch(error => {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dP({
                            operation: "DescribeImages",
                            doing: `checking that the images copies were made from (${[ ...ids ].join(", ")}) in ${region} are finished builds'`,
                            cause: error
                        });
                    });
                    for (var image of Images) if (image.ImageId) finished.add(key(region, image.ImageId));
                }));
                return items.filter((_, i) => {
                    i = refs[i];
                    if (i.complete === COMPLETE) return true;
                    i = completeSource(i.complete);
                    return !!i && finished.has(key(i.region, i.id));
                });
            }
        });
        var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1048);
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
        var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9506);
        let COMPLETE = "true";
        let completeWith = (region, imageId) => `with ${region}/` + imageId;
        function completeSource(value) {
            value = /^with ([a-z0-9-]+)\/(ami-[0-9a-f]+)$/.exec(value ?? "");
            return value ? {
                region: value[1],
                id: value[2]
            } : void 0;
        }
        let completeOrCopyFilter = () => (0, _tags_js__WEBPACK_IMPORTED_MODULE_1__.fB)(_tags_js__WEBPACK_IMPORTED_MODULE_1__.gp.complete, [ COMPLETE, "with *" ]);
        let key = (region, id) => region + `/` + id;
    },
    3428: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            DV: () => function codeBlock(lines, info = "text") {
                lines = lines.map(line => stripControl(line).replace(/\r$/, ""));
                var longest = Math.max(0, ...lines.flatMap(line => line.match(/`+/g) ?? []).map(run => run.length));
                longest = "`".repeat(Math.max(3, longest + 1));
                return [ `` + longest + info, ...lines, longest ].join("\n");
            },
            Qq: () => function text(value) {
                return oneLine(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_~[\]#|!]/g, "\\$&");
            },
            aY: () => function code(value) {
                value = oneLine(value);
                if ("" === value) return "";
                var longest = Math.max(0, ...(value.match(/`+/g) ?? []).map(run => run.length));
                longest = "`".repeat(longest + 1);
                var pad = /^`|`$/.test(value) ? " " : "";
                return `` + longest + pad + value + pad + longest;
            },
            nf: () => function link(label, url) {
                return `[${label}](${url.replace(/[\s()<>]/g, encodeURIComponent)})`;
            },
            p0: () => function duration(ms) {
                ms = Math.max(0, ms) / 1e3;
                if (ms < 10) return ms.toFixed(1) + `s`;
                if (ms < 60) return Math.floor(ms) + `s`;
                var two = n => String(Math.floor(n)).padStart(2, "0");
                if (ms < 3600) return `${Math.floor(ms / 60)}m ${two(ms % 60)}s`;
                return `${Math.floor(ms / 3600)}h ${two(ms % 3600 / 60)}m`;
            },
            tp: () => function table(header, rows) {
                var row = cells => `| ${cells.map(cell => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
                return [ row(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(row) ].join("\n");
            },
            xv: () => function truncate(text, max) {
                return text.length <= max ? text : text.slice(0, max - 1) + `…`;
            }
        });
        let ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*(?:\x07|\x1b\\)/g;
        let CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
        function stripControl(text) {
            return text.replace(ANSI, "").replace(CONTROL, "");
        }
        function oneLine(text) {
            return stripControl(text).replace(/\r\n|[\r\n\t]/g, " ");
        }
    },
    8219: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            m: () => function readRunInfo(env = process.env) {
                var serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
                var repository = env.GITHUB_REPOSITORY || "";
                var runId = env.GITHUB_RUN_ID || "";
                var attempt = env.GITHUB_RUN_ATTEMPT;
                return {
                    sha: env.GITHUB_SHA || "",
                    repository: repository,
                    ref: env.GITHUB_REF || "",
                    runId: runId,
                    runUrl: repository && runId ? serverUrl + `/${repository}/actions/runs/` + runId + (attempt ? `/attempts/` + attempt : "") : "",
                    serverUrl: serverUrl,
                    eventName: env.GITHUB_EVENT_NAME || ""
                };
            }
        });
    },
    3724: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            K: () => function readInputs(getInput) {
                var template = getInput("template").trim();
                var lifecycle = function readLifecycleInputs(getInput) {
                    var mode = getInput("mode").trim() || "build";
                    if ("build" !== mode && "promote" !== mode) throw fail("mode", `expected build or promote, found "${mode}"`);
                    var channels = list(getInput("channel"));
                    channels.forEach(checkChannel);
                    var launchTemplate = getInput("launch-template").trim() || void 0;
                    if (launchTemplate && !/^(lt-[0-9a-f]{17}|[a-zA-Z0-9().\-/_]{3,128})$/.test(launchTemplate)) throw fail("launch-template", `expected a launch template name or id (lt-...), found "${launchTemplate}"`);
                    if (launchTemplate && !channels.length) throw fail("launch-template", "needs a channel: the channel records which build is newest and what a rollback returns to");
                    var regions = list(getInput("regions"));
                    for (var region of regions) if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw fail("regions", `"${region}" is not a region name (e.g. eu-west-1)`);
                    var promoteRaw = getInput("promote-to");
                    var keep = positive(getInput, "keep", true);
                    var keepDays = positive(getInput, "keep-days", false);
                    var dryRun = booleanInput(getInput, "retention-dry-run", false);
                    var deprecate = booleanInput(getInput, "deprecate-older", false);
                    if ("promote" === mode) {
                        if (!channels.length) throw fail("channel", "required with mode: promote: the channel to point at another image");
                        for (var name of [ "keep", "keep-days" ]) if (getInput(name).trim()) throw fail(name, "retention runs after a build; it does nothing with mode: promote");
                    } else {
                        if (promoteRaw.trim()) throw fail("promote-to", "only with mode: promote");
                        if (regions.length) throw fail("regions", "only with mode: promote (a build acts in the regions its image is in)");
                    }
                    if ((dryRun || deprecate) && void 0 === keep && void 0 === keepDays) throw fail(dryRun ? "retention-dry-run" : "deprecate-older", "needs keep or keep-days: there is no retention without them");
                    return {
                        mode: mode,
                        channels: channels,
                        launchTemplate: launchTemplate,
                        promoteTo: function readPromoteTarget(raw) {
                            raw = raw.trim();
                            if ("" === raw || "previous" === raw) return {
                                kind: "previous"
                            };
                            if (/^ami-([0-9a-f]{8}|[0-9a-f]{17})$/.test(raw)) return {
                                kind: "ami",
                                amiId: raw
                            };
                            if (/^[0-9a-f]{7,40}$/i.test(raw)) return {
                                kind: "commit",
                                sha: raw.toLowerCase()
                            };
                            throw fail("promote-to", `expected previous, an AMI id (ami-0abc...) or a commit SHA (7 to 40 hex digits), found "${raw}"`);
                        }(promoteRaw),
                        regions: regions,
                        retention: void 0 === keep && void 0 === keepDays ? void 0 : Object.freeze({
                            keep: keep ?? (void 0 === keepDays ? void 0 : 1),
                            keepDays: keepDays,
                            dryRun: dryRun,
                            deprecate: deprecate
                        })
                    };
                }(getInput);
                if (!template && "build" === lifecycle.mode) throw new errors.dz({
                    at: inputLocation("template"),
                    field: "template",
                    detail: "required: the path of a Packer template, e.g. packer/web.pkr.json"
                });
                var only = list(getInput("only"));
                var except = list(getInput("except"));
                if (only.length && except.length) throw new errors.dz({
                    at: inputLocation("only"),
                    field: "only",
                    detail: "only and except exclude each other (as in packer build); give one of them"
                });
                var reuse = getInput("reuse").trim() || "commit";
                if (![ "commit", "fingerprint", "never" ].includes(reuse)) throw new errors.dz({
                    at: inputLocation("reuse"),
                    field: "reuse",
                    detail: `expected commit, fingerprint or never, found "${reuse}"`
                });
                return Object.freeze({
                    ...lifecycle,
                    reuse: reuse,
                    commentOnPr: booleanInput(getInput, "comment-on-pr", true),
                    publicIpLookupUrl: getInput("public-ip-lookup-url").trim(),
                    template: template,
                    variables: function variableLines(raw) {
                        return raw.split("\n").map(l => l.trim()).filter(l => l && !l.startsWith("#"));
                    }(getInput("variables")),
                    varFiles: list(getInput("var-files").replace(/,/g, "\n")),
                    only: only,
                    except: except,
                    workingDirectory: getInput("working-directory").trim() || ".",
                    githubToken: getInput("github-token").trim()
                });
            }
        });
        var errors = __webpack_require__(3916);
        let inputLocation = (name, line = 1) => ({
            file: `input ` + name,
            line: line,
            column: 1
        });
        function list(raw) {
            return raw.split(/[\n,]/).map(s => s.trim()).filter(Boolean);
        }
        function booleanInput(getInput, name, fallback) {
            getInput = getInput(name).trim();
            if ("" === getInput) return fallback;
            if ([ "true", "True", "TRUE" ].includes(getInput)) return true;
            if ([ "false", "False", "FALSE" ].includes(getInput)) return false;
            throw new errors.dz({
                at: inputLocation(name),
                field: name,
                detail: `expected true or false, found "${getInput}"`
            });
        }
        let fail = (name, detail) => new errors.dz({
            at: inputLocation(name),
            field: name,
            detail: detail
        });
        function checkChannel(name) {
            var bare = name.startsWith("/") ? name.slice(1) : name;
            if (!/^[a-zA-Z0-9_.\-/]+$/.test(name) || name.includes("//") || name.endsWith("/") || /^(aws|ssm)/i.test(bare) || name.length > 1011 || bare.includes("/") && !name.startsWith("/")) throw fail("channel", `"${name}" is not a Parameter Store name: letters, digits and . - _, levels separated by / (starting with /), not starting with aws or ssm, e.g. /images/web/prod`);
        }
        function positive(getInput, name, integer) {
            getInput = getInput(name).trim();
            if ("" === getInput) return;
            var value = Number(getInput);
            if (!Number.isFinite(value) || value <= 0 || integer && !Number.isInteger(value)) throw fail(name, `expected a ${integer ? "whole number" : "number"} greater than 0, found "${getInput}"`);
            return value;
        }
    },
    9506: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Ai: () => EC2_LIMITS,
            Ap: () => familyOf,
            CW: () => TEMPORARY_TAG_KEYS,
            Ep: () => function renderTags(tags, data) {
                return Object.fromEntries(Object.entries(tags).map(([ k, v ]) => [ k, tagValue(v.render(data)) ]));
            },
            NS: () => function temporaryTags(run, buildId) {
                return present({
                    [TAGS.buildId]: buildId,
                    [TAGS.runUrl]: run.runUrl
                });
            },
            Q0: () => TRACE_TAG_KEYS,
            TS: () => function traceTags(run, fingerprint, buildId, family) {
                return present({
                    [TAGS.commit]: run.sha,
                    [TAGS.repository]: run.repository,
                    [TAGS.ref]: run.ref,
                    [TAGS.runUrl]: run.runUrl,
                    [TAGS.fingerprint]: fingerprint,
                    [TAGS.buildId]: buildId,
                    [TAGS.family]: family ?? ""
                });
            },
            cO: () => tagOf,
            fB: () => tagFilter,
            gp: () => TAGS,
            iQ: () => imageDescription,
            s3: () => toTagList
        });
        let TAGS = {
            buildId: "build-ami:build-id",
            runUrl: "build-ami:run-url",
            commit: "build-ami:commit",
            repository: "build-ami:repository",
            ref: "build-ami:ref",
            fingerprint: "build-ami:fingerprint",
            family: "build-ami:family",
            complete: "build-ami:complete"
        };
        let tagFilter = (key, values) => ({
            Name: `tag:` + key,
            Values: values
        });
        let tagOf = (resource, key) => resource.Tags?.find(t => t.Key === key)?.Value;
        let toTagList = tags => Object.entries(tags).map(([ Key, Value ]) => ({
            Key: Key,
            Value: Value
        }));
        let EC2_LIMITS = {
            tagKeyLength: 128,
            tagValueLength: 256,
            tagsPerResource: 50,
            descriptionLength: 255
        };
        let TRACE_TAG_KEYS = [ TAGS.commit, TAGS.repository, TAGS.ref, TAGS.runUrl, TAGS.fingerprint, TAGS.buildId, TAGS.family ];
        let TEMPORARY_TAG_KEYS = [ TAGS.buildId, TAGS.runUrl ];
        let ELLIPSIS = "...";
        function shorten(value, limit) {
            var chars = [ ...value ];
            if (chars.length <= limit) return value;
            value = limit - ELLIPSIS.length;
            limit = Math.ceil(value / 2);
            return chars.slice(0, limit).join("") + ELLIPSIS + chars.slice(chars.length - (value - limit)).join("");
        }
        let tagValue = value => shorten(value, EC2_LIMITS.tagValueLength);
        let imageDescription = value => shorten(value, EC2_LIMITS.descriptionLength);
        let present = tags => Object.fromEntries(Object.entries(tags).filter(([ , v ]) => v).map(([ k, v ]) => [ k, tagValue(v) ]));
        let familyOf = (templatePath, buildName) => templatePath.split("\\").join("/") + `:` + buildName;
    },
    9489: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            _: () => function timeoutSignal(ms, timers = nodeTimers) {
                let controller = new AbortController();
                longTimeout(() => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")), ms, {
                    setTimeout: (fn, chunk) => {
                        fn = timers.setTimeout(fn, chunk);
                        fn?.unref?.();
                        return fn;
                    },
                    clearTimeout: handle => timers.clearTimeout(handle)
                });
                return controller.signal;
            },
            yy: () => sleep
        });
        let MAX_TIMER_MS = 2 ** 31 - 1;
        let nodeTimers = {
            setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
            clearTimeout: handle => globalThis.clearTimeout(handle)
        };
        function longTimeout(fn, ms, timers = nodeTimers) {
            let handle;
            let left = Number.isFinite(ms) ? Math.max(0, ms) : 1 / 0;
            let cancelled = false;
            let arm = () => {
                var chunk = Math.min(left, MAX_TIMER_MS);
                left -= chunk;
                handle = timers.setTimeout(() => {
                    if (cancelled) return;
                    if (left > 0) arm(); else fn();
                }, chunk);
            };
            arm();
            return () => {
                cancelled = true;
                timers.clearTimeout(handle);
            };
        }
        let sleep = function sleepWith(timers) {
            return (ms, signal) => new Promise((resolve, reject) => {
                if (signal?.aborted) return reject(signal.reason);
                let onAbort = () => {
                    cancel();
                    reject(signal.reason);
                };
                let cancel = longTimeout(() => {
                    signal?.removeEventListener("abort", onAbort);
                    resolve();
                }, ms, timers);
                signal?.addEventListener("abort", onAbort, {
                    once: true
                });
            });
        }(nodeTimers);
    }
};

export {
    id,
    ids,
    modules
};