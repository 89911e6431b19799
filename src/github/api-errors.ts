// Turns a failed GitHub API call into the sentence a user reads in the warning: what we were
// doing, what GitHub said, and how to fix it. A PR comment is a courtesy, so every failure
// ends here instead of failing a build that made its image.

const FIX = 'give the workflow `permissions: pull-requests: write`, or set comment-on-pr: false';

interface RequestFailure {
  status?: unknown;
  message?: unknown;
  response?: { data?: { message?: unknown } };
}

/** GitHub's own message ("Resource not accessible by integration"), without Octokit's doc link. */
function githubMessage(failure: RequestFailure): string {
  const fromBody = failure.response?.data?.message;
  if (typeof fromBody === 'string' && fromBody) return fromBody;
  return typeof failure.message === 'string' ? failure.message : String(failure);
}

/**
 * Why no comment was written. `doing` completes "the token cannot …" and "… failed",
 * e.g. "write pull request comments" or "list the comments of pull request #12".
 */
export function explainFailure(error: unknown, doing: string): string {
  const failure = (
    typeof error === 'object' && error !== null ? error : { message: String(error) }
  ) as RequestFailure;
  const status = typeof failure.status === 'number' ? failure.status : undefined;
  const said = githubMessage(failure);
  switch (status) {
    case 401:
      return `the token was rejected (401: ${said}); check the github-token input, or set comment-on-pr: false`;
    case 403:
      return `the token cannot ${doing} (403: ${said}); ${FIX}`;
    case 404:
      return `the token cannot ${doing} (404: ${said}): it cannot see the repository or pull request; ${FIX}`;
    case undefined:
      return `could not ${doing}: ${said}`;
    default:
      return `could not ${doing}: GitHub answered ${status} (${said})`;
  }
}

export const NO_TOKEN =
  'there is no token (the github-token input is empty); leave it at its default, ${{ github.token }}, or set comment-on-pr: false';
