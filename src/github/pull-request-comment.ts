// Keeps one comment per template on the pull request up to date. The comment carries a hidden
// marker; each run finds it again (reading every page of comments) and edits it in place, so a
// pull request with twenty pushes still has one comment, showing the latest image.
//
// A comment is ours only when it starts with the marker AND was written by the token's identity:
// anyone can paste the marker into a comment of their own, and editing that would overwrite their
// words (or fail with a 403). A GITHUB_TOKEN writes as github-actions[bot] but may not read GET /user
// (403 for an installation token), so that login is assumed; the token's own login is asked for only
// when a marked comment by someone else turns up (a personal access token writes as its owner).
import { explainFailure, NO_TOKEN } from './api-errors.js';
import { createGitHubClient, type GitHubClient } from './client.js';
import { findPullRequests, type EventPayload } from './pull-request-target.js';

export type { EventPayload } from './pull-request-target.js';

export interface CommentLog {
  info(line: string): void;
  debug(line: string): void;
}

export interface UpsertCommentOptions {
  /** A ready client (tests); otherwise one is built from `token` and `apiUrl`. */
  octokit?: GitHubClient;
  token?: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl?: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** The event payload (github.context.payload). */
  eventPayload: EventPayload;
  /** The commit built (GITHUB_SHA). */
  sha: string;
  /** From commentMarker(templatePath); the body is expected to start with it. */
  marker: string;
  body: string;
  log?: CommentLog;
}

export type CommentResult =
  | { status: 'created' | 'updated'; url: string; pullRequests: number[] }
  | { status: 'skipped'; reason: string };

interface Written {
  status: 'created' | 'updated';
  url: string;
}

type Place = { octokit: GitHubClient; owner: string; repo: string; issue: number };

const silent: CommentLog = { info: () => {}, debug: () => {} };

/** Who a GITHUB_TOKEN writes comments as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The token's identity: github-actions[bot], and the login GET /user names when it answers. */
class Identity {
  private asked: Promise<string | undefined> | undefined;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly log: CommentLog
  ) {}

  async isUs(login: string | undefined): Promise<boolean> {
    if (login === undefined) return false;
    if (login === ACTIONS_BOT_LOGIN) return true;
    this.asked ??= this.octokit.rest.users.getAuthenticated().then(
      response => response.data.login,
      (error: unknown) => {
        this.log.debug(
          `GET /user did not answer (${(error as { status?: number }).status ?? 'error'}): ` +
            `taking the token to be ${ACTIONS_BOT_LOGIN}`
        );
        return undefined;
      }
    );
    return (await this.asked) === login;
  }
}

/** The oldest comment that starts with the marker and is ours, reading pages only until it is found. */
async function findMarked(place: Place, marker: string, identity: Identity, log: CommentLog) {
  const { octokit, owner, repo, issue } = place;
  let found: { id: number; html_url: string } | undefined;
  for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue,
    per_page: 100
  })) {
    for (const comment of response.data) {
      if (!comment.body?.trimStart().startsWith(marker)) continue;
      if (await identity.isUs(comment.user?.login)) {
        found = comment;
        break;
      }
      log.debug(
        `Comment ${comment.id} carries the marker but was written by ${comment.user?.login}: not ours`
      );
    }
    if (found) break;
  }
  return found;
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown } | null)?.status === 404;
}

async function upsertOne(
  place: Place,
  marker: string,
  body: string,
  identity: Identity,
  log: CommentLog
): Promise<Written> {
  const { octokit, owner, repo, issue } = place;
  const existing = await findMarked(place, marker, identity, log);
  if (existing) {
    try {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body
      });
      return { status: 'updated', url: data.html_url };
    } catch (error) {
      // Deleted between listing and editing: write a new one rather than give up.
      if (!isNotFound(error)) throw error;
      log.debug(`Comment ${existing.id} disappeared before it could be edited; creating a new one`);
    }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
  return { status: 'created', url: data.html_url };
}

/**
 * Creates or edits this template's comment on every open pull request the run belongs to.
 * Never throws for GitHub's refusals or outages: the result says why nothing was written,
 * for the caller to log as a warning.
 */
export async function upsertPullRequestComment(options: UpsertCommentOptions): Promise<CommentResult> {
  const log = options.log ?? silent;
  const [owner, repo, extra] = options.repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    return {
      status: 'skipped',
      reason: `the repository "${options.repository}" is not in the form owner/name`
    };
  }
  const octokit =
    options.octokit ?? (options.token ? createGitHubClient(options.token, options.apiUrl) : undefined);
  const target = await findPullRequests(octokit, {
    repository: options.repository,
    eventName: options.eventName,
    payload: options.eventPayload,
    sha: options.sha
  });
  if ('skip' in target) return { status: 'skipped', reason: target.skip };
  if (!octokit) return { status: 'skipped', reason: NO_TOKEN };

  // Without the marker up front the next run could not find this comment, and would add another.
  const body = options.body.startsWith(options.marker) ? options.body : `${options.marker}\n${options.body}`;
  const written: Written[] = [];
  const identity = new Identity(octokit, log);
  for (const issue of target.pullRequests) {
    log.debug(`Looking for the comment marked ${options.marker} on pull request #${issue}`);
    try {
      const result = await upsertOne({ octokit, owner, repo, issue }, options.marker, body, identity, log);
      log.info(
        `${result.status === 'created' ? 'Commented on' : 'Updated the comment on'} #${issue}: ${result.url}`
      );
      written.push(result);
    } catch (error) {
      return { status: 'skipped', reason: explainFailure(error, 'write pull request comments') };
    }
  }
  return {
    status: written.some(w => w.status === 'created') ? 'created' : 'updated',
    url: written[0].url,
    pullRequests: target.pullRequests
  };
}
