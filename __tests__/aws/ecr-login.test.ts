// ecr_login's token: ECR GetAuthorizationToken signed for the login_server's region, answered by the
// simulator, decoded to AWS / <password>; the password is registered as a secret before it is
// returned, and a refusal names the call and what to check without quoting any secret.
import { ecrLogin } from '../../src/aws/ecr-login.js';
import { parseEcrUrl } from '../../src/aws/ecr-url.js';
import { DockerPostProcessorError } from '../../src/post-processors/docker-common.js';
import { runDockerPush } from '../../src/post-processors/docker-push.js';
import { ecrPassword } from '../../world/ecr/service.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';

const SERVER = 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com';
const credentials = { accessKey: 'AKIDSIMULATOR', secretKey: 'ecr-test-secret-key' };

let sim: Ec2Simulator;
beforeAll(async () => {
  sim = await startEc2Simulator();
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => sim.clearFaults());

const env = () => ({ AWS_ENDPOINT_URL_ECR: sim.endpoint });

describe('parseEcrUrl (Packer pattern)', () => {
  it.each([
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', '123456789012', 'eu-west-1'],
    ['https://123456789012.dkr.ecr.us-east-1.amazonaws.com', '123456789012', 'us-east-1'],
    ['http://123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app', '123456789012', 'us-east-1']
  ])('%s is account %s in %s', (url, account, region) => {
    expect(parseEcrUrl(url)).toEqual({ account, region });
  });
  it.each(['registry.example.com', 'public.ecr.aws/team', '127.0.0.1:5000'])('%s is not an ECR URL', url => {
    expect(parseEcrUrl(url)).toBeUndefined();
  });
});

describe('ecrLogin', () => {
  it("gets the registry's password from ECR in login_server's region, and registers it as a secret first", async () => {
    const secrets: string[] = [];
    const login = await ecrLogin({ server: SERVER, credentials, env: env(), onSecret: s => secrets.push(s) });

    expect(login).toEqual({
      username: 'AWS',
      password: ecrPassword('123456789012', 'us-east-1'),
      account: '123456789012',
      region: 'us-east-1'
    });
    expect(secrets).toEqual([login.password]);
    const call = sim.calls.find(c => c.service === 'ecr');
    expect(call).toMatchObject({
      action: 'GetAuthorizationToken',
      region: 'us-east-1',
      params: { registryIds: ['123456789012'] },
      accessKeyId: 'AKIDSIMULATOR'
    });
  });

  it('a refused token request names ECR GetAuthorizationToken, the registry and what to check', async () => {
    sim.fault({
      service: 'ecr',
      action: 'GetAuthorizationToken',
      code: 'AccessDeniedException',
      message: 'User is not authorized to perform: ecr:GetAuthorizationToken',
      times: 'always'
    });
    const secrets: string[] = [];
    const error = await ecrLogin({
      server: SERVER,
      credentials,
      env: env(),
      onSecret: s => secrets.push(s)
    }).catch((e: unknown) => e as Error);

    expect((error as Error).message).toBe(
      `ECR GetAuthorizationToken: getting a login for ${SERVER} (account 123456789012, region us-east-1) from ${sim.endpoint}: ` +
        'AccessDeniedException: User is not authorized to perform: ecr:GetAuthorizationToken. ' +
        "Check that the credentials (aws_access_key and aws_secret_key, aws_profile, or the job's) may call " +
        "ecr:GetAuthorizationToken for account 123456789012, and that login_server names the registry's region (us-east-1)"
    );
    expect((error as Error).message).not.toContain(credentials.secretKey);
    expect(secrets).toEqual([]);
  });

  it('throttling is retried, as the SDK would', async () => {
    sim.fault({ service: 'ecr', action: 'GetAuthorizationToken', code: 'RequestLimitExceeded', times: 2 });
    const before = sim.calls.length;
    const login = await ecrLogin({ server: SERVER, credentials, env: env(), onSecret: () => undefined });

    expect(login.password).toBe(ecrPassword('123456789012', 'us-east-1'));
    expect(sim.calls.slice(before).map(c => c.outcome)).toEqual([
      'ThrottlingException',
      'ThrottlingException',
      'ok'
    ]);
  });

  it('docker-push with ecr_login: a refused token request fails before anything is pushed, saying so', async () => {
    sim.fault({
      service: 'ecr',
      action: 'GetAuthorizationToken',
      code: 'AccessDeniedException',
      times: 'always'
    });
    const lines: string[] = [];
    const error = await runDockerPush(
      {
        type: 'docker-push',
        name: 'docker-push',
        login: false,
        loginServer: SERVER,
        ecr: credentials
      },
      {
        kind: 'docker-image',
        imageId: `sha256:${'0'.repeat(64)}`,
        repoTags: ['123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1'],
        digests: []
      },
      {
        // Never reached: the login fails first.
        engine: { socketPath: '/nonexistent/docker.sock' },
        log: { info: l => lines.push(l), warning: l => lines.push(l) },
        env: env(),
        onSecret: () => undefined
      }
    ).catch((e: unknown) => e as Error);

    expect(error).toBeInstanceOf(DockerPostProcessorError);
    expect((error as Error).message).toMatch(
      /^docker-push: ECR GetAuthorizationToken: getting a login for https:\/\/123456789012\.dkr\.ecr\.us-east-1\.amazonaws\.com \(account 123456789012, region us-east-1\) from .*: AccessDeniedException: .*\. Check that the credentials .* may call ecr:GetAuthorizationToken for account 123456789012, and that login_server names the registry's region \(us-east-1\)$/
    );
    expect(lines).toEqual([`docker-push: fetching ECR credentials for ${SERVER}`]);
  });

  it('a region the endpoint does not have is refused by the signature check', async () => {
    const error = await ecrLogin({
      server: '123456789012.dkr.ecr.xx-nowhere-9.amazonaws.com',
      credentials,
      env: env(),
      onSecret: () => undefined
    }).catch((e: unknown) => e as Error);

    expect((error as Error).message).toMatch(
      /^ECR GetAuthorizationToken: .*region xx-nowhere-9.*UnrecognizedClientException/
    );
  });
});
