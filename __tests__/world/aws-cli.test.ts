// Fidelity evidence from a second client: the AWS CLI (botocore, a JSON 1.1 implementation of its
// own) stores and reads parameters and secrets on the simulator and reads its errors as AWS's.
// Needs `aws` on PATH (Debian's awscli, or pip's); without it these tests are skipped, and say so.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';

const haveCli = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;
if (!haveCli) console.warn('aws-cli.test.ts: no `aws` on PATH (apt-get install awscli): skipped');
const cliTest = haveCli ? test : test.skip;

let sim: Ec2Simulator;
let dir: string;

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
  dir = mkdtempSync(join(tmpdir(), 'aws-cli-test-'));
});
afterAll(async () => {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
});

function aws(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      'aws',
      [...args, '--endpoint-url', sim.endpoint, '--region', 'us-west-2', '--output', 'json'],
      {
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          AWS_CONFIG_FILE: join(dir, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
          AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
          AWS_SECRET_ACCESS_KEY: 'simulator-secret'
        }
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    );
  });
}

cliTest(
  'aws ssm writes versions, reads a SecureString decrypted, and reports a missing parameter as AWS does',
  async () => {
    expect(
      JSON.parse(
        (await aws('ssm', 'put-parameter', '--name', '/cli/ami', '--value', 'one', '--type', 'String')).stdout
      )
    ).toEqual({
      Version: 1,
      Tier: 'Standard'
    });
    await aws('ssm', 'put-parameter', '--name', '/cli/ami', '--value', 'two', '--overwrite');
    const got = JSON.parse((await aws('ssm', 'get-parameter', '--name', '/cli/ami:1')).stdout) as {
      Parameter: { Value: string; Version: number; Selector: string; LastModifiedDate: unknown };
    };
    expect(got.Parameter).toMatchObject({ Value: 'one', Version: 1, Selector: ':1' });
    // Dates are epoch seconds on the wire (CLI v1 prints them as they came).
    expect(Math.abs(Number(got.Parameter.LastModifiedDate) * 1000 - Date.now())).toBeLessThan(60_000);

    await aws('ssm', 'put-parameter', '--name', '/cli/pw', '--value', 'cli-secret', '--type', 'SecureString');
    const secure = JSON.parse(
      (await aws('ssm', 'get-parameter', '--name', '/cli/pw', '--with-decryption')).stdout
    ) as {
      Parameter: { Value: string };
    };
    expect(secure.Parameter.Value).toBe('cli-secret');

    const missing = await aws('ssm', 'get-parameter', '--name', '/cli/none');
    expect(missing.code).not.toBe(0);
    // The same empty message real SSM users see after the colon.
    expect(missing.stderr).toMatch(
      /^An error occurred \(ParameterNotFound\) when calling the GetParameter operation: $/m
    );

    const exists = await aws(
      'ssm',
      'put-parameter',
      '--name',
      '/cli/ami',
      '--value',
      'three',
      '--type',
      'String'
    );
    expect(exists.stderr).toMatch(
      /\(ParameterAlreadyExists\) when calling the PutParameter operation: The parameter already exists/
    );
    expect(sim.calls.every(c => c.region === 'us-west-2' && c.service === 'ssm')).toBe(true);
  }
);

cliTest('aws secretsmanager creates a secret, rotates it and reads each version by stage', async () => {
  const created = JSON.parse(
    (await aws('secretsmanager', 'create-secret', '--name', 'cli/db', '--secret-string', '{"password":"p1"}'))
      .stdout
  ) as { ARN: string; VersionId: string };
  expect(created.ARN).toMatch(/^arn:aws:secretsmanager:us-west-2:123456789012:secret:cli\/db-/);
  await aws(
    'secretsmanager',
    'put-secret-value',
    '--secret-id',
    created.ARN,
    '--secret-string',
    '{"password":"p2"}'
  );
  const current = JSON.parse(
    (await aws('secretsmanager', 'get-secret-value', '--secret-id', 'cli/db')).stdout
  ) as {
    SecretString: string;
  };
  expect(current.SecretString).toBe('{"password":"p2"}');
  const previous = JSON.parse(
    (
      await aws(
        'secretsmanager',
        'get-secret-value',
        '--secret-id',
        'cli/db',
        '--version-stage',
        'AWSPREVIOUS'
      )
    ).stdout
  ) as { VersionId: string };
  expect(previous.VersionId).toBe(created.VersionId);
  const missing = await aws('secretsmanager', 'get-secret-value', '--secret-id', 'cli/none');
  expect(missing.stderr.trim()).toBe(
    "An error occurred (ResourceNotFoundException) when calling the GetSecretValue operation: Secrets Manager can't find the specified secret."
  );
});
