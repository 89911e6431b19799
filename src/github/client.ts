// The one place that builds a GitHub API client. The base URL is passed in (GITHUB_API_URL, read
// by the caller), so GitHub Enterprise Server and the test stub work the same way as github.com.
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export function createGitHubClient(token: string, apiUrl?: string): GitHubClient {
  return getOctokit(token, apiUrl ? { baseUrl: apiUrl.replace(/\/+$/, '') } : {});
}
