// While SSH is dialled at an instance nobody has yet seen running, a launch that fails (the
// instance goes from pending to terminated: no capacity, a bad volume) would only show as an
// SSH timeout minutes later. So the instance's state is looked at now and then, and only while
// SSH does not answer: a failed launch ends the dialling with the instance's StateReason.
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { WaitError } from '../errors.js';
import type { BuildContext } from './context.js';

/** How often the state is looked at while SSH does not answer. */
export const WATCH_EVERY_MS = 30_000;

export interface InstanceWatch {
  /** Aborted when the instance is found in a state it will not answer from. */
  signal: AbortSignal;
  stop(): void;
}

export function watchInstanceWhileDialling(
  ctx: BuildContext,
  instanceId: string,
  outer: AbortSignal
): InstanceWatch {
  const failed = new AbortController();
  const stopped = new AbortController();
  const started = ctx.now();
  const loop = async () => {
    for (;;) {
      await ctx.sleep(WATCH_EVERY_MS, AbortSignal.any([stopped.signal, outer]));
      if (stopped.signal.aborted || outer.aborted) return;
      const { Reservations } = await ctx.ec2
        .send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))
        .catch(() => ({ Reservations: undefined }));
      if (stopped.signal.aborted) return;
      const instance = Reservations?.[0]?.Instances?.[0];
      const name = instance?.State?.Name;
      if (!name || name === 'pending' || name === 'running') continue;
      failed.abort(
        new WaitError({
          what: `instance ${instanceId} to answer SSH`,
          lastState: name,
          reason: instance?.StateReason?.Message,
          elapsedMs: ctx.now() - started,
          timedOut: false
        })
      );
      return;
    }
  };
  void loop().catch(() => undefined);
  return {
    signal: AbortSignal.any([failed.signal, outer]),
    stop: () => stopped.abort()
  };
}
