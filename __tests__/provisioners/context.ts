// A provisioner context for tests: a recording log, a fixed "random" and the working directories.
import type { Communicator } from '../../src/communicator/types.js';
import type { ProvisionerContext } from '../../src/provisioners/types.js';

export interface Recorded {
  ctx: ProvisionerContext;
  /** info and warning lines, prefixed "info: " / "warning: ". */
  messages: string[];
  stdout: string[];
  stderr: string[];
}

/** A communicator for provisioners that must not touch the machine (shell-local). */
export const noCommunicator: Communicator = new Proxy({} as Communicator, {
  get: (_, name) => () => Promise.reject(new Error(`unexpected communicator call: ${String(name)}`))
});

export function recordingContext(overrides: Partial<ProvisionerContext> = {}): Recorded {
  const messages: string[] = [];
  const stdout: string[] = [];
  const stderr: string[] = [];
  const ctx: ProvisionerContext = {
    communicator: noCommunicator,
    log: {
      info: line => messages.push(`info: ${line}`),
      warning: line => messages.push(`warning: ${line}`),
      output: (stream, line) => (stream === 'stdout' ? stdout : stderr).push(line)
    },
    buildName: 'amazon-ebs',
    builderType: 'amazon-ebs',
    signal: new AbortController().signal,
    random: () => 0.5,
    ...overrides
  };
  return { ctx, messages, stdout, stderr };
}
