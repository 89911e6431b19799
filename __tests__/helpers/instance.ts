// A simulated instance to SSH into: a fresh key pair, an instance launched with it from a public
// Ubuntu or Amazon Linux image, and what a communicator needs to reach it.
import {
  CreateKeyPairCommand,
  DescribeImagesCommand,
  GetConsoleOutputCommand,
  RunInstancesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { randomUUID } from 'node:crypto';
import { eventually, publicAddress } from './ec2.js';

export interface TestInstance {
  id: string;
  host: string;
  user: string;
  privateKey: string;
}

const IMAGES = {
  ubuntu: { name: 'ubuntu/images/*jammy*', user: 'ubuntu' },
  amazon: { name: 'al2023-ami-*', user: 'ec2-user' }
};

/** Launches an instance and returns at once: sshd comes up shortly after (connectSsh waits for it). */
export async function launchInstance(
  ec2: EC2Client,
  options: { os?: keyof typeof IMAGES; keyType?: 'rsa' | 'ed25519' } = {}
): Promise<TestInstance> {
  const image = IMAGES[options.os ?? 'ubuntu'];
  const keyName = `test-${randomUUID()}`;
  const key = await ec2.send(
    new CreateKeyPairCommand({ KeyName: keyName, KeyType: options.keyType ?? 'ed25519' })
  );
  const { Images } = await ec2.send(
    new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: [image.name] }] })
  );
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: Images![0].ImageId!,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: keyName
    })
  );
  const instance = Instances![0];
  return {
    id: instance.InstanceId!,
    host: await publicAddress(ec2, instance.InstanceId!),
    user: image.user,
    privateKey: key.KeyMaterial!
  };
}

/** The instance's console once cloud-init has printed its host keys. */
export async function consoleOutput(ec2: EC2Client, instanceId: string): Promise<string> {
  return eventually(async () => {
    const { Output } = await ec2.send(new GetConsoleOutputCommand({ InstanceId: instanceId }));
    return Output ? Buffer.from(Output, 'base64').toString() : undefined;
  });
}
