// mode: promote: points channels at an image that exists already (the previous one, one a commit
// built, or a given AMI), in every region of the channel, without building anything: a rollback is a
// few reads and one write per region. Every target is found before anything is written, so a promote
// that cannot find its image in one region changes nothing anywhere.
import type { PromoteTarget } from '../lifecycle-inputs.js';
import { messageOf } from '../errors.js';
import { followChannel } from '../channels/follow.js';
import { readChannel, writeChannel, type ChannelState, type WriteOptions } from '../channels/parameter.js';
import type { ChannelRecord } from '../channels/record.js';
import type { ChannelClients, ChannelLog, ChannelRun, ChannelUpdate } from '../channels/update.js';
import { TAGS, tagOf } from '../tags.js';
import { amiTargets, commitTarget, familyOfCurrent, previousTarget, type Target } from './targets.js';

export interface PromoteRequest {
  channels: readonly string[];
  target: PromoteTarget;
  /** Where to act; empty: the regions the channel's current version records, read in defaultRegion. */
  regions: readonly string[];
  defaultRegion?: string;
  /** owner/name, to find a commit's image among this repository's. */
  repository?: string;
  launchTemplate?: string;
  /** The same for a retried run: a launch template version is made once. */
  clientToken: string;
  signal?: AbortSignal;
}

export interface PromoteDeps {
  clients: ChannelClients;
  log: ChannelLog;
  write?: WriteOptions;
}

export interface PromoteResult extends ChannelRun {
  regions: string[];
}

/** The regions to act in: as given, else as the channel's current version recorded them. */
async function regionsOf(
  request: PromoteRequest,
  deps: PromoteDeps,
  states: Map<string, ChannelState>
): Promise<string[]> {
  if (request.regions.length) return [...request.regions];
  const home = request.defaultRegion;
  if (!home) {
    throw new Error(
      'promote needs to know where the channel is: set regions, or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
    );
  }
  const channel = request.channels[0]!;
  const state = await readChannel(deps.clients.ssm(home), channel, home);
  states.set(`${channel}|${home}`, state);
  if (!state.current)
    throw new Error(`channel ${channel} does not exist in ${home}; set regions to where it is`);
  const recorded = state.current.record?.regions ?? [];
  return recorded.length ? recorded : [home];
}

async function targetFor(
  request: PromoteRequest,
  deps: PromoteDeps,
  state: ChannelState,
  amis: Record<string, Target> | undefined
): Promise<Target> {
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
      return amis![state.region]!;
  }
}

export async function promote(request: PromoteRequest, deps: PromoteDeps): Promise<PromoteResult> {
  const states = new Map<string, ChannelState>();
  const regions = await regionsOf(request, deps, states);
  const work = request.channels.flatMap(channel => regions.map(region => ({ channel, region })));
  await Promise.all(
    work.map(async ({ channel, region }) => {
      const key = `${channel}|${region}`;
      if (!states.has(key)) states.set(key, await readChannel(deps.clients.ssm(region), channel, region));
    })
  );
  const amis =
    request.target.kind === 'ami'
      ? await amiTargets(deps.clients.ec2, request.target.amiId, regions)
      : undefined;
  // Every target first: nothing is written unless each channel has its image in each region.
  const planned = await Promise.all(
    work.map(async ({ channel, region }) => {
      const state = states.get(`${channel}|${region}`)!;
      return { state, target: await targetFor(request, deps, state, amis) };
    })
  );
  if (request.signal?.aborted) throw new Error('cancelled before any channel was written');

  const updates = await Promise.all(
    planned.map(async ({ state, target }): Promise<ChannelUpdate> => {
      const ami = target.image.ImageId!;
      const current = state.current;
      const imageCommit = tagOf(target.image, TAGS.commit);
      const base = { channel: state.name, region: state.region, imageCommit };
      if (current?.value === ami) {
        deps.log.info(`Channel ${state.name} in ${state.region}: already points to ${ami} (${target.how})`);
        return { ...base, ami, outcome: 'unchanged', reason: `it already points to ${ami}` };
      }
      const record: ChannelRecord = {
        ami,
        by: 'promote',
        // What the channel had seen before: a slow build of the commit rolled away from must not move it back.
        key: current?.record?.key,
        regions,
        from: current?.value,
        imageCommit
      };
      try {
        const version = await writeChannel(
          deps.clients.ssm(state.region),
          { name: state.name, region: state.region, existing: state },
          record,
          deps.write
        );
        deps.log.info(
          `Channel ${state.name} in ${state.region}: ${current?.value ?? '(new)'} → ${ami} (version ${version}; ${target.how})`
        );
        return { ...base, ami, previous: current?.value, outcome: 'moved', version, reason: target.how };
      } catch (error) {
        return {
          ...base,
          ami: current?.value,
          outcome: 'failed',
          reason: 'failed',
          warning: messageOf(error)
        };
      }
    })
  );
  const errors = updates.flatMap(u => (u.outcome === 'failed' && u.warning ? [u.warning] : []));

  let launchTemplates: ChannelRun['launchTemplates'] = [];
  if (request.launchTemplate) {
    const first = updates.filter(u => u.channel === request.channels[0] && u.outcome !== 'failed' && u.ami);
    const followed = await followChannel(
      {
        ref: request.launchTemplate,
        targets: Object.fromEntries(first.map(u => [u.region, u.ami!])),
        channels: request.channels,
        description: `build-ami promote of ${request.channels[0]}`,
        clientToken: request.clientToken
      },
      deps
    );
    launchTemplates = followed.outcomes;
    errors.push(...followed.errors);
  }
  return { regions, updates, launchTemplates, errors };
}
