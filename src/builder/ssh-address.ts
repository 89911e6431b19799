// The address SSH connects to: ssh_host if given, else the one ssh_interface names, else the
// public address with the private one as fallback (as Packer picks). With session_manager, the
// instance id: the connection goes through Systems Manager, not to an address.
import type { Instance } from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../errors.js';
import type { AmazonEbsConfig } from '../template/types.js';

export function sshAddress(config: AmazonEbsConfig, instance: Instance): string {
  const ssh = config.communicator.type === 'ssh' ? config.communicator : undefined;
  if (ssh?.host) return ssh.host;
  // Carried over a Session Manager session to the instance itself: no address is dialled.
  if (ssh?.interface === 'session_manager') return instance.InstanceId ?? '';
  const byInterface: Record<string, string | undefined> = {
    public_ip: instance.PublicIpAddress,
    private_ip: instance.PrivateIpAddress,
    public_dns: instance.PublicDnsName,
    private_dns: instance.PrivateDnsName
  };
  const address = ssh?.interface
    ? byInterface[ssh.interface]
    : (instance.PublicIpAddress ?? instance.PrivateIpAddress);
  if (!address) {
    throw new AwsOperationError({
      operation: 'DescribeInstances',
      doing: `instance ${instance.InstanceId} has no ${ssh?.interface ?? 'address'} to connect to; check ssh_interface, associate_public_ip_address and the subnet`
    });
  }
  return address;
}
