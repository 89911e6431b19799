// The SSH address of an instance that is still pending: RunInstances answers with the private
// address at once and EC2 assigns the public one a moment later, so the address is known from
// the launch answer or from one DescribeInstances. Dialling SSH then proves the instance is up
// at no API cost (connect-ssh.ts watches its state only while SSH does not answer). Undefined
// when the address is not settled yet (no public address seen, and ssh_interface does not say
// the private one will do) or SSH goes through Session Manager: the caller waits for the
// instance to run, as before.
import { DescribeInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import type { BuildContext } from './context.js';

const FIELD: Record<'public_ip' | 'private_ip' | 'public_dns' | 'private_dns', keyof Instance> = {
  public_ip: 'PublicIpAddress',
  private_ip: 'PrivateIpAddress',
  public_dns: 'PublicDnsName',
  private_dns: 'PrivateDnsName'
};

function settled(ctx: BuildContext, instance: Instance): boolean {
  const ssh = ctx.plan.builder.communicator;
  if (ssh.type !== 'ssh') return false;
  if (ssh.host) return true;
  if (ssh.interface === 'session_manager') return false;
  if (ssh.interface) return !!instance[FIELD[ssh.interface]];
  return !!instance.PublicIpAddress || instance.State?.Name === 'running';
}

export async function earlyAddress(ctx: BuildContext, launched: Instance): Promise<Instance | undefined> {
  const ssh = ctx.plan.builder.communicator;
  // Session Manager reaches the instance through its agent, which registers once it runs.
  if (ssh.type !== 'ssh' || ssh.interface === 'session_manager') return undefined;
  if (settled(ctx, launched)) return launched;
  const { Reservations } = await ctx.ec2
    .send(new DescribeInstancesCommand({ InstanceIds: [launched.InstanceId!] }))
    .catch(() => ({ Reservations: undefined }));
  const seen = Reservations?.[0]?.Instances?.[0];
  if (!seen || !['pending', 'running'].includes(seen.State?.Name ?? '')) return undefined;
  return settled(ctx, seen) ? seen : undefined;
}
