// Waiting for an instance to reach a state (running, stopped, terminated), shared by launch,
// stop and teardown: states on the way are waited through, any other state fails the wait
// with the instance's StateReason.
import { DescribeInstancesCommand, type EC2Client, type Instance } from '@aws-sdk/client-ec2';
import type { Sleep } from './retry.js';
import { firstLookMs } from './schedule.js';
import { waitFor, type Polling, type WaitResult } from './waiter.js';

export interface InstanceWait {
  ec2: EC2Client;
  id: string;
  target: 'running' | 'stopped' | 'terminated';
  /** States passed through on the way to the target. */
  via: string[];
  polling?: Polling;
  log: (line: string) => void;
  signal?: AbortSignal;
  sleep?: Sleep;
  /** When the state is expected to be reached, in ms from now: looked at only around then (schedule.ts). */
  expectedMs?: number;
}

const VERB = { running: 'be running', stopped: 'stop', terminated: 'terminate' } as const;

export function waitForInstance(w: InstanceWait): Promise<WaitResult<Instance | undefined>> {
  return waitFor<Instance | undefined>({
    what: `instance ${w.id} to ${VERB[w.target]}`,
    operation: 'DescribeInstances',
    timeoutMs: 600_000,
    polling: w.polling,
    log: w.log,
    signal: w.signal,
    sleep: w.sleep,
    expectedMs: w.expectedMs === undefined ? undefined : () => w.expectedMs,
    firstLookAfterMs: w.expectedMs === undefined ? undefined : firstLookMs(w.expectedMs),
    probe: async () => {
      const { Reservations } = await w.ec2.send(new DescribeInstancesCommand({ InstanceIds: [w.id] }));
      const instance = Reservations?.[0]?.Instances?.[0];
      // A terminated instance eventually disappears from DescribeInstances altogether.
      const name = instance?.State?.Name ?? (w.target === 'terminated' ? 'terminated' : 'unknown');
      if (name === w.target) return { done: true, value: instance };
      if (w.via.includes(name)) return { done: false, state: name };
      return { done: false, failed: true, state: name, reason: instance?.StateReason?.Message };
    }
  });
}
