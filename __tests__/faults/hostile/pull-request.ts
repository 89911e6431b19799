// A pull request the action comments on, for the hostile cases: a GitHub stub started per test
// with pull request 7 open on `sha`, and the inputs, event and environment of a workflow run on
// pull_request that keeps its comment there.
import type { GitHubStub } from '../../../world/github/server.js';
import { startGitHubStub } from '../../../world/github/server.js';
import type { BuildOptions } from '../fault-world.js';

export const PULL_REQUEST = 7;

export function pullRequestWorld(sha: string) {
  let github: GitHubStub | undefined;
  beforeEach(async () => {
    github = await startGitHubStub();
    github.addPullRequest({ number: PULL_REQUEST, headSha: sha });
  });
  afterEach(() => github?.stop());
  const stub = () => {
    if (!github) throw new Error('the GitHub stub runs only inside a test');
    return github;
  };
  return {
    get github() {
      return stub();
    },
    /** Build options for a run on the pull request; `inputs` are added to the commenting ones. */
    run(inputs: Record<string, string> = {}): BuildOptions {
      const gh = stub();
      return {
        inputs: { template: 'web.json', 'github-token': gh.token, 'comment-on-pr': 'true', ...inputs },
        event: {
          name: 'pull_request',
          payload: {
            number: PULL_REQUEST,
            pull_request: {
              number: PULL_REQUEST,
              head: { sha, ref: 'feature', repo: { full_name: gh.repository } }
            }
          }
        } as never,
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: gh.repository, GITHUB_SHA: sha }
      };
    }
  };
}
