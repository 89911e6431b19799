// The Secrets Manager actions the simulator serves, over AWS JSON 1.1 as `secretsmanager.<Action>`.
import { JsonServiceError, type JsonHandler } from '../aws-json/protocol.js';
import { CURRENT, secretNotFound } from './secrets.js';

const createSecret: JsonHandler = ({ world, region, account, input }) => {
  const { secret, version } = world.secrets.create(
    { account, region },
    {
      name: input.required('Name'),
      description: input.string('Description'),
      kmsKeyId: input.string('KmsKeyId'),
      secretString: input.string('SecretString'),
      secretBinary: input.bytes('SecretBinary'),
      clientRequestToken: input.string('ClientRequestToken'),
      tags: input.tags()
    }
  );
  return { ARN: secret.arn, Name: secret.name, VersionId: version?.id };
};

const putSecretValue: JsonHandler = ({ world, region, account, input }) => {
  const { secret, version } = world.secrets.putValue(
    { account, region },
    {
      secretId: input.required('SecretId'),
      secretString: input.string('SecretString'),
      secretBinary: input.bytes('SecretBinary'),
      clientRequestToken: input.string('ClientRequestToken'),
      versionStages: input.strings('VersionStages')
    }
  );
  return { ARN: secret.arn, Name: secret.name, VersionId: version.id, VersionStages: [...version.stages] };
};

const getSecretValue: JsonHandler = ({ world, region, account, input }) => {
  const secret = world.secrets.find(account, region, input.required('SecretId'));
  if (!secret) throw secretNotFound();
  const versionId = input.string('VersionId');
  const stage = input.string('VersionStage');
  const version =
    versionId !== undefined
      ? secret.versions.find(v => v.id === versionId && (stage === undefined || v.stages.includes(stage)))
      : secret.versions.find(v => v.stages.includes(stage ?? CURRENT));
  if (!version) {
    const which = [
      versionId === undefined ? undefined : `VersionId: ${versionId}`,
      versionId === undefined || stage !== undefined ? `staging label: ${stage ?? CURRENT}` : undefined
    ]
      .filter(Boolean)
      .join(' and ');
    throw new JsonServiceError(
      'ResourceNotFoundException',
      `Secrets Manager can't find the specified secret value for ${which}`
    );
  }
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.id,
    SecretString: version.string,
    SecretBinary: version.binary,
    VersionStages: [...version.stages],
    CreatedDate: version.created
  };
};

export const SECRETS_MANAGER_ACTIONS: Readonly<Record<string, JsonHandler>> = {
  CreateSecret: createSecret,
  PutSecretValue: putSecretValue,
  GetSecretValue: getSecretValue
};
