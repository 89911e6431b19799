// Parameter Store on the simulator's endpoint, driven by the real @aws-sdk/client-ssm: versions,
// selectors, history, labels, the aws:ec2:image data type checked against the simulated images,
// the errors SSM sends (down to the ones without a message), regions, seeding, faults and the log.
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMServiceException,
  type SSMClient
} from '@aws-sdk/client-ssm';
import { CANONICAL } from '../../world/ec2/seed.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually } from '../helpers/ec2.js';
import { rawJson, rejection, ssmClient } from '../helpers/services.js';

let sim: Ec2Simulator;
let ssm: SSMClient;

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
  ssm = ssmClient(sim);
});
afterEach(() => sim.reset());
afterAll(() => sim.stop());

const put = (Name: string, Value: string, more: Partial<PutParameterCommand['input']> = {}) =>
  ssm.send(new PutParameterCommand({ Name, Value, Type: 'String', ...more }));
const get = (Name: string, WithDecryption = false, client = ssm) =>
  client.send(new GetParameterCommand({ Name, WithDecryption })).then(r => r.Parameter!);

async function expectSsmError(promise: Promise<unknown>, name: string, message?: string | RegExp) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(SSMServiceException);
  expect(error.name).toBe(name);
  expect(error.$metadata.httpStatusCode).toBe(400);
  if (message !== undefined) expect(error.message).toMatch(message);
  return error;
}

async function jammyImage(region = 'us-east-1'): Promise<string> {
  const { Images = [] } = await ec2Client(sim, region).send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'name', Values: ['*jammy*20240301'] }]
    })
  );
  return Images[0]!.ImageId!;
}

describe('PutParameter and GetParameter', () => {
  test('a new parameter is version 1, and each overwrite is the next version', async () => {
    expect(await put('/app/greeting', 'hello')).toMatchObject({ Version: 1, Tier: 'Standard' });
    expect(await put('/app/greeting', 'hi', { Overwrite: true })).toMatchObject({ Version: 2 });
    expect(await get('/app/greeting')).toMatchObject({
      Name: '/app/greeting',
      Type: 'String',
      Value: 'hi',
      Version: 2,
      DataType: 'text',
      ARN: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/greeting'
    });
  });

  test('writing an existing parameter without Overwrite is ParameterAlreadyExists', async () => {
    await put('/app/greeting', 'hello');
    await expectSsmError(
      put('/app/greeting', 'again'),
      'ParameterAlreadyExists',
      'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.'
    );
    expect((await get('/app/greeting')).Value).toBe('hello');
  });

  test.each([
    ['StringList', 'a,b,c', 'a,b,c'],
    ['String', 'plain', 'plain']
  ] as const)('a %s parameter reads back as written', async (Type, Value, expected) => {
    await put('/app/value', Value, { Type });
    expect(await get('/app/value')).toMatchObject({ Type, Value: expected });
  });

  test('a SecureString reads as ciphertext without WithDecryption and as written with it', async () => {
    await put('/app/db-password', 'correct horse battery', { Type: 'SecureString' });
    const hidden = await get('/app/db-password');
    expect(hidden.Type).toBe('SecureString');
    expect(hidden.Value).toMatch(/^AQICAH[A-Za-z0-9+/=]{100,}$/);
    expect(hidden.Value).not.toContain('horse');
    expect((await get('/app/db-password', true)).Value).toBe('correct horse battery');
  });

  test('/name and name are one parameter when there is no further level', async () => {
    await put('/top', 'one');
    expect(await get('top')).toMatchObject({
      Value: 'one',
      ARN: 'arn:aws:ssm:us-east-1:123456789012:parameter/top'
    });
  });

  test('a parameter is read by its ARN too', async () => {
    await put('/app/by-arn', 'x');
    expect((await get('arn:aws:ssm:us-east-1:123456789012:parameter/app/by-arn')).Value).toBe('x');
  });

  test.each([
    [
      'a name with a space',
      { Name: '/app/my param', Value: 'x', Type: 'String' },
      'ValidationException',
      /sub-paths/
    ],
    [
      'a name under aws',
      { Name: 'awsThing', Value: 'x', Type: 'String' },
      'ValidationException',
      /prefixed with "aws" or "ssm"/
    ],
    [
      'no type on a new parameter',
      { Name: '/app/x', Value: 'x' },
      'ValidationException',
      'A parameter type is required when you create a parameter.'
    ],
    [
      'an unknown type',
      { Name: '/app/x', Value: 'x', Type: 'Number' },
      'ValidationException',
      /enum value set: \[SecureString, StringList, String\]/
    ],
    [
      'an empty value',
      { Name: '/app/x', Value: '', Type: 'String' },
      'ValidationException',
      /at 'value' failed to satisfy constraint/
    ],
    [
      'a value over 4 KB in the standard tier',
      { Name: '/app/x', Value: 'x'.repeat(4097), Type: 'String' },
      'ValidationException',
      /maximum parameter value of 4096 characters/
    ],
    [
      'a value its allowed pattern refuses',
      { Name: '/app/x', Value: 'abc', Type: 'String', AllowedPattern: '^\\d+$' },
      'ValidationException',
      'Parameter value, cannot be validated against allowedPattern: ^\\d+$'
    ],
    [
      'an unknown data type',
      { Name: '/app/x', Value: 'x', Type: 'String', DataType: 'AWS:EC2:IMAGE' },
      'ValidationException',
      /data type is not supported/
    ],
    [
      'a reserved /aws/ name',
      { Name: '/aws/service/mine', Value: 'x', Type: 'String' },
      'AccessDeniedException',
      'No access to reserved parameter name: /aws/service/mine.'
    ],
    [
      'tags with overwrite',
      { Name: '/app/x', Value: 'x', Type: 'String', Overwrite: true, Tags: [{ Key: 'a', Value: 'b' }] },
      'ValidationException',
      /tags and overwrite can't be used together/
    ]
  ])('PutParameter refuses %s', async (_what, input, name, message) => {
    await expectSsmError(
      ssm.send(new PutParameterCommand(input as PutParameterCommand['input'])),
      name,
      message
    );
    await expectSsmError(get('/app/x'), 'ParameterNotFound');
  });

  test('a parameter that does not exist is ParameterNotFound, with no message, as SSM sends it', async () => {
    await expectSsmError(get('/app/missing'), 'ParameterNotFound');
    const wire = await rawJson(sim, 'AmazonSSM.GetParameter', { Name: '/app/missing' });
    expect(wire).toEqual({ status: 400, body: { __type: 'ParameterNotFound' } });
  });

  test('parameters of one region are not seen from another', async () => {
    await put('/app/regional', 'east');
    await expectSsmError(get('/app/regional', false, ssmClient(sim, 'us-west-2')), 'ParameterNotFound');
    await ssmClient(sim, 'us-west-2').send(
      new PutParameterCommand({ Name: '/app/regional', Value: 'west', Type: 'String' })
    );
    expect((await get('/app/regional')).Value).toBe('east');
    expect((await get('/app/regional', false, ssmClient(sim, 'us-west-2'))).Value).toBe('west');
  });

  test("AWS's public parameters name the region's seeded images, and no one writes them", async () => {
    const name = '/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id';
    for (const region of ['us-east-1', 'eu-west-1']) {
      const parameter = await get(name, false, ssmClient(sim, region));
      expect(parameter.Value).toBe(await jammyImage(region));
      expect(parameter.ARN).toBe(`arn:aws:ssm:${region}::parameter${name}`);
    }
    await expectSsmError(ssm.send(new DeleteParameterCommand({ Name: name })), 'AccessDeniedException');
  });
});

describe('versions, selectors and labels', () => {
  beforeEach(async () => {
    for (const value of ['one', 'two', 'three']) await put('/app/v', value, { Overwrite: true });
  });

  test('name:version reads that version and names the selector', async () => {
    expect(await get('/app/v:2')).toMatchObject({ Name: '/app/v', Value: 'two', Version: 2, Selector: ':2' });
  });

  test('a version that does not exist is ParameterVersionNotFound', async () => {
    await expectSsmError(
      get('/app/v:9'),
      'ParameterVersionNotFound',
      'Systems Manager could not find version 9 of /app/v. Verify the version and try again.'
    );
  });

  test('a label names one version: labelling another moves it there', async () => {
    expect(
      await ssm.send(
        new LabelParameterVersionCommand({ Name: '/app/v', ParameterVersion: 1, Labels: ['stable'] })
      )
    ).toMatchObject({ ParameterVersion: 1, InvalidLabels: [] });
    expect(await get('/app/v:stable')).toMatchObject({ Value: 'one', Selector: ':stable' });
    // Without ParameterVersion the label goes on the newest version.
    expect(
      await ssm.send(new LabelParameterVersionCommand({ Name: '/app/v', Labels: ['stable'] }))
    ).toMatchObject({
      ParameterVersion: 3
    });
    expect((await get('/app/v:stable')).Value).toBe('three');
    const { Parameters = [] } = await ssm.send(new GetParameterHistoryCommand({ Name: '/app/v' }));
    expect(Parameters.map(p => [p.Version, p.Labels])).toEqual([
      [1, []],
      [2, []],
      [3, ['stable']]
    ]);
  });

  test('labels AWS does not allow come back as InvalidLabels; a missing label is ParameterNotFound', async () => {
    const answer = await ssm.send(
      new LabelParameterVersionCommand({
        Name: '/app/v',
        ParameterVersion: 2,
        Labels: ['ok-label', '1st', 'awsy', 'has space']
      })
    );
    expect(answer.InvalidLabels).toEqual(['1st', 'awsy', 'has space']);
    expect((await get('/app/v:ok-label')).Version).toBe(2);
    await expectSsmError(get('/app/v:nope'), 'ParameterNotFound');
    await expectSsmError(
      ssm.send(new LabelParameterVersionCommand({ Name: '/app/v', ParameterVersion: 7, Labels: ['x'] })),
      'ParameterVersionNotFound'
    );
  });

  test('GetParameterHistory pages through every version, oldest first', async () => {
    for (const value of ['four', 'five']) await put('/app/v', value, { Overwrite: true });
    const pages: string[][] = [];
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(
        new GetParameterHistoryCommand({ Name: '/app/v', MaxResults: 2, NextToken })
      );
      pages.push((page.Parameters ?? []).map(p => `${p.Version}:${p.Value}`));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(pages).toEqual([['1:one', '2:two'], ['3:three', '4:four'], ['5:five']]);
    await expectSsmError(
      ssm.send(new GetParameterHistoryCommand({ Name: '/app/v', NextToken: 'bm90IG91cnM=' })),
      'InvalidNextToken'
    );
    await expectSsmError(
      ssm.send(new GetParameterHistoryCommand({ Name: '/app/none' })),
      'ParameterNotFound'
    );
  });

  test("the history shows a SecureString's values only WithDecryption, and who wrote each version", async () => {
    await put('/app/secret', 's3cret-one', { Type: 'SecureString' });
    await put('/app/secret', 's3cret-two', { Overwrite: true, Type: undefined });
    const hidden = await ssm.send(new GetParameterHistoryCommand({ Name: '/app/secret' }));
    expect(hidden.Parameters!.map(p => p.Value).join()).not.toMatch(/s3cret/);
    expect(hidden.Parameters!.map(p => [p.Type, p.KeyId])).toEqual([
      ['SecureString', 'alias/aws/ssm'],
      ['SecureString', 'alias/aws/ssm']
    ]);
    const shown = await ssm.send(
      new GetParameterHistoryCommand({ Name: '/app/secret', WithDecryption: true })
    );
    expect(shown.Parameters!.map(p => p.Value)).toEqual(['s3cret-one', 's3cret-two']);
    expect(shown.Parameters![0]!.LastModifiedUser).toBe('arn:aws:iam::123456789012:user/simulator');
  });

  test('GetParameters answers what it found and lists what it did not as InvalidParameters', async () => {
    await put('/app/other', 'x');
    const answer = await ssm.send(
      new GetParametersCommand({ Names: ['/app/v', '/app/other', '/app/missing', '/app/v:8', '/app/v:1'] })
    );
    expect(answer.Parameters!.map(p => [p.Name, p.Value, p.Selector])).toEqual([
      ['/app/v', 'three', undefined],
      ['/app/other', 'x', undefined],
      ['/app/v', 'one', ':1']
    ]);
    expect(answer.InvalidParameters).toEqual(['/app/missing', '/app/v:8']);
    await expectSsmError(
      ssm.send(new GetParametersCommand({ Names: Array.from({ length: 11 }, (_, i) => `/p${i}`) })),
      'ValidationException',
      /less than or equal to 10/
    );
  });

  test('DeleteParameter removes every version; the name starts again at version 1', async () => {
    await ssm.send(new DeleteParameterCommand({ Name: '/app/v' }));
    await expectSsmError(get('/app/v'), 'ParameterNotFound');
    await expectSsmError(ssm.send(new DeleteParameterCommand({ Name: '/app/v' })), 'ParameterNotFound');
    expect(await put('/app/v', 'again')).toMatchObject({ Version: 1 });
  });
});

describe('the aws:ec2:image data type', () => {
  test('a version naming an image of that region exists once Parameter Store has validated it', async () => {
    const image = await jammyImage();
    const answer = await put('/app/ami', image, { DataType: 'aws:ec2:image' });
    expect(answer.Version).toBe(1);
    const parameter = await eventually(() => get('/app/ami').catch(() => undefined));
    expect(parameter).toMatchObject({ Value: image, Version: 1, DataType: 'aws:ec2:image' });
  });

  test.each([
    [
      'an image that does not exist',
      () => Promise.resolve('ami-0123456789abcdef0'),
      /does not exist in us-east-1/
    ],
    ['an image of another region', () => jammyImage('eu-west-1'), /does not exist in us-east-1/],
    ['something that is not an AMI id', () => Promise.resolve('ubuntu-latest'), /is not an AMI id/]
  ])(
    'a value naming %s answers 200 but never becomes a version, as AWS validates it after answering',
    async (_what, value, reason) => {
      const wrong = await value();
      expect(await put('/app/ami', wrong, { DataType: 'aws:ec2:image' })).toMatchObject({ Version: 1 });
      await eventually(async () => (sim.world.parameters.validationFailures.length > 0 ? true : undefined));
      await expectSsmError(get('/app/ami'), 'ParameterNotFound');
      expect(sim.world.parameters.validationFailures).toEqual([
        expect.objectContaining({
          name: '/app/ami',
          version: 1,
          value: wrong,
          reason: expect.stringMatching(reason)
        })
      ]);
      const state = (await (await fetch(`${sim.endpoint}/_sim/state`)).json()) as {
        parameterValidationFailures: unknown[];
      };
      expect(state.parameterValidationFailures).toHaveLength(1);
    }
  );

  test('an overwrite naming a missing image leaves the last good version in place', async () => {
    const image = await jammyImage();
    sim.world.putParameter({ name: '/app/golden', value: image, type: 'String', dataType: 'aws:ec2:image' });
    expect(await put('/app/golden', 'ami-0123456789abcdef0', { Overwrite: true })).toMatchObject({
      Version: 2
    });
    await eventually(async () => (sim.world.parameters.validationFailures.length > 0 ? true : undefined));
    expect(await get('/app/golden')).toMatchObject({ Value: image, Version: 1 });
  });

  test.each([
    [
      'a SecureString',
      { Name: '/app/secure-ami', Type: 'SecureString' as const, DataType: 'aws:ec2:image' },
      /only for parameters of type String/
    ],
    [
      'a change of data type',
      { Name: '/app/text', Overwrite: true, DataType: 'aws:ec2:image' },
      /can't be changed from text to aws:ec2:image/
    ]
  ])('%s is refused at once', async (_what, { Name, ...more }, message) => {
    await put('/app/text', 'ami-00000000');
    await expectSsmError(put(Name, await jammyImage(), more), 'ValidationException', message);
    expect((await get('/app/text')).Value).toBe('ami-00000000');
  });
});

describe('seeding, inspection, faults', () => {
  test('seeded parameters are read like any other and are never leftovers; client-made ones are', async () => {
    const seeded = sim.world.putParameter({
      name: '/seeded/one',
      value: 'from the test',
      type: 'SecureString',
      region: 'eu-west-1'
    });
    expect(seeded).toEqual({ version: 1, arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/seeded/one' });
    const response = await fetch(`${sim.endpoint}/_sim/ssm/parameters`, {
      method: 'POST',
      body: JSON.stringify({
        name: '/seeded/two',
        value: 'over http',
        type: 'String',
        tags: [['team', 'web']]
      })
    });
    expect(response.status).toBe(200);
    expect((await get('/seeded/one', true, ssmClient(sim, 'eu-west-1'))).Value).toBe('from the test');
    expect((await get('/seeded/two')).Value).toBe('over http');
    await put('/client/made', 'x', { Tags: [{ Key: 'team', Value: 'web' }] });
    expect(sim.leftovers().filter(r => r.type === 'parameter')).toEqual([
      {
        type: 'parameter',
        id: 'arn:aws:ssm:us-east-1:123456789012:parameter/client/made',
        region: 'us-east-1',
        name: '/client/made',
        tags: { team: 'web' }
      }
    ]);
    const refused = await fetch(`${sim.endpoint}/_sim/ssm/parameters`, {
      method: 'POST',
      body: JSON.stringify({
        name: '/seeded/bad',
        value: 'ami-0123456789abcdef0',
        type: 'String',
        dataType: 'aws:ec2:image'
      })
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/does not exist in us-east-1/) });
  });

  test('calls are logged and counted per service and action, with SecureString values left out', async () => {
    await put('/app/s', 'do-not-log-me', { Type: 'SecureString' });
    await get('/app/s', true);
    await ec2Client(sim).send(new DescribeImagesCommand({ Owners: ['self'] }));
    expect(sim.callCount('GetParameter', 'ssm')).toBe(1);
    expect(sim.callCount(undefined, 'ssm')).toBe(2);
    expect(sim.callCount(undefined, 'ec2')).toBe(1);
    const calls = (await (await fetch(`${sim.endpoint}/_sim/calls`)).json()) as {
      service: string;
      action: string;
    }[];
    expect(calls.map(c => `${c.service}:${c.action}`)).toEqual([
      'ssm:PutParameter',
      'ssm:GetParameter',
      'ec2:DescribeImages'
    ]);
    expect(JSON.stringify(calls)).not.toContain('do-not-log-me');
  });

  test('an error on the Nth call of an SSM action; throttling in SSM terms, which the SDK retries', async () => {
    await put('/app/f', 'x');
    sim.fault({ service: 'ssm', action: 'GetParameter', code: 'InternalServerError', nth: 2 });
    await get('/app/f');
    const error = await rejection(get('/app/f'));
    expect(error).toMatchObject({ name: 'InternalServerError', $metadata: { httpStatusCode: 500 } });
    sim.clearFaults();
    sim.fault({ throttle: 1, seed: 3 });
    const throttled = await rejection(get('/app/f'));
    expect(throttled).toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
      $metadata: { httpStatusCode: 400 }
    });
    sim.clearFaults();
    sim.fault({ action: 'GetParameter', code: 'RequestLimitExceeded', times: 2 });
    const retried = await ssmClient(sim, 'us-east-1', 3).send(new GetParameterCommand({ Name: '/app/f' }));
    expect(retried.$metadata.attempts).toBe(3);
  });

  test('a fault for EC2 actions leaves SSM alone', async () => {
    sim.fault({ service: 'ec2', code: 'InternalError', times: 'always' });
    await put('/app/g', 'x');
    expect((await get('/app/g')).Value).toBe('x');
  });

  test('reset empties Parameter Store but keeps the public parameters', async () => {
    await put('/app/r', 'x');
    await sim.reset();
    await expectSsmError(get('/app/r'), 'ParameterNotFound');
    expect((await get('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64')).Value).toMatch(
      /^ami-/
    );
  });
});
