// The Runner (src/action/runner.ts) for a terminal: log lines go to stdout, warnings and errors to
// stderr, a step's group becomes a "==> title" header; inputs come from the command line, state stays
// in memory for the cleanup that follows the build in the same process, and outputs are kept to print
// at the end. GitHub-only things (the job summary) are skipped.
import type { Runner } from '../action/runner.js';

export interface TerminalRunner extends Runner {
  readonly outputs: ReadonlyMap<string, string>;
  /** setFailed was called. */
  readonly failed: boolean;
}

export interface Terminal {
  out(line: string): void;
  err(line: string): void;
}

export const processTerminal: Terminal = {
  out: line => void process.stdout.write(`${line}\n`),
  err: line => void process.stderr.write(`${line}\n`)
};

export function terminalRunner(
  inputs: Record<string, string>,
  terminal: Terminal = processTerminal,
  debug = false
): TerminalRunner {
  const state = new Map<string, string>();
  const outputs = new Map<string, string>();
  let failed = false;
  const text = (message: string | Error) => (message instanceof Error ? message.message : message);
  return {
    get outputs() {
      return outputs;
    },
    get failed() {
      return failed;
    },
    getInput: name => inputs[name] ?? '',
    info: message => terminal.out(message),
    warning: message => terminal.err(`Warning: ${text(message)}`),
    // A template problem's message starts with its file:line:col already.
    error: message => terminal.err(`Error: ${text(message)}`),
    notice: message => terminal.out(text(message)),
    debug: message => (debug ? terminal.out(`debug: ${message}`) : undefined),
    startGroup: name => terminal.out(`==> ${name}`),
    endGroup: () => undefined,
    setFailed: message => {
      failed = true;
      terminal.err(`Error: ${text(message)}`);
    },
    setOutput: (name, value) =>
      void outputs.set(name, typeof value === 'string' ? value : JSON.stringify(value)),
    saveState: (name, value) =>
      void state.set(name, typeof value === 'string' ? value : JSON.stringify(value)),
    getState: name => state.get(name) ?? '',
    // Secrets are masked in every line before it is written (maskingSink); nothing to register.
    setSecret: () => undefined,
    writeSummary: async () => undefined
  };
}
