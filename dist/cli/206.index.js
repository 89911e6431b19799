let id = 206;

let ids = [ 206, 354 ];

let modules = {
    5060: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            f: () => DescribeLaunchTemplatesCommand
        });
        __webpack_exports__ = __webpack_require__(8509);
        __webpack_require__ = __webpack_require__(230);
        class DescribeLaunchTemplatesCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "DescribeLaunchTemplates", __webpack_require__._zK) {}
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
    206: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            afterBuild: () => async function afterBuild(result, deps) {
                let inputs = deps.inputs;
                if (!inputs.channels.length && !inputs.retention) return result;
                let sink = (0, src_log.sP)(deps.sink, result.mask);
                var done = afterBuild => ({
                    ...result,
                    afterBuild: afterBuild
                });
                var failed = result.builds.filter(b => "succeeded" !== b.outcome);
                if (failed.length || deps.signal.aborted) {
                    failed = deps.signal.aborted ? "the run was cancelled" : failed.map(b => b.name).join(", ") + ` did not succeed`;
                    sink.info(`Channels and retention: nothing done, since ${failed}.`);
                    return done({
                        retention: [],
                        calls: {
                            ec2: 0,
                            ssm: 0
                        },
                        outputs: {},
                        skipped: failed
                    });
                }
                let amis = {};
                let access = {};
                for (let build of result.builds) {
                    var found = result.template.builds.find(p => p.name === build.name);
                    var plan = "amazon-ebs" === found?.type ? found : void 0;
                    for (var [ region, ami ] of Object.entries(build.amis)) {
                        if (amis[region]) continue;
                        amis[region] = ami;
                        access[region] = {
                            endpointEc2: plan?.builder.customEndpointEc2,
                            credentials: plan?.builder.credentials ?? {}
                        };
                    }
                }
                let clients = function lifecycleClients(env, access, log) {
                    let ec2 = (0, client.xm)(client.y1, env, log);
                    let ssm = (0, client.xm)(data_source_clients.createSsmClient, env, log);
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
                }(deps.env, region => access[region] ?? {
                    credentials: {}
                }, sink.info);
                let log = {
                    info: sink.info,
                    warning: sink.warning
                };
                let now = deps.now ?? Date.now;
                let channels;
                failed = [];
                if (inputs.channels.length) {
                    channels = await group(sink, `Channels: ` + inputs.channels.join(", "), async () => {
                        var key = await async function buildKey(env, workspace, git) {
                            var sha = env.GITHUB_SHA ?? "";
                            var count = name => /^\d+$/.test(env[name] ?? "") ? Number(env[name]) : void 0;
                            return {
                                commit: sha,
                                time: await async function commitTime(sha, where) {
                                    if (!sha) return;
                                    return iso(await (where.git ?? gitCommitTime)(where.workspace, sha)) ?? iso(await async function eventCommitTime(eventPath, sha) {
                                        if (!eventPath) return;
                                        try {
                                            var payload = JSON.parse(await (0, promises_.readFile)(eventPath, "utf8"));
                                            var commit = [ payload.head_commit, ...payload.commits ?? [] ].find(c => c?.id === sha);
                                            return commit?.timestamp;
                                        } catch {
                                            return;
                                        }
                                    }(where.eventPath, sha));
                                }(sha, {
                                    workspace: workspace,
                                    eventPath: env.GITHUB_EVENT_PATH,
                                    git: git
                                }),
                                run: count("GITHUB_RUN_NUMBER"),
                                attempt: count("GITHUB_RUN_ATTEMPT"),
                                workflow: env.GITHUB_WORKFLOW || void 0
                            };
                        }(deps.env, deps.workspace, deps.git);
                        if (!key.time) sink.info(`The time of commit ${key.commit.slice(0, 7)} is unknown (no checkout, not a push event): builds are ordered by run number`);
                        var moved = await async function moveChannels(request, deps) {
                            var work = request.channels.flatMap(name => Object.keys(request.amis).map(region => ({
                                name: name,
                                region: region
                            })));
                            work = await Promise.all(work.map(({
                                name,
                                region
                            }) => async function moveOne(request, deps, name, region) {
                                var ami = request.amis[region];
                                var ssm = deps.clients.ssm(region);
                                var before = await readChannel(ssm, name, region);
                                var decision = function decideMove(candidate, ami, current) {
                                    if (!current) return {
                                        move: true,
                                        reason: "a new channel"
                                    };
                                    if (current.value === ami) return {
                                        move: false,
                                        reason: `it already points to ` + ami
                                    };
                                    var held = current.record?.key;
                                    if (!current.record || !held) return {
                                        move: true,
                                        reason: `its value ${current.value} was not written by a build (no order to keep)`
                                    };
                                    ami = compareBuilds(candidate, held);
                                    if ("promote" === current.record.by) return candidate.commit !== held.commit && "newer" === ami ? {
                                        move: true,
                                        reason: `commit ${describeKey(candidate)} is newer than ${describeKey(held)}, the newest before the promote to ` + current.value
                                    } : {
                                        move: false,
                                        reason: `it was promoted to ${current.value}; only a build of a commit newer than ${describeKey(held)} moves it`
                                    };
                                    switch (ami) {
                                      case "newer":
                                        return {
                                            move: true,
                                            reason: `commit ${describeKey(candidate)} is newer than ` + describeKey(held)
                                        };

                                      case "older":
                                        return {
                                            move: false,
                                            reason: `a newer commit holds it: ${describeKey(held)} with ` + current.value
                                        };

                                      case "same":
                                        return {
                                            move: false,
                                            reason: `this run of ${describeKey(held)} set it to ${current.value} already`
                                        };

                                      default:
                                        return {
                                            move: true,
                                            unordered: true,
                                            reason: `${describeKey(candidate)} could not be ordered against ${describeKey(held)} (no commit time and not the same workflow), so the later write wins`
                                        };
                                    }
                                }(request.key, ami, before.current);
                                if (!decision.move) {
                                    deps.log.info(`Channel ${name} in ${region}: stays at ${before.current?.value}: ` + decision.reason);
                                    var outcome = before.current?.value === ami ? "unchanged" : "held";
                                    return {
                                        channel: name,
                                        region: region,
                                        ami: before.current?.value,
                                        outcome: outcome,
                                        reason: decision.reason
                                    };
                                }
                                outcome = {
                                    ami: ami,
                                    by: "build",
                                    key: request.key,
                                    regions: Object.keys(request.amis)
                                };
                                request = await writeChannel(ssm, {
                                    name: name,
                                    region: region,
                                    existing: before
                                }, outcome, deps.write);
                                ssm = await async function settle(deps, before, mine) {
                                    var {
                                        name,
                                        region
                                    } = before;
                                    var ssm = deps.clients.ssm(region);
                                    var after = await readChannel(ssm, name, region);
                                    var since = after.versions.filter(v => v.version > (before.current?.version ?? 0));
                                    var current = after.current;
                                    if (!current || since.every(v => v.version === mine.version)) return mine;
                                    if (since.some(v => "promote" === v.record?.by)) return {
                                        ami: current.value,
                                        version: current.version,
                                        note: `it was promoted to ${current.value} meanwhile`
                                    };
                                    since = function newestBuild(versions) {
                                        let best;
                                        for (var candidate of versions) {
                                            var key = "build" === candidate.record?.by ? candidate.record.key : void 0;
                                            if (!key) continue;
                                            var bestKey = best?.record?.key;
                                            if (!best || !bestKey) {
                                                best = candidate;
                                                continue;
                                            }
                                            key = compareBuilds(key, bestKey);
                                            if ("newer" === key || ("unknown" === key || "same" === key) && candidate.version > best.version) best = candidate;
                                        }
                                        return best;
                                    }(before.current ? [ before.current, ...since ] : since);
                                    if (!since?.record || since.value === current.value) return {
                                        ami: current.value,
                                        version: current.version,
                                        note: "another build wrote it at the same time"
                                    };
                                    current = since.record;
                                    ssm = await writeChannel(ssm, {
                                        name: name,
                                        region: region,
                                        existing: after
                                    }, current, deps.write);
                                    deps.log.info(`Channel ${name} in ${region}: another build wrote it at the same time; put back ${since.value} of ${describeKey(current.key)}, the newer commit (version ${ssm})`);
                                    return {
                                        ami: since.value,
                                        version: ssm,
                                        note: `settled a race: ${since.value} of ${describeKey(current.key)} is newer`
                                    };
                                }(deps, before, {
                                    version: request,
                                    ami: ami
                                });
                                before = before.current?.value;
                                var line = `Channel ${name} in ${region}: ${before ?? "(new)"} → ${ami} (version ${request}): ` + decision.reason;
                                if (decision.unordered) deps.log.warning(line); else deps.log.info(line);
                                return {
                                    channel: name,
                                    region: region,
                                    ami: ssm.ami,
                                    previous: before,
                                    outcome: ssm.ami === ami ? "moved" : "held",
                                    version: request,
                                    reason: ssm.note ?? decision.reason,
                                    warning: decision.unordered ? decision.reason : void 0
                                };
                            }(request, deps, name, region).catch(error => ({
                                channel: name,
                                region: region,
                                outcome: "failed",
                                reason: "failed",
                                warning: (0, src_errors.bD)(error)
                            }))));
                            return {
                                updates: work,
                                errors: work.flatMap(u => "failed" === u.outcome && u.warning ? [ u.warning ] : [])
                            };
                        }({
                            channels: inputs.channels,
                            amis: amis,
                            key: key
                        }, {
                            clients: clients,
                            log: log
                        });
                        var run = {
                            updates: moved.updates,
                            launchTemplates: [],
                            errors: moved.errors
                        };
                        if (inputs.launchTemplate) {
                            moved = moved.updates.filter(u => u.channel === inputs.channels[0] && "failed" !== u.outcome && u.ami === amis[u.region]);
                            moved = await async function followChannel(request, deps) {
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
                            }({
                                ref: inputs.launchTemplate,
                                targets: Object.fromEntries(moved.map(u => [ u.region, u.ami ])),
                                channels: inputs.channels,
                                description: `build-ami: ${inputs.channels[0]}, commit ` + describeKey(key),
                                clientToken: result.buildId
                            }, {
                                clients: clients,
                                log: log
                            });
                            run.launchTemplates = moved.outcomes;
                            run.errors.push(...moved.errors);
                        }
                        return run;
                    });
                    failed.push(...channels.errors);
                }
                let retention = [];
                if (inputs.retention && failed.length) sink.warning("Retention: skipped, since a channel could not be updated."); else if (inputs.retention) {
                    let policy = inputs.retention;
                    let run = (0, run_info.m)(deps.env);
                    let channelsByRegion = {};
                    for (var u of channels?.updates ?? []) if (u.ami) (channelsByRegion[u.region] ??= new Map()).set(u.channel, u.ami);
                    await group(sink, `Retention: keep ` + (policy.keep ?? 1) + (policy.keepDays ? `, and anything younger than ${policy.keepDays} days` : "") + (policy.dryRun ? " (dry run)" : ""), async () => {
                        for (var build of result.builds) {
                            var family = (0, tags.Ap)((0, external_node_path_.relative)(deps.workspace, result.template.templatePath), build.name);
                            try {
                                retention.push(await async function applyRetention(request, deps) {
                                    let report = {
                                        family: request.family.name,
                                        policy: request.policy,
                                        regions: [ ...request.regions ],
                                        lines: [],
                                        warnings: []
                                    };
                                    let warn = line => {
                                        report.warnings.push(line);
                                        deps.log.warning(`Retention: ` + line);
                                    };
                                    let images;
                                    try {
                                        var listed = (await Promise.all(request.regions.map(r => async function familyImages(ec2, region, family) {
                                            var filters = [ {
                                                Name: "state",
                                                Values: [ "available" ]
                                            }, (0, tags.fB)(tags.gp.family, [ family.name ]), (0, 
                                            finished_images.E$)(), ...family.repository ? [ (0, 
                                            tags.fB)(tags.gp.repository, [ family.repository ]) ] : [] ];
                                            var images = [];
                                            let token;
                                            try {
                                                do {
                                                    var page = await ec2.send(new DescribeImagesCommand.j({
                                                        Owners: [ "self" ],
                                                        IncludeDeprecated: true,
                                                        Filters: filters,
                                                        NextToken: token
                                                    }));
                                                    for (var image of page.Images ?? []) {
                                                        if ((0, tags.cO)(image, tags.gp.family) !== family.name) continue;
                                                        if (family.repository && (0, 
                                                        tags.cO)(image, tags.gp.repository) !== family.repository) continue;
                                                        images.push(function familyImage(region, image) {
                                                            var protection = image.DeregistrationProtection;
                                                            return {
                                                                region: region,
                                                                id: image.ImageId,
                                                                name: image.Name ?? "",
                                                                buildId: (0, tags.cO)(image, tags.gp.buildId),
                                                                commit: (0, tags.cO)(image, tags.gp.commit),
                                                                created: new Date(image.CreationDate ?? 0),
                                                                deprecated: !!image.DeprecationTime,
                                                                protection: protection && "disabled" !== protection ? protection : void 0,
                                                                snapshotIds: (0, 
                                                                snapshots.Q)(image),
                                                                complete: (0, tags.cO)(image, tags.gp.complete)
                                                            };
                                                        }(region, image));
                                                    }
                                                    token = page.NextToken;
                                                } while (token);
                                            } catch (error) {
                                                throw new src_errors.dP({
                                                    operation: "DescribeImages",
                                                    doing: `listing the images of ${family.name} in ` + region,
                                                    cause: error
                                                });
                                            }
                                            return images;
                                        }(deps.ec2(r), r, request.family)))).flat();
                                        images = await (0, finished_images.nz)(deps.ec2, listed, image => image);
                                    } catch (error) {
                                        warn(`nothing removed: ` + (0, src_errors.bD)(error));
                                        return report;
                                    }
                                    var {
                                        kept,
                                        candidates
                                    } = function select_select(images, policy, now, own) {
                                        var kept = [];
                                        var candidates = [];
                                        var keep = policy.keep ?? 1;
                                        for (var generation of function generations(images) {
                                            var byBuild = new Map();
                                            for (var image of images) {
                                                var key = image.buildId ?? image.id;
                                                byBuild.set(key, [ ...byBuild.get(key) ?? [], image ]);
                                            }
                                            return [ ...byBuild.entries() ].map(([ buildId, list ]) => ({
                                                buildId: buildId,
                                                images: list,
                                                created: new Date(Math.min(...list.map(i => i.created.getTime()))),
                                                rank: 0
                                            })).sort((a, b) => b.created.getTime() - a.created.getTime() || b.buildId.localeCompare(a.buildId)).map((generation, index) => ({
                                                ...generation,
                                                rank: index + 1
                                            }));
                                        }(images)) {
                                            var young = void 0 !== policy.keepDays && now - generation.created.getTime() < policy.keepDays * DAY_MS;
                                            for (var image of generation.images) if (own.has(image.id)) kept.push({
                                                image: image,
                                                why: "this run's image"
                                            }); else if (generation.rank <= keep) kept.push({
                                                image: image,
                                                why: `one of the newest ${keep} (${ordinal(generation.rank)})`
                                            }); else if (young) kept.push({
                                                image: image,
                                                why: `younger than ${policy.keepDays} days (${ageOf(generation.created, now)} old)`
                                            }); else {
                                                var reasons = [ `beyond the newest ${keep} (${ordinal(generation.rank)} newest)`, ...void 0 !== policy.keepDays ? [ `older than ${policy.keepDays} days (${ageOf(generation.created, now)} old)` ] : [] ];
                                                candidates.push({
                                                    image: image,
                                                    why: reasons.join(", ")
                                                });
                                            }
                                        }
                                        return {
                                            kept: kept,
                                            candidates: candidates
                                        };
                                    }(images, request.policy, deps.now(), new Set(Object.values(request.own)));
                                    report.lines.push(...kept.map(v => ({
                                        image: v.image,
                                        action: "kept",
                                        why: v.why
                                    })));
                                    var byRegion = new Map();
                                    for (var c of candidates) byRegion.set(c.image.region, [ ...byRegion.get(c.image.region) ?? [], c ]);
                                    await Promise.all([ ...byRegion.entries() ].map(async ([ region, list ]) => {
                                        var protectedByFlag = list.filter(v => v.image.protection);
                                        for (var v of protectedByFlag) report.lines.push({
                                            image: v.image,
                                            action: "kept",
                                            why: `deregistration protection (${v.image.protection})`
                                        });
                                        protectedByFlag = list.filter(v => !v.image.protection);
                                        if (!protectedByFlag.length) return;
                                        let uses;
                                        try {
                                            uses = await async function usesOf(clients, region, imageIds, knownChannels) {
                                                var uses = new Map();
                                                knownChannels = new Map([ ...await channelValues(clients.ssm, region), ...knownChannels ]);
                                                for (var [ name, value ] of knownChannels) if (imageIds.includes(value)) add(uses, value, `channel ` + name);
                                                await Promise.all([ launchTemplateUses(clients.ec2, region, imageIds, uses), instanceUses(clients.ec2, region, imageIds, uses) ]);
                                                return uses;
                                            }({
                                                ec2: deps.ec2(region),
                                                ssm: deps.ssm(region)
                                            }, region, protectedByFlag.map(v => v.image.id), request.channels?.[region] ?? new Map());
                                        } catch (error) {
                                            warn(`nothing removed in ${region}, since what uses its images could not be checked: ` + (0, 
                                            src_errors.bD)(error));
                                            report.lines.push(...protectedByFlag.map(v => ({
                                                image: v.image,
                                                action: "kept",
                                                why: "could not check what uses it"
                                            })));
                                            return;
                                        }
                                        for (let v of protectedByFlag) {
                                            var users = uses.get(v.image.id);
                                            if (users) report.lines.push({
                                                image: v.image,
                                                action: "kept",
                                                why: `in use: ` + users.join("; ")
                                            });
                                        }
                                        for (let v of protectedByFlag.filter(v => !uses.get(v.image.id))) report.lines.push(await async function removeOne(deps, request, verdict) {
                                            var {
                                                image: verdict,
                                                why
                                            } = verdict;
                                            var now = deps.now();
                                            var {
                                                dryRun: request,
                                                deprecate: deprecateOnly
                                            } = request.policy;
                                            if (deprecateOnly && verdict.deprecated) return {
                                                image: verdict,
                                                action: "already-deprecated",
                                                why: why
                                            };
                                            if (request) {
                                                deps.log.info(`Retention (dry run): would ${deprecateOnly ? "deprecate" : "deregister"} ${describe(verdict, now)}${deprecateOnly ? "" : ` and delete ` + (verdict.snapshotIds.join(", ") || "no snapshot")}: ` + why);
                                                return {
                                                    image: verdict,
                                                    action: deprecateOnly ? "would-deprecate" : "would-remove",
                                                    why: why
                                                };
                                            }
                                            try {
                                                if (deprecateOnly) {
                                                    await async function deprecate(ec2, image, now) {
                                                        await ec2.send(new EnableImageDeprecationCommand.c({
                                                            ImageId: image.id,
                                                            DeprecateAt: new Date(now + 6e4)
                                                        })).catch(error => {
                                                            throw new src_errors.dP({
                                                                operation: "EnableImageDeprecation",
                                                                doing: `deprecating ${image.id} (${image.name}) in ` + image.region,
                                                                resource: image.id,
                                                                cause: error
                                                            });
                                                        });
                                                    }(deps.ec2(verdict.region), verdict, now);
                                                    deps.log.info(`Retention: deprecated ${describe(verdict, now)}: ` + why);
                                                    return {
                                                        image: verdict,
                                                        action: "deprecated",
                                                        why: why
                                                    };
                                                }
                                                var removal = await deregisterWithSnapshots(deps.ec2(verdict.region), verdict);
                                                deps.log.info(`Retention: deregistered ${describe(verdict, now)} and deleted ${removal.snapshotsDeleted.join(", ") || "no snapshot"}: ` + why);
                                                if (removal.snapshotsLeft.length) deps.log.warning(`Retention: ${verdict.id}'s snapshots ${removal.snapshotsLeft.join(", ")} were not deleted`);
                                                return {
                                                    image: verdict,
                                                    action: "removed",
                                                    why: why,
                                                    ...removal
                                                };
                                            } catch (error) {
                                                deps.log.warning(`Retention: could not remove ${describe(verdict, now)}: ` + (0, 
                                                src_errors.bD)(error));
                                                return {
                                                    image: verdict,
                                                    action: "failed",
                                                    why: (0, src_errors.bD)(error)
                                                };
                                            }
                                        }(deps, request, v));
                                    }));
                                    var now = deps.now();
                                    for (var line of report.lines.filter(l => "kept" === l.action)) deps.log.info(`Retention: kept ${describe(line.image, now)}: ` + line.why);
                                    return report;
                                }({
                                    family: {
                                        name: family,
                                        repository: run.repository || void 0
                                    },
                                    regions: Object.keys(build.amis),
                                    policy: policy,
                                    own: build.amis,
                                    channels: channelsByRegion
                                }, {
                                    ec2: clients.ec2,
                                    ssm: clients.ssm,
                                    log: log,
                                    now: now
                                }));
                            } catch (error) {
                                sink.warning(`Retention of ${family}: ` + (0, src_errors.bD)(error));
                            }
                        }
                    });
                }
                var outputs = channels ? function channelOutputs(run, firstChannel, firstRegion) {
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
                }(channels, inputs.channels[0], Object.keys(amis)[0]) : {};
                return done({
                    channels: channels,
                    retention: retention,
                    calls: clients.calls(),
                    error: failed.length ? failed.join("; ") : void 0,
                    outputs: outputs
                });
            }
        });
        var external_node_path_ = __webpack_require__(6760);
        var client = __webpack_require__(7386);
        var data_source_clients = __webpack_require__(9354);
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
        var external_node_child_process_ = __webpack_require__(1421);
        var promises_ = __webpack_require__(1455);
        let gitCommitTime = (workspace, sha) => new Promise(resolve => {
            (0, external_node_child_process_.execFile)("git", [ "-c", "safe.directory=*", "-C", workspace, "show", "-s", "--format=%cI", sha ], {
                timeout: 1e4
            }, (error, stdout) => resolve(error ? void 0 : stdout.trim() || void 0));
        });
        let iso = time => {
            time = time ? Date.parse(time) : NaN;
            return Number.isNaN(time) ? void 0 : new Date(time).toISOString();
        };
        var src_errors = __webpack_require__(3916);
        var DescribeLaunchTemplatesCommand = __webpack_require__(5060);
        __webpack_exports__ = __webpack_require__(8509);
        var schemas_0 = __webpack_require__(230);
        class DescribeLaunchTemplateVersionsCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "DescribeLaunchTemplateVersions", schemas_0.q_Y) {}
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
                    } = await ec2.send(new DescribeLaunchTemplatesCommand.f(byId ? {
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
            } = await ec2.send(new DescribeLaunchTemplateVersionsCommand({
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
        let PREFIX = "build-ami: ";
        let MAX_DESCRIPTION = 1024;
        function describeKey(key) {
            var details = [ key.time ? `committed ` + key.time : void 0, void 0 !== key.run ? `run ` + key.run + (key.attempt && key.attempt > 1 ? ` attempt ` + key.attempt : "") : void 0 ].filter(Boolean);
            return `` + key.commit.slice(0, 7) + (details.length ? ` (${details.join(", ")})` : "");
        }
        function byRun(a, b) {
            if ((a.workflow ?? "") !== (b.workflow ?? "") || void 0 === a.run || void 0 === b.run) return "unknown";
            a = a.run - b.run || (a.attempt ?? 1) - (b.attempt ?? 1);
            return a > 0 ? "newer" : a < 0 ? "older" : "same";
        }
        function compareBuilds(a, b) {
            if (a.commit === b.commit) return byRun(a, b);
            if (a.time && b.time) {
                var difference = Date.parse(a.time) - Date.parse(b.time);
                if (0 !== difference && !Number.isNaN(difference)) return difference > 0 ? "newer" : "older";
            }
            difference = byRun(a, b);
            return "same" === difference ? "unknown" : difference;
        }
        __webpack_exports__ = __webpack_require__(6896);
        schemas_0 = __webpack_require__(9060);
        class GetParameterHistoryCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "GetParameterHistory", schemas_0.S1c) {}
        class PutParameterCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "PutParameter", schemas_0.t7P) {}
        var GetParameterCommand = __webpack_require__(3773);
        var retry = __webpack_require__(2495);
        let IMAGE_DATA_TYPE = "aws:ec2:image";
        let hint = (action, name, region) => `Allow ssm:${action} on arn:aws:ssm:${region}:<account>:parameter` + (name.startsWith("/") ? "" : "/") + name;
        let denied = error => /AccessDenied|UnauthorizedOperation/.test((0, errors.CA)(error) ?? "");
        async function readChannel(ssm, name, region) {
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
                        record: function readRecord(description, value) {
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
                        }(p.Description, p.Value ?? ""),
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
        }
        async function writeChannel(ssm, channel, record, options = {}) {
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
                Description: function recordDescription(record) {
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
                }(record)
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
        var run_info = __webpack_require__(8219);
        var src_log = __webpack_require__(5625);
        var finished_images = __webpack_require__(5376);
        var DescribeImagesCommand = __webpack_require__(1048);
        var snapshots = __webpack_require__(4515);
        var tags = __webpack_require__(9506);
        var DescribeInstancesCommand = __webpack_require__(1490);
        class DescribeParametersCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "DescribeParameters", schemas_0.Ck2) {}
        class GetParametersCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "GetParameters", schemas_0.h6Z) {}
        let add = (uses, imageId, why) => uses.set(imageId, [ ...uses.get(imageId) ?? [], why ]);
        let chunks = (items, size) => Array.from({
            length: Math.ceil(items.length / size)
        }, (_, i) => items.slice(i * size, (i + 1) * size));
        let failed = (operation, doing) => error => {
            throw new src_errors.dP({
                operation: operation,
                doing: doing,
                cause: error
            });
        };
        async function channelValues(ssm, region) {
            var names = [];
            let token;
            do {
                var page = await ssm.send(new DescribeParametersCommand({
                    ParameterFilters: [ {
                        Key: "DataType",
                        Option: "Equals",
                        Values: [ "aws:ec2:image" ]
                    } ],
                    MaxResults: 50,
                    NextToken: token
                })).catch(failed("DescribeParameters", `listing the channels (aws:ec2:image parameters) in ` + region));
                names.push(...(page.Parameters ?? []).flatMap(p => p.Name ? [ p.Name ] : []));
                token = page.NextToken;
            } while (token);
            var values = new Map();
            for (var batch of chunks(names, 10)) {
                var {
                    Parameters: batch = []
                } = await ssm.send(new GetParametersCommand({
                    Names: batch
                })).catch(failed("GetParameters", `reading the channels ${batch.join(", ")} in ` + region));
                for (var p of batch) if (p.Name && p.Value) values.set(p.Name, p.Value);
            }
            return values;
        }
        async function launchTemplateUses(ec2, region, imageIds, uses) {
            for (var batch of chunks(imageIds, 200)) {
                let token;
                do {
                    var page = await ec2.send(new DescribeLaunchTemplateVersionsCommand({
                        Versions: [ "$Latest", "$Default" ],
                        Filters: [ {
                            Name: "image-id",
                            Values: batch
                        } ],
                        NextToken: token
                    })).catch(failed("DescribeLaunchTemplateVersions", `looking for launch templates that launch old images in ` + region));
                    for (var v of page.LaunchTemplateVersions ?? []) {
                        var image = v.LaunchTemplateData?.ImageId;
                        if (!image) continue;
                        var role = v.DefaultVersion ? "default" : "latest";
                        add(uses, image, `launch template ${v.LaunchTemplateName} (${v.LaunchTemplateId}) version ${v.VersionNumber} (${role})`);
                    }
                    token = page.NextToken;
                } while (token);
            }
        }
        let LIVE_STATES = [ "pending", "running", "shutting-down", "stopping", "stopped" ];
        async function instanceUses(ec2, region, imageIds, uses) {
            for (var batch of chunks(imageIds, 200)) {
                let token;
                do {
                    var page = await ec2.send(new DescribeInstancesCommand.b({
                        Filters: [ {
                            Name: "image-id",
                            Values: batch
                        }, {
                            Name: "instance-state-name",
                            Values: LIVE_STATES
                        } ],
                        NextToken: token
                    })).catch(failed("DescribeInstances", `looking for instances of old images in ` + region));
                    for (var instance of (page.Reservations ?? []).flatMap(r => r.Instances ?? [])) if (instance.ImageId) add(uses, instance.ImageId, `instance ${instance.InstanceId} (${instance.State?.Name})`);
                    token = page.NextToken;
                } while (token);
            }
        }
        var DeregisterImageCommand = __webpack_require__(9074);
        var DeleteSnapshotCommand = __webpack_require__(2620);
        var EnableImageDeprecationCommand = __webpack_require__(9547);
        async function deregisterWithSnapshots(ec2, image) {
            var {
                DeleteSnapshotResults = []
            } = await ec2.send(new DeregisterImageCommand.x({
                ImageId: image.id,
                DeleteAssociatedSnapshots: true
            })).catch(error => {
                throw new src_errors.dP({
                    operation: "DeregisterImage",
                    doing: `removing ${image.id} (${image.name}) in ` + image.region,
                    resource: image.id,
                    cause: error
                });
            });
            let deleted = new Set(DeleteSnapshotResults.filter(r => "success" === r.ReturnCode).map(r => r.SnapshotId));
            var left = [];
            for (var snapshotId of image.snapshotIds.filter(id => !deleted.has(id))) try {
                await ec2.send(new DeleteSnapshotCommand.t({
                    SnapshotId: snapshotId
                }));
                deleted.add(snapshotId);
            } catch (error) {
                if (/NotFound/.test((0, errors.CA)(error) ?? "")) continue;
                left.push(`${snapshotId} (${(0, src_errors.bD)(error)})`);
            }
            return {
                snapshotsDeleted: [ ...deleted ],
                snapshotsLeft: left
            };
        }
        let DAY_MS = 24 * 3600 * 1e3;
        function ordinal(n) {
            var teen = n % 100 >= 11 && n % 100 <= 13;
            teen = teen ? "th" : {
                1: "st",
                2: "nd",
                3: "rd"
            }[n % 10] ?? "th";
            return `` + n + teen;
        }
        let ageOf = (created, now) => {
            var days = (now - created.getTime()) / DAY_MS;
            return days >= 1 ? days.toFixed(1) + ` days` : ((now - created.getTime()) / 36e5).toFixed(1) + ` hours`;
        };
        let retention_short = commit => commit ? commit.slice(0, 7) : "no commit tag";
        function describe(image, now) {
            return `${image.id} in ${image.region} (${image.name}, commit ${retention_short(image.commit)}, ${ageOf(image.created, now)} old)`;
        }
        async function group(sink, title, fn) {
            sink.startGroup(title);
            try {
                return await fn();
            } finally {
                sink.endGroup();
            }
        }
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
        var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7386);
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
    }
};

export {
    id,
    ids,
    modules
};