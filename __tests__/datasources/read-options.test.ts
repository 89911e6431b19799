// Reading a data block's options, with no AWS call: the defaults, Packer's weak decoding, the rules
// Packer's Configure checks, and every refusal pointing at the option (file:line:column) with the
// same "not supported yet" list as the builder's access options.
import { DATA_SOURCES, isDataSourceType } from '../../src/datasources/index.js';
import { readAmazonAmi } from '../../src/datasources/amazon-ami.js';
import { readAmazonParameterStore } from '../../src/datasources/amazon-parameterstore.js';
import { readAmazonSecretsManager } from '../../src/datasources/amazon-secretsmanager.js';
import { InputError } from '../../src/errors.js';
import { UNSUPPORTED_ACCESS_OPTIONS } from '../../src/template/schema/access-options.js';
import { blockOptions } from './world.js';

const readers = {
  'amazon-ami': readAmazonAmi,
  'amazon-parameterstore': readAmazonParameterStore,
  'amazon-secretsmanager': readAmazonSecretsManager
} as const;
type Type = keyof typeof readers;

/** Options each type needs to be valid, the base the cases below add to. */
const VALID: Record<Type, Record<string, unknown>> = {
  'amazon-ami': { owners: ['099720109477'], filters: { name: 'ubuntu/*' } },
  'amazon-parameterstore': { name: '/app/ami' },
  'amazon-secretsmanager': { name: 'prod/db' }
};

function read(type: Type, options: Record<string, unknown>) {
  const { reader, secrets } = blockOptions(`data.${type}.x`, options);
  return { config: readers[type](reader), secrets };
}

function refusal(type: Type, options: Record<string, unknown>): InputError {
  try {
    read(type, options);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the options to be refused');
}

test('defaults: no region (the environment decides), version_stage AWSCURRENT, nothing decrypted, no most_recent', () => {
  expect(read('amazon-ami', VALID['amazon-ami']).config).toEqual({
    access: {
      region: undefined,
      credentials: { accessKey: undefined, secretKey: undefined, token: undefined },
      customEndpointEc2: undefined,
      skipCredentialValidation: false,
      skipMetadataApiCheck: false,
      polling: {}
    },
    filters: { name: 'ubuntu/*' },
    owners: ['099720109477'],
    mostRecent: false,
    includeDeprecated: false
  });
  expect(read('amazon-parameterstore', VALID['amazon-parameterstore']).config).toMatchObject({
    name: '/app/ami',
    withDecryption: false
  });
  expect(read('amazon-secretsmanager', VALID['amazon-secretsmanager']).config).toMatchObject({
    name: 'prod/db',
    key: undefined,
    versionId: undefined,
    versionStage: 'AWSCURRENT'
  });
});

test('options decode weakly, as Packer decodes them: "true" is true, one owner is a list of one', () => {
  expect(
    read('amazon-ami', { owners: 'self', most_recent: 'true', include_deprecated: 1 }).config
  ).toMatchObject({
    owners: ['self'],
    mostRecent: true,
    includeDeprecated: true
  });
  expect(read('amazon-parameterstore', { name: '/p', with_decryption: 'true' }).config).toMatchObject({
    withDecryption: true
  });
});

test('access options: region, endpoint and keys are read; the keys are registered as secret at once', () => {
  const { config, secrets } = read('amazon-secretsmanager', {
    ...VALID['amazon-secretsmanager'],
    region: 'eu-west-1',
    access_key: 'AKIAEXAMPLEKEY',
    secret_key: 'wJalrXUtnFEMIsecret',
    token: 'session-token-value',
    custom_endpoint_ec2: 'http://127.0.0.1:4566',
    skip_credential_validation: true,
    skip_metadata_api_check: true,
    aws_polling: { delay_seconds: 2, max_attempts: 5 }
  });
  expect(config.access).toEqual({
    region: 'eu-west-1',
    credentials: {
      accessKey: 'AKIAEXAMPLEKEY',
      secretKey: 'wJalrXUtnFEMIsecret',
      token: 'session-token-value'
    },
    customEndpointEc2: 'http://127.0.0.1:4566',
    skipCredentialValidation: true,
    skipMetadataApiCheck: true,
    polling: { delaySeconds: 2, maxAttempts: 5 }
  });
  expect(secrets).toEqual(
    expect.arrayContaining(['AKIAEXAMPLEKEY', 'wJalrXUtnFEMIsecret', 'session-token-value'])
  );
});

describe.each(Object.keys(readers) as Type[])('data "%s"', type => {
  test.each([...UNSUPPORTED_ACCESS_OPTIONS])(
    '%s is refused as not supported yet, as in the builder',
    option => {
      const error = refusal(type, { ...VALID[type], [option]: 'x' });
      expect({ field: error.field, detail: error.detail }).toEqual({
        field: `data.${type}.x.${option}`,
        detail: `${option} is not supported yet`
      });
    }
  );

  test('an unknown option is refused at its key, with the closest known name', () => {
    const error = refusal(type, { ...VALID[type], regoin: 'us-east-1' });
    expect(error.message).toMatch(
      new RegExp(
        `^web\\.pkr\\.hcl:\\d+:3: data\\.${type}\\.x\\.regoin: unknown option regoin for ${type} data source \\(did you mean region\\?\\)$`
      )
    );
  });

  test("skip_region_validation is the builder's alone: Packer's data sources do not have it", () => {
    expect(refusal(type, { ...VALID[type], skip_region_validation: true }).detail).toMatch(
      /^unknown option skip_region_validation for /
    );
  });

  test('access_key without secret_key is refused, as Packer refuses it', () => {
    expect(refusal(type, { ...VALID[type], access_key: 'AKIAEXAMPLEKEY' }).message).toMatch(
      `data.${type}.x.secret_key: is required when access_key or secret_key is set: give both or neither`
    );
  });
});

test.each([
  [
    'amazon-ami',
    { filters: { name: 'x' } },
    'owners',
    'is required: name the accounts the image may come from (Packer requires it)'
  ],
  ['amazon-ami', { owners: [] }, 'owners', 'must name at least one account (Packer requires an owner)'],
  ['amazon-parameterstore', {}, 'name', 'is required: the name of the parameter to read'],
  ['amazon-secretsmanager', { key: 'password' }, 'name', 'is required: the name or ARN of the secret to read']
] as [Type, Record<string, unknown>, string, string][])(
  'data "%s" %j is refused at %s',
  (type, options, field, detail) => {
    const error = refusal(type, options);
    expect({ field: error.field, detail: error.detail }).toEqual({
      field: `data.${type}.x.${field}`,
      detail
    });
  }
);

test('the registry knows the three types by their labels, each with its outputs and mock outputs', () => {
  expect(Object.keys(DATA_SOURCES)).toEqual(['amazon-ami', 'amazon-parameterstore', 'amazon-secretsmanager']);
  expect(isDataSourceType('amazon-ami')).toBe(true);
  expect(isDataSourceType('http')).toBe(false);
  expect(isDataSourceType('__proto__')).toBe(false);
  for (const [type, source] of Object.entries(DATA_SOURCES)) {
    expect(source.type).toBe(type);
    const attributes = source.outputType.kind === 'object' ? Object.keys(source.outputType.attributes) : [];
    expect(Object.keys(source.mockOutputs())).toEqual(attributes);
  }
});
