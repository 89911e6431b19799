// What the data source tests share: one simulator per file (reset after each test), the action's own
// data source clients pointed at it through the environment, a data block's options read as the
// HCL layer will hand them over, and a context that records what was registered as secret.
import { dataSourceClients, type DataSourceClients } from '../../src/aws/data-source-clients.js';
import type { DataSourceContext } from '../../src/datasources/data-source.js';
import { parseJson, type JsonObject } from '../../src/template/json-positions.js';
import { OptionsReader } from '../../src/template/options-reader.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { testScope } from '../template/scope.js';

export interface DataSourceWorld {
  readonly sim: Ec2Simulator;
  /** The clients the action builds, from an environment that points them at the simulator. */
  clients(env?: NodeJS.ProcessEnv): DataSourceClients;
}

export function dataSourceWorld(): DataSourceWorld {
  let sim: Ec2Simulator | undefined;
  beforeAll(async () => {
    sim = await startEc2Simulator({ ssh: false });
  });
  afterEach(() => sim?.reset());
  afterAll(() => sim?.stop());
  return {
    get sim() {
      return sim!;
    },
    clients: (env = {}) =>
      dataSourceClients({
        AWS_ENDPOINT_URL: sim!.endpoint,
        AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
        AWS_SECRET_ACCESS_KEY: 'simulator-secret',
        AWS_REGION: 'us-east-1',
        ...env
      })
  };
}

/** A data block's options (as JSON), read at `data.<type>.<name>`; `secrets` collects what reading registered. */
export function blockOptions(address: string, options: Record<string, unknown>) {
  const secrets: string[] = [];
  const node = parseJson(JSON.stringify(options, null, 2), 'web.pkr.hcl') as JsonObject;
  const reader = new OptionsReader(node, address, {
    scope: testScope('builder'),
    dataHint: 'data sources see no build data',
    readsFile: () => undefined,
    secret: value => secrets.push(value),
    randomInt: () => 0
  });
  return { reader, secrets };
}

/** A resolve context for `address` that keeps what it was told: secrets and warnings. */
export function recordingContext(address: string, signal?: AbortSignal) {
  const secrets: string[] = [];
  const warnings: string[] = [];
  const context: DataSourceContext = {
    address,
    secret: value => secrets.push(value),
    warn: line => warnings.push(line),
    signal
  };
  return { context, secrets, warnings };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error
  );
  if (outcome === undefined) throw new Error('expected a failure');
  return outcome as Error;
}
