// A jest reporter for the fault suite (__tests__/faults): every case appends one JSON line to a
// ledger file whose path this reporter hands to the test processes (BUILD_AMI_FAULT_LEDGER, set
// before any worker starts, so they inherit it). When the run is over it prints the suite's
// verdict as the run's very last line: "fault suite: N cases, M builds left something behind",
// listing first any case that left something. Runs without fault cases print nothing.
import { mkdtempSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LEDGER_ENV = 'BUILD_AMI_FAULT_LEDGER';

export default class FaultSummaryReporter {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'build-ami-faults-'));
    process.env[LEDGER_ENV] = join(this.dir, 'ledger.jsonl');
  }

  onRunComplete() {
    let cases = [];
    try {
      cases = readFileSync(process.env[LEDGER_ENV], 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line));
    } catch {
      // No fault case ran.
    }
    rmSync(this.dir, { recursive: true, force: true });
    if (cases.length === 0) return;
    const leaky = cases.filter(c => c.left.length > 0);
    const lines = [
      ...leaky.map(c => `  ${c.test}: left ${c.left.join(', ')}`),
      `fault suite: ${cases.length} cases, ${leaky.length} builds left something behind`
    ];
    // Jest prints its own summary after the reporters' onRunComplete: write at exit to be last.
    process.once('exit', () => writeSync(1, lines.join('\n') + '\n'));
  }
}
