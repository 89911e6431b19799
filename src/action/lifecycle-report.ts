// Channels and retention, as the summary and the PR comment show them (plain data for src/github/).
import type { ChannelRun } from '../channels/update.js';
import type { ChannelSection, RetentionSection } from '../github/report.js';
import type { RetentionReport } from '../retention/retention.js';
import type { AfterBuild } from './after-build.js';

export function channelSection(run: ChannelRun | undefined, skipped?: string): ChannelSection | undefined {
  if (skipped) return { channels: [], launchTemplates: [], skipped };
  if (!run) return undefined;
  return {
    channels: run.updates.map(u => ({
      channel: u.channel,
      region: u.region,
      now: u.ami,
      before: u.previous,
      outcome: u.outcome,
      note: u.outcome === 'failed' ? (u.warning ?? 'failed') : u.reason,
      version: u.version,
      imageCommit: u.imageCommit
    })),
    launchTemplates: run.launchTemplates.map(o => ({
      region: o.region,
      name: o.update?.name ?? o.ref,
      id: o.update?.id,
      version: o.update?.version,
      previousVersion: o.update?.previousVersion,
      note: o.error ?? o.skipped ?? o.update?.unchanged,
      failed: o.error !== undefined
    }))
  };
}

export function retentionSection(report: RetentionReport): RetentionSection {
  return {
    family: report.family,
    keep: report.policy.keep,
    keepDays: report.policy.keepDays,
    dryRun: report.policy.dryRun,
    deprecate: report.policy.deprecate,
    images: report.lines.map(line => ({
      id: line.image.id,
      region: line.image.region,
      name: line.image.name,
      commit: line.image.commit,
      createdAt: line.image.created.getTime(),
      action: line.action,
      why: line.why,
      snapshotsDeleted: line.snapshotsDeleted
    })),
    warnings: report.warnings
  };
}

/** The report's fields for what ran after the build, if anything did. */
export function afterBuildReport(after: AfterBuild | undefined) {
  if (!after) return {};
  return {
    channels: channelSection(after.channels, after.channels ? undefined : after.skipped),
    retention: after.retention.length ? after.retention.map(retentionSection) : undefined,
    ssmCalls: after.calls.ssm || undefined
  };
}
