// A long-lived tool the Docker world runs (dockerd, the registry), started so that it cannot outlive the
// test process: a small shell watches both, and stops the tool when the process that started it is
// gone (a killed Jest worker), as the simulated instances' sshd does. Output goes to a log file that
// error messages quote.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface WatchedProcess {
  readonly logFile: string;
  readonly running: boolean;
  /** The last lines of the tool's log, for error messages. */
  logTail(lines?: number): string;
  /** SIGTERM, then SIGKILL to the whole process group after graceMs. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

export function startWatched(
  argv: readonly string[],
  logFile: string,
  env: NodeJS.ProcessEnv = process.env
): WatchedProcess {
  const quoted = argv.map(a => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = [
    `${quoted} &`,
    'tool=$!',
    "trap 'kill -TERM $tool 2>/dev/null; wait $tool; exit 0' TERM INT",
    `while kill -0 ${process.pid} 2>/dev/null && kill -0 $tool 2>/dev/null; do sleep 1; done`,
    'kill -TERM $tool 2>/dev/null',
    'wait $tool'
  ].join('\n');
  const fd = openSync(logFile, 'a');
  const child = spawn('sh', ['-c', script], { detached: true, stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  return new Watched(child, logFile);
}

class Watched implements WatchedProcess {
  private readonly exited: Promise<void>;

  constructor(
    private readonly child: ChildProcess,
    readonly logFile: string
  ) {
    this.exited = new Promise(resolve => child.once('exit', () => resolve()));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  logTail(lines = 15): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  async stop(graceMs = 20_000): Promise<void> {
    if (this.running) {
      this.signal('SIGTERM');
      const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    // Whatever the tool forked into its group (dockerd's containerd) goes with it.
    this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.child.pid!, signal);
    } catch {
      // already gone
    }
  }
}
