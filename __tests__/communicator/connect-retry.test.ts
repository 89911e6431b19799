// How often SSH is dialled: soon again while nothing answers (a booting machine; a refused dial
// costs nothing), every retryDelayMs once something answers and refuses, so the handshake
// attempts still span a while.
import { DialFailure, retryConnect } from '../../src/communicator/connect-retry.js';

function dialsAt(kinds: DialFailure['kind'][]) {
  const at: number[] = [];
  const started = Date.now();
  let i = 0;
  const dial = async () => {
    at.push(Date.now() - started);
    const kind = kinds[i++];
    if (!kind) return 'connected';
    throw new DialFailure({ kind, message: kind });
  };
  return { dial, at };
}

const plan = {
  target: { host: '127.0.0.1', port: 22, user: 'ubuntu' },
  timeoutMs: 30_000,
  retryDelayMs: 400,
  unreachableRetryDelayMs: 50,
  handshakeAttempts: 10
};

test('dials again soon while nothing answers, then every retryDelayMs once a server refuses', async () => {
  const { dial, at } = dialsAt(['unreachable', 'unreachable', 'handshake', 'handshake']);
  await expect(retryConnect(plan, dial)).resolves.toBe('connected');
  const gaps = at.slice(1).map((t, i) => t - at[i]);
  expect(gaps[0]).toBeLessThan(300);
  expect(gaps[1]).toBeLessThan(300);
  expect(gaps[2]).toBeGreaterThanOrEqual(390);
  expect(gaps[3]).toBeGreaterThanOrEqual(390);
});

test('without unreachableRetryDelayMs every dial waits retryDelayMs', async () => {
  const { dial, at } = dialsAt(['unreachable', 'unreachable']);
  await retryConnect({ ...plan, unreachableRetryDelayMs: undefined }, dial);
  expect(at[1] - at[0]).toBeGreaterThanOrEqual(390);
  expect(at[2] - at[1]).toBeGreaterThanOrEqual(390);
});
