// The machine a provisioner test works on: an instance of the simulator's Ubuntu image, reached
// over real SSH, and a way to look at it afterwards.
import type { Communicator, ConnectOptions } from '../../src/communicator/types.js';
import { connectSsh } from '../../src/communicator/ssh.js';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client } from '../helpers/ec2.js';
import { launchInstance, type TestInstance } from '../helpers/instance.js';

export async function connectToNewInstance(
  sim: Ec2Simulator
): Promise<{ instance: TestInstance; connectOptions: ConnectOptions; ssh: Communicator }> {
  const instance = await launchInstance(ec2Client(sim));
  const connectOptions: ConnectOptions = {
    host: instance.host,
    port: sim.world.sshPort,
    username: instance.user,
    privateKey: instance.privateKey,
    timeoutMs: 15_000,
    retryDelayMs: 100
  };
  return { instance, connectOptions, ssh: await connectSsh(connectOptions) };
}

/** What a command prints on the machine, stdout and stderr lines together. */
export async function remoteLines(ssh: Communicator, command: string): Promise<string[]> {
  const lines: string[] = [];
  await ssh.exec(command, { onStdout: l => lines.push(l), onStderr: l => lines.push(l) });
  return lines;
}
