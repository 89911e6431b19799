// The main step asks EC2 to terminate the build instance and moves on once the instance is off its
// temporary group (the group and key pair go at once): a shutting-down instance cannot come back.
// The post step confirms it with one read-only look per region: shutting-down or terminated is
// confirmed; anything else (or a look that fails) is left to the full teardown, which terminates
// the instance again and checks the account first. A look deletes nothing, so it needs no account check.
import { DescribeInstancesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { describeError } from '../aws/errors.js';
import type { JournalEntry } from '../journal.js';

const GOING = new Set(['shutting-down', 'terminated']);

/** The entries whose termination could not be confirmed. */
export async function confirmTerminations(
  entries: readonly JournalEntry[],
  ec2: (region: string) => EC2Client,
  info: (line: string) => void
): Promise<JournalEntry[]> {
  const regions = [...new Set(entries.map(e => e.region))];
  const unconfirmed = await Promise.all(
    regions.map(async region => {
      const here = entries.filter(e => e.region === region);
      try {
        const { Reservations = [] } = await ec2(region).send(
          new DescribeInstancesCommand({ InstanceIds: here.map(e => e.id) })
        );
        const states = new Map(
          Reservations.flatMap(r => r.Instances ?? []).map(i => [i.InstanceId, i.State?.Name ?? 'unknown'])
        );
        return here.filter(e => {
          const state = states.get(e.id);
          if (state && GOING.has(state))
            info(`Instance ${e.id} (${region}) is ${state}: its termination is confirmed`);
          else info(`Instance ${e.id} (${region}) is ${state ?? 'not listed'}: terminating it again`);
          return !(state && GOING.has(state));
        });
      } catch (error) {
        info(
          `Could not look at ${here.map(e => e.id).join(', ')} in ${region} (${describeError(error)}): terminating again`
        );
        return here;
      }
    })
  );
  return unconfirmed.flat();
}
