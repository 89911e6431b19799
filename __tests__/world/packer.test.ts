// Fidelity evidence: Packer 1.6.6 (Debian's packer, aws-sdk-go inside) completes an
// amazon-ebs build against the simulator, leaving only the AMI and its snapshot, and the
// AMI carries what the provisioners wrote.
import { CreateKeyPairCommand, RunInstancesCommand, waitUntilInstanceRunning } from '@aws-sdk/client-ec2';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, publicAddress } from '../helpers/ec2.js';
import { sshRun } from '../helpers/ssh.js';

let sim: Ec2Simulator;
let dir: string;

beforeAll(async () => {
  sim = await startEc2Simulator({});
  dir = mkdtempSync(join(tmpdir(), 'packer-test-'));
});
afterAll(async () => {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
});

function packerBuild(template: string): Promise<{ code: number; log: string }> {
  return new Promise(resolve => {
    execFile(
      'packer',
      ['build', '-machine-readable', template],
      {
        cwd: dir,
        timeout: 180_000,
        env: {
          PATH: process.env.PATH,
          HOME: dir,
          AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
          AWS_SECRET_ACCESS_KEY: 'simulator-secret',
          AWS_POLL_DELAY_SECONDS: '1',
          CHECKPOINT_DISABLE: '1'
        }
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, log: stdout + stderr })
    );
  });
}

test('Packer 1.6.6 builds an AMI against the simulator and leaves only the AMI and its snapshot', async () => {
  writeFileSync(join(dir, 'motd.txt'), 'uploaded by the file provisioner\n');
  writeFileSync(
    join(dir, 'web.json'),
    JSON.stringify({
      builders: [
        {
          type: 'amazon-ebs',
          region: 'us-east-1',
          custom_endpoint_ec2: sim.endpoint,
          skip_region_validation: true,
          skip_credential_validation: true,
          skip_metadata_api_check: true,
          source_ami_filter: {
            filters: { name: 'ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*', 'root-device-type': 'ebs' },
            owners: ['099720109477'],
            most_recent: true
          },
          instance_type: 't3.micro',
          ssh_username: 'ubuntu',
          ami_name: 'packer-sim-{{timestamp}}',
          tags: { Builder: 'packer', Source: '{{ .SourceAMIName }}' }
        }
      ],
      provisioners: [
        { type: 'shell', inline: ['echo shell-was-here | sudo tee /etc/provisioned'] },
        { type: 'file', source: 'motd.txt', destination: '/tmp/motd.txt' }
      ]
    })
  );
  const { code, log } = await packerBuild('web.json');
  expect({ code, tail: log.split('\n').slice(-15).join('\n') }).toMatchObject({ code: 0 });
  const amiId = /artifact,0,id,us-east-1:(ami-[0-9a-f]+)/.exec(log)?.[1];
  expect(amiId).toBeDefined();

  const left = sim.leftovers();
  expect(left.map(r => r.type).sort()).toEqual(['image', 'snapshot']);
  const image = left.find(r => r.type === 'image')!;
  expect(image).toMatchObject({ id: amiId, state: 'available' });
  expect(image.tags).toEqual({
    Builder: 'packer',
    Source: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301'
  });
  const calls = new Set(sim.calls.map(c => c.action));
  for (const action of [
    'CreateKeyPair',
    'CreateSecurityGroup',
    'RunInstances',
    'StopInstances',
    'CreateImage',
    'TerminateInstances'
  ]) {
    expect(calls).toContain(action);
  }
  expect(sim.calls.filter(c => c.outcome !== 'ok')).toEqual([]);

  // The AMI carries what Packer's provisioners left on the instance.
  const ec2 = ec2Client(sim);
  const key = await ec2.send(new CreateKeyPairCommand({ KeyName: 'check', KeyType: 'ed25519' }));
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: amiId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: 'check'
    })
  );
  await waitUntilInstanceRunning(
    { client: ec2, maxWaitTime: 20, minDelay: 1 },
    { InstanceIds: [Instances![0].InstanceId!] }
  );
  const host = await publicAddress(ec2, Instances![0].InstanceId!);
  let result = await sshRun(host, 'ubuntu', key.KeyMaterial!, 'cat /etc/provisioned /tmp/motd.txt');
  for (let i = 0; result.code === 255 && i < 40; i++) {
    await new Promise(r => setTimeout(r, 100));
    result = await sshRun(host, 'ubuntu', key.KeyMaterial!, 'cat /etc/provisioned /tmp/motd.txt');
  }
  expect(result.stdout).toBe('shell-was-here\nuploaded by the file provisioner\n');
});
