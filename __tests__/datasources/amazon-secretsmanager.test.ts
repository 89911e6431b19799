// data "amazon-secretsmanager" against the simulator's Secrets Manager: a key of a JSON secret, a
// key the secret lacks (empty, as in Packer, with a warning), a plain secret, a binary one, versions
// by id and by stage, and no value ever in a message while every value is registered as secret.
import { AwsOperationError } from '../../src/errors.js';
import {
  mockAmazonSecretsManagerOutputs,
  readAmazonSecretsManager,
  resolveAmazonSecretsManager
} from '../../src/datasources/amazon-secretsmanager.js';
import { blockOptions, dataSourceWorld, failure, recordingContext } from './world.js';

const world = dataSourceWorld();
const ADDRESS = 'data.amazon-secretsmanager.db';
const DB = '{"username":"app","password":"pa55-w0rd-x","port":5432,"ratio":2.5,"tls":true}';

async function resolve(options: Record<string, unknown>) {
  const config = readAmazonSecretsManager(blockOptions(ADDRESS, options).reader);
  const recorded = recordingContext(ADDRESS);
  const outputs = await resolveAmazonSecretsManager(config, world.clients(), recorded.context);
  return { outputs, secrets: recorded.secrets, warnings: recorded.warnings };
}

test('a key of a JSON secret is its value; the string and each value in it are registered as secret', async () => {
  const { versionId } = world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  const { outputs, secrets, warnings } = await resolve({ name: 'prod/db', key: 'password' });
  expect(outputs).toEqual({
    value: 'pa55-w0rd-x',
    secret_string: DB,
    secret_binary: '',
    version_id: versionId
  });
  expect(secrets).toEqual(expect.arrayContaining([DB, 'app', 'pa55-w0rd-x', '5432']));
  expect(warnings).toEqual([]);
  expect(world.sim.calls.map(c => [c.action, c.params])).toEqual([
    ['GetSecretValue', { SecretId: 'prod/db', VersionStage: 'AWSCURRENT' }]
  ]);
});

test.each([
  ['a number key reads as Go prints it, with no decimals', 'port', '5432'],
  ['a fraction is rounded half to even, as Go does', 'ratio', '2'],
  ['no key reads the first value', undefined, 'app']
])('%s', async (_what, key, value) => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  expect((await resolve({ name: 'prod/db', ...(key ? { key } : {}) })).outputs.value).toBe(value);
});

test('a key the secret does not have gives an empty value, as in Packer, and a warning naming the key', async () => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  const { outputs, warnings } = await resolve({ name: 'prod/db', key: 'passwrod' });
  expect(outputs.value).toBe('');
  expect(warnings).toEqual([
    `${ADDRESS}: secret "prod/db" has no key "passwrod": value is empty (as in Packer)`
  ]);
});

test('a value that is neither a string nor a number fails, naming the key and never a value', async () => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  const error = await failure(resolve({ name: 'prod/db', key: 'tls' }));
  expect(error.message).toBe(
    `GetSecretValue: ${ADDRESS}: secret "prod/db" holds a boolean under key "tls": only strings and numbers can be read as value. Read it whole through secret_string, or store the value as a string`
  );
});

test('a secret that is not JSON is its own value, whatever the key', async () => {
  world.sim.world.createSecret({ name: 'prod/token', secretString: 'ghp_plainTokenValue' });
  const { outputs, secrets } = await resolve({ name: 'prod/token', key: 'ignored' });
  expect(outputs).toMatchObject({ value: 'ghp_plainTokenValue', secret_string: 'ghp_plainTokenValue' });
  expect(secrets).toEqual(['ghp_plainTokenValue']);
});

test('a binary secret: secret_binary holds its bytes, value and secret_string are empty', async () => {
  world.sim.world.createSecret({ name: 'prod/cert', secretBinary: Buffer.from('-----BEGIN KEY-----') });
  const { outputs, secrets } = await resolve({ name: 'prod/cert' });
  expect(outputs).toMatchObject({ value: '', secret_string: '', secret_binary: '-----BEGIN KEY-----' });
  expect(secrets).toEqual(['-----BEGIN KEY-----']);
});

test('version_id wins over version_stage; version_stage reads AWSPREVIOUS', async () => {
  const first = world.sim.world.createSecret({ name: 'prod/rotating', secretString: 'v1' });
  world.sim.world.putSecretValue({ secretId: 'prod/rotating', secretString: 'v2' });
  world.sim.world.putSecretValue({ secretId: 'prod/rotating', secretString: 'v3' });
  expect((await resolve({ name: 'prod/rotating' })).outputs.value).toBe('v3');
  expect((await resolve({ name: 'prod/rotating', version_stage: 'AWSPREVIOUS' })).outputs.value).toBe('v2');
  const byId = await resolve({
    name: 'prod/rotating',
    version_id: first.versionId,
    version_stage: 'AWSPREVIOUS'
  });
  expect(byId.outputs).toMatchObject({ value: 'v1', version_id: first.versionId });
});

test('a secret is found by its ARN too', async () => {
  const { arn } = world.sim.world.createSecret({ name: 'prod/by-arn', secretString: 'x-by-arn' });
  expect((await resolve({ name: arn })).outputs.value).toBe('x-by-arn');
});

test.each([
  [
    'a secret that does not exist',
    { name: 'prod/none' },
    'Secrets Manager Secret "prod/none" Version "AWSCURRENT"'
  ],
  [
    'a version id that does not exist',
    { name: 'prod/db', version_id: '00000000-0000-4000-8000-000000000000' },
    'Secrets Manager Secret "prod/db" Version "00000000-0000-4000-8000-000000000000"'
  ],
  [
    'a stage no version has',
    { name: 'prod/db', version_stage: 'AWSPENDING' },
    'Secrets Manager Secret "prod/db" Version "AWSPENDING"'
  ]
])('%s is an error in Packer words, naming the block and what to check', async (_what, options, what) => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  const error = await failure(resolve(options));
  expect(error).toBeInstanceOf(AwsOperationError);
  expect(error.message).toBe(
    `GetSecretValue: ${ADDRESS}: ${what} not found in us-east-1. Check the name, the version and the region (each region has its own secrets)`
  );
});

test('no message about a secret quotes its value', async () => {
  world.sim.world.createSecret({ name: 'prod/db', secretString: DB });
  world.sim.world.createSecret({ name: 'prod/list', secretString: '["pa55-w0rd-x"]' });
  const messages = [
    (await failure(resolve({ name: 'prod/db', key: 'tls' }))).message,
    (await failure(resolve({ name: 'prod/list' }))).message,
    (await failure(resolve({ name: 'prod/missing' }))).message
  ];
  expect(messages[1]).toBe(
    `GetSecretValue: ${ADDRESS}: secret "prod/list" is JSON but a list, not an object of keys. Read it whole through secret_string, or store the value as a string`
  );
  for (const message of messages) expect(message).not.toMatch(/pa55|5432|username/);
});

test('mock outputs are placeholders for every output', () => {
  expect(mockAmazonSecretsManagerOutputs()).toEqual({
    value: '<unknown>',
    secret_string: '<unknown>',
    secret_binary: '<unknown>',
    version_id: '<unknown>'
  });
});
