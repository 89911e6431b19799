// A proxy that refuses a request answers 407 itself, with a body that is not AWS's, and the SDK
// reports that as "XML parse error: unexpected content". Here the error names the proxy instead,
// and says what to check. The proxy's URL is not quoted: it may carry the password.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { httpStatus } from './errors.js';
import type { SdkClient } from './request-timeouts.js';

export const PROXY_AUTHENTICATION_REQUIRED = 407;

export class ProxyRefusedError extends Error {
  readonly $metadata = { httpStatusCode: PROXY_AUTHENTICATION_REQUIRED };

  constructor(cause?: unknown) {
    super(
      'the proxy (HTTPS_PROXY or HTTP_PROXY) answered 407 Proxy Authentication Required: check the user ' +
        'and password in its URL (http://user:password@host:port)',
      { cause }
    );
    this.name = 'ProxyAuthenticationRequired';
  }
}

/** Makes a client's 407 answers a ProxyRefusedError. Not retried: the SDK retries no 4xx. */
export function explainProxyRefusals<C extends SdkClient>(client: C): C {
  (client.middlewareStack as unknown as EC2Client['middlewareStack']).add(
    next => async args => {
      try {
        return await next(args);
      } catch (error) {
        if (httpStatus(error) === PROXY_AUTHENTICATION_REQUIRED) throw new ProxyRefusedError(error);
        throw error;
      }
    },
    { step: 'initialize', name: 'buildAmiProxyRefusals' }
  );
  return client;
}
