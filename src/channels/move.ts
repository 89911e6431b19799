// After a successful build: each channel, in each region the image is in, is pointed at the image,
// unless a build of a newer commit holds it (order.ts). Each write is checked once it is visible;
// then the channel's history since the read is looked at once more: if another build wrote it in the
// meantime, whichever of the two is the newer commit is put back on top, so racing jobs settle on the
// later commit whichever finishes last.
import { messageOf } from '../errors.js';
import { decideMove, newestBuild } from './order.js';
import { readChannel, writeChannel, type ChannelState, type WriteOptions } from './parameter.js';
import { describeKey, type BuildKey, type ChannelRecord } from './record.js';
import type { ChannelClients, ChannelLog, ChannelUpdate } from './update.js';

export interface MoveRequest {
  channels: readonly string[];
  /** Region → the image this run built (or reused) there. */
  amis: Readonly<Record<string, string>>;
  key: BuildKey;
}

interface MoveDeps {
  clients: ChannelClients;
  log: ChannelLog;
  write?: WriteOptions;
}

/** Re-reads the channel after our write and settles a race with another build; returns what it holds. */
async function settle(
  deps: MoveDeps,
  before: ChannelState,
  mine: { version: number; ami: string }
): Promise<{ ami: string; version: number; note?: string }> {
  const { name, region } = before;
  const ssm = deps.clients.ssm(region);
  const after = await readChannel(ssm, name, region);
  const since = after.versions.filter(v => v.version > (before.current?.version ?? 0));
  const current = after.current;
  if (!current || since.every(v => v.version === mine.version)) return mine;
  // Someone promoted by hand meanwhile: that is a decision, not a race to settle.
  if (since.some(v => v.record?.by === 'promote')) {
    return {
      ami: current.value,
      version: current.version,
      note: `it was promoted to ${current.value} meanwhile`
    };
  }
  const winner = newestBuild(before.current ? [before.current, ...since] : since);
  if (!winner?.record || winner.value === current.value) {
    return { ami: current.value, version: current.version, note: 'another build wrote it at the same time' };
  }
  const record: ChannelRecord = winner.record;
  const version = await writeChannel(ssm, { name, region, existing: after }, record, deps.write);
  deps.log.info(
    `Channel ${name} in ${region}: another build wrote it at the same time; put back ${winner.value} of ${describeKey(record.key!)}, the newer commit (version ${version})`
  );
  return {
    ami: winner.value,
    version,
    note: `settled a race: ${winner.value} of ${describeKey(record.key!)} is newer`
  };
}

async function moveOne(
  request: MoveRequest,
  deps: MoveDeps,
  name: string,
  region: string
): Promise<ChannelUpdate> {
  const ami = request.amis[region]!;
  const ssm = deps.clients.ssm(region);
  const before = await readChannel(ssm, name, region);
  const decision = decideMove(request.key, ami, before.current);
  if (!decision.move) {
    deps.log.info(`Channel ${name} in ${region}: stays at ${before.current?.value}: ${decision.reason}`);
    const outcome = before.current?.value === ami ? 'unchanged' : 'held';
    return { channel: name, region, ami: before.current?.value, outcome, reason: decision.reason };
  }
  const record: ChannelRecord = { ami, by: 'build', key: request.key, regions: Object.keys(request.amis) };
  const version = await writeChannel(ssm, { name, region, existing: before }, record, deps.write);
  const settled = await settle(deps, before, { version, ami });
  const previous = before.current?.value;
  const line = `Channel ${name} in ${region}: ${previous ?? '(new)'} → ${ami} (version ${version}): ${decision.reason}`;
  if (decision.unordered) deps.log.warning(line);
  else deps.log.info(line);
  return {
    channel: name,
    region,
    ami: settled.ami,
    previous,
    outcome: settled.ami === ami ? 'moved' : 'held',
    version,
    reason: settled.note ?? decision.reason,
    warning: decision.unordered ? decision.reason : undefined
  };
}

/** Moves every channel in every region of the image; a failure in one place does not stop the others. */
export async function moveChannels(
  request: MoveRequest,
  deps: MoveDeps
): Promise<{ updates: ChannelUpdate[]; errors: string[] }> {
  const work = request.channels.flatMap(name => Object.keys(request.amis).map(region => ({ name, region })));
  const updates = await Promise.all(
    work.map(({ name, region }) =>
      moveOne(request, deps, name, region).catch((error): ChannelUpdate => ({
        channel: name,
        region,
        outcome: 'failed',
        reason: 'failed',
        warning: messageOf(error)
      }))
    )
  );
  return { updates, errors: updates.flatMap(u => (u.outcome === 'failed' && u.warning ? [u.warning] : [])) };
}
