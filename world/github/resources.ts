/**
 * The JSON shapes the stub answers with, trimmed to the fields GitHub really sends that
 * an action is likely to read. Field names and formats follow the REST API exactly, so
 * code that works against the stub reads the same fields from api.github.com.
 */

export interface GitHubUser {
  login: string;
  id: number;
  node_id: string;
  type: 'User' | 'Bot' | 'Organization';
  site_admin: boolean;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface RepositoryRef {
  name: string;
  full_name: string;
  fork: boolean;
  owner: { login: string };
}

export interface PullRequestBranch {
  label: string;
  ref: string;
  sha: string;
  repo: RepositoryRef;
}

export interface PullRequest {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  number: number;
  state: 'open' | 'closed';
  title: string;
  draft: boolean;
  merged_at: string | null;
  head: PullRequestBranch;
  base: PullRequestBranch;
}

/** Where the stub's objects claim to live: the API base for `url`, the web host for `html_url`. */
export interface Hosts {
  apiUrl: string;
  serverUrl: string;
}

/** The identity a `GITHUB_TOKEN` acts as. */
export const ACTIONS_BOT: GitHubUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  site_admin: false
};

/** GitHub's timestamps have second precision and a literal Z: 2024-05-01T12:00:00Z. */
export function githubTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function userNamed(login: string, type: GitHubUser['type'] = 'User'): GitHubUser {
  if (login === ACTIONS_BOT.login) return { ...ACTIONS_BOT };
  const id = 1000 + [...login].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return { login, id, node_id: nodeId('U', id), type, site_admin: false };
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`;
}

export interface CommentFields {
  id: number;
  repository: string;
  issueNumber: number;
  isPullRequest: boolean;
  body: string;
  user: GitHubUser;
  now: Date;
}

export function buildComment(hosts: Hosts, fields: CommentFields): IssueComment {
  const { id, repository, issueNumber } = fields;
  const timestamp = githubTimestamp(fields.now);
  // GitHub links a comment on a pull request through /pull/, on an issue through /issues/.
  const webKind = fields.isPullRequest ? 'pull' : 'issues';
  return {
    id,
    node_id: nodeId('IC', id),
    url: `${hosts.apiUrl}/repos/${repository}/issues/comments/${id}`,
    html_url: `${hosts.serverUrl}/${repository}/${webKind}/${issueNumber}#issuecomment-${id}`,
    issue_url: `${hosts.apiUrl}/repos/${repository}/issues/${issueNumber}`,
    body: fields.body,
    user: { ...fields.user },
    created_at: timestamp,
    updated_at: timestamp,
    author_association: 'NONE'
  };
}

export interface PullRequestFields {
  id: number;
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  baseRef: string;
  /** owner/name of the repository the head branch lives in; differs from `repository` for a fork. */
  headRepository: string;
  repository: string;
}

function repositoryRef(fullName: string, baseRepository: string): RepositoryRef {
  const [owner, name] = fullName.split('/');
  return {
    name,
    full_name: fullName,
    fork: fullName.toLowerCase() !== baseRepository.toLowerCase(),
    owner: { login: owner }
  };
}

export function buildPullRequest(hosts: Hosts, fields: PullRequestFields): PullRequest {
  const { repository, number } = fields;
  const head = repositoryRef(fields.headRepository, repository);
  const base = repositoryRef(repository, repository);
  return {
    id: fields.id,
    node_id: nodeId('PR', fields.id),
    url: `${hosts.apiUrl}/repos/${repository}/pulls/${number}`,
    html_url: `${hosts.serverUrl}/${repository}/pull/${number}`,
    number,
    state: fields.state,
    title: `Pull request #${number}`,
    draft: false,
    merged_at: null,
    head: {
      label: `${head.owner.login}:${fields.headRef}`,
      ref: fields.headRef,
      sha: fields.headSha,
      repo: head
    },
    base: {
      label: `${base.owner.login}:${fields.baseRef}`,
      ref: fields.baseRef,
      // The base tip is not modelled; a fixed, well-formed SHA keeps the shape honest.
      sha: 'b'.repeat(40),
      repo: base
    }
  };
}
