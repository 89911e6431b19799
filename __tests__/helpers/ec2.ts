// An EC2 client from the real AWS SDK, pointed at a simulator, as the action builds its own.
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';

export function ec2Client(sim: Ec2Simulator, region = 'us-east-1', maxAttempts = 1): EC2Client {
  return new EC2Client({
    region,
    endpoint: sim.endpoint,
    credentials: { accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret' },
    maxAttempts
  });
}

/** Polls until check() returns a value (or the time runs out): for state transitions. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise(r => setTimeout(r, 50));
  }
}

/**
 * An instance's public address: as on EC2, RunInstances answers without it and it shows in
 * DescribeInstances a moment later, while the instance is pending.
 */
export async function publicAddress(ec2: EC2Client, instanceId: string): Promise<string> {
  return eventually(async () => {
    const { Reservations } = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }));
    return Reservations?.[0]?.Instances?.[0]?.PublicIpAddress;
  });
}
