// Reading AWS SDK errors: their EC2 code, and which ones are worth retrying.
import { messageOf } from '../errors.js';

export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object') {
    const e = error as { name?: string; Code?: string; code?: string };
    return e.Code ?? e.name ?? e.code;
  }
  return undefined;
}

export const isNotFound = (error: unknown) => /\.NotFound$|NotFound$/.test(errorCode(error) ?? '');

export function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

/** Errors that mean "try again in a moment": throttling, AWS-side failures, dropped connections. */
export function isTransient(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  if (
    /^(RequestLimitExceeded|Throttling|ThrottlingException|InternalError|InternalFailure|ServiceUnavailable|Unavailable)$/.test(
      code
    )
  ) {
    return true;
  }
  const status = httpStatus(error);
  if (status !== undefined && status >= 500) return true;
  return /ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED|socket hang up/i.test(
    String((error as Error)?.message ?? '')
  );
}

export const isThrottling = (error: unknown) =>
  /^(RequestLimitExceeded|Throttling|ThrottlingException)$/.test(errorCode(error) ?? '');

export function describeError(error: unknown): string {
  const code = errorCode(error);
  const message = messageOf(error);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}
