// The action's one error family (ky's shape): a base class with a brand, and subclasses that carry
// what a user needs to act on the failure. Every constructor takes one details object; the cause
// is always kept as `cause`, and `hint` says what to do next when there is something to do.

const BRAND = Symbol.for('build-ami.error');

interface ErrorDetails {
  /** The error (an SDK error, a Node error) this one explains. */
  cause?: unknown;
  /** What to do next, appended to the message: "set \"force_deregister\": true to replace it". */
  hint?: string;
}

export abstract class BuildAmiError extends Error {
  readonly [BRAND] = true;
  readonly hint?: string;

  protected constructor(message: string, details: ErrorDetails = {}) {
    super(
      details.hint ? `${message}. ${details.hint}` : message,
      details.cause === undefined ? undefined : { cause: details.cause }
    );
    this.name = new.target.name;
    this.hint = details.hint;
  }
}

/** True for any error of the family, even one from another copy of this module (a second bundle). */
export function isBuildAmiError(error: unknown): error is BuildAmiError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

/** Where in a user's input something was found: a file (or an input's name), a 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A mistake in what the user gave us (template, var-file, variables input), found before any cloud call.
 * The message always reads `file:line:column: field: detail`, so editors and the Actions log can link to it;
 * `field` is the JSON path of the offending value (`builders[0].ami_name`), empty for the document itself.
 */
export class InputError extends BuildAmiError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field: string;
  readonly detail: string;

  constructor(details: { at: SourceLocation; field: string; detail: string } & ErrorDetails) {
    const { at, field, detail } = details;
    const where = `${at.file}:${at.line}:${at.column}`;
    super(field === '' ? `${where}: ${detail}` : `${where}: ${field}: ${detail}`, details);
    this.file = at.file;
    this.line = at.line;
    this.column = at.column;
    this.field = field;
    this.detail = detail;
  }
}

/**
 * Every mistake one pass over the user's input found (a template with five problems shows five), sorted by
 * file and position. The message lists each problem on its own line in InputError's form; `errors` keeps
 * them apart so each can become an annotation on its line.
 */
export class InputErrors extends BuildAmiError {
  readonly errors: readonly InputError[];

  constructor(errors: readonly InputError[]) {
    const sorted = [...errors].sort(byPosition);
    super(
      sorted.length === 1
        ? sorted[0]!.message
        : `${sorted.length} problems in the template:\n${sorted.map(error => `  ${error.message}`).join('\n')}`,
      { cause: sorted[0] }
    );
    this.errors = sorted;
  }
}

/** Several problems, or the one there is: a single problem stays the InputError it is. */
export function inputErrors(errors: readonly InputError[]): InputError | InputErrors {
  return errors.length === 1 ? errors[0]! : new InputErrors(errors);
}

function byPosition(a: InputError, b: InputError): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/** Where an SSH connection was headed; carried by CommunicatorError so a message can name it. */
export interface CommunicatorTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
}

/**
 * The SSH connection could not be made, was refused, or broke under a command or transfer. The message names
 * `user@host:port` and what was seen last; the underlying error is kept as `cause`.
 */
export class CommunicatorError extends BuildAmiError {
  readonly target?: CommunicatorTarget;
  /** The connection was gone when this failed: dialing again may help (a machine rebooting), retrying on it cannot. */
  readonly connectionLost: boolean;

  constructor(
    details: { message: string; target?: CommunicatorTarget; connectionLost?: boolean } & ErrorDetails
  ) {
    super(details.message, details);
    this.target = details.target;
    this.connectionLost = details.connectionLost ?? false;
  }
}

/**
 * A provisioner failed: a script exited with a code the template does not allow, or a file could not be
 * transferred. `script` names what ran (a remote path, with the local source in the message), `exitCode` how it
 * ended (null when it ended by a signal or lost its connection).
 */
export class ProvisionerError extends BuildAmiError {
  readonly provisioner: string;
  readonly script?: string;
  readonly exitCode?: number | null;

  constructor(
    details: {
      provisioner: string;
      message: string;
      script?: string;
      exitCode?: number | null;
    } & ErrorDetails
  ) {
    super(`${details.provisioner} provisioner: ${details.message}`, details);
    this.provisioner = details.provisioner;
    this.script = details.script;
    this.exitCode = details.exitCode;
  }
}

/**
 * An AWS call that failed, or whose answer makes the build impossible. The message reads
 * `Operation: what was being done: cause`; `resource` is the id or name the call was about.
 */
export class AwsOperationError extends BuildAmiError {
  readonly operation: string;
  readonly resource?: string;

  constructor(details: { operation: string; doing: string; resource?: string } & ErrorDetails) {
    const { cause } = details;
    const detail =
      cause === undefined
        ? ''
        : `: ${nameOf(cause) && nameOf(cause) !== 'Error' ? `${nameOf(cause)}: ` : ''}${messageOf(cause)}`;
    super(`${details.operation}: ${details.doing}${detail}`, details);
    this.operation = details.operation;
    this.resource = details.resource;
  }
}

/** A wait for a resource's state ended without it getting there: it reached a failed state, or time ran out. */
export class WaitError extends BuildAmiError {
  readonly what: string;
  readonly lastState: string;
  readonly reason?: string;
  readonly elapsedMs: number;
  readonly timedOut: boolean;

  constructor(
    details: {
      what: string;
      lastState: string;
      reason?: string;
      elapsedMs: number;
      timedOut: boolean;
    } & ErrorDetails
  ) {
    const { what, lastState, reason, elapsedMs, timedOut } = details;
    const seconds = Math.round(elapsedMs / 1000);
    super(
      timedOut
        ? `Timed out after ${seconds}s waiting for ${what}; last state: ${lastState}${reason ? ` (${reason})` : ''}`
        : `Gave up waiting for ${what}: it reached state ${lastState}${reason ? `: ${reason}` : ''} after ${seconds}s`,
      details
    );
    this.what = what;
    this.lastState = lastState;
    this.reason = reason;
    this.elapsedMs = elapsedMs;
    this.timedOut = timedOut;
  }
}

/** Something the template or the action bounds in time (a provisioner's `timeout`, a request) took longer. */
export class TimeoutError extends BuildAmiError {
  readonly what: string;
  readonly afterMs: number;

  constructor(details: { what: string; afterMs: number } & ErrorDetails) {
    super(`${details.what} did not finish within ${formatSeconds(details.afterMs)}`, details);
    this.what = details.what;
    this.afterMs = details.afterMs;
  }
}

/**
 * A step ran without what an earlier step provides (a step list in the wrong order): named, instead of
 * "cannot read properties of undefined".
 */
export class StepOrderError extends BuildAmiError {
  readonly missing: string;

  constructor(details: { step: string; missing: string } & ErrorDetails) {
    super(
      `${details.step}: needs the ${details.missing}, which an earlier step provides; the build's steps ran out of order`,
      details
    );
    this.missing = details.missing;
  }
}

const nameOf = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : undefined;

const formatSeconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`);

/**
 * The message of anything thrown. Not `instanceof Error`: errors made by Node's own modules come from another
 * realm under Jest's VM modules (and in worker threads), and would print as "Error: ..." through String().
 */
export function messageOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err) return String(err.message);
  return String(err);
}
