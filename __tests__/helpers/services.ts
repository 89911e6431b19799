// SSM and Secrets Manager clients from the real AWS SDK, pointed at the simulator as the EC2 one is.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSMClient } from '@aws-sdk/client-ssm';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';

const credentials = { accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret' };

export function ssmClient(sim: Ec2Simulator, region = 'us-east-1', maxAttempts = 1): SSMClient {
  return new SSMClient({ region, endpoint: sim.endpoint, credentials, maxAttempts });
}

export function secretsClient(
  sim: Ec2Simulator,
  region = 'us-east-1',
  maxAttempts = 1
): SecretsManagerClient {
  return new SecretsManagerClient({ region, endpoint: sim.endpoint, credentials, maxAttempts });
}

/** The error a call rejects with (fails the test when it resolves). */
export async function rejection(
  promise: Promise<unknown>
): Promise<Error & { $metadata: { httpStatusCode?: number; attempts?: number } }> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error
  );
  if (outcome === undefined) throw new Error('expected the call to fail');
  return outcome as Error & { $metadata: { httpStatusCode?: number; attempts?: number } };
}

/** A raw AWS JSON 1.1 request, to see the wire as the SDK gets it (the simulator checks that a signature is there, not what it says). */
export async function rawJson(
  sim: Ec2Simulator,
  target: string,
  body: unknown,
  scope = 'us-east-1/ssm'
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(sim.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': target,
      Authorization: `AWS4-HMAC-SHA256 Credential=AKIDSIMULATOR/20240101/${scope}/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: JSON.stringify(body)
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
