// The two places people look for the image: the pull request comment (short: what was built,
// where, and why not) and the job summary (the same, plus the step timeline, the EC2 call
// count and the outputs a deploy job reads). Pure functions of a BuildReport.
import { buildNotes, buildsTable, headline } from './build-sections.js';
import { channelsSection, retentionSections } from './channel-sections.js';
import { code, codeBlock, link, table, text } from './markdown-text.js';
import type { BuildReport } from './report.js';
import { renderTimeline } from './timeline.js';

/** GitHub refuses longer comment bodies (422). */
export const MAX_COMMENT_CHARS = 65536;

/**
 * The hidden first line that finds this template's comment again on the next push. `--` and
 * `>` are encoded so no path can end the HTML comment early.
 */
export function commentMarker(templatePath: string): string {
  const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  return `<!-- build-ami:${templatePath.replace(/[<>\s%]|-(?=-)/g, hex)} -->`;
}

function footer(report: BuildReport): string {
  const parts = [`Build id ${code(report.buildId)}`];
  if (report.runUrl) parts.push(link('workflow run', report.runUrl));
  return `<sub>${parts.join(' · ')}</sub>`;
}

function composeComment(report: BuildReport, withOutput: boolean): string {
  return [
    commentMarker(report.templatePath),
    headline(report, '###'),
    buildsTable(report),
    ...buildNotes(report, withOutput),
    ...channelsSection(report.channels, report, '####'),
    footer(report)
  ].join('\n\n');
}

/** The PR comment body, starting with the marker; kept under GitHub's size limit. */
export function renderComment(report: BuildReport): string {
  const full = composeComment(report, true);
  if (full.length <= MAX_COMMENT_CHARS) return full;
  // Output blocks are what grows; without them the comment still says what failed.
  const note = '\n\n_Output left out to fit in a comment: see the job summary._';
  const short = composeComment(report, false) + note;
  if (short.length <= MAX_COMMENT_CHARS) return short;
  return `${short.slice(0, MAX_COMMENT_CHARS - note.length - 1)}…${note}`;
}

/** A YAML job id or step id we can show as is; anything else becomes a placeholder. */
const yamlId = (id: string | undefined, fallback: string) =>
  id && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(id) && !id.startsWith('__') ? id : fallback;

function deploySnippet(report: BuildReport): string {
  const job = yamlId(report.jobId, 'build');
  const step = yamlId(report.stepId, 'ami');
  return codeBlock(
    [
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
    ],
    'yaml'
  );
}

export function outputsSection(report: BuildReport): string[] {
  const entries = Object.entries(report.outputs).filter(([, value]) => value !== '');
  if (entries.length === 0) return [];
  const parts = [
    '### Outputs',
    table(
      ['Output', 'Value'],
      entries.map(([name, value]) => [code(name), code(value)])
    )
  ];
  if (report.outputs['ami-id']) {
    parts.push('A later job reads them through `needs`:', deploySnippet(report));
  }
  return parts;
}

function timelines(report: BuildReport): string[] {
  return report.builds
    .filter(build => build.steps.length > 0)
    .flatMap(build => [`### Timeline: ${code(build.name)}`, renderTimeline(build)]);
}

/** The job summary: the comment's table and notes, the timeline of each build, EC2 calls and outputs. */
export function renderSummary(report: BuildReport): string {
  const calls = report.ec2Calls === undefined ? [] : [`EC2 API calls: **${text(String(report.ec2Calls))}**`];
  if (report.ssmCalls) calls.push(`Parameter Store API calls: **${text(String(report.ssmCalls))}**`);
  return [
    headline(report, '##'),
    buildsTable(report),
    ...buildNotes(report),
    ...channelsSection(report.channels, report, '###'),
    ...retentionSections(report.retention, report),
    ...timelines(report),
    ...calls,
    ...outputsSection(report),
    footer(report)
  ].join('\n\n');
}
