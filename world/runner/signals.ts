/**
 * When to signal a running step: at a time after it started, when a log line first
 * matches, or both (the delay then counts from the match); and the runner's own
 * cancellation sequence.
 */

export type StepSignal = 'SIGINT' | 'SIGTERM' | 'SIGKILL';

export interface Trigger {
  /** Milliseconds after the start (or after the `whenLog` match, when both are given). */
  afterMs?: number;
  /** The first log line matching this starts the clock. */
  whenLog?: RegExp;
}

export interface SignalPlan extends Trigger {
  signal: StepSignal;
}

/**
 * What the Actions runner does when a run is cancelled (ProcessInvoker on Linux): SIGINT
 * to the step's process, SIGTERM 7.5 s later if it is still alive, SIGKILL 2.5 s after that.
 */
export interface CancelPlan extends Trigger {
  sigtermAfterMs?: number;
  sigkillAfterMs?: number;
}

export const RUNNER_SIGTERM_AFTER_MS = 7500;
export const RUNNER_SIGKILL_AFTER_MS = 2500;

export interface SentSignal {
  signal: StepSignal;
  /** Milliseconds since the step started. */
  atMs: number;
}

/** The few things the scheduler needs from the running process. */
export interface SignalTarget {
  isAlive(): boolean;
  /** Sends the signal to the step's process (not its children, as the runner does). */
  send(signal: StepSignal): void;
  onLine(listener: (text: string) => void): void;
}

export class SignalScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  readonly sent: SentSignal[] = [];

  constructor(
    private readonly target: SignalTarget,
    private readonly startedAt: number
  ) {}

  plan(plan: SignalPlan): void {
    this.when(plan, () => this.deliver(plan.signal));
  }

  cancelLikeRunner(plan: CancelPlan): void {
    const sigtermAfter = plan.sigtermAfterMs ?? RUNNER_SIGTERM_AFTER_MS;
    const sigkillAfter = plan.sigkillAfterMs ?? RUNNER_SIGKILL_AFTER_MS;
    this.when(plan, () => {
      if (!this.deliver('SIGINT')) return;
      this.after(sigtermAfter, () => {
        if (!this.deliver('SIGTERM')) return;
        this.after(sigkillAfter, () => this.deliver('SIGKILL'));
      });
    });
  }

  /** Stops every pending delivery; called once the process has exited. */
  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private when(trigger: Trigger, action: () => void): void {
    const { whenLog, afterMs = 0 } = trigger;
    if (!whenLog) {
      this.after(afterMs, action);
      return;
    }
    // A /g or /y pattern keeps lastIndex between test() calls; a copy without them does not.
    const pattern = new RegExp(whenLog.source, whenLog.flags.replace(/[gy]/g, ''));
    let matched = false;
    this.target.onLine(text => {
      if (matched || !pattern.test(text)) return;
      matched = true;
      this.after(afterMs, action);
    });
  }

  private after(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
  }

  /** Returns whether the signal went out (false once the process is gone). */
  private deliver(signal: StepSignal): boolean {
    if (!this.target.isAlive()) return false;
    this.target.send(signal);
    this.sent.push({ signal, atMs: Date.now() - this.startedAt });
    return true;
  }
}
