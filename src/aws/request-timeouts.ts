// No AWS call may hang. Every request has a connection timeout and a response timeout (the SDK's
// NodeHttpHandler), so an endpoint that accepts connections and never answers ends the call after
// the SDK's retries, within a bound; while a call goes unanswered a "Still waiting" line says
// which call and which endpoint, and when it gives up the error names both (a bare "TimeoutError:
// Connection timed out after 30000 ms" says neither).
import type { EC2Client } from '@aws-sdk/client-ec2';
import { TimeoutError } from '../errors.js';

/** Any SDK client: they all take middleware the same way (typed here as EC2's, whose stack is the same). */
/** Any SDK v3 client: what a middleware is added to. */
export type SdkClient = { middlewareStack: { add: (...args: never[]) => unknown } };

export interface RequestTimeouts {
  /** Time to establish the TCP (and TLS) connection. */
  connectionTimeout: number;
  /** Time from sending the request to the whole response. */
  requestTimeout: number;
  /** How often a call still unanswered is reported ("Still waiting for ..."). */
  reportEveryMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = {
  connectionTimeout: 5_000,
  requestTimeout: 30_000,
  reportEveryMs: 30_000
};

/**
 * BUILD_AMI_AWS_CONNECT_TIMEOUT_MS, BUILD_AMI_AWS_RESPONSE_TIMEOUT_MS and BUILD_AMI_AWS_STILL_WAITING_MS
 * override the defaults (tests use them).
 */
export function requestTimeouts(env: NodeJS.ProcessEnv): RequestTimeouts {
  const ms = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    connectionTimeout: ms('BUILD_AMI_AWS_CONNECT_TIMEOUT_MS', DEFAULT_TIMEOUTS.connectionTimeout),
    requestTimeout: ms('BUILD_AMI_AWS_RESPONSE_TIMEOUT_MS', DEFAULT_TIMEOUTS.requestTimeout),
    reportEveryMs: ms('BUILD_AMI_AWS_STILL_WAITING_MS', DEFAULT_TIMEOUTS.reportEveryMs)
  };
}

const timedOut = (error: unknown) => {
  const e = error as { name?: string; code?: string; message?: string } | undefined;
  return e?.name === 'TimeoutError' || e?.code === 'ETIMEDOUT' || /timed out/i.test(e?.message ?? '');
};

/**
 * Wraps every call of the client (its retries included): logs "Still waiting" every 30 s while it
 * goes unanswered, and turns the SDK's bare timeout into a TimeoutError naming the call and endpoint.
 */
export function nameSlowCalls<C extends SdkClient>(
  client: C,
  options: {
    endpoint: string;
    timeouts: RequestTimeouts;
    log?: (line: string) => void;
    /** Where the endpoint comes from, for the hint: `custom_endpoint_ec2, AWS_ENDPOINT_URL_EC2`. */
    endpointSettings?: string;
  }
): C {
  (client.middlewareStack as unknown as EC2Client['middlewareStack']).add(
    (next, context) => async args => {
      const operation = context.commandName?.replace(/Command$/, '') ?? 'AWS call';
      const started = Date.now();
      const report = options.log
        ? setInterval(
            () =>
              options.log!(
                `Still waiting for ${operation} from ${options.endpoint}: no answer after ${Math.round(
                  (Date.now() - started) / 1000
                )}s`
              ),
            options.timeouts.reportEveryMs
          )
        : undefined;
      // Never keeps the process alive on its own.
      report?.unref();
      try {
        return await next(args);
      } catch (error) {
        if (!timedOut(error)) throw error;
        throw new TimeoutError({
          what: `${operation} at ${options.endpoint}`,
          afterMs: Date.now() - started,
          cause: error,
          hint: `No answer within ${options.timeouts.requestTimeout / 1000}s per attempt (connection: ${
            options.timeouts.connectionTimeout / 1000
          }s); check the endpoint (${options.endpointSettings ?? 'custom_endpoint_ec2, AWS_ENDPOINT_URL_EC2'}) and the network`
        });
      } finally {
        if (report) clearInterval(report);
      }
    },
    { step: 'initialize', name: 'buildAmiSlowCalls' }
  );
  return client;
}
