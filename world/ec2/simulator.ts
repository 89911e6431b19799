// The simulator as tests and `npm run sim` use it: start it on 127.0.0.1, point EC2, SSM and
// Secrets Manager clients at `endpoint`, seed parameters and secrets through `world`, inject
// faults, read the call log and what was left behind, stop it.
import type { AddressInfo } from 'node:net';
import type { StateEvent } from './events.js';
export type { StateEvent, StateEventKind } from './events.js';
import { Faults, type FaultSpec } from './faults.js';
import { leftovers, resources, type ResourceSummary } from './inspect.js';
import { createEc2Server, type CallRecord } from './server.js';
import { attachDataChannels } from '../ssm/data-channel-server.js';
import { bindDataChannelBase } from '../ssm/sessions.js';
import { World, type WorldOptions } from './world.js';

export interface SimulatorOptions extends WorldOptions {
  port?: number;
  host?: string;
  /** Region for requests that carry none (unsigned). */
  defaultRegion?: string;
  /** Access key id → account id: requests signed with one of these keys act in that account. */
  accounts?: Record<string, string>;
}

export interface Ec2Simulator {
  endpoint: string;
  port: number;
  world: World;
  calls: CallRecord[];
  /** Every state transition of an instance, image or snapshot since the last reset (events.ts). */
  readonly events: StateEvent[];
  fault(spec: FaultSpec): void;
  clearFaults(): void;
  /** Calls made so far, optionally of one action, optionally of one service (ec2, ssm, secretsmanager). */
  callCount(action?: string, service?: string): number;
  resources(): ResourceSummary[];
  leftovers(): ResourceSummary[];
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEc2Simulator(options: SimulatorOptions = {}): Promise<Ec2Simulator> {
  let world = new World(options);
  let faults = new Faults(world);
  const calls: CallRecord[] = [];
  const reset = async () => {
    await world.stop();
    world = new World(options);
    faults = new Faults(world);
    calls.length = 0;
    bindDataChannelBase(world, dataChannelBase);
  };
  let dataChannelBase = '';
  const { server, sockets } = createEc2Server({
    get world() {
      return world;
    },
    get faults() {
      return faults;
    },
    calls,
    reset,
    defaultRegion: options.defaultRegion ?? 'us-east-1',
    accounts: options.accounts
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Session Manager data channels (StartSession's StreamUrl) are websockets on the same port.
  const dataChannels = attachDataChannels(server, () => world);
  dataChannelBase = `ws://${options.host ?? '127.0.0.1'}:${port}`;
  bindDataChannelBase(world, dataChannelBase);
  return {
    endpoint: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    get world() {
      return world;
    },
    calls,
    get events() {
      return world.events;
    },
    fault: spec => faults.add(spec),
    clearFaults: () => faults.clear(),
    callCount: (action, service) =>
      calls.filter(c => (!action || c.action === action) && (!service || c.service === service)).length,
    resources: () => resources(world),
    leftovers: () => leftovers(world),
    reset,
    stop: async () => {
      server.close();
      dataChannels.close();
      for (const s of sockets) s.destroy();
      await world.stop();
    }
  };
}
