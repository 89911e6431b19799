// End to end, where people look: the pull request comment (one, kept up to date), the job
// summary, and a build that stays green when the token cannot comment.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { startGitHubStub, type GitHubStub } from '../../world/github/server.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';

let sim: Ec2Simulator;
let github: GitHubStub;
let world: ActionWorld;

beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  github = await startGitHubStub();
  world = actionWorld();
  world.write({
    'packer/web.json': {
      builders: [ubuntuBuilder({ ami_name: 'web-{{timestamp}}-{{uuid}}' })],
      provisioners: [{ type: 'shell', inline: ['echo provisioned'] }]
    }
  });
});
afterEach(async () => {
  await world.cleanup();
  await github.stop();
});

const sha = (n: number) => `${String(n).repeat(40)}`.slice(0, 40);

function pullRequestEvent(number: number, headSha: string) {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { sha: headSha, ref: 'feature', repo: { full_name: github.repository } },
        base: { ref: 'main', repo: { full_name: github.repository } }
      },
      repository: { full_name: github.repository }
    }
  };
}

async function build(options: {
  sha: string;
  event?: { name: string; payload: object };
  commentOnPr?: string;
}) {
  return world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: {
      template: 'packer/web.json',
      'github-token': github.token,
      ...(options.commentOnPr ? { 'comment-on-pr': options.commentOnPr } : {})
    },
    event: options.event as never,
    env: {
      ...world.env(sim),
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: github.repository,
      GITHUB_SHA: options.sha
    }
  });
}

test('a pull request run comments, and the next push to it updates that same comment', async () => {
  const first = await build({ sha: sha(1), event: pullRequestEvent(7, sha(1)) });
  expect(first.main.exitCode).toBe(0);
  const firstAmi = first.main.outputs['ami-id'];
  let comments = github.comments(7);
  expect(comments).toHaveLength(1);
  expect(comments[0].body).toContain('<!-- build-ami:packer/web.json -->');
  expect(comments[0].body).toContain(firstAmi);
  expect(comments[0].body).toContain(
    `https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#ImageDetails:imageId=${firstAmi}`
  );
  expect(comments[0].body).toContain(`/commit/${sha(1)}`);

  const second = await build({ sha: sha(2), event: pullRequestEvent(7, sha(2)) });
  const secondAmi = second.main.outputs['ami-id'];
  expect(secondAmi).not.toBe(firstAmi);
  comments = github.comments(7);
  expect(comments).toHaveLength(1);
  expect(comments[0].body).toContain(secondAmi);
  expect(comments[0].body).not.toContain(firstAmi);
  expect(github.requests.filter(r => r.method === 'PATCH')).toHaveLength(1);
});

test('a push run finds the pull request its commit belongs to and comments there', async () => {
  github.addPullRequest({ number: 12, headSha: sha(3) });
  const { main } = await build({
    sha: sha(3),
    event: { name: 'push', payload: { ref: 'refs/heads/feature' } }
  });
  expect(main.exitCode).toBe(0);
  expect(github.comments(12).map(c => c.body)).toEqual([expect.stringContaining(main.outputs['ami-id'])]);
});

test('when the token cannot comment (403), the build stays green and the log says why', async () => {
  github.failNext({
    method: 'POST',
    pathPattern: /\/comments$/,
    status: 403,
    message: 'Resource not accessible by integration',
    times: 5
  });
  const { main } = await build({ sha: sha(4), event: pullRequestEvent(9, sha(4)) });
  expect(main.exitCode).toBe(0);
  expect(main.outputs['ami-id']).toMatch(/^ami-/);
  expect(parseWorkflowCommands(main.log).warnings.join('\n')).toMatch(
    /No pull request comment was written: .*403.*pull-requests: write/
  );
  expect(github.comments(9)).toEqual([]);
});

test('the job summary holds the table, the step timeline, the EC2 call count and the outputs', async () => {
  const { main } = await build({ sha: sha(5), commentOnPr: 'false' });
  expect(main.exitCode).toBe(0);
  const summary = main.summary;
  expect(summary).toContain(main.outputs['ami-id']);
  for (const step of ['Find source image', 'Launch instance', 'Provision', 'Create image'])
    expect(summary).toContain(step);
  expect(summary).toMatch(/EC2 API calls: \*\*\d+\*\*/);
  expect(summary).toMatch(/Launch instance.*█/);
  expect(summary).toContain('ami-id');
  expect(summary).toContain('needs.');
  expect(github.requests).toEqual([]);
});
