// What every simulated service answers when a request fails: an error code, a message (AWS leaves
// some empty, as SSM's ParameterNotFound) and an HTTP status. Each protocol writes it its own way:
// EC2 as a Query XML <Errors> document, SSM and Secrets Manager as an AWS JSON 1.1 body.

export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number
  ) {
    super(message);
  }
}

/** The status AWS gives an error code when a fault or handler does not name one. */
export function defaultStatus(code: string): number {
  if (code === 'RequestLimitExceeded' || code === 'ServiceUnavailable' || code === 'Unavailable') return 503;
  if (/^(InternalError|InternalFailure|InternalServerError|InternalServiceError)$/.test(code)) return 500;
  if (code === 'AuthFailure' || code === 'UnauthorizedOperation') return 403;
  return 400;
}
