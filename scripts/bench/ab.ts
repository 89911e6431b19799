import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Simulator } from '../../world/ec2/simulator.js';
import { createRunnerHarness } from '../../world/runner/harness.js';
import { benchColdStart } from './cold-start.js';
const sim = await startEc2Simulator({});
const runner = createRunnerHarness();
const dir = mkdtempSync(join(tmpdir(), 'cs-'));
const res: Record<string, number[]> = { old: [], new: [] };
try {
  for (let i = 0; i < Number(process.argv[2] ?? 5); i++) {
    res.old.push(...(await benchColdStart(sim, runner, dir, 1, '/tmp/dist-old/dist/main/index.js')));
    res.new.push(...(await benchColdStart(sim, runner, dir, 1, 'dist/main/index.js')));
  }
} finally {
  await runner.cleanup();
  await sim.stop();
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify(res), 'median old', med(res.old), 'new', med(res.new));
