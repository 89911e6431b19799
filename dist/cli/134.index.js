let id = 134;

let ids = [ 134 ];

let modules = {
    5060: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            f: () => DescribeLaunchTemplatesCommand
        });
        __webpack_exports__ = __webpack_require__(8509);
        __webpack_require__ = __webpack_require__(230);
        class DescribeLaunchTemplatesCommand extends (0, __webpack_exports__.G5)(__webpack_exports__.lq, __webpack_exports__.yt, "DescribeLaunchTemplates", __webpack_require__._zK) {}
    },
    1134: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            cleanUpLeftovers: () => async function cleanUpLeftovers(core, env, saved, progress, regions, unchecked, outstanding) {
                let credentials = await postCredentials({
                    getInput: name => core.getInput(name),
                    workspace: env.GITHUB_WORKSPACE || process.cwd(),
                    env: env,
                    warning: core.warning,
                    setSecret: core.setSecret,
                    ...(0, template_data.V)(env, core)
                });
                let clientFor = (0, client.ut)(env, core.info);
                env = region => clientFor(region, saved.endpoints[region], credentials.forRegion(region));
                outstanding = saved.journal.filter(outstanding);
                if (saved.mainFinished && outstanding.every(e => "terminating" === e.status)) {
                    outstanding = await async function confirmTerminations(entries, ec2, info) {
                        var regions = [ ...new Set(entries.map(e => e.region)) ];
                        regions = await Promise.all(regions.map(async region => {
                            var here = entries.filter(e => e.region === region);
                            try {
                                var {
                                    Reservations = []
                                } = await ec2(region).send(new DescribeInstancesCommand.b({
                                    InstanceIds: here.map(e => e.id)
                                }));
                                let states = new Map(Reservations.flatMap(r => r.Instances ?? []).map(i => [ i.InstanceId, i.State?.Name ?? "unknown" ]));
                                return here.filter(e => {
                                    var state = states.get(e.id);
                                    if (state && GOING.has(state)) info(`Instance ${e.id} (${region}) is ${state}: its termination is confirmed`); else info(`Instance ${e.id} (${region}) is ${state ?? "not listed"}: terminating it again`);
                                    return !(state && GOING.has(state));
                                });
                            } catch (error) {
                                info(`Could not look at ${here.map(e => e.id).join(", ")} in ${region} (${(0, 
                                errors.Uc)(error)}): terminating again`);
                                return here;
                            }
                        }));
                        return regions.flat();
                    }(outstanding, env, core.info);
                    if (!outstanding.length) return;
                }
                outstanding = unchecked.length ? {
                    ok: false,
                    reason: `the main step recorded no account for ` + unchecked[0].region
                } : await async function checkSameAccount(accounts, regions, ec2) {
                    for (var region of regions) {
                        var expected = accounts[region];
                        if (!expected) return {
                            ok: false,
                            reason: `the main step recorded no account for ` + region
                        };
                        let actual;
                        try {
                            actual = await (0, account.X)(ec2(region), region);
                        } catch (error) {
                            return {
                                ok: false,
                                reason: `could not tell which account the credentials reach: ` + (0, 
                                src_errors.bD)(error)
                            };
                        }
                        if (actual !== expected) return {
                            ok: false,
                            reason: `the credentials reach AWS account ${actual} in ${region}, but the build ran in account ` + expected
                        };
                    }
                    return {
                        ok: true
                    };
                }(saved.accounts, [ ...new Set([ ...regions, ...saved.journal.map(e => e.region) ]) ], env);
                if (!outstanding.ok) {
                    core.warning(`build-ami cleanup: deleting nothing, since ${outstanding.reason}. Clean up with the build's own credentials: look for resources tagged ${tags.gp.buildId}=${saved.buildId}.`);
                    return;
                }
                unchecked = await async function finishCleanup(options) {
                    let saved = options.saved;
                    var kept = new Set(saved.journal.filter(e => "kept" === e.status).map(key));
                    var targets = new Map();
                    for (var e of saved.journal) if ("created" === e.status || "terminating" === e.status) targets.set(key(e), e);
                    var swept = !saved.mainFinished && !!saved.buildId;
                    let tagged = new Set();
                    if (swept) {
                        var regions = [ ...new Set([ ...saved.regions, ...saved.journal.map(e => e.region) ]) ];
                        for (let region of regions) {
                            var lookupFailed = (operation, error) => options.warning(`Could not look for leftovers of build ${saved.buildId} in ${region} (${operation}): ` + (0, 
                            src_errors.bD)(error));
                            for (var found of await async function findTagged(ec2, region, buildId, onError = () => {}) {
                                buildId = [ (0, tags.fB)(tags.gp.buildId, [ buildId ]) ];
                                var look = (operation, call) => call.catch(error => {
                                    onError(operation, error);
                                    return {};
                                });
                                var [ look, ec2, buildId, volumes, images, snapshots, templates ] = await Promise.all([ look("DescribeInstances", ec2.send(new DescribeInstancesCommand.b({
                                    Filters: [ ...buildId, {
                                        Name: "instance-state-name",
                                        Values: [ "pending", "running", "stopping", "stopped" ]
                                    } ]
                                }))), look("DescribeKeyPairs", ec2.send(new DescribeKeyPairsCommand.D({
                                    Filters: buildId
                                }))), look("DescribeSecurityGroups", ec2.send(new DescribeSecurityGroupsCommand.j({
                                    Filters: buildId
                                }))), look("DescribeVolumes", ec2.send(new DescribeVolumesCommand.U({
                                    Filters: buildId
                                }))), look("DescribeImages", ec2.send(new DescribeImagesCommand.j({
                                    Owners: [ "self" ],
                                    Filters: buildId
                                }))), look("DescribeSnapshots", ec2.send(new DescribeSnapshotsCommand.M({
                                    OwnerIds: [ "self" ],
                                    Filters: buildId
                                }))), look("DescribeLaunchTemplates", ec2.send(new DescribeLaunchTemplatesCommand.f({
                                    Filters: buildId
                                }))) ]);
                                let found = [];
                                var add = (kind, ids) => {
                                    for (var id of ids) if (id) found.push({
                                        kind: kind,
                                        id: id,
                                        region: region
                                    });
                                };
                                var holders = (volumes.Volumes ?? []).flatMap(v => (v.Attachments ?? []).map(a => a.InstanceId));
                                look = (look.Reservations ?? []).flatMap(r => (r.Instances ?? []).map(i => i.InstanceId));
                                add("instance", [ ...new Set([ ...look, ...holders ]) ]);
                                add("key-pair", (ec2.KeyPairs ?? []).map(k => k.KeyName));
                                add("security-group", (buildId.SecurityGroups ?? []).map(g => g.GroupId));
                                add("volume", (volumes.Volumes ?? []).map(v => v.VolumeId));
                                add("image", (images.Images ?? []).map(i => i.ImageId));
                                add("snapshot", (snapshots.Snapshots ?? []).map(s => s.SnapshotId));
                                add("launch-template", (templates.LaunchTemplates ?? []).map(t => t.LaunchTemplateId));
                                return found;
                            }(options.ec2(region), region, saved.buildId, lookupFailed)) {
                                tagged.add(key(found));
                                if (!kept.has(key(found))) targets.set(key(found), found);
                            }
                        }
                    }
                    regions = await async function onlyOwnKeyPairs(targets, options) {
                        targets = await Promise.all(targets.map(async target => {
                            if ("key-pair" !== target.kind || options.tagged(target)) return target;
                            try {
                                var owner = await (0, key_pair_ownership.d)(options.ec2(target.region), target.id, options.buildId);
                                if ("this-build" === owner) return target;
                                if ("someone-else" === owner) options.info(`Leaving key pair ${target.id} (${target.region}) alone: it is not this build's`);
                                return;
                            } catch (error) {
                                options.warning(`Could not check whether key pair ${target.id} in ${target.region} is this build's, so it was left alone: ${(0, 
                                src_errors.bD)(error)}. If it is, remove it by hand: ` + (0, 
                                teardown.Kk)(target));
                                return;
                            }
                        }));
                        return targets.filter(t => void 0 !== t);
                    }([ ...targets.values() ], {
                        ec2: options.ec2,
                        buildId: saved.buildId ?? "",
                        tagged: ref => tagged.has(key(ref)),
                        info: options.info,
                        warning: options.warning
                    });
                    targets.clear();
                    for (var ref of regions) targets.set(key(ref), ref);
                    options.onPlanned?.(regions);
                    if (0 === targets.size) {
                        options.info("Nothing left to clean up.");
                        return {
                            removed: [],
                            failed: [],
                            swept: swept
                        };
                    }
                    options.info(`Cleaning up ${targets.size} resource(s) the main step left: ` + [ ...targets.values() ].map(t => t.id).join(", "));
                    var result = await (0, teardown.zN)((0, teardown.gB)({
                        ec2For: options.ec2,
                        log: {
                            info: options.info
                        },
                        sleep: options.sleep ?? retry.yy,
                        polling: {}
                    }), [ ...targets.values() ], removed => {
                        options.info(`Removed ${removed.kind} ${removed.id} (${removed.region})`);
                        options.onRemoved?.(removed);
                    });
                    for (var failure of result.failed) options.warning(`Could not remove ${failure.entry.kind} ${failure.entry.id} in ${failure.entry.region}: ${(0, 
                    src_errors.bD)(failure.error)}. Remove it by hand: ` + failure.command);
                    return {
                        ...result,
                        swept: swept
                    };
                }({
                    saved: {
                        ...saved,
                        regions: regions
                    },
                    ec2: env,
                    info: core.info,
                    warning: core.warning,
                    onPlanned: targets => progress.plan(targets),
                    onRemoved: target => progress.removed(target)
                });
                if (unchecked.removed.length) core.info(`build-ami: removed ${unchecked.removed.length} resource(s) the main step left behind.`);
            }
        });
        var client = __webpack_require__(7386);
        var DescribeInstancesCommand = __webpack_require__(1490);
        var errors = __webpack_require__(9378);
        let GOING = new Set([ "shutting-down", "terminated" ]);
        var retry = __webpack_require__(2495);
        var teardown = __webpack_require__(6055);
        var DescribeKeyPairsCommand = __webpack_require__(3414);
        var DescribeSecurityGroupsCommand = __webpack_require__(8988);
        var DescribeVolumesCommand = __webpack_require__(4263);
        var DescribeImagesCommand = __webpack_require__(1048);
        var DescribeSnapshotsCommand = __webpack_require__(9861);
        var DescribeLaunchTemplatesCommand = __webpack_require__(5060);
        var tags = __webpack_require__(9506);
        var key_pair_ownership = __webpack_require__(5796);
        var src_errors = __webpack_require__(3916);
        let key = r => r.region + `/${r.kind}/` + r.id;
        var src_inputs = __webpack_require__(3724);
        var src_secrets = __webpack_require__(7194);
        var load_from_inputs = __webpack_require__(1711);
        var credentials = __webpack_require__(6963);
        async function postCredentials(options) {
            let secrets = new src_secrets.ks(options.setSecret);
            try {
                var inputs = (0, src_inputs.K)(options.getInput);
                var template = await (0, load_from_inputs.y)(inputs, {
                    dataSources: options.dataSources,
                    fetchSecret: options.fetchSecret,
                    workspace: options.workspace,
                    env: options.env,
                    onSecret: value => secrets.add(value)
                });
                let byRegion = new Map();
                for (var build of template.builds) {
                    if ("amazon-ebs" !== build.type || !(0, credentials.v$)(build.builder.credentials)) continue;
                    for (var region of [ build.builder.region, ...build.builder.amiRegions ]) if (!byRegion.has(region)) byRegion.set(region, build.builder.credentials);
                }
                return {
                    forRegion: region => byRegion.get(region) ?? {}
                };
            } catch (error) {
                options.warning(`build-ami cleanup: could not load the template again for its credentials (${secrets.mask((0, 
                src_errors.bD)(error))}); using the standard credential chain`);
                return {
                    forRegion: () => ({})
                };
            }
        }
        var template_data = __webpack_require__(6996);
        var account = __webpack_require__(8826);
    }
};

export {
    id,
    ids,
    modules
};