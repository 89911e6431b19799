let id = 602;

let ids = [ 602, 354 ];

let modules = {
    9106: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            P: () => DescribeLaunchTemplateVersionsCommand
        });
        __webpack_exports__ = __webpack_require__(8509);
        __webpack_require__ = __webpack_require__(230);
        class DescribeLaunchTemplateVersionsCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "DescribeLaunchTemplateVersions", __webpack_require__.q_Y) {}
    },
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
    7822: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            U: () => function channelOutputs(run, firstChannel, firstRegion) {
                var first = run.updates.filter(u => u.channel === firstChannel);
                var previous = Object.fromEntries(first.flatMap(u => "moved" === u.outcome && u.previous ? [ [ u.region, u.previous ] ] : []));
                var versions = Object.fromEntries(run.launchTemplates.flatMap(o => void 0 !== o.update?.version ? [ [ o.region, o.update.version ] ] : []));
                firstRegion = firstRegion ?? first[0]?.region ?? "";
                return {
                    "previous-ami-id": previous[firstRegion] ?? "",
                    "previous-amis": JSON.stringify(previous),
                    "channel-moved": String(first.some(u => "moved" === u.outcome)),
                    channels: JSON.stringify(run.updates.map(u => ({
                        channel: u.channel,
                        region: u.region,
                        ami: u.ami ?? null,
                        previous: u.previous ?? null,
                        outcome: u.outcome,
                        ...void 0 !== u.version ? {
                            version: u.version
                        } : {}
                    }))),
                    ...run.launchTemplates.length ? {
                        "launch-template-version": void 0 === versions[firstRegion] ? "" : String(versions[firstRegion]),
                        "launch-template-versions": JSON.stringify(versions)
                    } : {}
                };
            }
        });
    },
    9354: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            createSecretsManagerClient: () => createSecretsManagerClient,
            createSsmClient: () => createSsmClient,
            dataSourceClients: () => function dataSourceClients(env, log) {
                let ec2 = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.xm)(_client_js__WEBPACK_IMPORTED_MODULE_0__.y1, env, log);
                let ssm = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.xm)(createSsmClient, env, log);
                let secretsManager = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.xm)(createSecretsManagerClient, env, log);
                let keys = access => access.credentials.accessKey && access.credentials.secretKey || access.credentials.profile || access.credentials.sharedCredentialsFile ? access.credentials : {
                    accessKey: env.AWS_ACCESS_KEY_ID,
                    secretKey: env.AWS_SECRET_ACCESS_KEY,
                    token: env.AWS_SESSION_TOKEN,
                    assumeRole: access.credentials.assumeRole
                };
                return {
                    defaultRegion: env.AWS_REGION || env.AWS_DEFAULT_REGION || void 0,
                    ec2: (region, access) => ec2(region, access.customEndpointEc2, keys(access)),
                    ssm: (region, access) => ssm(region, void 0, keys(access)),
                    secretsManager: (region, access) => secretsManager(region, void 0, keys(access))
                };
            }
        });
        var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3072);
        var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7650);
        var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(658);
        var _proxy_refusal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7404);
        var _request_timeouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6585);
        function createSsmClient(options) {
            var {
                endpoint,
                timeouts,
                config
            } = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.ry)("ssm", options);
            return (0, _request_timeouts_js__WEBPACK_IMPORTED_MODULE_2__.YF)((0, 
            _proxy_refusal_js__WEBPACK_IMPORTED_MODULE_1__.HR)(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__.j(config)), {
                endpoint: (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.Lo)("ssm", options.region, endpoint),
                timeouts: timeouts,
                log: options.log,
                endpointSettings: _client_js__WEBPACK_IMPORTED_MODULE_0__.ci.ssm
            });
        }
        function createSecretsManagerClient(options) {
            var {
                endpoint,
                timeouts,
                config
            } = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.ry)("secretsmanager", options);
            return (0, _request_timeouts_js__WEBPACK_IMPORTED_MODULE_2__.YF)((0, 
            _proxy_refusal_js__WEBPACK_IMPORTED_MODULE_1__.HR)(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__._(config)), {
                endpoint: (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.Lo)("secretsmanager", options.region, endpoint),
                timeouts: timeouts,
                log: options.log,
                endpointSettings: _client_js__WEBPACK_IMPORTED_MODULE_0__.ci.secretsmanager
            });
        }
    },
    6432: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            p: () => function lifecycleClients(env, access, log) {
                let ec2 = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.xm)(_client_js__WEBPACK_IMPORTED_MODULE_0__.y1, env, log);
                let ssm = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__.xm)(_data_source_clients_js__WEBPACK_IMPORTED_MODULE_1__.createSsmClient, env, log);
                let seen = new WeakSet();
                let calls = {
                    ec2: 0,
                    ssm: 0
                };
                return {
                    ec2: region => {
                        var {
                            endpointEc2,
                            credentials
                        } = access(region);
                        return counting(ec2(region, endpointEc2, credentials), seen, () => calls.ec2++);
                    },
                    ssm: region => counting(ssm(region, void 0, access(region).credentials), seen, () => calls.ssm++),
                    calls: () => ({
                        ...calls
                    })
                };
            }
        });
        var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(658);
        var _data_source_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9354);
        function counting(client, seen, onCall) {
            if (seen.has(client)) return client;
            seen.add(client);
            client.middlewareStack.add(next => async args => {
                onCall();
                return next(args);
            }, {
                step: "initialize",
                name: "buildAmiLifecycleCallCounter"
            });
            return client;
        }
    },
    4270: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            n: () => async function followChannel(request, deps) {
                var outcomes = await Promise.all(Object.entries(request.targets).map(async ([ region, ami ]) => {
                    try {
                        var result = await updateLaunchTemplate(deps.clients.ec2(region), {
                            ref: request.ref,
                            region: region,
                            ami: ami,
                            channels: request.channels,
                            description: request.description,
                            clientToken: request.clientToken + `-` + region
                        });
                        if (!result) return {
                            ref: request.ref,
                            region: region,
                            skipped: "none by that name or id there"
                        };
                        deps.log.info(void 0 === result.version ? `Launch template ${result.name} (${result.id}) in ${region}: unchanged, ` + result.unchanged : `Launch template ${result.name} (${result.id}) in ${region}: version ${result.version} with ${ami} is the default (was version ${result.previousVersion}${result.previousImage ? ` with ` + result.previousImage : ""})`);
                        return {
                            ref: request.ref,
                            region: region,
                            update: result
                        };
                    } catch (error) {
                        return {
                            ref: request.ref,
                            region: region,
                            error: (0, src_errors.bD)(error)
                        };
                    }
                }));
                var errors = outcomes.flatMap(o => o.error ? [ o.error ] : []);
                if (outcomes.length && outcomes.every(o => o.skipped)) errors.push(`Launch template ${request.ref} is in none of ${outcomes.map(o => o.region).join(", ")}: check its name or id and its region`); else for (var o of outcomes) if (o.skipped) deps.log.info(`Launch template ${request.ref} in ${o.region}: ` + o.skipped);
                return {
                    outcomes: outcomes,
                    errors: errors
                };
            }
        });
        var src_errors = __webpack_require__(3916);
        __webpack_exports__ = __webpack_require__(8509);
        var schemas_0 = __webpack_require__(230);
        class DescribeLaunchTemplatesCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "DescribeLaunchTemplates", schemas_0._zK) {}
        var DescribeLaunchTemplateVersionsCommand = __webpack_require__(9106);
        class CreateLaunchTemplateVersionCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "CreateLaunchTemplateVersion", schemas_0.yW5) {}
        class ModifyLaunchTemplateCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "ModifyLaunchTemplate", schemas_0.OFV) {}
        var errors = __webpack_require__(9378);
        let DEPLOY_TAG = "build-ami:deploy";
        async function updateLaunchTemplate(ec2, request) {
            let {
                ref,
                region,
                ami
            } = request;
            let fail = (operation, error) => {
                var denied = /UnauthorizedOperation|AccessDenied/.test((0, errors.CA)(error) ?? "");
                throw new src_errors.dP({
                    operation: operation,
                    doing: `giving launch template ${ref} in ${region} a default version with ` + ami,
                    resource: ref,
                    cause: error,
                    hint: denied ? `The documented policy lets the action change only launch templates tagged ${DEPLOY_TAG}=true: tag this one so, if it is meant to follow the channel` : void 0
                });
            };
            var template = await async function findTemplate(ec2, ref) {
                var byId = /^lt-[0-9a-f]{17}$/.test(ref);
                try {
                    var {
                        LaunchTemplates = []
                    } = await ec2.send(new DescribeLaunchTemplatesCommand(byId ? {
                        LaunchTemplateIds: [ ref ]
                    } : {
                        LaunchTemplateNames: [ ref ]
                    }));
                    return LaunchTemplates[0];
                } catch (error) {
                    if (/NotFound/.test((0, errors.CA)(error) ?? "")) return;
                    throw error;
                }
            }(ec2, ref).catch(error => fail("DescribeLaunchTemplates", error));
            if (!template?.LaunchTemplateId) return;
            var id = template.LaunchTemplateId;
            var name = template.LaunchTemplateName ?? ref;
            template = Number(template.DefaultVersionNumber ?? 1);
            var {
                LaunchTemplateVersions = []
            } = await ec2.send(new DescribeLaunchTemplateVersionsCommand.P({
                LaunchTemplateId: id,
                Versions: [ String(template) ]
            })).catch(error => fail("DescribeLaunchTemplateVersions", error));
            let previousImage = LaunchTemplateVersions[0]?.LaunchTemplateData?.ImageId;
            LaunchTemplateVersions = {
                id: id,
                name: name,
                previousVersion: template,
                previousImage: previousImage
            };
            if (previousImage === ami) return {
                ...LaunchTemplateVersions,
                unchanged: `its default version ${template} launches ${ami} already`
            };
            name = request.channels.find(channel => previousImage === `resolve:ssm:` + channel);
            if (name) return {
                ...LaunchTemplateVersions,
                unchanged: `its default version ${template} resolves ${name} at launch, so it follows the channel`
            };
            name = (await ec2.send(new CreateLaunchTemplateVersionCommand({
                LaunchTemplateId: id,
                SourceVersion: String(template),
                LaunchTemplateData: {
                    ImageId: ami
                },
                VersionDescription: request.description.slice(0, 255),
                ClientToken: request.clientToken.slice(0, 64)
            })).catch(error => fail("CreateLaunchTemplateVersion", error))).LaunchTemplateVersion;
            template = Number(name?.VersionNumber);
            await ec2.send(new ModifyLaunchTemplateCommand({
                LaunchTemplateId: id,
                DefaultVersion: String(template)
            })).catch(error => fail("ModifyLaunchTemplate", error));
            return {
                ...LaunchTemplateVersions,
                version: template
            };
        }
    },
    315: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            my: () => async function readChannel(ssm, name, region) {
                var versions = [];
                let token;
                try {
                    do {
                        var page = await ssm.send(new GetParameterHistoryCommand({
                            Name: name,
                            MaxResults: 50,
                            NextToken: token
                        }));
                        for (var p of page.Parameters ?? []) versions.push({
                            version: Number(p.Version ?? 0),
                            value: p.Value ?? "",
                            dataType: p.DataType,
                            record: (0, channels_record.aE)(p.Description, p.Value ?? ""),
                            modified: p.LastModifiedDate
                        });
                        token = page.NextToken;
                    } while (token);
                } catch (error) {
                    if ("ParameterNotFound" === (0, errors.CA)(error)) return {
                        name: name,
                        region: region,
                        versions: []
                    };
                    throw new src_errors.dP({
                        operation: "GetParameterHistory",
                        doing: `reading channel ${name} in ` + region,
                        resource: name,
                        cause: error,
                        hint: denied(error) ? hint("GetParameterHistory", name, region) : void 0
                    });
                }
                versions.sort((a, b) => a.version - b.version);
                return {
                    name: name,
                    region: region,
                    versions: versions,
                    current: versions.at(-1)
                };
            },
            NH: () => async function writeChannel(ssm, channel, record, options = {}) {
                let {
                    name,
                    region
                } = channel;
                channel = channel.existing?.current?.dataType;
                if (channel && channel !== IMAGE_DATA_TYPE) throw new src_errors.dP({
                    operation: "PutParameter",
                    doing: `pointing channel ${name} in ${region} at ` + record.ami,
                    resource: name,
                    hint: `The parameter exists with data type ${channel}, and Parameter Store cannot change a parameter's data type: a channel is an ${IMAGE_DATA_TYPE} parameter (so EC2 checks its value and launch templates can use resolve:ssm:${name}). Delete the parameter or choose another name`
                });
                channel = (await ssm.send(new PutParameterCommand({
                    Name: name,
                    Value: record.ami,
                    Type: "String",
                    DataType: IMAGE_DATA_TYPE,
                    Overwrite: true,
                    Description: (0, channels_record.Iq)(record)
                })).catch(error => {
                    throw new src_errors.dP({
                        operation: "PutParameter",
                        doing: `pointing channel ${name} in ${region} at ` + record.ami,
                        resource: name,
                        cause: error,
                        hint: denied(error) ? hint("PutParameter", name, region) : void 0
                    });
                })).Version;
                channel = Number(channel);
                await async function waitForVersion(ssm, target, options) {
                    var pause = options.sleep ?? retry.yy;
                    var now = options.now ?? Date.now;
                    var deadline = now() + (options.timeoutMs ?? 12e4);
                    for (let delay = 200; ;delay = Math.min(2 * delay, 2e3)) {
                        try {
                            var Parameter = (await ssm.send(new GetParameterCommand.l({
                                Name: target.name + `:` + target.version
                            }))).Parameter;
                            if (Parameter?.Value === target.ami) return;
                        } catch (error) {
                            var code = (0, errors.CA)(error);
                            if ("ParameterVersionNotFound" !== code && "ParameterNotFound" !== code) throw new src_errors.dP({
                                operation: "GetParameter",
                                doing: `checking that channel ${target.name} in ${target.region} took version ` + target.version,
                                resource: target.name,
                                cause: error,
                                hint: denied(error) ? hint("GetParameter", target.name, target.region) : void 0
                            });
                        }
                        if (now() >= deadline) throw new src_errors.dP({
                            operation: "PutParameter",
                            doing: `pointing channel ${target.name} in ${target.region} at ${target.ami}: version ${target.version} never appeared`,
                            resource: target.name,
                            hint: `Parameter Store checks an ${IMAGE_DATA_TYPE} value after accepting the call and drops it if the image does not exist in ${target.region} or the account cannot use it (EventBridge reports why)`
                        });
                        await pause(delay);
                    }
                }(ssm, {
                    name: name,
                    region: region,
                    version: channel,
                    ami: record.ami
                }, options);
                return channel;
            }
        });
        __webpack_exports__ = __webpack_require__(6896);
        var schemas_0 = __webpack_require__(9060);
        class GetParameterHistoryCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "GetParameterHistory", schemas_0.S1c) {}
        class PutParameterCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "PutParameter", schemas_0.t7P) {}
        var GetParameterCommand = __webpack_require__(3773);
        var errors = __webpack_require__(9378);
        var retry = __webpack_require__(2495);
        var src_errors = __webpack_require__(3916);
        var channels_record = __webpack_require__(2519);
        let IMAGE_DATA_TYPE = "aws:ec2:image";
        let hint = (action, name, region) => `Allow ssm:${action} on arn:aws:ssm:${region}:<account>:parameter` + (name.startsWith("/") ? "" : "/") + name;
        let denied = error => /AccessDenied|UnauthorizedOperation/.test((0, errors.CA)(error) ?? "");
    },
    2519: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Iq: () => function recordDescription(record) {
                record = {
                    v: 1,
                    ami: record.ami,
                    by: record.by,
                    commit: record.key?.commit,
                    time: record.key?.time,
                    run: record.key?.run,
                    attempt: record.key?.attempt,
                    workflow: record.key?.workflow?.slice(0, 200),
                    regions: record.regions,
                    from: record.from,
                    imageCommit: record.imageCommit
                };
                var text = PREFIX + JSON.stringify(record);
                return text.length <= MAX_DESCRIPTION ? text : PREFIX + JSON.stringify({
                    ...record,
                    regions: []
                });
            },
            Rx: () => function describeKey(key) {
                var details = [ key.time ? `committed ` + key.time : void 0, void 0 !== key.run ? `run ` + key.run + (key.attempt && key.attempt > 1 ? ` attempt ` + key.attempt : "") : void 0 ].filter(Boolean);
                return `` + key.commit.slice(0, 7) + (details.length ? ` (${details.join(", ")})` : "");
            },
            aE: () => function readRecord(description, value) {
                if (!description?.startsWith(PREFIX)) return;
                let wire;
                try {
                    wire = JSON.parse(description.slice(PREFIX.length));
                } catch {
                    return;
                }
                if (1 !== wire.v || wire.ami !== value || "build" !== wire.by && "promote" !== wire.by) return;
                description = v => "string" === typeof v && v ? v : void 0;
                value = v => "number" === typeof v && Number.isInteger(v) ? v : void 0;
                var commit = description(wire.commit);
                return {
                    ami: wire.ami,
                    by: wire.by,
                    key: commit ? {
                        commit: commit,
                        time: description(wire.time),
                        run: value(wire.run),
                        attempt: value(wire.attempt),
                        workflow: description(wire.workflow)
                    } : void 0,
                    regions: Array.isArray(wire.regions) ? wire.regions.filter(r => "string" === typeof r) : [],
                    from: description(wire.from),
                    imageCommit: description(wire.imageCommit)
                };
            }
        });
        let PREFIX = "build-ami: ";
        let MAX_DESCRIPTION = 1024;
    }
};

export {
    id,
    ids,
    modules
};