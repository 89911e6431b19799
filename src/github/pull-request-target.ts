// Which pull requests a run should comment on. A `pull_request` event names its pull request;
// a `push` may belong to open pull requests, which GitHub lists for the commit. Any other
// event, or a push outside a pull request, has nowhere to comment.
import { explainFailure, NO_TOKEN } from './api-errors.js';
import type { GitHubClient } from './client.js';

/** The parts of the event payload (github.context.payload) this module reads. */
export interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { repo?: { full_name?: string } | null };
  };
}

export interface TargetQuery {
  repository: string;
  eventName: string;
  payload: EventPayload;
  sha: string;
}

export type Target = { pullRequests: number[] } | { skip: string };

/**
 * A `pull_request` run from a fork gets a read-only token whatever the workflow asks for, so
 * trying would only earn a 403. `pull_request_target` runs with the base repository's token.
 * A head repository that is null was a fork since deleted.
 */
function forkOf(query: TargetQuery): string | undefined {
  const head = query.payload.pull_request?.head;
  if (query.eventName !== 'pull_request' || !head || head.repo === undefined) return undefined;
  const name = head.repo?.full_name;
  if (name && name.toLowerCase() === query.repository.toLowerCase()) return undefined;
  return name ?? 'a deleted fork';
}

export async function findPullRequests(
  octokit: GitHubClient | undefined,
  query: TargetQuery
): Promise<Target> {
  if (query.eventName === 'pull_request' || query.eventName === 'pull_request_target') {
    const number = query.payload.pull_request?.number;
    if (typeof number !== 'number') return { skip: `the ${query.eventName} event names no pull request` };
    const fork = forkOf(query);
    if (fork) {
      return {
        skip: `pull request #${number} comes from a fork (${fork}), whose token GitHub makes read-only; the report is in the job summary`
      };
    }
    return { pullRequests: [number] };
  }
  if (query.eventName !== 'push')
    return { skip: `a ${query.eventName || 'run without an'} event has no pull request` };
  if (!octokit) return { skip: NO_TOKEN };

  const [owner, repo] = query.repository.split('/');
  const short = query.sha.slice(0, 7);
  try {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: query.sha,
      per_page: 100
    });
    // A commit on the default branch also lists the pull requests merged into it: skip those.
    const open = data.filter(pull => pull.state === 'open').map(pull => pull.number);
    if (open.length === 0) return { skip: `commit ${short} is not in an open pull request` };
    return { pullRequests: open.sort((a, b) => a - b) };
  } catch (error) {
    return { skip: explainFailure(error, `list the pull requests of commit ${short}`) };
  }
}
