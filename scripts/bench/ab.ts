// The cold start of another bundle against this one's, in turns:
// `npx tsx scripts/bench/ab.ts <other checkout>/dist/main/index.js [runs, default 5]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Simulator } from '../../world/ec2/simulator.js';
import { createRunnerHarness } from '../../world/runner/harness.js';
import { benchColdStart } from './cold-start.js';
import { median } from './common.js';

const [other, runs = '5'] = process.argv.slice(2);
if (!other) throw new Error('usage: npx tsx scripts/bench/ab.ts <other dist/main/index.js> [runs]');
const sim = await startEc2Simulator({});
const runner = createRunnerHarness();
const dir = mkdtempSync(join(tmpdir(), 'build-ami-ab-'));
try {
  const ms = await benchColdStart(sim, runner, dir, Number(runs), { other, this: 'dist/main/index.js' });
  console.log(JSON.stringify(ms), `median: other ${median(ms.other)} ms, this ${median(ms.this)} ms`);
} finally {
  await runner.cleanup();
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
