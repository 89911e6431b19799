// Removing what a build created, in an order EC2 accepts: instances first (terminated and
// awaited, since their security group cannot go while they live), then images before their
// snapshots, then volumes, security groups and key pairs. Used by the steps' cleanups and by
// the post step alike. Already-gone resources count as removed; a failure names the exact
// command to remove the resource by hand.
import {
  DeleteKeyPairCommand,
  DeleteSecurityGroupCommand,
  DeleteSnapshotCommand,
  DeleteVolumeCommand,
  DeregisterImageCommand,
  TerminateInstancesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { errorCode, isNotFound, isTransient } from '../aws/errors.js';
import { retry, type Sleep } from '../aws/retry.js';
import type { Polling } from '../aws/waiter.js';
import type { JournalEntry, JournalKind } from '../journal.js';
import { waitForInstance } from './wait-instance.js';

export interface TeardownContext {
  ec2: (region: string) => EC2Client;
  log: (line: string) => void;
  sleep?: Sleep;
  polling?: Polling;
}

export const TEARDOWN_ORDER: JournalKind[] = [
  'instance',
  'image',
  'snapshot',
  'volume',
  'security-group',
  'key-pair'
];

export function manualCommand(entry: Pick<JournalEntry, 'kind' | 'id' | 'region'>): string {
  const r = `--region ${entry.region}`;
  switch (entry.kind) {
    case 'instance':
      return `aws ec2 terminate-instances ${r} --instance-ids ${entry.id}`;
    case 'image':
      return `aws ec2 deregister-image ${r} --image-id ${entry.id}`;
    case 'snapshot':
      return `aws ec2 delete-snapshot ${r} --snapshot-id ${entry.id}`;
    case 'volume':
      return `aws ec2 delete-volume ${r} --volume-id ${entry.id}`;
    case 'security-group':
      return `aws ec2 delete-security-group ${r} --group-id ${entry.id}`;
    case 'key-pair':
      return `aws ec2 delete-key-pair ${r} --key-name ${entry.id}`;
  }
}

export async function terminateInstance(
  ctx: TeardownContext,
  region: string,
  instanceId: string
): Promise<void> {
  const ec2 = ctx.ec2(region);
  try {
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  await waitForInstance({
    ec2,
    id: instanceId,
    target: 'terminated',
    via: ['pending', 'running', 'stopping', 'stopped', 'shutting-down'],
    polling: ctx.polling,
    log: ctx.log,
    sleep: ctx.sleep
  }).catch((error: unknown) => {
    if (!isNotFound(error)) throw error;
  });
}

/** Deletes one resource; a resource already gone counts as deleted. */
export async function removeResource(
  ctx: TeardownContext,
  entry: Pick<JournalEntry, 'kind' | 'id' | 'region'>
): Promise<void> {
  const ec2 = ctx.ec2(entry.region);
  const ignoreMissing = (error: unknown) => {
    if (!isNotFound(error)) throw error;
  };
  switch (entry.kind) {
    case 'instance':
      return terminateInstance(ctx, entry.region, entry.id);
    case 'image':
      return void (await ec2.send(new DeregisterImageCommand({ ImageId: entry.id })).catch(ignoreMissing));
    case 'snapshot':
      return void (await ec2.send(new DeleteSnapshotCommand({ SnapshotId: entry.id })).catch(ignoreMissing));
    case 'volume':
      // A volume may still be detaching from a terminating instance.
      return void (await retry(() => ec2.send(new DeleteVolumeCommand({ VolumeId: entry.id })), {
        retryable: e => errorCode(e) === 'VolumeInUse' || isTransient(e),
        timeoutMs: 120_000,
        sleep: ctx.sleep
      }).catch(ignoreMissing));
    case 'security-group':
      // EC2 refuses while an instance still holds the group (DependencyViolation): retry.
      return void (await retry(() => ec2.send(new DeleteSecurityGroupCommand({ GroupId: entry.id })), {
        retryable: e => errorCode(e) === 'DependencyViolation' || isTransient(e),
        timeoutMs: 300_000,
        sleep: ctx.sleep
      }).catch(ignoreMissing));
    case 'key-pair':
      // DeleteKeyPair succeeds for a key that does not exist.
      return void (await ec2.send(new DeleteKeyPairCommand({ KeyName: entry.id })));
  }
}

export interface TeardownResult {
  removed: Pick<JournalEntry, 'kind' | 'id' | 'region'>[];
  failed: { entry: Pick<JournalEntry, 'kind' | 'id' | 'region'>; error: unknown; command: string }[];
}

/** Removes everything listed, in dependency order; never throws. */
export async function teardown(
  ctx: TeardownContext,
  entries: Pick<JournalEntry, 'kind' | 'id' | 'region'>[],
  onRemoved?: (entry: Pick<JournalEntry, 'kind' | 'id' | 'region'>) => void
): Promise<TeardownResult> {
  const result: TeardownResult = { removed: [], failed: [] };
  for (const kind of TEARDOWN_ORDER) {
    // Resources of one kind go in parallel: terminating three instances should not take three times as long.
    await Promise.all(
      entries
        .filter(e => e.kind === kind)
        .map(async entry => {
          try {
            await removeResource(ctx, entry);
            result.removed.push(entry);
            onRemoved?.(entry);
          } catch (error) {
            result.failed.push({ entry, error, command: manualCommand(entry) });
          }
        })
    );
  }
  return result;
}
