// Cold start: from spawning `node24 dist/main/index.js` (as the runner does, through the runner
// harness) to its first EC2 call arriving at the simulator, by the simulator's own clock.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import type { RunnerHarness } from '../../world/runner/harness.js';
import { builder, credentials, node24 } from './common.js';

export async function benchColdStart(
  sim: Ec2Simulator,
  runner: RunnerHarness,
  dir: string,
  runs: number,
  entry = 'dist/main/index.js'
): Promise<number[]> {
  // An image filter that matches nothing: the step makes its first calls, then fails, quickly.
  writeFileSync(
    join(dir, 'cold.json'),
    JSON.stringify({
      builders: [builder({ source_ami_filter: { filters: { name: 'no-such-image-*' }, owners: ['self'] } })]
    })
  );
  const results: number[] = [];
  for (let i = 0; i < runs; i++) {
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
    const first = [...sim.calls].sort((a, b) => Date.parse(a.time) - Date.parse(b.time))[0];
    if (process.env.BENCH_DEBUG) console.error(sim.calls.map(c => `${c.time} ${c.action}`).join('\n'));
    if (!first || spawnedAt === undefined) throw new Error('cold start: no EC2 call, or no output');
    results.push(Date.parse(first.time) - spawnedAt);
    console.error(`cold start ${i + 1}: ${results.at(-1)} ms to ${first.action}`);
  }
  return results;
}
