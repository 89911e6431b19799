// The Docker Engine's failures, in the action's error family: the message reads
// `Docker <operation>: <what was being done>: <the Engine's own message>`, so a user sees which call
// failed (a pull, a push, a container's creation) and why; the HTTP status is kept for callers that
// tell "not found" from the rest.
import { BuildAmiError, messageOf } from '../errors.js';

export class DockerOperationError extends BuildAmiError {
  readonly operation: string;
  /** The image, container or exec the call was about. */
  readonly resource?: string;
  /** The Engine's HTTP status; undefined when no answer came (no daemon, a broken stream). */
  readonly statusCode?: number;

  constructor(details: {
    operation: string;
    doing: string;
    resource?: string;
    statusCode?: number;
    /** The Engine's message, when it sent one. */
    detail?: string;
    cause?: unknown;
    hint?: string;
  }) {
    const detail = details.detail ?? (details.cause === undefined ? undefined : messageOf(details.cause));
    super(`Docker ${details.operation}: ${details.doing}${detail ? `: ${detail}` : ''}`, details);
    this.operation = details.operation;
    this.resource = details.resource;
    this.statusCode = details.statusCode;
  }
}
