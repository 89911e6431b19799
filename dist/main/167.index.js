export const id = 167;
export const ids = [167];
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

/***/ 1167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/github/markdown.ts + 1 modules
var markdown = __webpack_require__(6742);
;// CONCATENATED MODULE: ./src/github/api-errors.ts
// Turns a failed GitHub API call into the sentence a user reads in the warning: what we were
// doing, what GitHub said, and how to fix it. A PR comment is a courtesy, so every failure
// ends here instead of failing a build that made its image.
const FIX = 'give the workflow `permissions: pull-requests: write`, or set comment-on-pr: false';
/** GitHub's own message ("Resource not accessible by integration"), without Octokit's doc link. */
function githubMessage(failure) {
    const fromBody = failure.response?.data?.message;
    if (typeof fromBody === 'string' && fromBody)
        return fromBody;
    return typeof failure.message === 'string' ? failure.message : String(failure);
}
/**
 * Why no comment was written. `doing` completes "the token cannot …" and "… failed",
 * e.g. "write pull request comments" or "list the comments of pull request #12".
 */
function explainFailure(error, doing) {
    const failure = (typeof error === 'object' && error !== null ? error : { message: String(error) });
    const status = typeof failure.status === 'number' ? failure.status : undefined;
    const said = githubMessage(failure);
    switch (status) {
        case 401:
            return `the token was rejected (401: ${said}); check the github-token input, or set comment-on-pr: false`;
        case 403:
            return `the token cannot ${doing} (403: ${said}); ${FIX}`;
        case 404:
            return `the token cannot ${doing} (404: ${said}): it cannot see the repository or pull request; ${FIX}`;
        case undefined:
            return `could not ${doing}: ${said}`;
        default:
            return `could not ${doing}: GitHub answered ${status} (${said})`;
    }
}
const NO_TOKEN = 'there is no token (the github-token input is empty); leave it at its default, ${{ github.token }}, or set comment-on-pr: false';

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/client.ts
// The one place that builds a GitHub API client. The base URL is passed in (GITHUB_API_URL, read
// by the caller), so GitHub Enterprise Server and the test stub work the same way as github.com.

function createGitHubClient(token, apiUrl) {
    return (0,github/* getOctokit */.Q)(token, apiUrl ? { baseUrl: apiUrl.replace(/\/+$/, '') } : {});
}

;// CONCATENATED MODULE: ./src/github/pull-request-target.ts
// Which pull requests a run should comment on. A `pull_request` event names its pull request;
// a `push` may belong to open pull requests, which GitHub lists for the commit. Any other
// event, or a push outside a pull request, has nowhere to comment.

/**
 * A `pull_request` run from a fork gets a read-only token whatever the workflow asks for, so
 * trying would only earn a 403. `pull_request_target` runs with the base repository's token.
 * A head repository that is null was a fork since deleted.
 */
function forkOf(query) {
    const head = query.payload.pull_request?.head;
    if (query.eventName !== 'pull_request' || !head || head.repo === undefined)
        return undefined;
    const name = head.repo?.full_name;
    if (name && name.toLowerCase() === query.repository.toLowerCase())
        return undefined;
    return name ?? 'a deleted fork';
}
async function findPullRequests(octokit, query) {
    if (query.eventName === 'pull_request' || query.eventName === 'pull_request_target') {
        const number = query.payload.pull_request?.number;
        if (typeof number !== 'number')
            return { skip: `the ${query.eventName} event names no pull request` };
        const fork = forkOf(query);
        if (fork) {
            return {
                skip: `pull request #${number} comes from a fork (${fork}), whose token GitHub makes read-only; the report is in the job summary`
            };
        }
        return { pullRequests: [number] };
    }
    if (query.eventName !== 'push')
        return { skip: `a ${query.eventName || 'run without an'} event has no pull request` };
    if (!octokit)
        return { skip: NO_TOKEN };
    const [owner, repo] = query.repository.split('/');
    const short = query.sha.slice(0, 7);
    try {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner,
            repo,
            commit_sha: query.sha,
            per_page: 100
        });
        // A commit on the default branch also lists the pull requests merged into it: skip those.
        const open = data.filter(pull => pull.state === 'open').map(pull => pull.number);
        if (open.length === 0)
            return { skip: `commit ${short} is not in an open pull request` };
        return { pullRequests: open.sort((a, b) => a - b) };
    }
    catch (error) {
        return { skip: explainFailure(error, `list the pull requests of commit ${short}`) };
    }
}

;// CONCATENATED MODULE: ./src/github/pull-request-comment.ts
// Keeps one comment per template on the pull request up to date. The comment carries a hidden
// marker; each run finds it again (reading every page of comments) and edits it in place, so a
// pull request with twenty pushes still has one comment, showing the latest image.
//
// A comment is ours only when it starts with the marker AND was written by the token's identity:
// anyone can paste the marker into a comment of their own, and editing that would overwrite their
// words (or fail with a 403). A GITHUB_TOKEN writes as github-actions[bot] but may not read GET /user
// (403 for an installation token), so that login is assumed; the token's own login is asked for only
// when a marked comment by someone else turns up (a personal access token writes as its owner).



const silent = { info: () => { }, debug: () => { } };
/** Who a GITHUB_TOKEN writes comments as. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The token's identity: github-actions[bot], and the login GET /user names when it answers. */
class Identity {
    octokit;
    log;
    asked;
    constructor(octokit, log) {
        this.octokit = octokit;
        this.log = log;
    }
    async isUs(login) {
        if (login === undefined)
            return false;
        if (login === ACTIONS_BOT_LOGIN)
            return true;
        this.asked ??= this.octokit.rest.users.getAuthenticated().then(response => response.data.login, (error) => {
            this.log.debug(`GET /user did not answer (${error.status ?? 'error'}): ` +
                `taking the token to be ${ACTIONS_BOT_LOGIN}`);
            return undefined;
        });
        return (await this.asked) === login;
    }
}
/** The oldest comment that starts with the marker and is ours, reading pages only until it is found. */
async function findMarked(place, marker, identity, log) {
    const { octokit, owner, repo, issue } = place;
    let found;
    for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100
    })) {
        for (const comment of response.data) {
            if (!comment.body?.trimStart().startsWith(marker))
                continue;
            if (await identity.isUs(comment.user?.login)) {
                found = comment;
                break;
            }
            log.debug(`Comment ${comment.id} carries the marker but was written by ${comment.user?.login}: not ours`);
        }
        if (found)
            break;
    }
    return found;
}
function isNotFound(error) {
    return error?.status === 404;
}
async function upsertOne(place, marker, body, identity, log) {
    const { octokit, owner, repo, issue } = place;
    const existing = await findMarked(place, marker, identity, log);
    if (existing) {
        try {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body
            });
            return { status: 'updated', url: data.html_url };
        }
        catch (error) {
            // Deleted between listing and editing: write a new one rather than give up.
            if (!isNotFound(error))
                throw error;
            log.debug(`Comment ${existing.id} disappeared before it could be edited; creating a new one`);
        }
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
    return { status: 'created', url: data.html_url };
}
/**
 * Creates or edits this template's comment on every open pull request the run belongs to.
 * Never throws for GitHub's refusals or outages: the result says why nothing was written,
 * for the caller to log as a warning.
 */
async function upsertPullRequestComment(options) {
    const log = options.log ?? silent;
    const [owner, repo, extra] = options.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        return {
            status: 'skipped',
            reason: `the repository "${options.repository}" is not in the form owner/name`
        };
    }
    const octokit = options.octokit ?? (options.token ? createGitHubClient(options.token, options.apiUrl) : undefined);
    const target = await findPullRequests(octokit, {
        repository: options.repository,
        eventName: options.eventName,
        payload: options.eventPayload,
        sha: options.sha
    });
    if ('skip' in target)
        return { status: 'skipped', reason: target.skip };
    if (!octokit)
        return { status: 'skipped', reason: NO_TOKEN };
    // Without the marker up front the next run could not find this comment, and would add another.
    const body = options.body.startsWith(options.marker) ? options.body : `${options.marker}\n${options.body}`;
    const written = [];
    const identity = new Identity(octokit, log);
    for (const issue of target.pullRequests) {
        log.debug(`Looking for the comment marked ${options.marker} on pull request #${issue}`);
        try {
            const result = await upsertOne({ octokit, owner, repo, issue }, options.marker, body, identity, log);
            log.info(`${result.status === 'created' ? 'Commented on' : 'Updated the comment on'} #${issue}: ${result.url}`);
            written.push(result);
        }
        catch (error) {
            return { status: 'skipped', reason: explainFailure(error, 'write pull request comments') };
        }
    }
    return {
        status: written.some(w => w.status === 'created') ? 'created' : 'updated',
        url: written[0].url,
        pullRequests: target.pullRequests
    };
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/github/publish.ts
// Shows the run where people look: the job summary always, and the pull request comment when
// asked for. Neither can fail the build: trouble becomes a warning that says why.




function eventPayload(env) {
    try {
        return env.GITHUB_EVENT_PATH
            ? JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'))
            : {};
    }
    catch {
        return {};
    }
}
async function publish(options) {
    const { report, run } = options;
    const summary = await (0,github_summary/* writeSummary */.S)((0,markdown/* renderSummary */.Br)(report), options.summary);
    if (!summary.written)
        options.warning(`No job summary was written: ${summary.reason}`);
    if (!options.commentOnPr)
        return;
    const result = await upsertPullRequestComment({
        token: options.token,
        apiUrl: options.env.GITHUB_API_URL,
        repository: run.repository,
        eventName: run.eventName,
        eventPayload: eventPayload(options.env),
        sha: run.sha,
        marker: (0,markdown/* commentMarker */.Ql)(report.templatePath),
        body: (0,markdown/* renderComment */.wQ)(report),
        log: { info: options.info, debug: () => undefined }
    });
    if (result.status === 'skipped') {
        if (run.eventName === 'pull_request' ||
            run.eventName === 'pull_request_target' ||
            run.eventName === 'push') {
            options.warning(`No pull request comment was written: ${result.reason}`);
        }
        else {
            options.info(`No pull request comment: ${result.reason}`);
        }
    }
    else {
        options.info(`Pull request comment ${result.status}: ${result.url}`);
    }
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


/***/ })

};
