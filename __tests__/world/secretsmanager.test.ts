// Secrets Manager on the simulator's endpoint, driven by the real @aws-sdk/client-secrets-manager:
// secrets found by name or ARN, string and binary values, versions and staging labels, the errors
// Secrets Manager sends, retries that must not make a second secret, regions, seeding and faults.
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerServiceException,
  type SecretsManagerClient
} from '@aws-sdk/client-secrets-manager';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { rawJson, rejection, secretsClient } from '../helpers/services.js';

let sim: Ec2Simulator;
let sm: SecretsManagerClient;

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
  sm = secretsClient(sim);
});
afterEach(() => sim.reset());
afterAll(() => sim.stop());

const create = (Name: string, value: { SecretString?: string; SecretBinary?: Uint8Array }, client = sm) =>
  client.send(new CreateSecretCommand({ Name, ...value }));
const read = (input: GetSecretValueCommand['input'], client = sm) =>
  client.send(new GetSecretValueCommand(input));

async function expectSmError(promise: Promise<unknown>, name: string, message?: string | RegExp) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(SecretsManagerServiceException);
  expect(error.name).toBe(name);
  expect(error.$metadata.httpStatusCode).toBe(400);
  if (message !== undefined) expect(error.message).toMatch(message);
}

test('CreateSecret answers the ARN (name and six random characters) and the first version', async () => {
  const created = await create('prod/db', { SecretString: '{"user":"app","password":"hunter22"}' });
  expect(created.ARN).toMatch(
    /^arn:aws:secretsmanager:us-east-1:123456789012:secret:prod\/db-[A-Za-z0-9]{6}$/
  );
  expect(created).toMatchObject({ Name: 'prod/db', VersionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  expect(await read({ SecretId: 'prod/db' })).toMatchObject({
    ARN: created.ARN,
    Name: 'prod/db',
    VersionId: created.VersionId,
    SecretString: '{"user":"app","password":"hunter22"}',
    VersionStages: ['AWSCURRENT']
  });
});

test.each([
  ['its name', () => 'prod/api-key'],
  ['its full ARN', (arn: string) => arn],
  ['its ARN without the random suffix', (arn: string) => arn.slice(0, -'-AbCdEf'.length)]
] as [string, (arn: string) => string][])('GetSecretValue finds a secret by %s', async (_how, secretId) => {
  const { ARN } = await create('prod/api-key', { SecretString: 'k-123' });
  const answer = await read({ SecretId: secretId(ARN!) });
  expect(answer).toMatchObject({ ARN, SecretString: 'k-123' });
});

test('a binary secret comes back as the bytes it was made of', async () => {
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  await create('prod/blob', { SecretBinary: bytes });
  const answer = await read({ SecretId: 'prod/blob' });
  expect(answer.SecretString).toBeUndefined();
  expect([...answer.SecretBinary!]).toEqual([...bytes]);
});

test('PutSecretValue makes the new version AWSCURRENT and the one before it AWSPREVIOUS', async () => {
  const first = await create('prod/rotating', { SecretString: 'v1' });
  const second = await sm.send(new PutSecretValueCommand({ SecretId: 'prod/rotating', SecretString: 'v2' }));
  expect(second.VersionStages).toEqual(['AWSCURRENT']);
  const third = await sm.send(new PutSecretValueCommand({ SecretId: 'prod/rotating', SecretString: 'v3' }));
  expect((await read({ SecretId: 'prod/rotating' })).SecretString).toBe('v3');
  expect(await read({ SecretId: 'prod/rotating', VersionStage: 'AWSPREVIOUS' })).toMatchObject({
    SecretString: 'v2',
    VersionId: second.VersionId,
    VersionStages: ['AWSPREVIOUS']
  });
  expect(await read({ SecretId: 'prod/rotating', VersionId: first.VersionId })).toMatchObject({
    SecretString: 'v1',
    VersionStages: []
  });
  expect(
    (await read({ SecretId: 'prod/rotating', VersionId: third.VersionId, VersionStage: 'AWSCURRENT' }))
      .SecretString
  ).toBe('v3');
});

test('a version staged under a label of its own does not become AWSCURRENT', async () => {
  await create('prod/staged', { SecretString: 'live' });
  await sm.send(
    new PutSecretValueCommand({
      SecretId: 'prod/staged',
      SecretString: 'next',
      VersionStages: ['AWSPENDING']
    })
  );
  expect((await read({ SecretId: 'prod/staged' })).SecretString).toBe('live');
  expect((await read({ SecretId: 'prod/staged', VersionStage: 'AWSPENDING' })).SecretString).toBe('next');
});

test.each([
  [
    'a secret that does not exist',
    { SecretId: 'prod/none' },
    "Secrets Manager can't find the specified secret."
  ],
  [
    'a version id that does not exist',
    { SecretId: 'prod/there', VersionId: '00000000-0000-4000-8000-000000000000' },
    "Secrets Manager can't find the specified secret value for VersionId: 00000000-0000-4000-8000-000000000000"
  ],
  [
    'a staging label no version has',
    { SecretId: 'prod/there', VersionStage: 'AWSPREVIOUS' },
    "Secrets Manager can't find the specified secret value for staging label: AWSPREVIOUS"
  ]
])('GetSecretValue of %s is ResourceNotFoundException', async (_what, input, message) => {
  await create('prod/there', { SecretString: 'x' });
  await expectSmError(read(input), 'ResourceNotFoundException', message);
});

test('errors carry their message as Secrets Manager writes it: Message, capital M', async () => {
  const wire = await rawJson(
    sim,
    'secretsmanager.GetSecretValue',
    { SecretId: 'nope' },
    'us-east-1/secretsmanager'
  );
  expect(wire).toEqual({
    status: 400,
    body: { __type: 'ResourceNotFoundException', Message: "Secrets Manager can't find the specified secret." }
  });
});

test.each([
  [
    'a name that exists',
    async () => {
      await create('prod/dup', { SecretString: 'x' });
      return create('prod/dup', { SecretString: 'y' });
    },
    'ResourceExistsException',
    'The operation failed because the secret prod/dup already exists.'
  ],
  [
    'both a string and a binary value',
    () => create('prod/both', { SecretString: 'x', SecretBinary: new Uint8Array([1]) }),
    'InvalidParameterException',
    "You can't specify both a binary secret value and a string secret value in the same secret."
  ],
  [
    'a name with characters AWS does not allow',
    () => create('prod/bad name', { SecretString: 'x' }),
    'InvalidParameterException',
    /Invalid name/
  ],
  [
    'a new value for a secret that does not exist',
    () => sm.send(new PutSecretValueCommand({ SecretId: 'prod/none', SecretString: 'x' })),
    'ResourceNotFoundException',
    "Secrets Manager can't find the specified secret."
  ]
] as [string, () => Promise<unknown>, string, string | RegExp][])(
  'refuses %s',
  async (_what, call, name, message) => {
    await expectSmError(call(), name, message);
  }
);

test('a retried CreateSecret whose first answer was lost makes one secret, not an error', async () => {
  sim.fault({ service: 'secretsmanager', action: 'CreateSecret', kind: 'lost-response' });
  const created = await secretsClient(sim, 'us-east-1', 2).send(
    new CreateSecretCommand({ Name: 'prod/once', SecretString: 'x' })
  );
  expect(created.$metadata.attempts).toBe(2);
  expect(sim.calls.map(c => `${c.action}:${c.outcome}`)).toEqual([
    'CreateSecret:lost-response',
    'CreateSecret:ok'
  ]);
  expect(sim.leftovers().filter(r => r.type === 'secret')).toHaveLength(1);
  expect((await read({ SecretId: 'prod/once' })).VersionId).toBe(created.VersionId);
});

test('secrets of one region are not seen from another', async () => {
  await create('prod/regional', { SecretString: 'east' });
  await expectSmError(
    read({ SecretId: 'prod/regional' }, secretsClient(sim, 'eu-west-1')),
    'ResourceNotFoundException'
  );
});

test('seeded secrets are read like any other and are never leftovers; values never reach the call log', async () => {
  const seeded = sim.world.createSecret({
    name: 'seeded/db',
    secretString: '{"password":"from-seed"}',
    region: 'eu-west-1'
  });
  expect(seeded.arn).toMatch(/^arn:aws:secretsmanager:eu-west-1:123456789012:secret:seeded\/db-/);
  const overHttp = await fetch(`${sim.endpoint}/_sim/secretsmanager/secrets`, {
    method: 'POST',
    body: JSON.stringify({ name: 'seeded/blob', secretBinary: Buffer.from('raw bytes').toString('base64') })
  });
  expect(overHttp.status).toBe(200);
  expect((await read({ SecretId: 'seeded/db' }, secretsClient(sim, 'eu-west-1'))).SecretString).toBe(
    '{"password":"from-seed"}'
  );
  expect(Buffer.from((await read({ SecretId: 'seeded/blob' })).SecretBinary!).toString()).toBe('raw bytes');
  sim.world.putSecretValue({ secretId: 'seeded/db', secretString: 'rotated', region: 'eu-west-1' });
  expect((await read({ SecretId: 'seeded/db' }, secretsClient(sim, 'eu-west-1'))).SecretString).toBe(
    'rotated'
  );

  await create('client/made', { SecretString: 'never-in-the-log' });
  expect(sim.leftovers().map(r => [r.type, r.name])).toEqual([['secret', 'client/made']]);
  expect(sim.callCount('CreateSecret', 'secretsmanager')).toBe(1);
  expect(JSON.stringify(sim.calls)).not.toMatch(/never-in-the-log|from-seed/);
  const state = await (await fetch(`${sim.endpoint}/_sim/state`)).text();
  expect(state).toContain('client/made');
  expect(state).not.toMatch(/never-in-the-log|from-seed|rotated/);
});

test('an error on the Nth GetSecretValue, then calls succeed again', async () => {
  await create('prod/flaky', { SecretString: 'x' });
  sim.fault({ action: 'GetSecretValue', code: 'InternalServiceError', nth: 2 });
  await read({ SecretId: 'prod/flaky' });
  expect(await rejection(read({ SecretId: 'prod/flaky' }))).toMatchObject({
    name: 'InternalServiceError',
    $metadata: { httpStatusCode: 500 }
  });
  expect((await read({ SecretId: 'prod/flaky' })).SecretString).toBe('x');
});
