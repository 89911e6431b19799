// The Session Manager data channel against the simulator's agent end: StartSession, the token,
// the handshake, acknowledgements, and real sshd reached through the port-forwarding stream,
// with ssh2 running exec and SFTP over it unchanged. No session-manager-plugin is involved.
import {
  RunInstancesCommand,
  DescribeImagesCommand,
  CreateKeyPairCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { StartSessionCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { connectSsh } from '../../../src/communicator/ssh.js';
import { DataChannelError, SsmDataChannel } from '../../../src/communicator/ssm/data-channel.js';
import { SsmTunnel } from '../../../src/communicator/ssm/tunnel.js';
import { startEc2Simulator, type Ec2Simulator } from '../../../world/ec2/simulator.js';
import { ssmSessions } from '../../../world/ssm/sessions.js';
import { ec2Client, eventually } from '../../helpers/ec2.js';
import { rejection, ssmClient } from '../../helpers/services.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
let ssm: SSMClient;

async function launch(profile: string | undefined) {
  const keyName = `test-${randomUUID()}`;
  const key = await ec2.send(new CreateKeyPairCommand({ KeyName: keyName, KeyType: 'ed25519' }));
  const { Images } = await ec2.send(
    new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: ['ubuntu/images/*jammy*'] }] })
  );
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: Images![0].ImageId!,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: keyName,
      IamInstanceProfile: profile ? { Name: profile } : undefined
    })
  );
  return { id: Instances![0].InstanceId!, privateKey: key.KeyMaterial! };
}

let instance: { id: string; privateKey: string };

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ec2 = ec2Client(sim);
  ssm = ssmClient(sim);
  instance = await launch('ssm-core');
});
afterAll(async () => {
  ssm?.destroy();
  await sim.stop();
});

const sessionOf = (id: string) => ssmSessions(sim.world).get(id)!;

test('the stream reaches the instance sshd after the token and the handshake', async () => {
  const tunnel = new SsmTunnel({ ssm, instanceId: instance.id, remotePort: 22 });
  // Until the instance's sshd listens, the agent answers with connect_to_port_error: open again.
  const { channel, banner } = await eventually(async () => {
    const opened = await tunnel.open().catch(() => undefined);
    if (!opened) return undefined;
    const first = await new Promise<string | undefined>(resolve => {
      if (opened.destroyed) resolve(undefined);
      opened.once('data', (d: Buffer) => resolve(d.toString()));
      opened.once('error', () => resolve(undefined));
      opened.once('close', () => resolve(undefined));
    });
    return first === undefined ? undefined : { channel: opened, banner: first };
  });
  expect(banner).toMatch(/^SSH-2\.0-OpenSSH/);
  const session = sessionOf(channel.sessionId);
  expect(session).toMatchObject({
    target: instance.id,
    documentName: 'AWS-StartPortForwardingSession',
    parameters: { portNumber: ['22'] },
    clientVersion: '1.1.61.0'
  });
  expect(channel.agentVersion).toBe('3.3.40.0');
  // The client acknowledged the handshake request, the handshake complete and the banner.
  await eventually(async () => (session.acksFromClient >= 3 ? true : undefined));
  channel.destroy();
  await eventually(async () => (session.status === 'Terminated' ? true : undefined));
  // Every session started (some attempts met sshd not listening yet) was terminated.
  await eventually(async () =>
    sim.callCount('TerminateSession', 'ssm') === ssmSessions(sim.world).size ? true : undefined
  );
});

test('ssh2 runs commands and moves files over the data channel', async () => {
  const tunnel = new SsmTunnel({ ssm, instanceId: instance.id, remotePort: 22, localPort: 8022 });
  const ssh = await connectSsh({
    host: instance.id,
    port: 22,
    username: 'ubuntu',
    privateKey: instance.privateKey,
    timeoutMs: 20_000,
    retryDelayMs: 200,
    openSocket: (signal, timeoutMs) => tunnel.open(signal, timeoutMs)
  });
  try {
    const lines: string[] = [];
    // Far more than one 1024-byte message each way: order and completeness are checked.
    const result = await ssh.exec('seq 1 20000; id -un', { onStdout: l => lines.push(l) });
    expect(result.exitCode).toBe(0);
    expect(lines).toHaveLength(20001);
    expect(lines[19999]).toBe('20000');
    expect(lines[20000]).toBe('ubuntu');

    const content = randomBytes(300_000);
    await ssh.upload('/tmp/ssm-upload.bin', content);
    const sum: string[] = [];
    await ssh.exec('sha256sum /tmp/ssm-upload.bin', { onStdout: l => sum.push(l) });
    expect(sum[0]).toContain(createHash('sha256').update(content).digest('hex'));
  } finally {
    await ssh.close();
  }
  const [id] = [...ssmSessions(sim.world).values()].filter(s => s.parameters.localPortNumber).map(s => s.id);
  const session = sessionOf(id);
  expect(session.parameters.localPortNumber).toEqual(['8022']);
  expect(session.bytesToInstance).toBeGreaterThan(300_000);
  await eventually(async () => (session.status === 'Terminated' ? true : undefined));
  expect(tunnel.sessions.size).toBe(0);
});

test('an instance without an instance profile is not connected', async () => {
  const bare = await launch(undefined);
  const error = await rejection(
    ssm.send(new StartSessionCommand({ Target: bare.id, DocumentName: 'AWS-StartPortForwardingSession' }))
  );
  expect(error).toMatchObject({ name: 'TargetNotConnected', message: `${bare.id} is not connected.` });
});

test('a wrong token is refused and the channel reports it', async () => {
  const started = await ssm.send(
    new StartSessionCommand({ Target: instance.id, DocumentName: 'AWS-StartPortForwardingSession' })
  );
  const error = await SsmDataChannel.open({
    streamUrl: started.StreamUrl!,
    tokenValue: 'not-the-token',
    sessionId: started.SessionId!,
    timeoutMs: 5000
  }).catch(e => e);
  expect(error).toBeInstanceOf(DataChannelError);
  expect(error.message).toMatch(/invalid token/);
});

test('a denied StartSession fails the connection at once instead of retrying until the timeout', async () => {
  sim.fault({ service: 'ssm', action: 'StartSession', code: 'AccessDeniedException', status: 400 });
  const before = sim.callCount('StartSession', 'ssm');
  const tunnel = new SsmTunnel({ ssm, instanceId: instance.id, remotePort: 22 });
  const error = await rejection(
    connectSsh({
      host: instance.id,
      port: 22,
      username: 'ubuntu',
      privateKey: instance.privateKey,
      timeoutMs: 20_000,
      retryDelayMs: 200,
      openSocket: (signal, timeoutMs) => tunnel.open(signal, timeoutMs)
    })
  );
  expect(error.message).toMatch(/StartSession to i-\w+ failed: AccessDeniedException/);
  expect(error.message).toContain('ssm:StartSession');
  // One call: a retry would have met no fault and connected.
  expect(sim.callCount('StartSession', 'ssm') - before).toBe(1);
});
