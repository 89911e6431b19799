/**
 * The endpoints the stub serves, each a method, a path pattern and a handler that turns
 * the request into the reply GitHub would give.
 */
import { errorBody, paginate } from './http.js';
import type { GitHubUser, IssueComment } from './resources.js';
import type { RepositoryState } from './state.js';

/** GitHub rejects comment bodies longer than this with 422. */
const MAX_COMMENT_LENGTH = 65536;

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  url: URL;
  body: unknown;
  params: string[];
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle(context: RouteContext): Reply;
}

export const notFound = (): Reply => ({ status: 404, body: errorBody(404, 'Not Found') });

/** Checks `body` the way GitHub validates a comment write; returns the error reply, if any. */
function invalidCommentBody(body: unknown): Reply | undefined {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string') {
    return { status: 422, body: errorBody(422, `Invalid request.\n\n"body" wasn't supplied.`) };
  }
  if (text.length > MAX_COMMENT_LENGTH) {
    const error = {
      resource: 'IssueComment',
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`
    };
    return { status: 422, body: errorBody(422, 'Validation Failed', { errors: [error] }) };
  }
  return undefined;
}

function paged<T>(items: T[], url: URL): Reply {
  const page = paginate(items, url);
  return { status: 200, body: page.items, headers: page.link ? { link: page.link } : {} };
}

export function routesFor(state: RepositoryState, user: GitHubUser): Route[] {
  const repo = '/repos/([^/]+/[^/]+)';
  const findComment = (id: string): IssueComment | undefined =>
    state.comments.find(comment => comment.id === Number(id));
  return [
    {
      method: 'GET',
      pattern: new RegExp(`^${repo}/issues/(\\d+)/comments$`),
      handle: ({ url, params }) => {
        const since = url.searchParams.get('since');
        const comments = state
          .commentsOn(Number(params[1]))
          .filter(comment => since === null || comment.updated_at >= since);
        return paged(comments, url);
      }
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${repo}/issues/(\\d+)/comments$`),
      handle: ({ body, params }) => {
        const invalid = invalidCommentBody(body);
        if (invalid) return invalid;
        const comment = state.addComment(Number(params[1]), (body as { body: string }).body, user);
        return { status: 201, body: comment, headers: { location: comment.url } };
      }
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repo}/issues/comments/(\\d+)$`),
      handle: ({ params }) => {
        const comment = findComment(params[1]);
        return comment ? { status: 200, body: comment } : notFound();
      }
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^${repo}/issues/comments/(\\d+)$`),
      handle: ({ body, params }) => {
        const comment = findComment(params[1]);
        if (!comment) return notFound();
        const invalid = invalidCommentBody(body);
        if (invalid) return invalid;
        state.touch(comment, (body as { body: string }).body);
        return { status: 200, body: comment };
      }
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^${repo}/issues/comments/(\\d+)$`),
      handle: ({ params }) => {
        const index = state.comments.findIndex(comment => comment.id === Number(params[1]));
        if (index < 0) return notFound();
        state.comments.splice(index, 1);
        return { status: 204 };
      }
    },
    {
      // An installation token (GITHUB_TOKEN) may not read GET /user: GitHub answers 403, as here for the bot.
      method: 'GET',
      pattern: /^\/user$/,
      handle: () =>
        user.type === 'Bot'
          ? { status: 403, body: errorBody(403, 'Resource not accessible by integration') }
          : { status: 200, body: user }
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repo}/commits/([0-9A-Za-z]+)/pulls$`),
      handle: ({ url, params }) => {
        const sha = params[1].toLowerCase();
        return paged(
          state.pulls.filter(pull => pull.head.sha.toLowerCase() === sha),
          url
        );
      }
    }
  ];
}
