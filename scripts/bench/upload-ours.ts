// build-ami's side of the upload benchmark, in a process of its own on the runner's Node 24,
// where ssh2's optional native addon (built for the Node that installed the packages, 20 here)
// does not load: ssh2 then encrypts through node:crypto, as the bundle (which leaves the addon
// out) always does. Connects once, then uploads the file once per "upload" line read on stdin and
// prints each upload's seconds.
import { createInterface } from 'node:readline';
import { connectSsh } from '../../src/communicator/ssh.js';

const [host, port, username, localPath] = process.argv.slice(2);
const ssh = await connectSsh({
  host,
  port: Number(port),
  username,
  privateKey: process.env.BENCH_PRIVATE_KEY!,
  timeoutMs: 30_000,
  retryDelayMs: 100
});
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'upload') break;
  const started = process.hrtime.bigint();
  await ssh.upload('/tmp/ours.bin', { localPath });
  console.log(Number(process.hrtime.bigint() - started) / 1e9);
}
await ssh.close();
