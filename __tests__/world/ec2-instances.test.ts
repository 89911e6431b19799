// Simulated instances are real machines as far as SSH goes: a real sshd on the instance's
// address, the launch key accepted, any other key refused, the instance's files its own,
// and an image carrying them into the next instance.
import {
  CreateImageCommand,
  CreateKeyPairCommand,
  DescribeImagesCommand,
  GetConsoleOutputCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  waitUntilImageAvailable,
  waitUntilInstanceRunning,
  waitUntilInstanceStopped,
  waitUntilInstanceTerminated,
  EC2Client
} from '@aws-sdk/client-ec2';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually, publicAddress } from '../helpers/ec2.js';
import { sshRun } from '../helpers/ssh.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
const wait = { maxWaitTime: 20, minDelay: 1, maxDelay: 1 };

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ec2 = ec2Client(sim);
});
afterAll(() => sim.stop());

async function imageNamed(pattern: string): Promise<string> {
  const { Images } = await ec2.send(
    new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: [pattern] }] })
  );
  return Images![0].ImageId!;
}

async function launch(imageId: string, keyName: string) {
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: imageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: keyName
    })
  );
  const instance = Instances![0];
  await waitUntilInstanceRunning({ client: ec2, ...wait }, { InstanceIds: [instance.InstanceId!] });
  return { id: instance.InstanceId!, ip: await publicAddress(ec2, instance.InstanceId!) };
}

/** sshd may need a moment after "running", as on a booting machine: retry like a client does. */
async function sshWhenReady(ip: string, user: string, key: string, command: string) {
  for (let attempt = 0; ; attempt++) {
    const result = await sshRun(ip, user, key, command);
    if (result.code !== 255 || attempt > 40 || /Permission denied/.test(result.stderr)) return result;
    await new Promise(r => setTimeout(r, 100));
  }
}

const portOpen = (host: string, port: number) =>
  new Promise<boolean>(resolve => {
    const s = connect({ host, port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

test('an instance answers SSH with its launch key and refuses another key', async () => {
  const launchKey = await ec2.send(new CreateKeyPairCommand({ KeyName: 'launch', KeyType: 'ed25519' }));
  const otherKey = await ec2.send(new CreateKeyPairCommand({ KeyName: 'other', KeyType: 'rsa' }));
  const { id, ip } = await launch(await imageNamed('ubuntu/images/*jammy*20240301'), 'launch');
  expect(ip).toMatch(/^127\./);

  const ok = await sshWhenReady(ip, 'ubuntu', launchKey.KeyMaterial!, 'id -un; echo $HOME; sudo -n id -u');
  expect(ok).toMatchObject({ code: 0, stdout: 'ubuntu\n/home/ubuntu\n0\n' });

  const refused = await sshRun(ip, 'ubuntu', otherKey.KeyMaterial!, 'true');
  expect(refused.code).toBe(255);
  expect(refused.stderr).toMatch(/Permission denied \(publickey\)/);
  const wrongUser = await sshRun(ip, 'ec2-user', launchKey.KeyMaterial!, 'true');
  expect(wrongUser.code).toBe(255);

  const console = await ec2.send(new GetConsoleOutputCommand({ InstanceId: id }));
  const text = Buffer.from(console.Output!, 'base64').toString();
  const fingerprint = /256 SHA256:(\S+) root@\S+ \(ED25519\)/.exec(text)?.[1];
  const scanned = await new Promise<string>((resolve, reject) =>
    import('node:child_process').then(({ execFile }) =>
      execFile('ssh-keyscan', ['-t', 'ed25519', ip], (err, out) => (err ? reject(err) : resolve(out)))
    )
  );
  const blob = Buffer.from(scanned.trim().split(/\s+/)[2], 'base64');
  expect(fingerprint).toBe(createHash('sha256').update(blob).digest('base64').replace(/=+$/, ''));

  await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
  await waitUntilInstanceStopped({ client: ec2, ...wait }, { InstanceIds: [id] });
  expect(await portOpen(ip, 22)).toBe(false);
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
});

test("an instance's files are its own, and an image carries them into a new instance", async () => {
  const key = await ec2.send(new CreateKeyPairCommand({ KeyName: 'files', KeyType: 'ed25519' }));
  const source = await imageNamed('al2023-ami-*');
  const builder = await launch(source, 'files');
  const neighbour = await launch(source, 'files');

  const write = await sshWhenReady(
    builder.ip,
    'ec2-user',
    key.KeyMaterial!,
    'echo baked > ~/app.txt && sudo sh -c "mkdir -p /opt/app && echo v1 > /opt/app/VERSION"'
  );
  expect(write.code).toBe(0);
  const elsewhere = await sshWhenReady(neighbour.ip, 'ec2-user', key.KeyMaterial!, 'cat /opt/app/VERSION');
  expect(elsewhere.code).not.toBe(0);
  expect(elsewhere.stderr).toMatch(/No such file/);

  const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: builder.id, Name: 'app-v1' }));
  await waitUntilImageAvailable({ client: ec2, ...wait }, { ImageIds: [ImageId!] });
  const fresh = await launch(ImageId!, 'files');
  const read = await sshWhenReady(fresh.ip, 'ec2-user', key.KeyMaterial!, 'cat ~/app.txt /opt/app/VERSION');
  expect(read).toMatchObject({ code: 0, stdout: 'baked\nv1\n' });

  const ids = [builder.id, neighbour.id, fresh.id];
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }));
  await waitUntilInstanceTerminated({ client: ec2, ...wait }, { InstanceIds: ids });
  for (const ip of [builder.ip, neighbour.ip, fresh.ip]) expect(await portOpen(ip, 22)).toBe(false);
});

test('an image given extra files hands them to its instances, and they to the images made from them', async () => {
  const key = await ec2.send(new CreateKeyPairCommand({ KeyName: 'extra', KeyType: 'ed25519' }));
  const source = await imageNamed('ubuntu/images/*jammy*');
  sim.world.addImageFiles('us-east-1', source, {
    '/usr/local/bin/hello-tool': { content: '#!/bin/sh\necho hello from the image\n', mode: 0o755 }
  });
  const builder = await launch(source, 'extra');
  const run = await sshWhenReady(builder.ip, 'ubuntu', key.KeyMaterial!, 'hello-tool && stat -c %a /');
  expect(run).toMatchObject({ code: 0, stdout: 'hello from the image\n755\n' });

  const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: builder.id, Name: 'with-tool' }));
  await waitUntilImageAvailable({ client: ec2, ...wait }, { ImageIds: [ImageId!] });
  const fresh = await launch(ImageId!, 'extra');
  const again = await sshWhenReady(fresh.ip, 'ubuntu', key.KeyMaterial!, 'sudo hello-tool');
  expect(again).toMatchObject({ code: 0, stdout: 'hello from the image\n' });
  expect(() => sim.world.addImageFiles('us-east-1', source, { 'relative/x': { content: '' } })).toThrow(
    /absolute/
  );

  const ids = [builder.id, fresh.id];
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }));
  await waitUntilInstanceTerminated({ client: ec2, ...wait }, { InstanceIds: ids });
});

test('a simulator killed before it could stop its instances leaves no sshd listening', async () => {
  // The simulator in a process of its own, killed the way a timed-out test runner is: no handler runs.
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'world/ec2/cli.ts', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit']
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => /listening/.test(chunk.toString()) && resolve());
      child.once('exit', code => reject(new Error(`the simulator exited early (${code})`)));
    });
    const orphaned = new EC2Client({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret' }
    });
    await orphaned.send(new CreateKeyPairCommand({ KeyName: 'orphan', KeyType: 'ed25519' }));
    const { Images } = await orphaned.send(
      new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: ['ubuntu/images/*jammy*'] }] })
    );
    const { Instances } = await orphaned.send(
      new RunInstancesCommand({
        ImageId: Images![0].ImageId!,
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        KeyName: 'orphan'
      })
    );
    const ip = await publicAddress(orphaned, Instances![0].InstanceId!);
    await eventually(async () => ((await portOpen(ip, 22)) ? true : undefined));
    orphaned.destroy();

    child.kill('SIGKILL');
    await eventually(async () => ((await portOpen(ip, 22)) ? undefined : true), 5000);
  } finally {
    child.kill('SIGKILL');
  }
});
