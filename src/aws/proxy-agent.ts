// The agent for a request made outside the SDK (ECR's token, the Session Manager data channel's
// websocket): through the runner's proxy when one is set (env-proxy.ts), else none, so the request
// uses Node's global agent. Kept apart from env-proxy.ts so that only these lazily loaded paths
// import node:http and node:https from here.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { proxyEnv } from './env-proxy.js';

/**
 * An agent for one direct request (http or https by `protocol`), through the proxy when one is set.
 * It returns undefined when no proxy is set, so the request uses Node's global agent.
 */
export function proxyAgentFor(protocol: string, env: NodeJS.ProcessEnv): HttpAgent | undefined {
  const variables = proxyEnv(env);
  if (!variables) return undefined;
  // `proxyEnv` is Node 24's (the runner's node24); @types/node does not know it yet.
  const options = { proxyEnv: variables } as object;
  return protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
}
