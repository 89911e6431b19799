// Lost answers of a launch: a RunInstances whose every answer was lost (dropped connections,
// 5xx) may well have launched the instance. Its client token finds it, so it is used (and
// removed) rather than orphaned.
import { DescribeInstancesCommand, type EC2Client, type Instance } from '@aws-sdk/client-ec2';

/** The live instance a RunInstances with this client token launched, if EC2 knows of one. */
export async function launchedWith(ec2: EC2Client, clientToken: string): Promise<Instance | undefined> {
  const { Reservations = [] } = await ec2
    .send(new DescribeInstancesCommand({ Filters: [{ Name: 'client-token', Values: [clientToken] }] }))
    .catch(() => ({ Reservations: [] }));
  return Reservations.flatMap(r => r.Instances ?? []).find(i => i.State?.Name !== 'terminated');
}
