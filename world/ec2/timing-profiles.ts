// Named timing profiles: REALISTIC holds an instance pending 20 s, stopping 20 s and the
// image pending 40 s, the figures REFERENCE.md measured Packer against.
import type { Timing } from './world.js';

export const REALISTIC_TIMING: Partial<Timing> = {
  instancePendingMs: 20_000,
  instanceStoppingMs: 20_000,
  instanceShuttingDownMs: 10_000,
  imagePendingMs: 40_000,
  snapshotPendingMs: 30_000,
  sshBootMs: 3_000
};
