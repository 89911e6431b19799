// Removing what a build created, in an order EC2 accepts: instances first (terminated and
// awaited, since their security group cannot go while they live), then images before their
// snapshots, then volumes, security groups and key pairs. Used by the steps' cleanups and by
// the post step alike (so it lives beside the post step's other parts). Already-gone resources
// count as removed; a failure names the exact command to remove the resource by hand.
import {
  DeleteKeyPairCommand,
  DeleteLaunchTemplateCommand,
  DeleteSecurityGroupCommand,
  DeleteSnapshotCommand,
  DeleteVolumeCommand,
  DeregisterImageCommand,
  DescribeInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { errorCode, isNotFound, isTransient } from '../aws/errors.js';
import { retry, type Sleep } from '../aws/retry.js';
import type { Polling } from '../aws/waiter.js';
import { AwsOperationError } from '../errors.js';
import type { JournalEntry, JournalKind } from '../journal.js';
import { waitForInstance } from '../aws/wait-instance.js';

export interface TeardownContext {
  ec2: (region: string) => EC2Client;
  log: (line: string) => void;
  sleep: Sleep;
  polling: Polling;
  /** How long an instance may stay NotFound before it counts as gone (default 30 s). */
  notFoundGraceMs?: number;
}

/** What a teardown is built from: a build's context has it all, and the post step assembles it. */
export interface TeardownSource {
  ec2For: (region: string) => EC2Client;
  log: { info: (line: string) => void };
  sleep: Sleep;
  polling: Polling;
}

/**
 * The one way to build a teardown context, for the steps' cleanups and the post step alike:
 * sleep and polling are required, so no teardown waits on a clock its tests cannot replace
 * (one step's cleanup once left `sleep` out).
 */
export function teardownContext(from: TeardownSource): TeardownContext {
  return { ec2: from.ec2For, log: from.log.info, sleep: from.sleep, polling: from.polling };
}

export const TEARDOWN_ORDER: JournalKind[] = [
  'instance',
  'launch-template',
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
    case 'launch-template':
      return `aws ec2 delete-launch-template ${r} --launch-template-id ${entry.id}`;
    case 'container':
      return `docker rm -f ${entry.id}`;
  }
}

export async function terminateInstance(
  ctx: TeardownContext,
  region: string,
  instanceId: string,
  /** False: return once EC2 has accepted the termination (it is shutting down and cannot come back). */
  wait = true
): Promise<void> {
  const ec2 = ctx.ec2(region);
  try {
    // NotFound just after launch is eventual consistency, not a gone instance (a terminated one stays
    // visible for an hour): taking it for gone leaked the instance of a build killed right after launch.
    await retry(() => ec2.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] })), {
      retryable: e => isNotFound(e) || isTransient(e),
      timeoutMs: ctx.notFoundGraceMs ?? 30_000,
      sleep: ctx.sleep
    });
  } catch (error) {
    if (isNotFound(error)) return;
    throw new AwsOperationError({
      operation: 'TerminateInstances',
      doing: `terminating ${instanceId}`,
      resource: instanceId,
      cause: error
    });
  }
  if (!wait) return;
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

export interface RemoveOptions {
  /**
   * False when an instance of the build could not be terminated: it keeps holding its group and
   * volumes, so waiting minutes for DependencyViolation / VolumeInUse to clear cannot help.
   */
  instancesGone?: boolean;
}

/** Deletes one resource; a resource already gone counts as deleted. */
export async function removeResource(
  ctx: TeardownContext,
  entry: Pick<JournalEntry, 'kind' | 'id' | 'region'> & { status?: JournalEntry['status'] },
  options: RemoveOptions = {}
): Promise<void> {
  const wait = options.instancesGone ?? true;
  const ec2 = ctx.ec2(entry.region);
  // Gone already counts as removed; any other failure names the call, so a warning says what was refused.
  const ignoreMissing = (operation: string) => (error: unknown) => {
    if (!isNotFound(error))
      throw new AwsOperationError({
        operation,
        doing: `removing ${entry.kind} ${entry.id}`,
        resource: entry.id,
        cause: error
      });
  };
  switch (entry.kind) {
    case 'instance':
      // Already terminating (the main step asked and moved on): asking again confirms it.
      return terminateInstance(ctx, entry.region, entry.id, entry.status !== 'terminating');
    case 'launch-template':
      return void (await ec2
        .send(new DeleteLaunchTemplateCommand({ LaunchTemplateId: entry.id }))
        .catch(ignoreMissing('DeleteLaunchTemplate')));
    case 'image':
      return void (await ec2
        .send(new DeregisterImageCommand({ ImageId: entry.id }))
        .catch(ignoreMissing('DeregisterImage')));
    case 'snapshot':
      return void (await ec2
        .send(new DeleteSnapshotCommand({ SnapshotId: entry.id }))
        .catch(ignoreMissing('DeleteSnapshot')));
    case 'volume':
      // A volume may still be detaching from a terminating instance.
      return void (await retry(() => ec2.send(new DeleteVolumeCommand({ VolumeId: entry.id })), {
        retryable: e => (wait && errorCode(e) === 'VolumeInUse') || isTransient(e),
        timeoutMs: 120_000,
        sleep: ctx.sleep
      }).catch(ignoreMissing('DeleteVolume')));
    case 'security-group':
      // EC2 refuses while an instance still holds the group (DependencyViolation): retry, and
      // terminate any instance found in it, which only the build can have launched there (one
      // whose launch answer never arrived, or that a sweep missed while it was not yet visible).
      return void (await retry(
        () =>
          ec2.send(new DeleteSecurityGroupCommand({ GroupId: entry.id })).catch(async error => {
            if (wait && errorCode(error) === 'DependencyViolation') await terminateHolders(ctx, entry);
            throw error;
          }),
        {
          retryable: e => (wait && errorCode(e) === 'DependencyViolation') || isTransient(e),
          timeoutMs: 300_000,
          sleep: ctx.sleep
        }
      ).catch(ignoreMissing('DeleteSecurityGroup')));
    case 'key-pair':
      // DeleteKeyPair succeeds for a key that does not exist.
      return void (await ec2
        .send(new DeleteKeyPairCommand({ KeyName: entry.id }))
        .catch(ignoreMissing('DeleteKeyPair')));
  }
}

/** Starts terminating every live instance in a temporary group of the build (best effort). */
async function terminateHolders(ctx: TeardownContext, group: Pick<JournalEntry, 'id' | 'region'>) {
  const ec2 = ctx.ec2(group.region);
  const { Reservations = [] } = await ec2
    .send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'instance.group-id', Values: [group.id] },
          { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
        ]
      })
    )
    .catch(() => ({ Reservations: [] }));
  const ids = Reservations.flatMap(r => r.Instances ?? []).flatMap(i => i.InstanceId ?? []);
  if (!ids.length) return;
  ctx.log(`Terminating ${ids.join(', ')}, which still hold${ids.length === 1 ? 's' : ''} ${group.id}`);
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids })).catch(() => undefined);
}

export interface TeardownResult {
  removed: Pick<JournalEntry, 'kind' | 'id' | 'region'>[];
  failed: { entry: Pick<JournalEntry, 'kind' | 'id' | 'region'>; error: unknown; command: string }[];
}

/** Removes everything listed, in dependency order; never throws. */
export async function teardown(
  ctx: TeardownContext,
  entries: (Pick<JournalEntry, 'kind' | 'id' | 'region'> & { status?: JournalEntry['status'] })[],
  onRemoved?: (entry: Pick<JournalEntry, 'kind' | 'id' | 'region'>) => void
): Promise<TeardownResult> {
  const result: TeardownResult = { removed: [], failed: [] };
  const stuckRegions = () =>
    new Set(result.failed.filter(f => f.entry.kind === 'instance').map(f => f.entry.region));
  for (const kind of TEARDOWN_ORDER) {
    const stuck = stuckRegions();
    // Resources of one kind go in parallel: terminating three instances should not take three times as long.
    await Promise.all(
      entries
        .filter(e => e.kind === kind)
        .map(async entry => {
          try {
            await removeResource(ctx, entry, { instancesGone: !stuck.has(entry.region) });
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
