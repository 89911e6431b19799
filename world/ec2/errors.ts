// EC2 errors as AWS sends them: an error code, a message and an HTTP status.

export class Ec2Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = defaultStatus(code)
  ) {
    super(message);
  }
}

export function defaultStatus(code: string): number {
  if (code === 'RequestLimitExceeded' || code === 'ServiceUnavailable' || code === 'Unavailable') return 503;
  if (code === 'InternalError' || code === 'InternalFailure') return 500;
  if (code === 'AuthFailure' || code === 'UnauthorizedOperation') return 403;
  return 400;
}

export const notFound = (code: string, what: string, id: string) =>
  new Ec2Error(code, `The ${what} '${id}' does not exist`);

export const invalidParameter = (message: string) => new Ec2Error('InvalidParameterValue', message);
