// What an image carries, seen the way a user would: launch an instance of it with a fresh key,
// run a command over SSH once its sshd answers, then terminate the instance.
import {
  CreateKeyPairCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
  waitUntilInstanceRunning
} from '@aws-sdk/client-ec2';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, publicAddress } from './ec2.js';
import { sshRun } from './ssh.js';

export async function sshToNewInstance(sim: Ec2Simulator, imageId: string, command: string) {
  const ec2 = ec2Client(sim);
  const key = await ec2.send(
    new CreateKeyPairCommand({ KeyName: `check-${Date.now()}`, KeyType: 'ed25519' })
  );
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: imageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: key.KeyName
    })
  );
  const id = Instances![0].InstanceId!;
  await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 20, minDelay: 1 }, { InstanceIds: [id] });
  const host = await publicAddress(ec2, id);
  try {
    for (let attempt = 0; ; attempt++) {
      const result = await sshRun(host, 'ubuntu', key.KeyMaterial!, command);
      if (result.code !== 255 || attempt > 40) return result;
      await new Promise(r => setTimeout(r, 100));
    }
  } finally {
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
  }
}
