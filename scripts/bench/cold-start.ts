// Cold start: from spawning `node24 dist/main/index.js` (as the runner does, through the runner
// harness) to its first EC2 call arriving at the simulator, by the simulator's own clock. Beside
// it, in turns, the floors under it on this machine: the AWS SDK's EC2 client alone (bundled as
// dist/ is: sdk-floor.ts) and Node alone making one request (node-floor.mjs).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import type { RunnerHarness } from '../../world/runner/harness.js';
import { builder, credentials, node24 } from './common.js';

/** What to spawn, by name: the step and the floors under it (bundles the SDK's floor into dir). */
export function coldStartEntries(dir: string): Record<'step' | 'sdkFloor' | 'nodeFloor', string> {
  const sdkFloor = join(dir, 'sdk-floor');
  execFileSync(
    process.execPath,
    ['scripts/bundle.mjs', '--source', join(import.meta.dirname, 'sdk-floor.ts'), '--out', sdkFloor],
    { stdio: 'inherit' }
  );
  return {
    step: 'dist/main/index.js',
    sdkFloor: join(sdkFloor, 'index.js'),
    nodeFloor: join(import.meta.dirname, 'node-floor.mjs')
  };
}

/** Milliseconds from spawn to first EC2 call of each entry, runs of each in turns. */
export async function benchColdStart<Name extends string>(
  sim: Ec2Simulator,
  runner: RunnerHarness,
  dir: string,
  runs: number,
  entries: Record<Name, string>
): Promise<Record<Name, number[]>> {
  // An image filter that matches nothing: the step makes its first calls, then fails, quickly.
  writeFileSync(
    join(dir, 'cold.json'),
    JSON.stringify({
      builders: [builder({ source_ami_filter: { filters: { name: 'no-such-image-*' }, owners: ['self'] } })]
    })
  );
  const names = Object.keys(entries) as Name[];
  const results = Object.fromEntries(names.map(name => [name, []])) as unknown as Record<Name, number[]>;
  for (let i = 0; i < runs; i++)
    for (const name of names) {
      const entry = entries[name];
      await sim.reset();
      let spawnedAt: number | undefined;
      await runner.runStep({
        entry,
        node: node24,
        workspace: dir,
        inputs: { template: 'cold.json', reuse: 'never', 'comment-on-pr': 'false' },
        env: {
          ...credentials,
          AWS_ENDPOINT_URL_EC2: sim.endpoint,
          BUILD_AMI_PUBLIC_IP_URL: `${sim.endpoint}/_sim/checkip`
        },
        // A line's atMs counts from the spawn: now - atMs is when the step was spawned.
        onLine: line => {
          spawnedAt ??= Date.now() - line.atMs;
          if (process.env.BENCH_DEBUG) console.error(line.atMs, line.text.slice(0, 100));
        },
        timeoutMs: 30_000
      });
      const first = [...sim.calls].sort((a, b) => a.at - b.at)[0];
      if (process.env.BENCH_DEBUG) console.error(sim.calls.map(c => `${c.time} ${c.action}`).join('\n'));
      if (!first || spawnedAt === undefined)
        throw new Error(`cold start of ${entry}: no EC2 call, or no output`);
      results[name].push(first.at - spawnedAt);
      console.error(`cold start ${i + 1}, ${name}: ${results[name].at(-1)} ms to ${first.action}`);
    }
  return results;
}
