// The job summary of a promote (mode: promote, a rollback): which channel now points where, in each
// region, and where it pointed before; the launch template's new default version; and what it cost
// (a handful of calls, no instance). Pure function of the report.
import { channelsSection } from './channel-sections.js';
import { outputsSection } from './markdown.js';
import { code, duration, link, text } from './markdown-text.js';
import type { BuildReport } from './report.js';

export function renderPromoteSummary(report: BuildReport): string {
  const section = report.channels;
  const failed =
    section?.channels.some(c => c.outcome === 'failed') || section?.launchTemplates.some(l => l.failed);
  const names = [...new Set(section?.channels.map(c => c.channel) ?? [])].map(code).join(', ');
  const target = report.promote?.target ?? '';
  const headline = failed
    ? `## ❌ Promote of ${names} to ${text(target)} did not finish`
    : `## ⏪ ${names} promoted to ${text(target)}`;
  const cost = [
    `EC2 API calls: **${report.ec2Calls ?? 0}**`,
    `Parameter Store API calls: **${report.ssmCalls ?? 0}**`,
    ...(report.durationMs !== undefined ? [`in ${duration(report.durationMs)}`] : []),
    'no instance started'
  ].join(' · ');
  const footer = report.runUrl ? [`<sub>${link('workflow run', report.runUrl)}</sub>`] : [];
  return [
    headline,
    ...channelsSection(section, report, '###').slice(1),
    cost,
    ...outputsSection(report),
    ...footer
  ].join('\n\n');
}
