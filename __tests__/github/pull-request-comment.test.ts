import { createGitHubClient } from '../../src/github/client.js';
import { commentMarker } from '../../src/github/markdown.js';
import {
  upsertPullRequestComment,
  type UpsertCommentOptions
} from '../../src/github/pull-request-comment.js';
import { userNamed } from '../../world/github/resources.js';
import { startGitHubStub, type GitHubStub } from '../../world/github/server.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const MARKER = commentMarker('packer/web.json');

let stub: GitHubStub;

beforeEach(async () => {
  stub = await startGitHubStub();
});

afterEach(async () => {
  await stub.stop();
});

/** A pull_request run on pull request #7, from a branch of the repository itself. */
function onPullRequest(overrides: Partial<UpsertCommentOptions> = {}): UpsertCommentOptions {
  return {
    token: stub.token,
    apiUrl: stub.url,
    repository: stub.repository,
    eventName: 'pull_request',
    eventPayload: { pull_request: { number: 7, head: { repo: { full_name: stub.repository } } } },
    sha: SHA,
    marker: MARKER,
    body: `${MARKER}\n\nAMI: ami-0000000000000001a`,
    ...overrides
  };
}

const bodies = (issue: number) => stub.comments(issue).map(comment => comment.body);

describe('on a pull_request event', () => {
  it('creates the comment on the pull request', async () => {
    stub.addPullRequest({ number: 7, headSha: SHA });

    const result = await upsertPullRequestComment(onPullRequest());

    expect(result).toEqual({
      status: 'created',
      url: expect.stringMatching(/\/octo-org\/octo-repo\/pull\/7#issuecomment-\d+$/),
      pullRequests: [7]
    });
    expect(bodies(7)).toEqual([`${MARKER}\n\nAMI: ami-0000000000000001a`]);
  });

  it('edits the same comment on the next push instead of adding one', async () => {
    stub.addPullRequest({ number: 7, headSha: SHA });
    const first = await upsertPullRequestComment(onPullRequest());

    const second = await upsertPullRequestComment(
      onPullRequest({ body: `${MARKER}\n\nAMI: ami-0000000000000002b` })
    );

    expect(second).toEqual({
      status: 'updated',
      url: first.status !== 'skipped' && first.url,
      pullRequests: [7]
    });
    expect(bodies(7)).toEqual([`${MARKER}\n\nAMI: ami-0000000000000002b`]);
    expect(stub.requests.filter(request => request.method === 'PATCH')).toHaveLength(1);
  });

  it("leaves other people's comments and another template's comment alone", async () => {
    stub.addComment({ issueNumber: 7, body: 'LGTM', login: 'octocat' });
    stub.addComment({ issueNumber: 7, body: `${commentMarker('packer/db.json')}\n\nAMI: ami-db` });
    stub.addComment({ issueNumber: 7, body: `quoting ${MARKER} in a reply`, login: 'octocat' });

    const result = await upsertPullRequestComment(onPullRequest());

    expect(result.status).toBe('created');
    expect(bodies(7)).toHaveLength(4);
    expect(bodies(7).slice(0, 3)).toEqual([
      'LGTM',
      `${commentMarker('packer/db.json')}\n\nAMI: ami-db`,
      `quoting ${MARKER} in a reply`
    ]);
  });

  it("ignores a marker pasted into someone else's comment and writes its own", async () => {
    stub.addComment({ issueNumber: 7, body: `${MARKER}\n\nforged by mallory`, login: 'mallory' });

    const result = await upsertPullRequestComment(onPullRequest());

    expect(result.status).toBe('created');
    expect(stub.comments(7).map(c => [c.user.login, c.body])).toEqual([
      ['mallory', `${MARKER}\n\nforged by mallory`],
      ['github-actions[bot]', `${MARKER}\n\nAMI: ami-0000000000000001a`]
    ]);
    expect(stub.requests.filter(request => request.method === 'PATCH')).toEqual([]);
    // The GITHUB_TOKEN may not read GET /user; the action took it to be github-actions[bot].
    expect(stub.requests.find(request => request.path === '/user')?.status).toBe(403);
  });

  it('finds its comment behind more than a page of other comments', async () => {
    for (let n = 1; n <= 120; n++)
      stub.addComment({ issueNumber: 7, body: `comment ${n}`, login: 'octocat' });
    stub.addComment({ issueNumber: 7, body: `${MARKER}\n\nold` });

    const result = await upsertPullRequestComment(onPullRequest());

    expect(result.status).toBe('updated');
    expect(bodies(7)).toHaveLength(121);
    expect(bodies(7)[120]).toBe(`${MARKER}\n\nAMI: ami-0000000000000001a`);
    const pages = stub.requests
      .filter(request => request.method === 'GET')
      .map(request => request.query.page);
    expect(pages).toEqual([undefined, '2']);
  });

  it('stops reading pages once the comment is found', async () => {
    stub.addComment({ issueNumber: 7, body: `${MARKER}\n\nold` });
    for (let n = 1; n <= 120; n++)
      stub.addComment({ issueNumber: 7, body: `comment ${n}`, login: 'octocat' });

    await upsertPullRequestComment(onPullRequest());

    expect(stub.requests.filter(request => request.method === 'GET')).toHaveLength(1);
  });

  it('puts the marker first when the body lacks it, so the next run finds the comment', async () => {
    await upsertPullRequestComment(onPullRequest({ body: 'no marker here' }));

    expect(bodies(7)).toEqual([`${MARKER}\nno marker here`]);
  });

  it('works with a client handed in', async () => {
    const octokit = createGitHubClient(stub.token, `${stub.url}/`);

    const result = await upsertPullRequestComment(
      onPullRequest({ token: undefined, apiUrl: undefined, octokit })
    );

    expect(result.status).toBe('created');
  });
});

describe('with a personal access token', () => {
  let pat: GitHubStub;
  beforeEach(async () => {
    pat = await startGitHubStub({ user: userNamed('alice') });
  });
  afterEach(async () => {
    await pat.stop();
  });

  it('edits the comment its owner wrote, learning the owner from GET /user, and leaves a forged one alone', async () => {
    pat.addPullRequest({ number: 7, headSha: SHA });
    pat.addComment({ issueNumber: 7, body: `${MARKER}\n\nforged`, login: 'mallory' });
    pat.addComment({ issueNumber: 7, body: `${MARKER}\n\nold`, login: 'alice' });

    const result = await upsertPullRequestComment(
      onPullRequest({ token: pat.token, apiUrl: pat.url, repository: pat.repository })
    );

    expect(result.status).toBe('updated');
    expect(pat.comments(7).map(c => [c.user.login, c.body])).toEqual([
      ['mallory', `${MARKER}\n\nforged`],
      ['alice', `${MARKER}\n\nAMI: ami-0000000000000001a`]
    ]);
  });
});

describe('on a push event', () => {
  it("comments on the commit's open pull request", async () => {
    stub.addPullRequest({ number: 12, headSha: SHA });

    const result = await upsertPullRequestComment(onPullRequest({ eventName: 'push', eventPayload: {} }));

    expect(result).toMatchObject({ status: 'created', pullRequests: [12] });
    expect(bodies(12)).toHaveLength(1);
    expect(stub.requests[0]).toMatchObject({
      method: 'GET',
      path: `/repos/octo-org/octo-repo/commits/${SHA}/pulls`
    });
  });

  it('skips closed pull requests and comments on every open one', async () => {
    stub.addPullRequest({ number: 20, headSha: SHA, state: 'closed' });
    stub.addPullRequest({ number: 22, headSha: SHA });
    stub.addPullRequest({ number: 21, headSha: SHA });

    const result = await upsertPullRequestComment(onPullRequest({ eventName: 'push', eventPayload: {} }));

    expect(result).toMatchObject({ status: 'created', pullRequests: [21, 22] });
    expect(bodies(20)).toEqual([]);
    expect(bodies(21)).toHaveLength(1);
    expect(bodies(22)).toHaveLength(1);
  });

  it('is skipped when the commit is in no open pull request', async () => {
    stub.addPullRequest({ number: 30, headSha: 'f'.repeat(40) });

    const result = await upsertPullRequestComment(onPullRequest({ eventName: 'push', eventPayload: {} }));

    expect(result).toEqual({ status: 'skipped', reason: 'commit a1b2c3d is not in an open pull request' });
    expect(stub.requests.map(request => request.method)).toEqual(['GET']);
  });
});

describe('when no comment can be written', () => {
  it('reports a 403 from the create endpoint with the fix, instead of throwing', async () => {
    stub.failNext({
      method: 'POST',
      pathPattern: /\/issues\/7\/comments$/,
      status: 403,
      message: 'Resource not accessible by integration'
    });

    const result = await upsertPullRequestComment(onPullRequest());

    expect(result).toEqual({
      status: 'skipped',
      reason:
        'the token cannot write pull request comments (403: Resource not accessible by integration); ' +
        'give the workflow `permissions: pull-requests: write`, or set comment-on-pr: false'
    });
    expect(bodies(7)).toEqual([]);
  });

  it('reports a 404 from the repository the token cannot see', async () => {
    const result = await upsertPullRequestComment(
      onPullRequest({
        repository: 'someone/private',
        eventPayload: { pull_request: { number: 7, head: { repo: { full_name: 'someone/private' } } } }
      })
    );

    expect(result.status).toBe('skipped');
    expect(result.status === 'skipped' && result.reason).toMatch(
      /^the token cannot write pull request comments \(404: Not Found\)/
    );
  });

  it('reports a token GitHub rejects', async () => {
    const result = await upsertPullRequestComment(onPullRequest({ token: 'ghs_revoked' }));

    expect(result).toEqual({
      status: 'skipped',
      reason:
        'the token was rejected (401: Bad credentials); check the github-token input, or set comment-on-pr: false'
    });
  });

  it('reports a 403 while listing the pull requests of a pushed commit', async () => {
    stub.failNext({
      method: 'GET',
      pathPattern: /\/pulls$/,
      status: 403,
      message: 'Resource not accessible by integration'
    });

    const result = await upsertPullRequestComment(onPullRequest({ eventName: 'push', eventPayload: {} }));

    expect(result.status === 'skipped' && result.reason).toMatch(
      /^the token cannot list the pull requests of commit a1b2c3d \(403: Resource not accessible by integration\)/
    );
  });

  it('reports an outage as a reason too', async () => {
    stub.failNext({ method: 'GET', pathPattern: /\/comments$/, status: 502, message: 'Bad Gateway' });

    const result = await upsertPullRequestComment(onPullRequest());

    expect(result).toEqual({
      status: 'skipped',
      reason: 'could not write pull request comments: GitHub answered 502 (Bad Gateway)'
    });
  });

  it('skips a pull request from a fork without sending any request', async () => {
    const result = await upsertPullRequestComment(
      onPullRequest({
        eventPayload: { pull_request: { number: 7, head: { repo: { full_name: 'forker/octo-repo' } } } }
      })
    );

    expect(result).toEqual({
      status: 'skipped',
      reason:
        'pull request #7 comes from a fork (forker/octo-repo), whose token GitHub makes read-only; the report is in the job summary'
    });
    expect(stub.requests).toEqual([]);
  });

  it('treats a pull request whose fork was deleted as a fork', async () => {
    const result = await upsertPullRequestComment(
      onPullRequest({ eventPayload: { pull_request: { number: 7, head: { repo: null } } } })
    );

    expect(result.status === 'skipped' && result.reason).toContain('comes from a fork (a deleted fork)');
  });

  it('comments on a fork pull request under pull_request_target, whose token can write', async () => {
    const result = await upsertPullRequestComment(
      onPullRequest({
        eventName: 'pull_request_target',
        eventPayload: { pull_request: { number: 7, head: { repo: { full_name: 'forker/octo-repo' } } } }
      })
    );

    expect(result.status).toBe('created');
  });

  it('skips without a token', async () => {
    const result = await upsertPullRequestComment(onPullRequest({ token: '' }));

    expect(result).toEqual({ status: 'skipped', reason: expect.stringMatching(/^there is no token/) });
    expect(stub.requests).toEqual([]);
  });

  it.each(['workflow_dispatch', 'schedule'])('skips a %s run, which has no pull request', async eventName => {
    const result = await upsertPullRequestComment(onPullRequest({ eventName, eventPayload: {} }));

    expect(result).toEqual({ status: 'skipped', reason: `a ${eventName} event has no pull request` });
    expect(stub.requests).toEqual([]);
  });
});
