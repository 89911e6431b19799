export const id = 781;
export const ids = [781];
export const modules = {

/***/ 4388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   i1: () => (/* binding */ consoleLink),
/* harmony export */   mG: () => (/* binding */ buildsTable),
/* harmony export */   uc: () => (/* binding */ buildNotes)
/* harmony export */ });
/* unused harmony exports OUTPUT_LINES, commitLink, failedStepOf */
/* harmony import */ var _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);
// The parts the PR comment and the job summary share: a headline, one table row per build,
// and the notes under it (why a build failed and what was cleaned up; where a reused image
// came from).

/** How much of a failed step's output to show: the end is where the error is. */
const OUTPUT_LINES = 30;
const OUTPUT_LINE_CHARS = 400;
const ERROR_CHARS = 2000;
const STATUS = {
    succeeded: '✅ built',
    reused: '♻️ reused',
    failed: '❌ failed',
    cancelled: '⚪ cancelled'
};
/** The EC2 console page of an image; plain code when the id or region look wrong for a URL. */
function consoleLink(region, amiId) {
    if (!/^[a-z0-9-]+$/.test(region) || !/^ami-[0-9a-zA-Z]+$/.test(amiId))
        return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(amiId);
    const url = `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`;
    return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(amiId), url);
}
function commitLink(report) {
    if (!report.sha)
        return '—';
    return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.sha.slice(0, 7)), `${report.serverUrl}/${report.repository}/commit/${report.sha}`);
}
function headline(report, level) {
    const total = report.builds.length;
    const failed = report.builds.filter(b => b.outcome === 'failed').length;
    const cancelled = report.builds.filter(b => b.outcome === 'cancelled').length;
    const what = failed > 0
        ? `❌ ${failed} of ${total} build${total === 1 ? '' : 's'} failed`
        : cancelled > 0
            ? `⚪ ${cancelled} of ${total} build${total === 1 ? '' : 's'} cancelled`
            : `✅ ${total === 1 ? 'Image' : `${total} images`} ready`;
    return `${level} ${what}: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.templatePath)}`;
}
/** A docker build's image (its short id, as docker prints it) or exported file. */
function dockerCell(docker) {
    if (docker.imageId)
        return `🐳 image ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(docker.imageId.replace(/^sha256:/, '').slice(0, 12))}`;
    if (docker.file)
        return `🐳 file ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(docker.file)}`;
    return '—';
}
function amiCell(build) {
    if (build.docker)
        return dockerCell(build.docker);
    const amis = Object.entries(build.amis);
    if (amis.length === 0 && build.reusedFrom)
        amis.push([build.region, build.reusedFrom.amiId]);
    if (amis.length === 0)
        return '—';
    return amis.map(([region, ami]) => `${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(region)} → ${consoleLink(region, ami)}`).join('<br>');
}
function sourceCell(build) {
    if (build.docker?.sourceImage)
        return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(build.docker.sourceImage);
    if (!build.sourceAmi)
        return '—';
    const id = consoleLink(build.region, build.sourceAmi);
    return build.sourceAmiName ? `${id}<br>${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(build.sourceAmiName)}` : id;
}
function buildsTable(report) {
    const commit = commitLink(report);
    const rows = report.builds.map(build => [
        (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(build.name),
        STATUS[build.outcome],
        amiCell(build),
        build.amiName ? (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(build.amiName) : '—',
        sourceCell(build),
        commit,
        (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(build.durationMs)
    ]);
    return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Build', 'Status', 'Region → AMI', 'AMI name', 'Source AMI', 'Commit', 'Duration'], rows);
}
function failedStepOf(build) {
    return build.failedStep ?? build.steps.find(step => step.status !== 'succeeded')?.title;
}
function cleanupLines(build) {
    const lines = [];
    if (build.cleanedUp) {
        const what = build.cleanedUp.length
            ? build.cleanedUp.map(_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq).join(', ')
            : 'nothing had been created yet';
        lines.push(`**Cleaned up:** ${what}`);
    }
    if (build.leftBehind?.length) {
        lines.push(`⚠️ **Could not clean up, delete by hand:** ${build.leftBehind.map(_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq).join(', ')}`);
    }
    return lines;
}
function failureNote(build, withOutput) {
    const step = failedStepOf(build);
    const verb = build.outcome === 'cancelled' ? '⚪ was cancelled' : '❌ failed';
    const parts = [`#### ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(build.name)} ${verb}${step ? ` at step **${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step)}**` : ''}`];
    if (build.error)
        parts.push(`**Error:** ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(build.error, ERROR_CHARS))}`);
    const output = (build.lastOutput ?? []).slice(-OUTPUT_LINES);
    if (withOutput && output.length) {
        parts.push(`Last ${output.length} line${output.length === 1 ? '' : 's'} of output:`, (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(output.map(line => (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(line, OUTPUT_LINE_CHARS))));
    }
    const cleanup = cleanupLines(build);
    if (cleanup.length)
        parts.push(cleanup.join('<br>\n'));
    return parts.join('\n\n');
}
function reuseNote(build) {
    const from = build.reusedFrom;
    const run = from.runUrl ? (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('an earlier run', from.runUrl) : 'an earlier run';
    const id = from.buildId ? ` (build id ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(from.buildId)})` : '';
    const what = build.docker ? dockerCell(build.docker) : consoleLink(build.region, from.amiId);
    return `♻️ ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(build.name)} reused ${what}, built by ${run}${id}, instead of building it again.`;
}
/** The notes under the table; `withOutput: false` leaves out the output blocks to save room. */
function buildNotes(report, withOutput = true) {
    return report.builds.flatMap(build => {
        if (build.outcome === 'failed' || build.outcome === 'cancelled')
            return [failureNote(build, withOutput)];
        if (build.outcome === 'reused' && build.reusedFrom)
            return [reuseNote(build)];
        return [];
    });
}


/***/ }),

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ channelsSection),
/* harmony export */   Rq: () => (/* binding */ retentionSections)
/* harmony export */ });
/* unused harmony export channelsTable */
/* harmony import */ var _build_sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4388);
/* harmony import */ var _markdown_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3428);
// The parts of the summary and the PR comment about what happened after the build: each channel in
// each region (the image it points to now and the one before), the launch template's new default
// version, and, in the summary, each image retention kept or removed and why. Pure functions of the
// report's plain data.


const OUTCOME = {
    moved: '✅ moved',
    unchanged: '➖ unchanged',
    held: '⏸️ kept',
    failed: '❌ failed'
};
const NOTE_CHARS = 400;
const image = (region, id) => (id ? (0,_build_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .consoleLink */ .i1)(region, id) : '—');
function commitCell(report, sha) {
    if (!sha)
        return '—';
    if (!/^[0-9a-f]{40}$/.test(sha) || !report.repository)
        return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(sha.slice(0, 7));
    return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(sha.slice(0, 7)), `${report.serverUrl}/${report.repository}/commit/${sha}`);
}
function channelsTable(section, report) {
    const withCommit = section.channels.some(c => c.imageCommit);
    const rows = section.channels.map(c => [
        (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.channel),
        (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(c.region),
        image(c.region, c.now),
        image(c.region, c.before),
        ...(withCommit ? [commitCell(report, c.imageCommit)] : []),
        `${OUTCOME[c.outcome]}${c.version !== undefined ? ` (version ${c.version})` : ''}`,
        (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(c.note, NOTE_CHARS))
    ]);
    return (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Channel', 'Region', 'Now', 'Before', ...(withCommit ? ['Image commit'] : []), 'Outcome', 'Why'], rows);
}
function launchTemplateLines(section) {
    return section.launchTemplates.map(lt => {
        const name = lt.name ? `${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(lt.name)}${lt.id ? ` (${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(lt.id)})` : ''}` : 'launch template';
        if (lt.failed)
            return `❌ Launch template in ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(lt.region)}: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(lt.note ?? '', NOTE_CHARS))}`;
        if (lt.version !== undefined) {
            return `Launch template ${name} in ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(lt.region)}: version **${lt.version}** is the default (was ${lt.previousVersion ?? '—'}).`;
        }
        return `Launch template ${name} in ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(lt.region)}: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(lt.note ?? 'unchanged', NOTE_CHARS))}.`;
    });
}
/** The channels section, under a heading of the given level. */
function channelsSection(section, report, level) {
    if (!section)
        return [];
    if (section.skipped)
        return [`${level} Channels`, `Not moved: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(section.skipped)}.`];
    const lines = launchTemplateLines(section);
    return [
        `${level} Channels`,
        channelsTable(section, report),
        ...(lines.length ? [lines.join('<br>\n')] : [])
    ];
}
const ACTION = {
    kept: 'kept',
    removed: '🗑️ removed',
    deprecated: 'deprecated',
    'would-remove': 'would remove',
    'would-deprecate': 'would deprecate',
    'already-deprecated': 'deprecated already',
    failed: '⚠️ not removed'
};
const when = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
function policyLine(section) {
    const parts = [`Keeps the newest ${section.keep ?? 1} build${section.keep === 1 ? '' : 's'}`];
    if (section.keepDays !== undefined)
        parts.push(`and anything younger than ${section.keepDays} days`);
    parts.push('and anything a channel, a launch template or an instance uses, or that is protected from deregistration');
    const how = section.dryRun
        ? ' **Dry run: nothing was removed.**'
        : section.deprecate
            ? ' Older images are deprecated, not removed.'
            : '';
    return `${parts.join(', ')}.${how}`;
}
function retentionSections(sections, report) {
    return (sections ?? []).flatMap(section => {
        const rows = [...section.images]
            .sort((a, b) => b.createdAt - a.createdAt || a.region.localeCompare(b.region))
            .map(line => [
            image(line.region, line.id),
            (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(line.region),
            commitCell(report, line.commit),
            (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(when(line.createdAt)),
            `${ACTION[line.action]}${line.snapshotsDeleted?.length ? ` with ${line.snapshotsDeleted.map(_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(', ')}` : ''}`,
            (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(line.why, NOTE_CHARS))
        ]);
        return [
            `### Retention: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(section.family)}`,
            policyLine(section),
            ...(rows.length ? [(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Image', 'Region', 'Commit', 'Created (UTC)', 'Action', 'Why'], rows)] : []),
            ...section.warnings.map(w => `⚠️ ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, NOTE_CHARS))}`)
        ];
    });
}


/***/ }),

/***/ 6742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ql: () => (/* binding */ commentMarker),
  kh: () => (/* binding */ outputsSection),
  wQ: () => (/* binding */ renderComment),
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: MAX_COMMENT_CHARS

// EXTERNAL MODULE: ./src/github/build-sections.ts
var build_sections = __webpack_require__(4388);
// EXTERNAL MODULE: ./src/github/channel-sections.ts
var channel_sections = __webpack_require__(1765);
// EXTERNAL MODULE: ./src/github/markdown-text.ts
var markdown_text = __webpack_require__(3428);
;// CONCATENATED MODULE: ./src/github/timeline.ts
// The per-step timeline of one build, as a table with a bar drawn in text: where each step
// starts and how long it runs, on the scale of the whole build. A text bar, rather than a
// Mermaid chart, stays readable in the summary, in a notification e-mail and in plain text.

const BAR_WIDTH = 24;
const STEP_ICON = { succeeded: '', failed: '❌ ', cancelled: '⚪ ' };
/**
 * `░░░░██████░░…`: the step's share of the build, at its place in it. Both ends are rounded the
 * same way, so back-to-back steps meet without a gap; a short step still gets one cell.
 */
function bar(offsetMs, durationMs, totalMs, width = BAR_WIDTH) {
    const scale = totalMs > 0 ? width / totalMs : 0;
    const start = Math.min(width - 1, Math.max(0, Math.round(offsetMs * scale)));
    const end = Math.min(width, Math.max(start + 1, Math.round((offsetMs + durationMs) * scale)));
    return '░'.repeat(start) + '█'.repeat(end - start) + '░'.repeat(width - end);
}
function renderTimeline(build) {
    if (build.steps.length === 0)
        return '_No step ran._';
    const origin = Math.min(build.startedAt, ...build.steps.map(step => step.startedAt));
    const end = Math.max(...build.steps.map(step => step.startedAt + step.durationMs));
    const total = Math.max(end - origin, 1);
    const rows = build.steps.map(step => {
        const offset = step.startedAt - origin;
        return [
            `${STEP_ICON[step.status]}${(0,markdown_text/* text */.Qq)(step.title)}`,
            `+${(0,markdown_text/* duration */.p0)(offset)}`,
            (0,markdown_text/* duration */.p0)(step.durationMs),
            // A code span keeps the bar in a monospace font, so the rows line up.
            (0,markdown_text/* code */.aY)(bar(offset, step.durationMs, total))
        ];
    });
    return (0,markdown_text/* table */.tp)(['Step', 'Starts at', 'Took', 'Timeline'], rows);
}

;// CONCATENATED MODULE: ./src/github/markdown.ts
// The two places people look for the image: the pull request comment (short: what was built,
// where, and why not) and the job summary (the same, plus the step timeline, the EC2 call
// count and the outputs a deploy job reads). Pure functions of a BuildReport.




/** GitHub refuses longer comment bodies (422). */
const MAX_COMMENT_CHARS = 65536;
/**
 * The hidden first line that finds this template's comment again on the next push. `--` and
 * `>` are encoded so no path can end the HTML comment early.
 */
function commentMarker(templatePath) {
    const hex = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    return `<!-- build-ami:${templatePath.replace(/[<>\s%]|-(?=-)/g, hex)} -->`;
}
function footer(report) {
    const parts = [`Build id ${(0,markdown_text/* code */.aY)(report.buildId)}`];
    if (report.runUrl)
        parts.push((0,markdown_text/* link */.nf)('workflow run', report.runUrl));
    return `<sub>${parts.join(' · ')}</sub>`;
}
function composeComment(report, withOutput) {
    return [
        commentMarker(report.templatePath),
        (0,build_sections/* headline */.Pl)(report, '###'),
        (0,build_sections/* buildsTable */.mG)(report),
        ...(0,build_sections/* buildNotes */.uc)(report, withOutput),
        ...(0,channel_sections/* channelsSection */.O6)(report.channels, report, '####'),
        footer(report)
    ].join('\n\n');
}
/** The PR comment body, starting with the marker; kept under GitHub's size limit. */
function renderComment(report) {
    const full = composeComment(report, true);
    if (full.length <= MAX_COMMENT_CHARS)
        return full;
    // Output blocks are what grows; without them the comment still says what failed.
    const note = '\n\n_Output left out to fit in a comment: see the job summary._';
    const short = composeComment(report, false) + note;
    if (short.length <= MAX_COMMENT_CHARS)
        return short;
    return `${short.slice(0, MAX_COMMENT_CHARS - note.length - 1)}…${note}`;
}
/** A YAML job id or step id we can show as is; anything else becomes a placeholder. */
const yamlId = (id, fallback) => id && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(id) && !id.startsWith('__') ? id : fallback;
function deploySnippet(report) {
    const job = yamlId(report.jobId, 'build');
    const step = yamlId(report.stepId, 'ami');
    return (0,markdown_text/* codeBlock */.DV)([
        'jobs:',
        `  ${job}:`,
        '    outputs:',
        `      ami-id: \${{ steps.${step}.outputs.ami-id }}`,
        '    steps:',
        `      - id: ${step}  # the build-ami step`,
        '  deploy:',
        `    needs: ${job}`,
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - run: ./deploy.sh "\${{ needs.${job}.outputs.ami-id }}"`
    ], 'yaml');
}
function outputsSection(report) {
    const entries = Object.entries(report.outputs).filter(([, value]) => value !== '');
    if (entries.length === 0)
        return [];
    const parts = [
        '### Outputs',
        (0,markdown_text/* table */.tp)(['Output', 'Value'], entries.map(([name, value]) => [(0,markdown_text/* code */.aY)(name), (0,markdown_text/* code */.aY)(value)]))
    ];
    if (report.outputs['ami-id']) {
        parts.push('A later job reads them through `needs`:', deploySnippet(report));
    }
    return parts;
}
function timelines(report) {
    return report.builds
        .filter(build => build.steps.length > 0)
        .flatMap(build => [`### Timeline: ${(0,markdown_text/* code */.aY)(build.name)}`, renderTimeline(build)]);
}
/** The job summary: the comment's table and notes, the timeline of each build, EC2 calls and outputs. */
function renderSummary(report) {
    const calls = report.ec2Calls === undefined ? [] : [`EC2 API calls: **${(0,markdown_text/* text */.Qq)(String(report.ec2Calls))}**`];
    if (report.ssmCalls)
        calls.push(`Parameter Store API calls: **${(0,markdown_text/* text */.Qq)(String(report.ssmCalls))}**`);
    return [
        (0,build_sections/* headline */.Pl)(report, '##'),
        (0,build_sections/* buildsTable */.mG)(report),
        ...(0,build_sections/* buildNotes */.uc)(report),
        ...(0,channel_sections/* channelsSection */.O6)(report.channels, report, '###'),
        ...(0,channel_sections/* retentionSections */.Rq)(report.retention, report),
        ...timelines(report),
        ...calls,
        ...outputsSection(report),
        footer(report)
    ].join('\n\n');
}


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Writes the rendered summary to the job summary. The sink is handed in (the caller passes
// `md => core.summary.addRaw(md).write()`, tests a fake), so this module needs no runner.
// Like the PR comment, the summary is a courtesy: failing to write it must not fail a build
// that made its image, so errors come back as a reason to log, not as a throw.

/** Appends `markdown` and a blank line, so a second report (another template) starts cleanly. */
async function writeSummary(markdown, sink) {
    try {
        await sink(markdown.endsWith('\n') ? `${markdown}\n` : `${markdown}\n\n`);
        return { written: true };
    }
    catch (error) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
        return { written: false, reason: `the job summary could not be written: ${why}` };
    }
}


/***/ }),

/***/ 1781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromote: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/action/channel-outputs.ts
var channel_outputs = __webpack_require__(7822);
// EXTERNAL MODULE: ./src/action/lifecycle-report.ts
var lifecycle_report = __webpack_require__(8349);
// EXTERNAL MODULE: ./src/aws/lifecycle-clients.ts
var lifecycle_clients = __webpack_require__(6432);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/run-info.ts
var run_info = __webpack_require__(8219);
// EXTERNAL MODULE: ./src/github/channel-sections.ts
var channel_sections = __webpack_require__(1765);
// EXTERNAL MODULE: ./src/github/markdown.ts + 1 modules
var markdown = __webpack_require__(6742);
// EXTERNAL MODULE: ./src/github/markdown-text.ts
var markdown_text = __webpack_require__(3428);
;// CONCATENATED MODULE: ./src/github/promote-summary.ts
// The job summary of a promote (mode: promote, a rollback): which channel now points where, in each
// region, and where it pointed before; the launch template's new default version; and what it cost
// (a handful of calls, no instance). Pure function of the report.



function renderPromoteSummary(report) {
    const section = report.channels;
    const failed = section?.channels.some(c => c.outcome === 'failed') || section?.launchTemplates.some(l => l.failed);
    const names = [...new Set(section?.channels.map(c => c.channel) ?? [])].map(markdown_text/* code */.aY).join(', ');
    const target = report.promote?.target ?? '';
    const headline = failed
        ? `## ❌ Promote of ${names} to ${(0,markdown_text/* text */.Qq)(target)} did not finish`
        : `## ⏪ ${names} promoted to ${(0,markdown_text/* text */.Qq)(target)}`;
    const cost = [
        `EC2 API calls: **${report.ec2Calls ?? 0}**`,
        `Parameter Store API calls: **${report.ssmCalls ?? 0}**`,
        ...(report.durationMs !== undefined ? [`in ${(0,markdown_text/* duration */.p0)(report.durationMs)}`] : []),
        'no instance started'
    ].join(' · ');
    const footer = report.runUrl ? [`<sub>${(0,markdown_text/* link */.nf)('workflow run', report.runUrl)}</sub>`] : [];
    return [
        headline,
        ...(0,channel_sections/* channelsSection */.O6)(section, report, '###').slice(1),
        cost,
        ...(0,markdown/* outputsSection */.kh)(report),
        ...footer
    ].join('\n\n');
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/inputs.ts + 2 modules
var src_inputs = __webpack_require__(3724);
// EXTERNAL MODULE: ./src/channels/follow.ts + 1 modules
var follow = __webpack_require__(4848);
// EXTERNAL MODULE: ./src/channels/parameter.ts
var parameter = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/tags.ts
var tags = __webpack_require__(9506);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/finished-images.ts
var finished_images = __webpack_require__(5376);
;// CONCATENATED MODULE: ./src/promote/targets.ts
// The image promote points a channel at, in one region: the previous one (from the channel's own
// history), the one a commit built (found by the build's tags), or a given AMI and its copies (same
// build id, same family). Each is an available image of the account, checked before anything is written.





/** The image if it exists in this region and is available, else undefined. */
async function availableImage(ec2, imageId, region) {
    try {
        const { Images = [] } = await ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] }));
        return Images.find(i => i.ImageId === imageId && i.State === 'available');
    }
    catch (error) {
        if (/NotFound|Malformed/.test((0,errors/* errorCode */.CA)(error) ?? ''))
            return undefined;
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `looking up ${imageId} in ${region}`,
            resource: imageId,
            cause: error
        });
    }
}
/**
 * The image the channel pointed to before its current one: walking its history back, past the value it
 * holds now, past images a promote rolled away from (so a second rollback goes further back instead of
 * undoing the first), and past images that no longer exist.
 */
async function previousTarget(ec2, state) {
    const current = state.current;
    if (!current)
        throw noTarget(state, 'it does not exist');
    const rolledAway = new Set();
    const passed = [];
    for (const version of [...state.versions].reverse()) {
        if (version.record?.by === 'promote' && version.record.from)
            rolledAway.add(version.record.from);
        if (version === current || version.value === current.value || rolledAway.has(version.value))
            continue;
        const image = await availableImage(ec2, version.value, state.region);
        if (!image) {
            passed.push(`${version.value} (version ${version.version}) no longer exists`);
            continue;
        }
        return {
            image,
            how: `version ${version.version}, before ${current.value}${passed.length ? `; passed over ${passed.join(', ')}` : ''}`
        };
    }
    throw noTarget(state, `its history (${state.versions.length} version${state.versions.length === 1 ? '' : 's'}) holds no earlier image${passed.length ? ` that still exists (${passed.join(', ')})` : ''}${rolledAway.size ? ` it was not rolled back from (${[...rolledAway].join(', ')})` : ''}`);
}
const noTarget = (state, why) => new src_errors/* AwsOperationError */.dP({
    operation: 'GetParameterHistory',
    doing: `finding the image before the current one of ${state.name} in ${state.region}: ${why}`
});
/** The family of the image a channel points to now (its build-ami:family tag), to narrow a search by commit. */
async function familyOfCurrent(ec2, state) {
    if (!state.current)
        return undefined;
    const image = await availableImage(ec2, state.current.value, state.region);
    return image ? (0,tags/* tagOf */.cO)(image, tags/* TAGS */.gp.family) : undefined;
}
async function commitTarget(ec2For, query) {
    const filters = [
        { Name: 'state', Values: ['available'] },
        (0,tags/* tagFilter */.fB)(tags/* TAGS */.gp.commit, [query.sha.length === 40 ? query.sha : `${query.sha}*`]),
        (0,finished_images/* completeOrCopyFilter */.E$)(),
        ...(query.repository ? [(0,tags/* tagFilter */.fB)(tags/* TAGS */.gp.repository, [query.repository])] : []),
        ...(query.family ? [(0,tags/* tagFilter */.fB)(tags/* TAGS */.gp.family, [query.family])] : [])
    ];
    const listed = await ec2For(query.region)
        .send(new dist_cjs/* DescribeImagesCommand */.ji5({ Owners: ['self'], Filters: filters, IncludeDeprecated: true }))
        .catch(error => {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `looking for the image commit ${query.sha} built in ${query.region}`,
            cause: error
        });
    });
    // A copy only once the image it was copied from is a finished build's.
    const Images = await (0,finished_images/* onlyFinished */.nz)(ec2For, listed.Images ?? [], image => ({
        region: query.region,
        id: image.ImageId ?? '',
        complete: (0,tags/* tagOf */.cO)(image, tags/* TAGS */.gp.complete)
    }));
    const doing = `finding the image commit ${query.sha} built in ${query.region}${query.family ? ` (family ${query.family})` : ''}`;
    if (!Images.length) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `${doing}: no finished image of ${query.repository ?? 'this repository'} carries ${tags/* TAGS */.gp.commit}=${query.sha}`
        });
    }
    const commits = [...new Set(Images.map(i => (0,tags/* tagOf */.cO)(i, tags/* TAGS */.gp.commit)))];
    if (commits.length > 1) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `${doing}: ${query.sha} matches several commits (${commits.join(', ')}); give more of the SHA`
        });
    }
    const families = [...new Set(Images.map(i => (0,tags/* tagOf */.cO)(i, tags/* TAGS */.gp.family) ?? '(none)'))];
    if (families.length > 1) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `${doing}: the commit built several images (families ${families.join(', ')}) and the channel's current image names none; promote by ami-id`
        });
    }
    const newest = [...Images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
    return { image: newest, how: `built from commit ${commits[0].slice(0, 7)}` };
}
/** The given image where it is, and its copies (same build id and family) in the other regions. */
async function amiTargets(ec2For, amiId, regions) {
    const found = await Promise.all(regions.map(async (region) => [region, await availableImage(ec2For(region), amiId, region)]));
    const home = found.find(([, image]) => image);
    if (!home) {
        throw new src_errors/* AwsOperationError */.dP({
            operation: 'DescribeImages',
            doing: `finding ${amiId}: it is not an available image in ${regions.join(', ')}`
        });
    }
    const [homeRegion, image] = home;
    const buildId = (0,tags/* tagOf */.cO)(image, tags/* TAGS */.gp.buildId);
    const family = (0,tags/* tagOf */.cO)(image, tags/* TAGS */.gp.family);
    const targets = { [homeRegion]: { image, how: 'given' } };
    for (const region of regions.filter(r => r !== homeRegion)) {
        if (!buildId) {
            throw new src_errors/* AwsOperationError */.dP({
                operation: 'DescribeImages',
                doing: `finding the copy of ${amiId} in ${region}: ${amiId} carries no ${tags/* TAGS */.gp.buildId} tag to find its copies by; promote it with regions: ${homeRegion}`
            });
        }
        const { Images = [] } = await ec2For(region)
            .send(new dist_cjs/* DescribeImagesCommand */.ji5({
            Owners: ['self'],
            IncludeDeprecated: true,
            Filters: [
                { Name: 'state', Values: ['available'] },
                (0,tags/* tagFilter */.fB)(tags/* TAGS */.gp.buildId, [buildId]),
                (0,finished_images/* completeOrCopyFilter */.E$)(),
                ...(family ? [(0,tags/* tagFilter */.fB)(tags/* TAGS */.gp.family, [family])] : [])
            ]
        }))
            .catch(error => {
            throw new src_errors/* AwsOperationError */.dP({
                operation: 'DescribeImages',
                doing: `finding the copy of ${amiId} in ${region}`,
                cause: error
            });
        });
        const mine = Images.filter(i => !family || (0,tags/* tagOf */.cO)(i, tags/* TAGS */.gp.family) === family);
        // A copy only once the image it was copied from is a finished build's.
        const finished = await (0,finished_images/* onlyFinished */.nz)(ec2For, mine, i => ({
            region,
            id: i.ImageId ?? '',
            complete: (0,tags/* tagOf */.cO)(i, tags/* TAGS */.gp.complete)
        }));
        const copy = finished.sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
        if (!copy) {
            throw new src_errors/* AwsOperationError */.dP({
                operation: 'DescribeImages',
                doing: `finding the copy of ${amiId} in ${region}: the build that made it (${tags/* TAGS */.gp.buildId}=${buildId}) left no finished image there`
            });
        }
        targets[region] = { image: copy, how: `the copy of ${amiId} made by the same build` };
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/promote/promote.ts





/** The regions to act in: as given, else as the channel's current version recorded them. */
async function regionsOf(request, deps, states) {
    if (request.regions.length)
        return [...request.regions];
    const home = request.defaultRegion;
    if (!home) {
        throw new Error('promote needs to know where the channel is: set regions, or AWS_REGION (aws-actions/configure-aws-credentials sets it)');
    }
    const channel = request.channels[0];
    const state = await (0,parameter/* readChannel */.my)(deps.clients.ssm(home), channel, home);
    states.set(`${channel}|${home}`, state);
    if (!state.current)
        throw new Error(`channel ${channel} does not exist in ${home}; set regions to where it is`);
    const recorded = state.current.record?.regions ?? [];
    return recorded.length ? recorded : [home];
}
async function targetFor(request, deps, state, amis) {
    const ec2 = deps.clients.ec2(state.region);
    switch (request.target.kind) {
        case 'previous':
            return previousTarget(ec2, state);
        case 'commit':
            return commitTarget(deps.clients.ec2, {
                sha: request.target.sha,
                repository: request.repository,
                family: await familyOfCurrent(ec2, state),
                region: state.region
            });
        case 'ami':
            return amis[state.region];
    }
}
async function promote(request, deps) {
    const states = new Map();
    const regions = await regionsOf(request, deps, states);
    const work = request.channels.flatMap(channel => regions.map(region => ({ channel, region })));
    await Promise.all(work.map(async ({ channel, region }) => {
        const key = `${channel}|${region}`;
        if (!states.has(key))
            states.set(key, await (0,parameter/* readChannel */.my)(deps.clients.ssm(region), channel, region));
    }));
    const amis = request.target.kind === 'ami'
        ? await amiTargets(deps.clients.ec2, request.target.amiId, regions)
        : undefined;
    // Every target first: nothing is written unless each channel has its image in each region.
    const planned = await Promise.all(work.map(async ({ channel, region }) => {
        const state = states.get(`${channel}|${region}`);
        return { state, target: await targetFor(request, deps, state, amis) };
    }));
    if (request.signal?.aborted)
        throw new Error('cancelled before any channel was written');
    const updates = await Promise.all(planned.map(async ({ state, target }) => {
        const ami = target.image.ImageId;
        const current = state.current;
        const imageCommit = (0,tags/* tagOf */.cO)(target.image, tags/* TAGS */.gp.commit);
        const base = { channel: state.name, region: state.region, imageCommit };
        if (current?.value === ami) {
            deps.log.info(`Channel ${state.name} in ${state.region}: already points to ${ami} (${target.how})`);
            return { ...base, ami, outcome: 'unchanged', reason: `it already points to ${ami}` };
        }
        const record = {
            ami,
            by: 'promote',
            // What the channel had seen before: a slow build of the commit rolled away from must not move it back.
            key: current?.record?.key,
            regions,
            from: current?.value,
            imageCommit
        };
        try {
            const version = await (0,parameter/* writeChannel */.NH)(deps.clients.ssm(state.region), { name: state.name, region: state.region, existing: state }, record, deps.write);
            deps.log.info(`Channel ${state.name} in ${state.region}: ${current?.value ?? '(new)'} → ${ami} (version ${version}; ${target.how})`);
            return { ...base, ami, previous: current?.value, outcome: 'moved', version, reason: target.how };
        }
        catch (error) {
            return {
                ...base,
                ami: current?.value,
                outcome: 'failed',
                reason: 'failed',
                warning: (0,src_errors/* messageOf */.bD)(error)
            };
        }
    }));
    const errors = updates.flatMap(u => (u.outcome === 'failed' && u.warning ? [u.warning] : []));
    let launchTemplates = [];
    if (request.launchTemplate) {
        const first = updates.filter(u => u.channel === request.channels[0] && u.outcome !== 'failed' && u.ami);
        const followed = await (0,follow/* followChannel */.n)({
            ref: request.launchTemplate,
            targets: Object.fromEntries(first.map(u => [u.region, u.ami])),
            channels: request.channels,
            description: `build-ami promote of ${request.channels[0]}`,
            clientToken: request.clientToken
        }, deps);
        launchTemplates = followed.outcomes;
        errors.push(...followed.errors);
    }
    return { regions, updates, launchTemplates, errors };
}

;// CONCATENATED MODULE: ./src/run-promote.ts
// The main step with mode: promote: points channels at an existing image (a rollback) and reports it.
// No template is read and nothing is built or created, so the post step has nothing to clean up.
// Cancelled before the first write, it changes nothing; once writing, it finishes (a few seconds),
// rather than leave a channel moved in one region and not in another.










const describeTarget = (target) => target.kind === 'previous'
    ? 'the previous image'
    : target.kind === 'ami'
        ? target.amiId
        : `commit ${target.sha}`;
async function runPromote() {
    const controller = new AbortController();
    const cancel = (signal) => {
        if (controller.signal.aborted)
            return;
        core/* warning */.$e(`${signal} received: the run was cancelled. No channel is written from now on.`);
        controller.abort(new Error(`cancelled (${signal})`));
    };
    process.on('SIGINT', () => cancel('SIGINT'));
    process.on('SIGTERM', () => cancel('SIGTERM'));
    const started = Date.now();
    try {
        const inputs = (0,src_inputs/* readInputs */.K)(name => core/* getInput */.V4(name));
        const run = (0,run_info/* readRunInfo */.m)(process.env);
        const clients = (0,lifecycle_clients/* lifecycleClients */.p)(process.env, () => ({ credentials: {} }), core/* info */.pq);
        core/* startGroup */.Oh(`Promote ${inputs.channels.join(', ')} to ${describeTarget(inputs.promoteTo)}`);
        let result;
        try {
            result = await promote({
                channels: inputs.channels,
                target: inputs.promoteTo,
                regions: inputs.regions,
                defaultRegion: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined,
                repository: run.repository || undefined,
                launchTemplate: inputs.launchTemplate,
                clientToken: `promote-${run.runId || started}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
                signal: controller.signal
            }, { clients, log: { info: core/* info */.pq, warning: core/* warning */.$e } });
        }
        finally {
            core/* endGroup */.N4();
        }
        const outputs = {
            ...(0,channel_outputs/* channelOutputs */.U)(result, inputs.channels[0], result.regions[0]),
            ...promotedImages(result.updates.filter(u => u.channel === inputs.channels[0]), result.regions[0])
        };
        for (const [name, value] of Object.entries(outputs))
            core/* setOutput */.uH(name, value);
        const calls = clients.calls();
        const summary = await (0,github_summary/* writeSummary */.S)(renderPromoteSummary({
            templatePath: '',
            buildId: '',
            sha: run.sha,
            repository: run.repository,
            serverUrl: run.serverUrl,
            runUrl: run.runUrl || undefined,
            builds: [],
            ec2Calls: calls.ec2,
            ssmCalls: calls.ssm,
            outputs,
            jobId: process.env.GITHUB_JOB,
            stepId: process.env.GITHUB_ACTION,
            channels: (0,lifecycle_report/* channelSection */.$U)(result),
            promote: { target: describeTarget(inputs.promoteTo) },
            durationMs: Date.now() - started
        }), markdown => core/* summary */.z.addRaw(markdown).write());
        if (!summary.written)
            core/* warning */.$e(`No job summary was written: ${summary.reason}`);
        core/* info */.pq(`Promote: ${calls.ec2} EC2 and ${calls.ssm} Parameter Store calls in ${((Date.now() - started) / 1000).toFixed(1)}s; no instance started.`);
        if (result.errors.length)
            core/* setFailed */.C1(`Promote did not finish: ${result.errors.join('; ')}`);
    }
    catch (error) {
        core/* setFailed */.C1((0,src_errors/* messageOf */.bD)(error));
    }
    process.exit(process.exitCode ?? 0);
}
/** ami-id, region and amis: the image the channel points to now, as after a build. */
function promotedImages(updates, firstRegion) {
    const amis = Object.fromEntries(updates.flatMap(u => (u.ami ? [[u.region, u.ami]] : [])));
    const region = firstRegion && amis[firstRegion] ? firstRegion : Object.keys(amis)[0];
    return region
        ? { 'ami-id': amis[region], region, amis: JSON.stringify(amis) }
        : { amis: JSON.stringify(amis) };
}


/***/ })

};
