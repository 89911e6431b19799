/**
 * A local stand-in for the few GitHub REST endpoints the action calls through
 * `GITHUB_API_URL`: issue comments (list, create, update) and the pull requests of a
 * commit. It answers as api.github.com does (status codes, JSON field names, error
 * bodies, `Link` pagination), checks the token, records every request, and can be told
 * to fail a route, so tests can drive the real Octokit client against it.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { errorBody, readBody, sendJson } from './http.js';
import {
  ACTIONS_BOT,
  userNamed,
  type GitHubUser,
  type Hosts,
  type IssueComment,
  type PullRequest
} from './resources.js';
import { notFound, routesFor, type Reply } from './routes.js';
import { RepositoryState, type SeedPullRequest } from './state.js';

export type { GitHubUser, IssueComment, PullRequest } from './resources.js';
export type { SeedPullRequest } from './state.js';

export interface GitHubStubOptions {
  /** The token clients must present; default `DEFAULT_STUB_TOKEN`. */
  token?: string;
  /** The only repository that exists (owner/name); others answer 404 as a private repo would. */
  repository?: string;
  /** Who a comment created through the API is written by; default `github-actions[bot]`. */
  user?: GitHubUser;
  /** Web host used in `html_url` fields. */
  serverUrl?: string;
  /** Clock for `created_at`/`updated_at`, so tests can pin timestamps. */
  now?: () => Date;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. `/repos/o/r/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The JSON body as parsed, the raw text if it was not JSON, undefined when empty. */
  body: unknown;
  /** The status the stub answered with. */
  status: number;
}

export interface SeedComment {
  issueNumber: number;
  body: string;
  /** Author login; default the stub's own user (what a comment posted by an earlier run looks like). */
  login?: string;
}

export interface Fault {
  method: string;
  /** Tested against the request path (no query string). */
  pathPattern: RegExp;
  status: number;
  message: string;
  /** How many matching requests fail before the route behaves again; default 1. */
  times?: number;
}

export interface GitHubStub {
  /** Base URL to use as `GITHUB_API_URL`, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  readonly token: string;
  readonly repository: string;
  /** Every request received, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** The comments currently on an issue or pull request, oldest first (copies). */
  comments(issueNumber: number): IssueComment[];
  addComment(seed: SeedComment): IssueComment;
  addPullRequest(seed: SeedPullRequest): PullRequest;
  failNext(fault: Fault): void;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

export const DEFAULT_STUB_TOKEN = 'ghs_stubTokenForTheLocalTestWorld0001';
export const DEFAULT_STUB_REPOSITORY = 'octo-org/octo-repo';

function authenticate(headers: IncomingHttpHeaders, token: string): Reply | undefined {
  const header = headers.authorization;
  if (!header) return { status: 401, body: errorBody(401, 'Requires authentication') };
  const presented = /^(?:token|bearer)\s+(.+)$/i.exec(header)?.[1];
  if (presented !== token) return { status: 401, body: errorBody(401, 'Bad credentials') };
  return undefined;
}

export async function startGitHubStub(options: GitHubStubOptions = {}): Promise<GitHubStub> {
  const token = options.token ?? DEFAULT_STUB_TOKEN;
  const repository = options.repository ?? DEFAULT_STUB_REPOSITORY;
  const user = options.user ?? ACTIONS_BOT;
  const requests: RecordedRequest[] = [];
  const faults: Array<Required<Fault>> = [];
  const hosts: Hosts = { apiUrl: '', serverUrl: options.serverUrl ?? 'https://github.com' };
  const state = new RepositoryState(repository, hosts, options.now ?? (() => new Date()));
  const routes = routesFor(state, user);

  const takeFault = (method: string, path: string): Reply | undefined => {
    const index = faults.findIndex(fault => fault.method === method && fault.pathPattern.test(path));
    if (index < 0) return undefined;
    const fault = faults[index];
    fault.times -= 1;
    if (fault.times <= 0) faults.splice(index, 1);
    return { status: fault.status, body: errorBody(fault.status, fault.message) };
  };

  const route = (method: string, url: URL, body: unknown): Reply => {
    for (const candidate of routes) {
      const match = candidate.pattern.exec(url.pathname);
      if (!match || candidate.method !== method) continue;
      // Any other repository is invisible to this token, which GitHub reports as 404.
      if (match[1] !== undefined && match[1].toLowerCase() !== repository.toLowerCase()) return notFound();
      return candidate.handle({ url, body, params: match.slice(1) });
    }
    return notFound();
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', hosts.apiUrl);
    const parsed = await readBody(request);
    const body = parsed.ok ? parsed.value : parsed.raw;
    const reply: Reply =
      authenticate(request.headers, token) ??
      takeFault(method, url.pathname) ??
      (parsed.ok ? route(method, url, body) : { status: 400, body: errorBody(400, 'Problems parsing JSON') });
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...request.headers },
      body,
      status: reply.status
    });
    sendJson(response, reply.status, reply.body, reply.headers);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, errorBody(500, String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts.apiUrl = `http://127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;

  return {
    url: hosts.apiUrl,
    token,
    repository,
    requests,
    comments: issueNumber => structuredClone(state.commentsOn(issueNumber)),
    addComment: seed =>
      structuredClone(
        state.addComment(seed.issueNumber, seed.body, seed.login ? userNamed(seed.login) : user)
      ),
    addPullRequest: seed => structuredClone(state.addPullRequest(seed)),
    failNext: fault => {
      // Without /g or /y, test() keeps no lastIndex between requests.
      const pathPattern = new RegExp(fault.pathPattern.source, fault.pathPattern.flags.replace(/[gy]/g, ''));
      faults.push({ ...fault, pathPattern, method: fault.method.toUpperCase(), times: fault.times ?? 1 });
    },
    stop: () => {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        // Keep-alive sockets from a client would otherwise hold close() open indefinitely.
        server.closeAllConnections();
      });
      return stopped;
    }
  };
}
