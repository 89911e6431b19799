// One HTTP(S) POST and its answer as text, made with Node's own client rather than fetch. fetch
// cannot be given an agent, and an agent is how a request goes through the runner's proxy
// (env-proxy.ts).
import { request as httpRequest, type Agent } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface TextAnswer {
  readonly status: number;
  readonly text: string;
}

export interface PostInit {
  readonly headers: Record<string, string>;
  readonly body: string;
  /** Ends the request (a timeout, a cancelled run): the promise rejects with an AbortError. */
  readonly signal: AbortSignal;
  /** Undefined: Node's global agent. */
  readonly agent?: Agent;
}

export function postText(url: URL, { headers, body, signal, agent }: PostInit): Promise<TextAnswer> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent,
        signal
      },
      response => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
        );
        response.on('error', reject);
      }
    );
    request.on('error', reject);
    request.end(body);
  });
}
