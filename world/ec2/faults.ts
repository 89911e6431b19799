// Fault injection: what can go wrong between a client and a simulated service (EC2, SSM, Secrets
// Manager), on demand.
//  - an error on the Nth call of an action (once, several times, or always),
//  - a fraction of all calls throttled with RequestLimitExceeded,
//  - a lost response: the action takes effect but the connection drops before the answer,
//  - a bare HTTP error with no EC2 body (a load balancer's 503),
//  - a slow answer (the call succeeds, late).
// Eventual consistency, slow transitions and a lying console are world settings (see add).
import type { ResourceKind } from './model.js';
import type { Timing, World } from './world.js';

export interface CallFault {
  /** Action name (DescribeImages, GetParameter, GetSecretValue); omitted = every action. */
  action?: string;
  /** ec2, ssm or secretsmanager; omitted = every service. */
  service?: string;
  /**
   * Error code (ignored for lost-response). RequestLimitExceeded is answered in each service's own
   * terms: SSM and Secrets Manager throttle with ThrottlingException.
   */
  code?: string;
  status?: number;
  message?: string;
  /** 1-based: the first matching call to fail (counted from when the fault was added). */
  nth?: number;
  /** How many times to fail from the nth on; 'always' never stops. Default 1. */
  times?: number | 'always';
  /**
   * error (default): the service's error (EC2 XML, AWS JSON); lost-response: act, then drop the connection; http: bare
   * status; slow: answer normally, but only after delayMs (a slow API, to hold a client in a call).
   */
  kind?: 'error' | 'lost-response' | 'http' | 'slow';
  /** For kind slow: how long to hold the answer back. */
  delayMs?: number;
  region?: string;
}

export interface FaultSpec extends CallFault {
  /** Fraction (0-1) of calls to answer with RequestLimitExceeded. */
  throttle?: number;
  seed?: number;
  /** Eventual consistency: a new resource of each kind is NotFound for this long. */
  consistency?: Partial<Record<ResourceKind, number>>;
  /** Slow (or fast) transitions. */
  timing?: Partial<Timing>;
  /** 'wrong': GetConsoleOutput shows another key's fingerprint than the instance's sshd has. */
  consoleHostKey?: 'true' | 'wrong';
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'error'; code: string; status?: number; message: string }
  | { kind: 'lost-response' }
  | { kind: 'http'; status: number }
  | { kind: 'slow'; delayMs: number };

interface ActiveFault extends CallFault {
  seen: number;
  fired: number;
}

export class Faults {
  private faults: ActiveFault[] = [];
  private throttle = 0;
  private random = lcg(1);

  constructor(private readonly world: World) {}

  add(spec: FaultSpec): void {
    if (spec.throttle !== undefined) {
      this.throttle = spec.throttle;
      this.random = lcg(spec.seed ?? 1);
    }
    if (spec.consistency) Object.assign(this.world.consistencyMs, spec.consistency);
    if (spec.timing) Object.assign(this.world.timing, spec.timing);
    if (spec.consoleHostKey) this.world.consoleHostKey = spec.consoleHostKey;
    if (spec.code || spec.kind) this.faults.push({ ...spec, seen: 0, fired: 0 });
  }

  clear(): void {
    this.faults = [];
    this.throttle = 0;
    this.world.consistencyMs = {};
    this.world.consoleHostKey = 'true';
  }

  decide(action: string, region: string, service = 'ec2'): FaultDecision {
    for (const f of this.faults) {
      if ((f.action && f.action !== action) || (f.region && f.region !== region)) continue;
      if (f.service && f.service !== service) continue;
      f.seen++;
      const times = f.times === 'always' ? Infinity : (f.times ?? 1);
      if (f.seen < (f.nth ?? 1) || f.fired >= times) continue;
      f.fired++;
      if (f.kind === 'lost-response') return { kind: 'lost-response' };
      if (f.kind === 'http') return { kind: 'http', status: f.status ?? 503 };
      if (f.kind === 'slow') return { kind: 'slow', delayMs: f.delayMs ?? 3000 };
      return {
        kind: 'error',
        code: f.code ?? 'InternalError',
        status: f.status,
        message: f.message ?? faultMessage(f.code)
      };
    }
    if (this.throttle > 0 && this.random() < this.throttle) {
      return { kind: 'error', code: 'RequestLimitExceeded', message: 'Request limit exceeded.' };
    }
    return { kind: 'none' };
  }
}

function faultMessage(code = 'InternalError'): string {
  if (code === 'RequestLimitExceeded') return 'Request limit exceeded.';
  if (code === 'ThrottlingException') return 'Rate exceeded';
  if (code === 'InternalError') return 'An internal error has occurred';
  if (code === 'Unavailable' || code === 'ServiceUnavailable')
    return 'The service is unavailable. Please try again shortly.';
  return `Injected fault: ${code}`;
}

/** A small seeded generator, so a throttled run is repeatable. */
function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}
