// The parts the PR comment and the job summary share: a headline, one table row per build,
// and the notes under it (why a build failed and what was cleaned up; where a reused image
// came from).
import { code, codeBlock, duration, link, table, text, truncate } from './markdown-text.js';
import type { BuildLine, BuildReport } from './report.js';

/** How much of a failed step's output to show: the end is where the error is. */
export const OUTPUT_LINES = 30;
const OUTPUT_LINE_CHARS = 400;
const ERROR_CHARS = 2000;

const STATUS: Record<BuildLine['outcome'], string> = {
  succeeded: '✅ built',
  reused: '♻️ reused',
  failed: '❌ failed',
  cancelled: '⚪ cancelled'
};

/** The EC2 console page of an image; plain code when the id or region look wrong for a URL. */
export function consoleLink(region: string, amiId: string): string {
  if (!/^[a-z0-9-]+$/.test(region) || !/^ami-[0-9a-zA-Z]+$/.test(amiId)) return code(amiId);
  const url = `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`;
  return link(code(amiId), url);
}

export function commitLink(report: BuildReport): string {
  if (!report.sha) return '—';
  return link(code(report.sha.slice(0, 7)), `${report.serverUrl}/${report.repository}/commit/${report.sha}`);
}

export function headline(report: BuildReport, level: '##' | '###'): string {
  const total = report.builds.length;
  const failed = report.builds.filter(b => b.outcome === 'failed').length;
  const cancelled = report.builds.filter(b => b.outcome === 'cancelled').length;
  const what =
    failed > 0
      ? `❌ ${failed} of ${total} build${total === 1 ? '' : 's'} failed`
      : cancelled > 0
        ? `⚪ ${cancelled} of ${total} build${total === 1 ? '' : 's'} cancelled`
        : `✅ ${total === 1 ? 'Image' : `${total} images`} ready`;
  return `${level} ${what}: ${code(report.templatePath)}`;
}

/** A docker build's image (its short id, as docker prints it) or exported file. */
function dockerCell(docker: NonNullable<BuildLine['docker']>): string {
  if (docker.imageId) return `🐳 image ${code(docker.imageId.replace(/^sha256:/, '').slice(0, 12))}`;
  if (docker.file) return `🐳 file ${code(docker.file)}`;
  return '—';
}

function amiCell(build: BuildLine): string {
  if (build.docker) return dockerCell(build.docker);
  const amis = Object.entries(build.amis);
  if (amis.length === 0 && build.reusedFrom) amis.push([build.region, build.reusedFrom.amiId]);
  if (amis.length === 0) return '—';
  return amis.map(([region, ami]) => `${text(region)} → ${consoleLink(region, ami)}`).join('<br>');
}

function sourceCell(build: BuildLine): string {
  if (build.docker?.sourceImage) return code(build.docker.sourceImage);
  if (!build.sourceAmi) return '—';
  const id = consoleLink(build.region, build.sourceAmi);
  return build.sourceAmiName ? `${id}<br>${text(build.sourceAmiName)}` : id;
}

export function buildsTable(report: BuildReport): string {
  const commit = commitLink(report);
  const rows = report.builds.map(build => [
    code(build.name),
    STATUS[build.outcome],
    amiCell(build),
    build.amiName ? code(build.amiName) : '—',
    sourceCell(build),
    commit,
    duration(build.durationMs)
  ]);
  return table(['Build', 'Status', 'Region → AMI', 'AMI name', 'Source AMI', 'Commit', 'Duration'], rows);
}

export function failedStepOf(build: BuildLine): string | undefined {
  return build.failedStep ?? build.steps.find(step => step.status !== 'succeeded')?.title;
}

function cleanupLines(build: BuildLine): string[] {
  const lines: string[] = [];
  if (build.cleanedUp) {
    const what = build.cleanedUp.length
      ? build.cleanedUp.map(text).join(', ')
      : 'nothing had been created yet';
    lines.push(`**Cleaned up:** ${what}`);
  }
  if (build.leftBehind?.length) {
    lines.push(`⚠️ **Could not clean up, delete by hand:** ${build.leftBehind.map(text).join(', ')}`);
  }
  return lines;
}

function failureNote(build: BuildLine, withOutput: boolean): string {
  const step = failedStepOf(build);
  const verb = build.outcome === 'cancelled' ? '⚪ was cancelled' : '❌ failed';
  const parts = [`#### ${code(build.name)} ${verb}${step ? ` at step **${text(step)}**` : ''}`];
  if (build.error) parts.push(`**Error:** ${text(truncate(build.error, ERROR_CHARS))}`);
  const output = (build.lastOutput ?? []).slice(-OUTPUT_LINES);
  if (withOutput && output.length) {
    parts.push(
      `Last ${output.length} line${output.length === 1 ? '' : 's'} of output:`,
      codeBlock(output.map(line => truncate(line, OUTPUT_LINE_CHARS)))
    );
  }
  const cleanup = cleanupLines(build);
  if (cleanup.length) parts.push(cleanup.join('<br>\n'));
  return parts.join('\n\n');
}

function reuseNote(build: BuildLine): string {
  const from = build.reusedFrom!;
  const run = from.runUrl ? link('an earlier run', from.runUrl) : 'an earlier run';
  const id = from.buildId ? ` (build id ${code(from.buildId)})` : '';
  const what = build.docker ? dockerCell(build.docker) : consoleLink(build.region, from.amiId);
  return `♻️ ${code(build.name)} reused ${what}, built by ${run}${id}, instead of building it again.`;
}

/** The notes under the table; `withOutput: false` leaves out the output blocks to save room. */
export function buildNotes(report: BuildReport, withOutput = true): string[] {
  return report.builds.flatMap(build => {
    if (build.outcome === 'failed' || build.outcome === 'cancelled') return [failureNote(build, withOutput)];
    if (build.outcome === 'reused' && build.reusedFrom) return [reuseNote(build)];
    return [];
  });
}
