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
export class InputError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field: string;
  readonly detail: string;

  constructor(location: SourceLocation, field: string, detail: string, options?: { cause?: unknown }) {
    const where = `${location.file}:${location.line}:${location.column}`;
    super(field === '' ? `${where}: ${detail}` : `${where}: ${field}: ${detail}`, options);
    this.name = 'InputError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.field = field;
    this.detail = detail;
  }
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
export class CommunicatorError extends Error {
  readonly target?: CommunicatorTarget;
  /** The connection was gone when this failed: dialing again may help (a machine rebooting), retrying on it cannot. */
  readonly connectionLost: boolean;

  constructor(
    message: string,
    target?: CommunicatorTarget,
    options?: { cause?: unknown; connectionLost?: boolean }
  ) {
    super(message, options);
    this.name = 'CommunicatorError';
    this.target = target;
    this.connectionLost = options?.connectionLost ?? false;
  }
}

/**
 * A provisioner failed: a script exited with a code the template does not allow, or a file could not be
 * transferred. `script` names what ran (a remote path, with the local source in the message), `exitCode` how it
 * ended (null when it ended by a signal or lost its connection).
 */
export class ProvisionerError extends Error {
  readonly provisioner: string;
  readonly script?: string;
  readonly exitCode?: number | null;

  constructor(
    provisioner: string,
    message: string,
    details: { script?: string; exitCode?: number | null } = {},
    options?: { cause?: unknown }
  ) {
    super(`${provisioner} provisioner: ${message}`, options);
    this.name = 'ProvisionerError';
    this.provisioner = provisioner;
    this.script = details.script;
    this.exitCode = details.exitCode;
  }
}

/** An EC2 call that failed, or whose answer makes the build impossible: names the operation and the resource. */
export class AwsOperationError extends Error {
  readonly operation: string;

  constructor(operation: string, message: string, cause?: unknown) {
    const detail = cause
      ? `: ${cause instanceof Error ? `${cause.name !== 'Error' ? `${cause.name}: ` : ''}${cause.message}` : String(cause)}`
      : '';
    super(`${operation}: ${message}${detail}`, cause === undefined ? undefined : { cause });
    this.name = 'AwsOperationError';
    this.operation = operation;
  }
}

/**
 * The message of anything thrown. Not `instanceof Error`: errors made by Node's own modules come from another
 * realm under Jest's VM modules (and in worker threads), and would print as "Error: ..." through String().
 */
export function messageOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err) return String(err.message);
  return String(err);
}
