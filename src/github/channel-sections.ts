// The parts of the summary and the PR comment about what happened after the build: each channel in
// each region (the image it points to now and the one before), the launch template's new default
// version, and, in the summary, each image retention kept or removed and why. Pure functions of the
// report's plain data.
import { consoleLink } from './build-sections.js';
import { code, link, table, text, truncate } from './markdown-text.js';
import type {
  BuildReport,
  ChannelLine,
  ChannelSection,
  RetentionImageLine,
  RetentionSection
} from './report.js';

const OUTCOME: Record<ChannelLine['outcome'], string> = {
  moved: '✅ moved',
  unchanged: '➖ unchanged',
  held: '⏸️ kept',
  failed: '❌ failed'
};

const NOTE_CHARS = 400;

const image = (region: string, id: string | undefined) => (id ? consoleLink(region, id) : '—');

function commitCell(report: Pick<BuildReport, 'serverUrl' | 'repository'>, sha: string | undefined): string {
  if (!sha) return '—';
  if (!/^[0-9a-f]{40}$/.test(sha) || !report.repository) return code(sha.slice(0, 7));
  return link(code(sha.slice(0, 7)), `${report.serverUrl}/${report.repository}/commit/${sha}`);
}

export function channelsTable(
  section: ChannelSection,
  report: Pick<BuildReport, 'serverUrl' | 'repository'>
): string {
  const withCommit = section.channels.some(c => c.imageCommit);
  const rows = section.channels.map(c => [
    code(c.channel),
    text(c.region),
    image(c.region, c.now),
    image(c.region, c.before),
    ...(withCommit ? [commitCell(report, c.imageCommit)] : []),
    `${OUTCOME[c.outcome]}${c.version !== undefined ? ` (version ${c.version})` : ''}`,
    text(truncate(c.note, NOTE_CHARS))
  ]);
  return table(
    ['Channel', 'Region', 'Now', 'Before', ...(withCommit ? ['Image commit'] : []), 'Outcome', 'Why'],
    rows
  );
}

function launchTemplateLines(section: ChannelSection): string[] {
  return section.launchTemplates.map(lt => {
    const name = lt.name ? `${code(lt.name)}${lt.id ? ` (${code(lt.id)})` : ''}` : 'launch template';
    if (lt.failed)
      return `❌ Launch template in ${text(lt.region)}: ${text(truncate(lt.note ?? '', NOTE_CHARS))}`;
    if (lt.version !== undefined) {
      return `Launch template ${name} in ${text(lt.region)}: version **${lt.version}** is the default (was ${lt.previousVersion ?? '—'}).`;
    }
    return `Launch template ${name} in ${text(lt.region)}: ${text(truncate(lt.note ?? 'unchanged', NOTE_CHARS))}.`;
  });
}

/** The channels section, under a heading of the given level. */
export function channelsSection(
  section: ChannelSection | undefined,
  report: Pick<BuildReport, 'serverUrl' | 'repository'>,
  level: '##' | '###' | '####'
): string[] {
  if (!section) return [];
  if (section.skipped) return [`${level} Channels`, `Not moved: ${text(section.skipped)}.`];
  const lines = launchTemplateLines(section);
  return [
    `${level} Channels`,
    channelsTable(section, report),
    ...(lines.length ? [lines.join('<br>\n')] : [])
  ];
}

const ACTION: Record<RetentionImageLine['action'], string> = {
  kept: 'kept',
  removed: '🗑️ removed',
  deprecated: 'deprecated',
  'would-remove': 'would remove',
  'would-deprecate': 'would deprecate',
  'already-deprecated': 'deprecated already',
  failed: '⚠️ not removed'
};

const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function policyLine(section: RetentionSection): string {
  const parts = [`Keeps the newest ${section.keep ?? 1} build${section.keep === 1 ? '' : 's'}`];
  if (section.keepDays !== undefined) parts.push(`and anything younger than ${section.keepDays} days`);
  parts.push(
    'and anything a channel, a launch template or an instance uses, or that is protected from deregistration'
  );
  const how = section.dryRun
    ? ' **Dry run: nothing was removed.**'
    : section.deprecate
      ? ' Older images are deprecated, not removed.'
      : '';
  return `${parts.join(', ')}.${how}`;
}

export function retentionSections(
  sections: readonly RetentionSection[] | undefined,
  report: Pick<BuildReport, 'serverUrl' | 'repository'>
): string[] {
  return (sections ?? []).flatMap(section => {
    const rows = [...section.images]
      .sort((a, b) => b.createdAt - a.createdAt || a.region.localeCompare(b.region))
      .map(line => [
        image(line.region, line.id),
        text(line.region),
        commitCell(report, line.commit),
        text(when(line.createdAt)),
        `${ACTION[line.action]}${line.snapshotsDeleted?.length ? ` with ${line.snapshotsDeleted.map(code).join(', ')}` : ''}`,
        text(truncate(line.why, NOTE_CHARS))
      ]);
    return [
      `### Retention: ${code(section.family)}`,
      policyLine(section),
      ...(rows.length ? [table(['Image', 'Region', 'Commit', 'Created (UTC)', 'Action', 'Why'], rows)] : []),
      ...section.warnings.map(w => `⚠️ ${text(truncate(w, NOTE_CHARS))}`)
    ];
  });
}
