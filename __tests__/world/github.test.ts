import { getOctokit } from '@actions/github';

import { startGitHubStub, type GitHubStub } from '../../world/github/server.js';

type Octokit = ReturnType<typeof getOctokit>;

let stub: GitHubStub;
let octokit: Octokit;
const owner = 'octo-org';
const repo = 'octo-repo';

beforeEach(async () => {
  stub = await startGitHubStub();
  octokit = getOctokit(stub.token, { baseUrl: stub.url });
});

afterEach(async () => {
  await stub.stop();
});

/** The status of a failed Octokit call (it throws a RequestError carrying it). */
async function statusOf(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (error) {
    const failure = error as { status: number; response?: { data?: { message?: string } } };
    return { status: failure.status, message: failure.response?.data?.message ?? '' };
  }
  throw new Error('expected the request to fail');
}

describe('issue comments', () => {
  it('creates a comment as github-actions[bot] and answers 201 with the fields GitHub returns', async () => {
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: 'AMI ready'
    });

    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'AMI ready',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/octo-org/octo-repo/issues/7#issuecomment-${created.data.id}`,
      issue_url: `${stub.url}/repos/octo-org/octo-repo/issues/7`
    });
    expect(created.data.node_id).toEqual(expect.any(String));
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.data.updated_at).toBe(created.data.created_at);
    expect(stub.comments(7).map(comment => comment.body)).toEqual(['AMI ready']);
  });

  it('links a comment on a pull request through /pull/', async () => {
    stub.addPullRequest({ number: 12, headSha: 'a'.repeat(40) });

    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 12, body: 'hi' });

    expect(created.data.html_url).toContain('/octo-org/octo-repo/pull/12#issuecomment-');
  });

  it('updates a comment in place, keeping its id and moving updated_at', async () => {
    let clock = new Date('2024-05-01T12:00:00.000Z');
    await stub.stop();
    stub = await startGitHubStub({ now: () => clock });
    octokit = getOctokit(stub.token, { baseUrl: stub.url });
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: 'v1' });
    clock = new Date('2024-05-01T12:05:00.000Z');

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: 'v2'
    });

    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({
      id: created.data.id,
      body: 'v2',
      created_at: '2024-05-01T12:00:00Z',
      updated_at: '2024-05-01T12:05:00Z'
    });
    expect(stub.comments(3)).toHaveLength(1);
    expect(stub.comments(3)[0].body).toBe('v2');
  });

  it('answers 404 when updating a comment that does not exist', async () => {
    const failure = await statusOf(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: 999, body: 'x' })
    );

    expect(failure).toEqual({ status: 404, message: 'Not Found' });
  });

  it('lists comments oldest first, including ones seeded from other authors', async () => {
    stub.addComment({ issueNumber: 5, body: 'looks good', login: 'octocat' });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 5, body: 'AMI ready' });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 6, body: 'elsewhere' });

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 5 });

    expect(listed.data.map(comment => [comment.user?.login, comment.body])).toEqual([
      ['octocat', 'looks good'],
      ['github-actions[bot]', 'AMI ready']
    ]);
  });

  it('pages a long comment list with Link headers that octokit.paginate follows', async () => {
    for (let n = 1; n <= 5; n++) stub.addComment({ issueNumber: 9, body: `comment ${n}` });

    const first = await octokit.rest.issues.listComments({ owner, repo, issue_number: 9, per_page: 2 });
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 9,
      per_page: 2
    });

    expect(first.data.map(comment => comment.body)).toEqual(['comment 1', 'comment 2']);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('page=3>; rel="last"');
    expect(all.map(comment => comment.body)).toEqual([1, 2, 3, 4, 5].map(n => `comment ${n}`));
    const pagesAsked = stub.requests
      .filter(request => request.method === 'GET')
      .map(request => request.query.page);
    expect(pagesAsked).toEqual([undefined, undefined, '2', '3']);
  });

  it('omits the Link header when everything fits on one page', async () => {
    stub.addComment({ issueNumber: 9, body: 'only' });

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 9 });

    expect(listed.headers.link).toBeUndefined();
  });

  it('rejects a comment without a body with 422, as GitHub does', async () => {
    // Octokit's types forbid leaving out the body, so this one goes over plain fetch.
    const response = await fetch(`${stub.url}/repos/octo-org/octo-repo/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: `token ${stub.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'misnamed' })
    });

    expect(response.status).toBe(422);
    expect(stub.comments(1)).toEqual([]);
  });

  it('rejects a comment body over 65536 characters with 422 Validation Failed', async () => {
    const failure = await statusOf(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x'.repeat(65537) })
    );

    expect(failure).toEqual({ status: 422, message: 'Validation Failed' });
    expect(stub.comments(1)).toEqual([]);
  });
});

describe('pull requests of a commit', () => {
  it('lists the pull requests whose head is the commit, with head and base details', async () => {
    const sha = 'c0ffee'.padEnd(40, '0');
    stub.addPullRequest({
      number: 42,
      headSha: sha,
      headRef: 'feature/ami',
      headRepository: 'fork-owner/octo-repo'
    });
    stub.addPullRequest({ number: 43, headSha: 'd'.repeat(40) });

    const pulls = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: sha
    });

    expect(pulls.data).toHaveLength(1);
    expect(pulls.data[0]).toMatchObject({
      number: 42,
      state: 'open',
      html_url: 'https://github.com/octo-org/octo-repo/pull/42',
      head: { sha, ref: 'feature/ami', repo: { full_name: 'fork-owner/octo-repo', fork: true } },
      base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } }
    });
  });

  it('answers an empty list for a commit with no pull request', async () => {
    const pulls = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: 'e'.repeat(40)
    });

    expect(pulls.data).toEqual([]);
  });
});

describe('authentication and errors', () => {
  it('answers 401 Bad credentials to a wrong token', async () => {
    const intruder = getOctokit('ghs_wrong', { baseUrl: stub.url });

    const failure = await statusOf(intruder.rest.issues.listComments({ owner, repo, issue_number: 1 }));

    expect(failure).toEqual({ status: 401, message: 'Bad credentials' });
  });

  it('accepts the token as a Bearer credential too', async () => {
    const response = await fetch(`${stub.url}/repos/octo-org/octo-repo/issues/1/comments`, {
      headers: { authorization: `Bearer ${stub.token}` }
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it('answers 401 Requires authentication when no token is sent', async () => {
    const response = await fetch(`${stub.url}/repos/octo-org/octo-repo/issues/1/comments`);

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'Requires authentication' });
  });

  it('answers 404 for a repository the token cannot see and for unknown routes', async () => {
    const otherRepo = await statusOf(
      octokit.rest.issues.listComments({ owner: 'someone', repo: 'else', issue_number: 1 })
    );
    const unknownRoute = await statusOf(
      octokit.request('GET /repos/{owner}/{repo}/releases', { owner, repo })
    );

    expect(otherRepo).toEqual({ status: 404, message: 'Not Found' });
    expect(unknownRoute).toEqual({ status: 404, message: 'Not Found' });
  });

  it('fails a route as many times as asked, then serves it again', async () => {
    stub.failNext({
      method: 'POST',
      pathPattern: /\/issues\/\d+\/comments$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 2
    });
    const attempt = () => octokit.rest.issues.createComment({ owner, repo, issue_number: 4, body: 'hi' });

    expect(await statusOf(attempt())).toEqual({
      status: 403,
      message: 'Resource not accessible by integration'
    });
    expect(await statusOf(attempt())).toEqual({
      status: 403,
      message: 'Resource not accessible by integration'
    });
    expect((await attempt()).status).toBe(201);
    expect(stub.comments(4)).toHaveLength(1);
  });

  it('records each request with its method, path, query, parsed body and answered status', async () => {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 2, body: 'recorded' });
    await statusOf(
      getOctokit('bad', { baseUrl: stub.url }).rest.issues.listComments({ owner, repo, issue_number: 2 })
    );

    expect(stub.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/repos/octo-org/octo-repo/issues/2/comments',
        body: { body: 'recorded' },
        status: 201
      }),
      expect.objectContaining({ method: 'GET', query: {}, status: 401 })
    ]);
    expect(stub.requests[0].headers.authorization).toBe(`token ${stub.token}`);
  });
});
