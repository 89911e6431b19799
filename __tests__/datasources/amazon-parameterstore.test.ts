// data "amazon-parameterstore" against the simulator's Parameter Store: plain and SecureString
// values (sensitive, decrypted only on request), versions by selector, AWS's public parameters,
// and the errors for a parameter or version that is not there.
import { AwsOperationError } from '../../src/errors.js';
import {
  mockAmazonParameterStoreOutputs,
  readAmazonParameterStore,
  resolveAmazonParameterStore
} from '../../src/datasources/amazon-parameterstore.js';
import { blockOptions, dataSourceWorld, failure, recordingContext } from './world.js';

const world = dataSourceWorld();
const ADDRESS = 'data.amazon-parameterstore.ami';

async function resolve(options: Record<string, unknown>, env?: NodeJS.ProcessEnv) {
  const config = readAmazonParameterStore(blockOptions(ADDRESS, options).reader);
  const recorded = recordingContext(ADDRESS);
  const outputs = await resolveAmazonParameterStore(config, world.clients(env), recorded.context);
  return { outputs, secrets: recorded.secrets };
}

test('a String parameter: its value, its version as a string and its ARN; nothing is secret', async () => {
  world.sim.world.putParameter({ name: '/build/base-ami', value: 'ami-0aaaaaaaaaaaaaaaa', type: 'String' });
  world.sim.world.putParameter({ name: '/build/base-ami', value: 'ami-0bbbbbbbbbbbbbbbb', overwrite: true });
  expect(await resolve({ name: '/build/base-ami' })).toEqual({
    outputs: {
      value: 'ami-0bbbbbbbbbbbbbbbb',
      version: '2',
      arn: 'arn:aws:ssm:us-east-1:123456789012:parameter/build/base-ami'
    },
    secrets: []
  });
  expect(world.sim.calls.map(c => [c.service, c.action, c.params])).toEqual([
    ['ssm', 'GetParameter', { Name: '/build/base-ami', WithDecryption: false }]
  ]);
});

test('name:version and name:label read that version, as GetParameter does', async () => {
  for (const value of ['one', 'two', 'three']) {
    world.sim.world.putParameter({ name: '/app/channel', value, type: 'String', overwrite: true });
  }
  world.sim.world.parameters
    .find('123456789012', 'us-east-1', '/app/channel')!
    .versions[1]!.labels.push('stable');
  expect((await resolve({ name: '/app/channel:1' })).outputs).toMatchObject({ value: 'one', version: '1' });
  expect((await resolve({ name: '/app/channel:stable' })).outputs).toMatchObject({
    value: 'two',
    version: '2'
  });
});

test('a SecureString with with_decryption: the value, registered as secret before resolve returns', async () => {
  world.sim.world.putParameter({ name: '/build/token', value: 'tok-7f3a9c', type: 'SecureString' });
  const { outputs, secrets } = await resolve({ name: '/build/token', with_decryption: true });
  expect(outputs.value).toBe('tok-7f3a9c');
  expect(secrets).toEqual(['tok-7f3a9c']);
});

test('a SecureString without with_decryption is its ciphertext, as in Packer (and still kept secret)', async () => {
  world.sim.world.putParameter({ name: '/build/token', value: 'tok-7f3a9c', type: 'SecureString' });
  const { outputs, secrets } = await resolve({ name: '/build/token' });
  expect(outputs.value).toMatch(/^AQICAH/);
  expect(outputs.value).not.toContain('tok-7f3a9c');
  expect(secrets).toEqual([outputs.value]);
});

test("AWS's public parameters resolve to the region's image, an aws:ec2:image parameter to its image", async () => {
  const name = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64';
  const east = (await resolve({ name })).outputs;
  const west = (await resolve({ name, region: 'us-west-2' })).outputs;
  expect(east.value).toMatch(/^ami-/);
  expect(west.value).not.toBe(east.value);
  expect(west.arn).toBe(`arn:aws:ssm:us-west-2::parameter${name}`);
  world.sim.world.putParameter({
    name: '/golden/web',
    value: east.value,
    type: 'String',
    dataType: 'aws:ec2:image'
  });
  expect((await resolve({ name: '/golden/web' })).outputs.value).toBe(east.value);
});

test.each([
  [
    'a parameter that does not exist',
    { name: '/build/missing' },
    `GetParameter: ${ADDRESS}: The parameter name "/build/missing" not found in us-east-1. Check the name and the region (each region has its own parameters)`
  ],
  [
    'a parameter of another region',
    { name: '/build/east-only', region: 'eu-west-1' },
    `GetParameter: ${ADDRESS}: The parameter name "/build/east-only" not found in eu-west-1. Check the name and the region (each region has its own parameters)`
  ],
  [
    'a version that does not exist',
    { name: '/build/east-only:4' },
    `GetParameter: ${ADDRESS}: The parameter version "/build/east-only:4" not found in us-east-1. Check the version after the colon; GetParameterHistory lists the versions there are`
  ]
])('%s is an error in Packer words, naming the block and what to check', async (_what, options, message) => {
  world.sim.world.putParameter({ name: '/build/east-only', value: 'x', type: 'String' });
  const error = await failure(resolve(options));
  expect(error).toBeInstanceOf(AwsOperationError);
  expect(error.message).toBe(message);
  expect((error as AwsOperationError).operation).toBe('GetParameter');
});

test('any other failure keeps its cause and says which permission is missing when access is denied', async () => {
  world.sim.fault({ service: 'ssm', action: 'GetParameter', code: 'AccessDeniedException', times: 'always' });
  const error = await failure(resolve({ name: '/build/any' }));
  expect(error.message).toMatch(
    /^GetParameter: data\.amazon-parameterstore\.ami: reading parameter "\/build\/any" in us-east-1: AccessDeniedException: .*\. Allow ssm:GetParameter on the parameter/
  );
});

test('a throttled GetParameter is retried by the client until it answers', async () => {
  world.sim.world.putParameter({ name: '/build/busy', value: 'ok', type: 'String' });
  world.sim.fault({ service: 'ssm', action: 'GetParameter', code: 'ThrottlingException', times: 2 });
  expect((await resolve({ name: '/build/busy' })).outputs.value).toBe('ok');
  expect(world.sim.calls.map(c => c.outcome)).toEqual(['ThrottlingException', 'ThrottlingException', 'ok']);
});

test('mock outputs are placeholders for every output', () => {
  expect(mockAmazonParameterStoreOutputs()).toEqual({
    value: '<unknown>',
    version: '<unknown>',
    arn: '<unknown>'
  });
});
