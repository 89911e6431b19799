// The set-up most end-to-end files share: one EC2 simulator for the file, reset before each test, and a
// fresh action world (workspace, runner harness) per test, removed after it.
import { startEc2Simulator, type Ec2Simulator, type SimulatorOptions } from '../../world/ec2/simulator.js';
import { actionWorld, type ActionWorld } from './action.js';

export interface SimulatorWorld {
  readonly sim: Ec2Simulator;
  readonly world: ActionWorld;
}

/** Registers the hooks; read `sim` and `world` inside tests (they are set by then). */
export function useSimulatorWorld(options: SimulatorOptions = {}): SimulatorWorld {
  let sim: Ec2Simulator | undefined;
  let world: ActionWorld | undefined;
  beforeAll(async () => {
    sim = await startEc2Simulator(options);
  });
  afterAll(() => sim?.stop());
  beforeEach(async () => {
    await sim!.reset();
    world = actionWorld();
  });
  afterEach(() => world?.cleanup());
  return {
    get sim() {
      return sim!;
    },
    get world() {
      return world!;
    }
  };
}
