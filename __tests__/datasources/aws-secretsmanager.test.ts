// aws_secretsmanager(name, key) and aws_secretsmanager_raw(name), fetched before the template is
// evaluated: Packer's rules for keys (stricter than the data source's), raw reads, binary secrets,
// the environment's region, one call per secret however often it is read, values kept secret.
import { describeCall, fetchSecret, fetchSecrets } from '../../src/datasources/aws-secretsmanager.js';
import { AwsOperationError } from '../../src/errors.js';
import { dataSourceWorld, failure } from './world.js';

const world = dataSourceWorld();
const DB = '{"username":"app","password":"pa55-w0rd-x"}';

test("aws_secretsmanager(name, key) is the key's value; the secret's parts are registered first", async () => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  const secrets: string[] = [];
  expect(
    await fetchSecret({ name: 'prod/db', key: 'password' }, world.clients(), { secret: s => secrets.push(s) })
  ).toBe('pa55-w0rd-x');
  expect(secrets).toEqual([DB, 'app', 'pa55-w0rd-x']);
});

test('aws_secretsmanager_raw(name) is the whole string, JSON or not', async () => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  world.sim.world.createSecret({ name: 'prod/plain', secretString: 'plain-token' });
  expect(await fetchSecret({ name: 'prod/db', raw: true }, world.clients())).toBe(DB);
  expect(await fetchSecret({ name: 'prod/plain', raw: true }, world.clients())).toBe('plain-token');
  expect(await fetchSecret({ name: 'prod/plain', key: 'x' }, world.clients())).toBe('plain-token');
});

test('without a key, a one-key secret gives its value', async () => {
  world.sim.world.createSecret({ name: 'prod/one', secretString: '{"token":"only-one"}' });
  expect(await fetchSecret({ name: 'prod/one', key: null }, world.clients())).toBe('only-one');
});

test.each([
  [
    'several keys and no key',
    { name: 'prod/db', key: null },
    'GetSecretValue: aws_secretsmanager("prod/db", null): secret "prod/db" has 2 keys and no key was given. Name the key: aws_secretsmanager(name, key), or read it whole with aws_secretsmanager_raw'
  ],
  [
    'a key the secret does not have',
    { name: 'prod/db', key: 'passwrod' },
    'GetSecretValue: aws_secretsmanager("prod/db", "passwrod"): secret "prod/db" has no key "passwrod". Check the key; keys are case-sensitive'
  ],
  [
    'a binary secret',
    { name: 'prod/blob', key: 'x' },
    'GetSecretValue: aws_secretsmanager("prod/blob", "x"): secret "prod/blob" holds a binary value, not a string. Read it with data "amazon-secretsmanager" (its secret_binary output)'
  ],
  [
    'a secret that does not exist',
    { name: 'prod/none', raw: true },
    'GetSecretValue: aws_secretsmanager_raw("prod/none"): secret "prod/none" not found in us-east-1. Check the name, the version and the region (each region has its own secrets)'
  ]
])('%s is an error naming the call, never a value', async (_what, request, message) => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  world.sim.world.createSecret({ name: 'prod/blob', secretBinary: Buffer.from([1, 2, 3]) });
  const error = await failure(fetchSecret(request, world.clients()));
  expect(error).toBeInstanceOf(AwsOperationError);
  expect(error.message).toBe(message);
  expect(error.message).not.toMatch(/pa55|username/);
});

test("the region is the environment's; with none the error says to set AWS_REGION", async () => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB, region: 'eu-west-1' });
  expect(
    await fetchSecret({ name: 'prod/db', key: 'username' }, world.clients({ AWS_REGION: 'eu-west-1' }))
  ).toBe('app');
  const error = await failure(
    fetchSecret({ name: 'prod/db', key: 'username' }, world.clients({ AWS_REGION: '' }))
  );
  expect(error.message).toBe(
    'GetSecretValue: aws_secretsmanager("prod/db", "username"): no region to read the secret from. Set AWS_REGION in the environment (the function reads the environment region, as in Packer)'
  );
});

test('several calls read each secret once, and answer in the order asked', async () => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  world.sim.world.createSecret({ name: 'prod/plain', secretString: 'plain-token' });
  const answers = await fetchSecrets(
    [
      { name: 'prod/db', key: 'username' },
      { name: 'prod/plain' },
      { name: 'prod/db', key: 'password' },
      { name: 'prod/db', raw: true }
    ],
    world.clients()
  );
  expect(answers).toEqual(['app', 'plain-token', 'pa55-w0rd-x', DB]);
  expect(world.sim.callCount('GetSecretValue', 'secretsmanager')).toBe(2);
});

test('calls read as the template wrote them', () => {
  expect(describeCall({ name: 'a', key: 'b' })).toBe('aws_secretsmanager("a", "b")');
  expect(describeCall({ name: 'a' })).toBe('aws_secretsmanager("a", null)');
  expect(describeCall({ name: 'a', raw: true })).toBe('aws_secretsmanager_raw("a")');
});
