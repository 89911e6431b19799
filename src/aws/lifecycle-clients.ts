// The clients of what runs around a build (channels, promote, retention): EC2 as the build reaches it
// (its custom_endpoint_ec2 and template credentials, when there is a build) and Parameter Store at the
// environment's endpoint with the same credentials. Built by the one factory (client.ts), with every
// call counted for the summary.
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { cachedClients, createEc2Client, type TemplateCredentials } from './client.js';
import { createSsmClient } from './data-source-clients.js';

/** How one region is reached: the template's EC2 endpoint and keys, if it gives them. */
export interface RegionAccess {
  endpointEc2?: string;
  credentials: TemplateCredentials;
}

export interface LifecycleClients {
  ec2(region: string): EC2Client;
  ssm(region: string): SSMClient;
  /** Calls made through these clients so far, per service (retries not counted again). */
  calls(): { ec2: number; ssm: number };
}

interface Counted {
  middlewareStack: { add(middleware: unknown, options: { step: 'initialize'; name: string }): void };
}

function counting<C extends Counted>(client: C, seen: WeakSet<object>, onCall: () => void): C {
  if (seen.has(client)) return client;
  seen.add(client);
  client.middlewareStack.add(
    (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      onCall();
      return next(args);
    },
    { step: 'initialize', name: 'buildAmiLifecycleCallCounter' }
  );
  return client;
}

export function lifecycleClients(
  env: NodeJS.ProcessEnv,
  access: (region: string) => RegionAccess,
  log?: (line: string) => void
): LifecycleClients {
  const ec2 = cachedClients(createEc2Client, env, log);
  const ssm = cachedClients(createSsmClient, env, log);
  const seen = new WeakSet<object>();
  const calls = { ec2: 0, ssm: 0 };
  return {
    ec2: region => {
      const { endpointEc2, credentials } = access(region);
      return counting(ec2(region, endpointEc2, credentials), seen, () => calls.ec2++);
    },
    ssm: region => counting(ssm(region, undefined, access(region).credentials), seen, () => calls.ssm++),
    calls: () => ({ ...calls })
  };
}
