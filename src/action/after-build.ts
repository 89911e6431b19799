// What runs once every build and post-processor has succeeded: the channels move to the new image
// (and the launch template follows), then retention tidies each family. A failed or cancelled run
// does neither. A channel that cannot be moved fails the step (the deploy would read a stale image);
// retention only ever warns.
import { relative } from 'node:path';
import { lifecycleClients, type RegionAccess } from '../aws/lifecycle-clients.js';
import { commitTime, type GitCommitTime } from '../channels/commit-time.js';
import { followChannel } from '../channels/follow.js';
import { moveChannels } from '../channels/move.js';
import type { BuildKey } from '../channels/record.js';
import { describeKey } from '../channels/record.js';
import type { ChannelRun } from '../channels/update.js';
import { messageOf } from '../errors.js';
import { readRunInfo } from '../github/run-info.js';
import type { Inputs } from '../inputs.js';
import { maskingSink, type LogSink } from '../log.js';
import { applyRetention, type RetentionReport } from '../retention/retention.js';
import { familyOf } from '../tags.js';
import type { MainResult } from './build-all.js';
import { channelOutputs } from './channel-outputs.js';

export interface AfterBuild {
  /** Why nothing was done (the run did not succeed, or was cancelled). */
  skipped?: string;
  channels?: ChannelRun;
  retention: RetentionReport[];
  /** AWS calls made here, for the summary. */
  calls: { ec2: number; ssm: number };
  /** What fails the step: a channel or launch template that could not be updated. */
  error?: string;
  outputs: Record<string, string>;
}

/** A run's result with what happened after the build, when anything was asked for. */
export type FinishedRun = MainResult & { afterBuild?: AfterBuild };

export interface AfterBuildDeps {
  inputs: Inputs;
  workspace: string;
  env: NodeJS.ProcessEnv;
  sink: LogSink;
  signal: AbortSignal;
  now?: () => number;
  git?: GitCommitTime;
}

/** The build's key: the commit, when it was made, and the workflow run (order.ts compares them). */
export async function buildKey(
  env: NodeJS.ProcessEnv,
  workspace: string,
  git?: GitCommitTime
): Promise<BuildKey> {
  const sha = env.GITHUB_SHA ?? '';
  const count = (name: string) => (/^\d+$/.test(env[name] ?? '') ? Number(env[name]) : undefined);
  return {
    commit: sha,
    time: await commitTime(sha, { workspace, eventPath: env.GITHUB_EVENT_PATH, git }),
    run: count('GITHUB_RUN_NUMBER'),
    attempt: count('GITHUB_RUN_ATTEMPT'),
    workflow: env.GITHUB_WORKFLOW || undefined
  };
}

async function group<T>(sink: LogSink, title: string, fn: () => Promise<T>): Promise<T> {
  sink.startGroup(title);
  try {
    return await fn();
  } finally {
    sink.endGroup();
  }
}

export async function afterBuild(result: MainResult, deps: AfterBuildDeps): Promise<FinishedRun> {
  const { inputs } = deps;
  if (!inputs.channels.length && !inputs.retention) return result;
  const sink = maskingSink(deps.sink, result.mask);
  const done = (afterBuild: AfterBuild): FinishedRun => ({ ...result, afterBuild });
  const nothing = { retention: [], calls: { ec2: 0, ssm: 0 }, outputs: {} };
  const failed = result.builds.filter(b => b.outcome !== 'succeeded');
  if (failed.length || deps.signal.aborted) {
    const skipped = deps.signal.aborted
      ? 'the run was cancelled'
      : `${failed.map(b => b.name).join(', ')} did not succeed`;
    sink.info(`Channels and retention: nothing done, since ${skipped}.`);
    return done({ ...nothing, skipped });
  }

  // Region → the image there and how its build reaches AWS (the first build wins, as for `amis`).
  const amis: Record<string, string> = {};
  const access: Record<string, RegionAccess> = {};
  for (const build of result.builds) {
    const found = result.template.builds.find(p => p.name === build.name);
    const plan = found?.type === 'amazon-ebs' ? found : undefined;
    for (const [region, ami] of Object.entries(build.amis)) {
      if (amis[region]) continue;
      amis[region] = ami;
      access[region] = {
        endpointEc2: plan?.builder.customEndpointEc2,
        credentials: plan?.builder.credentials ?? {}
      };
    }
  }
  const clients = lifecycleClients(deps.env, region => access[region] ?? { credentials: {} }, sink.info);
  const log = { info: sink.info, warning: sink.warning };
  const now = deps.now ?? Date.now;

  let channels: ChannelRun | undefined;
  const errors: string[] = [];
  if (inputs.channels.length) {
    channels = await group(sink, `Channels: ${inputs.channels.join(', ')}`, async () => {
      const key = await buildKey(deps.env, deps.workspace, deps.git);
      if (!key.time)
        sink.info(
          `The time of commit ${key.commit.slice(0, 7)} is unknown (no checkout, not a push event): builds are ordered by run number`
        );
      const moved = await moveChannels({ channels: inputs.channels, amis, key }, { clients, log });
      const run: ChannelRun = { updates: moved.updates, launchTemplates: [], errors: moved.errors };
      if (inputs.launchTemplate) {
        const first = moved.updates.filter(
          u => u.channel === inputs.channels[0] && u.outcome !== 'failed' && u.ami === amis[u.region]
        );
        const followed = await followChannel(
          {
            ref: inputs.launchTemplate,
            targets: Object.fromEntries(first.map(u => [u.region, u.ami!])),
            channels: inputs.channels,
            description: `build-ami: ${inputs.channels[0]}, commit ${describeKey(key)}`,
            clientToken: result.buildId
          },
          { clients, log }
        );
        run.launchTemplates = followed.outcomes;
        run.errors.push(...followed.errors);
      }
      return run;
    });
    errors.push(...channels.errors);
  }

  const retention: RetentionReport[] = [];
  if (inputs.retention && errors.length) {
    sink.warning('Retention: skipped, since a channel could not be updated.');
  } else if (inputs.retention) {
    const policy = inputs.retention;
    const run = readRunInfo(deps.env);
    const channelsByRegion: Record<string, Map<string, string>> = {};
    for (const u of channels?.updates ?? []) {
      if (u.ami) (channelsByRegion[u.region] ??= new Map()).set(u.channel, u.ami);
    }
    await group(
      sink,
      `Retention: keep ${policy.keep ?? 1}${policy.keepDays ? `, and anything younger than ${policy.keepDays} days` : ''}${policy.dryRun ? ' (dry run)' : ''}`,
      async () => {
        for (const build of result.builds) {
          const family = familyOf(relative(deps.workspace, result.template.templatePath), build.name);
          try {
            retention.push(
              await applyRetention(
                {
                  family: { name: family, repository: run.repository || undefined },
                  regions: Object.keys(build.amis),
                  policy,
                  own: build.amis,
                  channels: channelsByRegion
                },
                { ec2: clients.ec2, ssm: clients.ssm, log, now }
              )
            );
          } catch (error) {
            sink.warning(`Retention of ${family}: ${messageOf(error)}`);
          }
        }
      }
    );
  }
  const outputs = channels ? channelOutputs(channels, inputs.channels[0]!, Object.keys(amis)[0]) : {};
  return done({
    channels,
    retention,
    calls: clients.calls(),
    error: errors.length ? errors.join('; ') : undefined,
    outputs
  });
}
