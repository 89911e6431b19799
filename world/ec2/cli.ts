// `npm run sim -- --port P [--region R]... [--no-ssh] [--timing realistic]`: the EC2 simulator
// standalone, until SIGINT or SIGTERM, which stop every instance it started.
import { parseArgs } from 'node:util';
import { startEc2Simulator } from './simulator.js';
import { REALISTIC_TIMING } from './timing-profiles.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4566' },
    region: { type: 'string', multiple: true },
    'no-ssh': { type: 'boolean', default: false },
    timing: { type: 'string', default: 'fast' }
  }
});

const sim = await startEc2Simulator({
  port: Number(values.port),
  regions: values.region,
  ssh: !values['no-ssh'],
  timing: values.timing === 'realistic' ? REALISTIC_TIMING : undefined
});
console.log(`EC2 simulator listening on ${sim.endpoint}`);
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the EC2 simulator`);
  await sim.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
