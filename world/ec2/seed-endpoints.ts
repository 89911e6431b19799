// Seeding over HTTP, for tests that reach the simulator only by its endpoint (a standalone
// `npm run sim`, the bundle under the runner harness): the same as World.putParameter and
// World.createSecret. The body is their input as JSON (a secret's binary as base64 `secretBinary`).
import { ServiceError } from '../service-error.js';
import type { World } from './world.js';

type Answer = (status: number, value: unknown) => void;

export function seed(world: World, route: string, body: string, answer: Answer): void {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(body || '{}') as Record<string, unknown>;
  } catch (error) {
    return answer(400, { error: `seed body is not JSON: ${(error as Error).message}` });
  }
  try {
    if (route === 'POST /_sim/ssm/parameters') {
      return answer(200, world.putParameter(input as unknown as Parameters<World['putParameter']>[0]));
    }
    const binary =
      typeof input.secretBinary === 'string' ? Buffer.from(input.secretBinary, 'base64') : undefined;
    return answer(
      200,
      world.createSecret({
        ...(input as unknown as Parameters<World['createSecret']>[0]),
        secretBinary: binary
      })
    );
  } catch (error) {
    if (error instanceof ServiceError) return answer(400, { error: `${error.code}: ${error.message}` });
    return answer(400, { error: (error as Error).message });
  }
}
