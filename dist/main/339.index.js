let id = 339;

let ids = [ 339 ];

let modules = {
    5339: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
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
                let clients = (0, lifecycle_clients.p)(deps.env, region => access[region] ?? {
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
                                var before = await (0, parameter.my)(ssm, name, region);
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
                                        reason: `commit ${(0, channels_record.Rx)(candidate)} is newer than ${(0, 
                                        channels_record.Rx)(held)}, the newest before the promote to ` + current.value
                                    } : {
                                        move: false,
                                        reason: `it was promoted to ${current.value}; only a build of a commit newer than ${(0, 
                                        channels_record.Rx)(held)} moves it`
                                    };
                                    switch (ami) {
                                      case "newer":
                                        return {
                                            move: true,
                                            reason: `commit ${(0, channels_record.Rx)(candidate)} is newer than ` + (0, 
                                            channels_record.Rx)(held)
                                        };

                                      case "older":
                                        return {
                                            move: false,
                                            reason: `a newer commit holds it: ${(0, 
                                            channels_record.Rx)(held)} with ` + current.value
                                        };

                                      case "same":
                                        return {
                                            move: false,
                                            reason: `this run of ${(0, channels_record.Rx)(held)} set it to ${current.value} already`
                                        };

                                      default:
                                        return {
                                            move: true,
                                            unordered: true,
                                            reason: `${(0, channels_record.Rx)(candidate)} could not be ordered against ${(0, 
                                            channels_record.Rx)(held)} (no commit time and not the same workflow), so the later write wins`
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
                                request = await (0, parameter.NH)(ssm, {
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
                                    var after = await (0, parameter.my)(ssm, name, region);
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
                                    ssm = await (0, parameter.NH)(ssm, {
                                        name: name,
                                        region: region,
                                        existing: after
                                    }, current, deps.write);
                                    deps.log.info(`Channel ${name} in ${region}: another build wrote it at the same time; put back ${since.value} of ${(0, 
                                    channels_record.Rx)(current.key)}, the newer commit (version ${ssm})`);
                                    return {
                                        ami: since.value,
                                        version: ssm,
                                        note: `settled a race: ${since.value} of ${(0, 
                                        channels_record.Rx)(current.key)} is newer`
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
                            moved = await (0, follow.n)({
                                ref: inputs.launchTemplate,
                                targets: Object.fromEntries(moved.map(u => [ u.region, u.ami ])),
                                channels: inputs.channels,
                                description: `build-ami: ${inputs.channels[0]}, commit ` + (0, 
                                channels_record.Rx)(key),
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
                var outputs = channels ? (0, channel_outputs.U)(channels, inputs.channels[0], Object.keys(amis)[0]) : {};
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
        var lifecycle_clients = __webpack_require__(6432);
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
        var follow = __webpack_require__(4270);
        var src_errors = __webpack_require__(3916);
        var channels_record = __webpack_require__(2519);
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
        var parameter = __webpack_require__(315);
        var run_info = __webpack_require__(8219);
        var src_log = __webpack_require__(5625);
        var finished_images = __webpack_require__(5376);
        var DescribeImagesCommand = __webpack_require__(1048);
        var snapshots = __webpack_require__(4515);
        var tags = __webpack_require__(9506);
        var DescribeLaunchTemplateVersionsCommand = __webpack_require__(9106);
        var DescribeInstancesCommand = __webpack_require__(1490);
        __webpack_exports__ = __webpack_require__(6896);
        var schemas_0 = __webpack_require__(9060);
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
                    var page = await ec2.send(new DescribeLaunchTemplateVersionsCommand.P({
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
        var errors = __webpack_require__(9378);
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
        var channel_outputs = __webpack_require__(7822);
        async function group(sink, title, fn) {
            sink.startGroup(title);
            try {
                return await fn();
            } finally {
                sink.endGroup();
            }
        }
    }
};

export {
    id,
    ids,
    modules
};