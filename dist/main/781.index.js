let id = 781;

let ids = [ 781 ];

let modules = {
    4388: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Pl: () => function headline(report, level) {
                var total = report.builds.length;
                var failed = report.builds.filter(b => "failed" === b.outcome).length;
                var cancelled = report.builds.filter(b => "cancelled" === b.outcome).length;
                failed = failed > 0 ? `❌ ${failed} of ${total} build${1 === total ? "" : "s"} failed` : cancelled > 0 ? `⚪ ${cancelled} of ${total} build${1 === total ? "" : "s"} cancelled` : `✅ ${1 === total ? "Image" : total + ` images`} ready`;
                return level + ` ${failed}: ` + (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(report.templatePath);
            },
            i1: () => consoleLink,
            mG: () => function buildsTable(report) {
                let commit = function commitLink(report) {
                    if (!report.sha) return "—";
                    return (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.nf)((0, 
                    _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(report.sha.slice(0, 7)), report.serverUrl + `/${report.repository}/commit/` + report.sha);
                }(report);
                report = report.builds.map(build => [ (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(build.name), STATUS[build.outcome], function amiCell(build) {
                    if (build.docker) return dockerCell(build.docker);
                    var amis = Object.entries(build.amis);
                    if (0 === amis.length && build.reusedFrom) amis.push([ build.region, build.reusedFrom.amiId ]);
                    if (0 === amis.length) return "—";
                    return amis.map(([ region, ami ]) => (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.Qq)(region) + ` → ` + consoleLink(region, ami)).join("<br>");
                }(build), build.amiName ? (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(build.amiName) : "—", function sourceCell(build) {
                    if (build.docker?.sourceImage) return (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(build.docker.sourceImage);
                    if (!build.sourceAmi) return "—";
                    var id = consoleLink(build.region, build.sourceAmi);
                    return build.sourceAmiName ? id + `<br>` + (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.Qq)(build.sourceAmiName) : id;
                }(build), commit, (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.p0)(build.durationMs) ]);
                return (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.tp)([ "Build", "Status", "Region → AMI", "AMI name", "Source AMI", "Commit", "Duration" ], report);
            },
            uc: () => function buildNotes(report, withOutput = true) {
                return report.builds.flatMap(build => {
                    if ("failed" === build.outcome || "cancelled" === build.outcome) return [ function failureNote(build, withOutput) {
                        var step = function failedStepOf(build) {
                            return build.failedStep ?? build.steps.find(step => "succeeded" !== step.status)?.title;
                        }(build);
                        var verb = "cancelled" === build.outcome ? "⚪ was cancelled" : "❌ failed";
                        verb = [ `#### ${(0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(build.name)} ` + verb + (step ? ` at step **${(0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.Qq)(step)}**` : "") ];
                        if (build.error) verb.push(`**Error:** ` + (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.Qq)((0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.xv)(build.error, ERROR_CHARS)));
                        step = (build.lastOutput ?? []).slice(-OUTPUT_LINES);
                        if (withOutput && step.length) verb.push(`Last ${step.length} line${1 === step.length ? "" : "s"} of output:`, (0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.DV)(step.map(line => (0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.xv)(line, OUTPUT_LINE_CHARS))));
                        withOutput = function cleanupLines(build) {
                            var lines = [];
                            if (build.cleanedUp) {
                                var what = build.cleanedUp.length ? build.cleanedUp.map(_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.Qq).join(", ") : "nothing had been created yet";
                                lines.push(`**Cleaned up:** ` + what);
                            }
                            if (build.leftBehind?.length) lines.push(`⚠️ **Could not clean up, delete by hand:** ` + build.leftBehind.map(_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.Qq).join(", "));
                            return lines;
                        }(build);
                        if (withOutput.length) verb.push(withOutput.join("<br>\n"));
                        return verb.join("\n\n");
                    }(build, withOutput) ];
                    if ("reused" === build.outcome && build.reusedFrom) return [ function reuseNote(build) {
                        var from = build.reusedFrom;
                        var run = from.runUrl ? (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.nf)("an earlier run", from.runUrl) : "an earlier run";
                        var id = from.buildId ? ` (build id ${(0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(from.buildId)})` : "";
                        from = build.docker ? dockerCell(build.docker) : consoleLink(build.region, from.amiId);
                        return `♻️ ${(0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(build.name)} reused ${from}, built by ${run}${id}, instead of building it again.`;
                    }(build) ];
                    return [];
                });
            }
        });
        var _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);
        let OUTPUT_LINES = 30;
        let OUTPUT_LINE_CHARS = 400;
        let ERROR_CHARS = 2e3;
        let STATUS = {
            succeeded: "✅ built",
            reused: "♻️ reused",
            failed: "❌ failed",
            cancelled: "⚪ cancelled"
        };
        function consoleLink(region, amiId) {
            if (!/^[a-z0-9-]+$/.test(region) || !/^ami-[0-9a-zA-Z]+$/.test(amiId)) return (0, 
            _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(amiId);
            region = `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=` + amiId;
            return (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.nf)((0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(amiId), region);
        }
        function dockerCell(docker) {
            if (docker.imageId) return `🐳 image ` + (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(docker.imageId.replace(/^sha256:/, "").slice(0, 12));
            if (docker.file) return `🐳 file ` + (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__.aY)(docker.file);
            return "—";
        }
    },
    1765: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            O6: () => function channelsSection(section, report, level) {
                if (!section) return [];
                if (section.skipped) return [ level + ` Channels`, `Not moved: ${(0, 
                _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)(section.skipped)}.` ];
                var lines = function launchTemplateLines(section) {
                    return section.launchTemplates.map(lt => {
                        var name = lt.name ? `` + (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.aY)(lt.name) + (lt.id ? ` (${(0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.aY)(lt.id)})` : "") : "launch template";
                        if (lt.failed) return `❌ Launch template in ${(0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)(lt.region)}: ` + (0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)((0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.xv)(lt.note ?? "", NOTE_CHARS));
                        if (void 0 !== lt.version) return `Launch template ${name} in ${(0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)(lt.region)}: version **${lt.version}** is the default (was ${lt.previousVersion ?? "—"}).`;
                        return `Launch template ${name} in ${(0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)(lt.region)}: ${(0, 
                        _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)((0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.xv)(lt.note ?? "unchanged", NOTE_CHARS))}.`;
                    });
                }(section);
                return [ level + ` Channels`, function channelsTable(section, report) {
                    let withCommit = section.channels.some(c => c.imageCommit);
                    section = section.channels.map(c => [ (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.aY)(c.channel), (0, 
                    _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)(c.region), image(c.region, c.now), image(c.region, c.before), ...withCommit ? [ commitCell(report, c.imageCommit) ] : [], `` + OUTCOME[c.outcome] + (void 0 !== c.version ? ` (version ${c.version})` : ""), (0, 
                    _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)((0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.xv)(c.note, NOTE_CHARS)) ]);
                    return (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.tp)([ "Channel", "Region", "Now", "Before", ...withCommit ? [ "Image commit" ] : [], "Outcome", "Why" ], section);
                }(section, report), ...lines.length ? [ lines.join("<br>\n") ] : [] ];
            },
            Rq: () => function retentionSections(sections, report) {
                return (sections ?? []).flatMap(section => {
                    var rows = [ ...section.images ].sort((a, b) => b.createdAt - a.createdAt || a.region.localeCompare(b.region)).map(line => [ image(line.region, line.id), (0, 
                    _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)(line.region), commitCell(report, line.commit), (0, 
                    _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)(when(line.createdAt)), `` + ACTION[line.action] + (line.snapshotsDeleted?.length ? ` with ` + line.snapshotsDeleted.map(_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.aY).join(", ") : ""), (0, 
                    _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)((0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.xv)(line.why, NOTE_CHARS)) ]);
                    return [ `### Retention: ` + (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.aY)(section.family), function policyLine(section) {
                        var parts = [ `Keeps the newest ${section.keep ?? 1} build` + (1 === section.keep ? "" : "s") ];
                        if (void 0 !== section.keepDays) parts.push(`and anything younger than ${section.keepDays} days`);
                        parts.push("and anything a channel, a launch template or an instance uses, or that is protected from deregistration");
                        section = section.dryRun ? " **Dry run: nothing was removed.**" : section.deprecate ? " Older images are deprecated, not removed." : "";
                        return parts.join(", ") + `.` + section;
                    }(section), ...rows.length ? [ (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.tp)([ "Image", "Region", "Commit", "Created (UTC)", "Action", "Why" ], rows) ] : [], ...section.warnings.map(w => `⚠️ ` + (0, 
                    _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.Qq)((0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.xv)(w, NOTE_CHARS))) ];
                });
            }
        });
        var _build_sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4388);
        var _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3428);
        let OUTCOME = {
            moved: "✅ moved",
            unchanged: "➖ unchanged",
            held: "⏸️ kept",
            failed: "❌ failed"
        };
        let NOTE_CHARS = 400;
        let image = (region, id) => id ? (0, _build_sections_js__WEBPACK_IMPORTED_MODULE_0__.i1)(region, id) : "—";
        function commitCell(report, sha) {
            if (!sha) return "—";
            if (!/^[0-9a-f]{40}$/.test(sha) || !report.repository) return (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.aY)(sha.slice(0, 7));
            return (0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.nf)((0, _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__.aY)(sha.slice(0, 7)), report.serverUrl + `/${report.repository}/commit/` + sha);
        }
        let ACTION = {
            kept: "kept",
            removed: "🗑️ removed",
            deprecated: "deprecated",
            "would-remove": "would remove",
            "would-deprecate": "would deprecate",
            "already-deprecated": "deprecated already",
            failed: "⚠️ not removed"
        };
        let when = ms => new Date(ms).toISOString().slice(0, 16).replace("T", " ");
    },
    6742: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Ql: () => commentMarker,
            kh: () => outputsSection,
            wQ: () => function renderComment(report) {
                var full = composeComment(report, true);
                if (full.length <= MAX_COMMENT_CHARS) return full;
                full = "\n\n_Output left out to fit in a comment: see the job summary._";
                report = composeComment(report, false) + full;
                if (report.length <= MAX_COMMENT_CHARS) return report;
                return report.slice(0, MAX_COMMENT_CHARS - full.length - 1) + `…` + full;
            },
            Br: () => function renderSummary(report) {
                var calls = void 0 === report.ec2Calls ? [] : [ `EC2 API calls: **${(0, 
                markdown_text.Qq)(String(report.ec2Calls))}**` ];
                if (report.ssmCalls) calls.push(`Parameter Store API calls: **${(0, 
                markdown_text.Qq)(String(report.ssmCalls))}**`);
                return [ (0, build_sections.Pl)(report, "##"), (0, build_sections.mG)(report), ...(0, 
                build_sections.uc)(report), ...(0, channel_sections.O6)(report.channels, report, "###"), ...(0, 
                channel_sections.Rq)(report.retention, report), ...function timelines(report) {
                    return report.builds.filter(build => build.steps.length > 0).flatMap(build => [ `### Timeline: ` + (0, 
                    markdown_text.aY)(build.name), function renderTimeline(build) {
                        if (0 === build.steps.length) return "_No step ran._";
                        let origin = Math.min(build.startedAt, ...build.steps.map(step => step.startedAt));
                        var end = Math.max(...build.steps.map(step => step.startedAt + step.durationMs));
                        let total = Math.max(end - origin, 1);
                        end = build.steps.map(step => {
                            var offset = step.startedAt - origin;
                            return [ `` + STEP_ICON[step.status] + (0, markdown_text.Qq)(step.title), `+` + (0, 
                            markdown_text.p0)(offset), (0, markdown_text.p0)(step.durationMs), (0, 
                            markdown_text.aY)(function bar(offsetMs, durationMs, totalMs, width = BAR_WIDTH) {
                                totalMs = totalMs > 0 ? width / totalMs : 0;
                                var start = Math.min(width - 1, Math.max(0, Math.round(offsetMs * totalMs)));
                                offsetMs = Math.min(width, Math.max(start + 1, Math.round((offsetMs + durationMs) * totalMs)));
                                return "░".repeat(start) + "█".repeat(offsetMs - start) + "░".repeat(width - offsetMs);
                            }(offset, step.durationMs, total)) ];
                        });
                        return (0, markdown_text.tp)([ "Step", "Starts at", "Took", "Timeline" ], end);
                    }(build) ]);
                }(report), ...calls, ...outputsSection(report), footer(report) ].join("\n\n");
            }
        });
        var build_sections = __webpack_require__(4388);
        var channel_sections = __webpack_require__(1765);
        var markdown_text = __webpack_require__(3428);
        let BAR_WIDTH = 24;
        let STEP_ICON = {
            succeeded: "",
            failed: "❌ ",
            cancelled: "⚪ "
        };
        let MAX_COMMENT_CHARS = 65536;
        function commentMarker(templatePath) {
            return `<!-- build-ami:${templatePath.replace(/[<>\s%]|-(?=-)/g, c => `%` + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"))} -->`;
        }
        function footer(report) {
            var parts = [ `Build id ` + (0, markdown_text.aY)(report.buildId) ];
            if (report.runUrl) parts.push((0, markdown_text.nf)("workflow run", report.runUrl));
            return `<sub>${parts.join(" · ")}</sub>`;
        }
        function composeComment(report, withOutput) {
            return [ commentMarker(report.templatePath), (0, build_sections.Pl)(report, "###"), (0, 
            build_sections.mG)(report), ...(0, build_sections.uc)(report, withOutput), ...(0, 
            channel_sections.O6)(report.channels, report, "####"), footer(report) ].join("\n\n");
        }
        let yamlId = (id, fallback) => id && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(id) && !id.startsWith("__") ? id : fallback;
        function outputsSection(report) {
            var entries = Object.entries(report.outputs).filter(([ , value ]) => "" !== value);
            if (0 === entries.length) return [];
            entries = [ "### Outputs", (0, markdown_text.tp)([ "Output", "Value" ], entries.map(([ name, value ]) => [ (0, 
            markdown_text.aY)(name), (0, markdown_text.aY)(value) ])) ];
            if (report.outputs["ami-id"]) entries.push("A later job reads them through `needs`:", function deploySnippet(report) {
                var job = yamlId(report.jobId, "build");
                report = yamlId(report.stepId, "ami");
                return (0, markdown_text.DV)([ "jobs:", `  ${job}:`, "    outputs:", `      ami-id: \${{ steps.${report}.outputs.ami-id }}`, "    steps:", `      - id: ${report}  # the build-ami step`, "  deploy:", `    needs: ` + job, "    runs-on: ubuntu-latest", "    steps:", `      - run: ./deploy.sh "\${{ needs.${job}.outputs.ami-id }}"` ], "yaml");
            }(report));
            return entries;
        }
    },
    2935: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            S: () => async function writeSummary(markdown, sink) {
                try {
                    await sink(markdown.endsWith("\n") ? markdown + `
` : markdown + `

`);
                    return {
                        written: true
                    };
                } catch (error) {
                    sink = (0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.bD)(error);
                    return {
                        written: false,
                        reason: `the job summary could not be written: ` + sink
                    };
                }
            }
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
    },
    1781: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            runPromote: () => async function runPromote() {
                let controller = new AbortController();
                let cancel = signal => {
                    if (controller.signal.aborted) return;
                    runner.A.warning(signal + ` received: the run was cancelled. No channel is written from now on.`);
                    controller.abort(new Error(`cancelled (${signal})`));
                };
                process.on("SIGINT", () => cancel("SIGINT"));
                process.on("SIGTERM", () => cancel("SIGTERM"));
                var started = Date.now();
                try {
                    let inputs = (0, src_inputs.K)(name => runner.A.getInput(name));
                    var run = (0, run_info.m)(process.env);
                    var clients = (0, lifecycle_clients.p)(process.env, () => ({
                        credentials: {}
                    }), runner.A.info);
                    runner.A.startGroup(`Promote ${inputs.channels.join(", ")} to ` + describeTarget(inputs.promoteTo));
                    let result;
                    try {
                        result = await async function promote(request, deps) {
                            let states = new Map();
                            let regions = await async function regionsOf(request, deps, states) {
                                if (request.regions.length) return [ ...request.regions ];
                                var home = request.defaultRegion;
                                if (!home) throw new Error("promote needs to know where the channel is: set regions, or AWS_REGION (aws-actions/configure-aws-credentials sets it)");
                                request = request.channels[0];
                                deps = await (0, parameter.my)(deps.clients.ssm(home), request, home);
                                states.set(request + `|` + home, deps);
                                if (!deps.current) throw new Error(`channel ${request} does not exist in ${home}; set regions to where it is`);
                                states = deps.current.record?.regions ?? [];
                                return states.length ? states : [ home ];
                            }(request, deps, states);
                            var work = request.channels.flatMap(channel => regions.map(region => ({
                                channel: channel,
                                region: region
                            })));
                            await Promise.all(work.map(async ({
                                channel,
                                region
                            }) => {
                                var key = channel + `|` + region;
                                if (!states.has(key)) states.set(key, await (0, 
                                parameter.my)(deps.clients.ssm(region), channel, region));
                            }));
                            let amis = "ami" === request.target.kind ? await async function amiTargets(ec2For, amiId, regions) {
                                var found = await Promise.all(regions.map(async region => [ region, await availableImage(ec2For(region), amiId, region) ]));
                                found = found.find(([ , image ]) => image);
                                if (!found) throw new src_errors.dP({
                                    operation: "DescribeImages",
                                    doing: `finding ${amiId}: it is not an available image in ` + regions.join(", ")
                                });
                                let [ homeRegion, image ] = found;
                                var buildId = (0, tags.cO)(image, tags.gp.buildId);
                                let family = (0, tags.cO)(image, tags.gp.family);
                                var targets = {
                                    [homeRegion]: {
                                        image: image,
                                        how: "given"
                                    }
                                };
                                for (let region of regions.filter(r => r !== homeRegion)) {
                                    if (!buildId) throw new src_errors.dP({
                                        operation: "DescribeImages",
                                        doing: `finding the copy of ${amiId} in ${region}: ${amiId} carries no ${tags.gp.buildId} tag to find its copies by; promote it with regions: ` + homeRegion
                                    });
                                    var {
                                        Images = []
                                    } = await ec2For(region).send(new DescribeImagesCommand.j({
                                        Owners: [ "self" ],
                                        IncludeDeprecated: true,
                                        Filters: [ {
                                            Name: "state",
                                            Values: [ "available" ]
                                        }, (0, tags.fB)(tags.gp.buildId, [ buildId ]), (0, 
                                        finished_images.E$)(), ...family ? [ (0, 
                                        tags.fB)(tags.gp.family, [ family ]) ] : [] ]
                                    })).catch(error => {
                                        throw new src_errors.dP({
                                            operation: "DescribeImages",
                                            doing: `finding the copy of ${amiId} in ` + region,
                                            cause: error
                                        });
                                    });
                                    Images = Images.filter(i => !family || (0, tags.cO)(i, tags.gp.family) === family);
                                    Images = await (0, finished_images.nz)(ec2For, Images, i => ({
                                        region: region,
                                        id: i.ImageId ?? "",
                                        complete: (0, tags.cO)(i, tags.gp.complete)
                                    }));
                                    Images = Images.sort((a, b) => (b.CreationDate ?? "").localeCompare(a.CreationDate ?? ""))[0];
                                    if (!Images) throw new src_errors.dP({
                                        operation: "DescribeImages",
                                        doing: `finding the copy of ${amiId} in ${region}: the build that made it (${tags.gp.buildId}=${buildId}) left no finished image there`
                                    });
                                    targets[region] = {
                                        image: Images,
                                        how: `the copy of ${amiId} made by the same build`
                                    };
                                }
                                return targets;
                            }(deps.clients.ec2, request.target.amiId, regions) : void 0;
                            work = await Promise.all(work.map(async ({
                                channel,
                                region
                            }) => {
                                channel = states.get(channel + `|` + region);
                                return {
                                    state: channel,
                                    target: await async function targetFor(request, deps, state, amis) {
                                        var ec2 = deps.clients.ec2(state.region);
                                        switch (request.target.kind) {
                                          case "previous":
                                            return async function previousTarget(ec2, state) {
                                                var current = state.current;
                                                if (!current) throw noTarget(state, "it does not exist");
                                                var rolledAway = new Set();
                                                var passed = [];
                                                for (var version of [ ...state.versions ].reverse()) {
                                                    if ("promote" === version.record?.by && version.record.from) rolledAway.add(version.record.from);
                                                    if (version === current || version.value === current.value || rolledAway.has(version.value)) continue;
                                                    var image = await availableImage(ec2, version.value, state.region);
                                                    if (!image) {
                                                        passed.push(`${version.value} (version ${version.version}) no longer exists`);
                                                        continue;
                                                    }
                                                    return {
                                                        image: image,
                                                        how: `version ${version.version}, before ` + current.value + (passed.length ? `; passed over ` + passed.join(", ") : "")
                                                    };
                                                }
                                                throw noTarget(state, `its history (${state.versions.length} version${1 === state.versions.length ? "" : "s"}) holds no earlier image` + (passed.length ? ` that still exists (${passed.join(", ")})` : "") + (rolledAway.size ? ` it was not rolled back from (${[ ...rolledAway ].join(", ")})` : ""));
                                            }(ec2, state);

                                          case "commit":
                                            return async function commitTarget(ec2For, query) {
                                                var filters = [ {
                                                    Name: "state",
                                                    Values: [ "available" ]
                                                }, (0, tags.fB)(tags.gp.commit, [ 40 === query.sha.length ? query.sha : query.sha + `*` ]), (0, 
                                                finished_images.E$)(), ...query.repository ? [ (0, 
                                                tags.fB)(tags.gp.repository, [ query.repository ]) ] : [], ...query.family ? [ (0, 
                                                tags.fB)(tags.gp.family, [ query.family ]) ] : [] ];
                                                filters = await ec2For(query.region).send(new DescribeImagesCommand.j({
                                                    Owners: [ "self" ],
                                                    Filters: filters,
                                                    IncludeDeprecated: true
                                                })).catch(error => {
                                                    throw new src_errors.dP({
                                                        operation: "DescribeImages",
                                                        doing: `looking for the image commit ${query.sha} built in ` + query.region,
                                                        cause: error
                                                    });
                                                });
                                                ec2For = await (0, finished_images.nz)(ec2For, filters.Images ?? [], image => ({
                                                    region: query.region,
                                                    id: image.ImageId ?? "",
                                                    complete: (0, tags.cO)(image, tags.gp.complete)
                                                }));
                                                filters = `finding the image commit ${query.sha} built in ` + query.region + (query.family ? ` (family ${query.family})` : "");
                                                if (!ec2For.length) throw new src_errors.dP({
                                                    operation: "DescribeImages",
                                                    doing: filters + `: no finished image of ${query.repository ?? "this repository"} carries ${tags.gp.commit}=` + query.sha
                                                });
                                                var commits = [ ...new Set(ec2For.map(i => (0, 
                                                tags.cO)(i, tags.gp.commit))) ];
                                                if (commits.length > 1) throw new src_errors.dP({
                                                    operation: "DescribeImages",
                                                    doing: filters + `: ${query.sha} matches several commits (${commits.join(", ")}); give more of the SHA`
                                                });
                                                var families = [ ...new Set(ec2For.map(i => (0, 
                                                tags.cO)(i, tags.gp.family) ?? "(none)")) ];
                                                if (families.length > 1) throw new src_errors.dP({
                                                    operation: "DescribeImages",
                                                    doing: filters + `: the commit built several images (families ${families.join(", ")}) and the channel's current image names none; promote by ami-id`
                                                });
                                                filters = [ ...ec2For ].sort((a, b) => (b.CreationDate ?? "").localeCompare(a.CreationDate ?? ""))[0];
                                                return {
                                                    image: filters,
                                                    how: `built from commit ` + commits[0].slice(0, 7)
                                                };
                                            }(deps.clients.ec2, {
                                                sha: request.target.sha,
                                                repository: request.repository,
                                                family: await async function familyOfCurrent(ec2, state) {
                                                    if (!state.current) return;
                                                    ec2 = await availableImage(ec2, state.current.value, state.region);
                                                    return ec2 ? (0, tags.cO)(ec2, tags.gp.family) : void 0;
                                                }(ec2, state),
                                                region: state.region
                                            });

                                          case "ami":
                                            return amis[state.region];
                                        }
                                    }(request, deps, channel, amis)
                                };
                            }));
                            if (request.signal?.aborted) throw new Error("cancelled before any channel was written");
                            work = await Promise.all(work.map(async ({
                                state,
                                target
                            }) => {
                                var ami = target.image.ImageId;
                                var current = state.current;
                                var imageCommit = (0, tags.cO)(target.image, tags.gp.commit);
                                var base = {
                                    channel: state.name,
                                    region: state.region,
                                    imageCommit: imageCommit
                                };
                                if (current?.value === ami) {
                                    deps.log.info(`Channel ${state.name} in ${state.region}: already points to ${ami} (${target.how})`);
                                    return {
                                        ...base,
                                        ami: ami,
                                        outcome: "unchanged",
                                        reason: `it already points to ` + ami
                                    };
                                }
                                imageCommit = {
                                    ami: ami,
                                    by: "promote",
                                    key: current?.record?.key,
                                    regions: regions,
                                    from: current?.value,
                                    imageCommit: imageCommit
                                };
                                try {
                                    var version = await (0, parameter.NH)(deps.clients.ssm(state.region), {
                                        name: state.name,
                                        region: state.region,
                                        existing: state
                                    }, imageCommit, deps.write);
                                    deps.log.info(`Channel ${state.name} in ${state.region}: ${current?.value ?? "(new)"} → ${ami} (version ${version}; ${target.how})`);
                                    return {
                                        ...base,
                                        ami: ami,
                                        previous: current?.value,
                                        outcome: "moved",
                                        version: version,
                                        reason: target.how
                                    };
                                } catch (error) {
                                    return {
                                        ...base,
                                        ami: current?.value,
                                        outcome: "failed",
                                        reason: "failed",
                                        warning: (0, src_errors.bD)(error)
                                    };
                                }
                            }));
                            var errors = work.flatMap(u => "failed" === u.outcome && u.warning ? [ u.warning ] : []);
                            let launchTemplates = [];
                            if (request.launchTemplate) {
                                var first = work.filter(u => u.channel === request.channels[0] && "failed" !== u.outcome && u.ami);
                                first = await (0, follow.n)({
                                    ref: request.launchTemplate,
                                    targets: Object.fromEntries(first.map(u => [ u.region, u.ami ])),
                                    channels: request.channels,
                                    description: `build-ami promote of ` + request.channels[0],
                                    clientToken: request.clientToken
                                }, deps);
                                launchTemplates = first.outcomes;
                                errors.push(...first.errors);
                            }
                            return {
                                regions: regions,
                                updates: work,
                                launchTemplates: launchTemplates,
                                errors: errors
                            };
                        }({
                            channels: inputs.channels,
                            target: inputs.promoteTo,
                            regions: inputs.regions,
                            defaultRegion: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || void 0,
                            repository: run.repository || void 0,
                            launchTemplate: inputs.launchTemplate,
                            clientToken: `promote-${run.runId || started}-` + (process.env.GITHUB_RUN_ATTEMPT ?? "1"),
                            signal: controller.signal
                        }, {
                            clients: clients,
                            log: {
                                info: runner.A.info,
                                warning: runner.A.warning
                            }
                        });
                    } finally {
                        runner.A.endGroup();
                    }
                    var outputs = {
                        ...(0, channel_outputs.U)(result, inputs.channels[0], result.regions[0]),
                        ...function promotedImages(updates, firstRegion) {
                            updates = Object.fromEntries(updates.flatMap(u => u.ami ? [ [ u.region, u.ami ] ] : []));
                            firstRegion = firstRegion && updates[firstRegion] ? firstRegion : Object.keys(updates)[0];
                            return firstRegion ? {
                                "ami-id": updates[firstRegion],
                                region: firstRegion,
                                amis: JSON.stringify(updates)
                            } : {
                                amis: JSON.stringify(updates)
                            };
                        }(result.updates.filter(u => u.channel === inputs.channels[0]), result.regions[0])
                    };
                    for (var [ name, value ] of Object.entries(outputs)) runner.A.setOutput(name, value);
                    var calls = clients.calls();
                    var summary = await (0, github_summary.S)(function renderPromoteSummary(report) {
                        var section = report.channels;
                        var failed = section?.channels.some(c => "failed" === c.outcome) || section?.launchTemplates.some(l => l.failed);
                        var names = [ ...new Set(section?.channels.map(c => c.channel) ?? []) ].map(markdown_text.aY).join(", ");
                        var target = report.promote?.target ?? "";
                        failed = failed ? `## ❌ Promote of ${names} to ${(0, markdown_text.Qq)(target)} did not finish` : `## ⏪ ${names} promoted to ` + (0, 
                        markdown_text.Qq)(target);
                        names = [ `EC2 API calls: **${report.ec2Calls ?? 0}**`, `Parameter Store API calls: **${report.ssmCalls ?? 0}**`, ...void 0 !== report.durationMs ? [ `in ` + (0, 
                        markdown_text.p0)(report.durationMs) ] : [], "no instance started" ].join(" · ");
                        target = report.runUrl ? [ `<sub>${(0, markdown_text.nf)("workflow run", report.runUrl)}</sub>` ] : [];
                        return [ failed, ...(0, channel_sections.O6)(section, report, "###").slice(1), names, ...(0, 
                        markdown.kh)(report), ...target ].join("\n\n");
                    }({
                        templatePath: "",
                        buildId: "",
                        sha: run.sha,
                        repository: run.repository,
                        serverUrl: run.serverUrl,
                        runUrl: run.runUrl || void 0,
                        builds: [],
                        ec2Calls: calls.ec2,
                        ssmCalls: calls.ssm,
                        outputs: outputs,
                        jobId: process.env.GITHUB_JOB,
                        stepId: process.env.GITHUB_ACTION,
                        channels: (0, lifecycle_report.$U)(result),
                        promote: {
                            target: describeTarget(inputs.promoteTo)
                        },
                        durationMs: Date.now() - started
                    }), markdown => runner.A.writeSummary(markdown));
                    if (!summary.written) runner.A.warning(`No job summary was written: ` + summary.reason);
                    runner.A.info(`Promote: ${calls.ec2} EC2 and ${calls.ssm} Parameter Store calls in ${((Date.now() - started) / 1e3).toFixed(1)}s; no instance started.`);
                    if (result.errors.length) runner.A.setFailed(`Promote did not finish: ` + result.errors.join("; "));
                } catch (error) {
                    runner.A.setFailed((0, src_errors.bD)(error));
                }
                process.exit(process.exitCode ?? 0);
            }
        });
        var runner = __webpack_require__(1423);
        var channel_outputs = __webpack_require__(7822);
        var lifecycle_report = __webpack_require__(8349);
        var lifecycle_clients = __webpack_require__(6432);
        var src_errors = __webpack_require__(3916);
        var run_info = __webpack_require__(8219);
        var channel_sections = __webpack_require__(1765);
        var markdown = __webpack_require__(6742);
        var markdown_text = __webpack_require__(3428);
        var github_summary = __webpack_require__(2935);
        var src_inputs = __webpack_require__(3724);
        var follow = __webpack_require__(4270);
        var parameter = __webpack_require__(315);
        var tags = __webpack_require__(9506);
        var DescribeImagesCommand = __webpack_require__(1048);
        var errors = __webpack_require__(9378);
        var finished_images = __webpack_require__(5376);
        async function availableImage(ec2, imageId, region) {
            try {
                var {
                    Images = []
                } = await ec2.send(new DescribeImagesCommand.j({
                    ImageIds: [ imageId ]
                }));
                return Images.find(i => i.ImageId === imageId && "available" === i.State);
            } catch (error) {
                if (/NotFound|Malformed/.test((0, errors.CA)(error) ?? "")) return;
                throw new src_errors.dP({
                    operation: "DescribeImages",
                    doing: `looking up ${imageId} in ` + region,
                    resource: imageId,
                    cause: error
                });
            }
        }
        let noTarget = (state, why) => new src_errors.dP({
            operation: "GetParameterHistory",
            doing: `finding the image before the current one of ${state.name} in ${state.region}: ` + why
        });
        let describeTarget = target => "previous" === target.kind ? "the previous image" : "ami" === target.kind ? target.amiId : `commit ` + target.sha;
    }
};

export {
    id,
    ids,
    modules
};