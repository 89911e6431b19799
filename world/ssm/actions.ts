// The Parameter Store actions the simulator serves, each over AWS JSON 1.1 as `AmazonSSM.<Action>`.
import {
  JsonServiceError,
  validation,
  type JsonActionContext,
  type JsonHandler
} from '../aws-json/protocol.js';
import { describeParameters } from './describe-parameters.js';
import { isPublicName } from './parameters.js';
import { putParameter } from './put-parameter.js';
import { SESSION_ACTIONS } from './sessions.js';
import {
  parameterNotFound,
  renderHistory,
  renderParameter,
  select,
  versionNotFound
} from './read-parameters.js';

/** Who a version's history names: the simulator knows the account, not the IAM user. */
export const userArn = (account: string) => `arn:aws:iam::${account}:user/simulator`;

const putParameterAction: JsonHandler = ({ world, region, account, input }) => {
  const { version, tier } = putParameter(
    world,
    { account, region, user: userArn(account) },
    {
      name: input.required('Name'),
      value: input.required('Value'),
      type: input.string('Type'),
      overwrite: input.bool('Overwrite'),
      dataType: input.string('DataType'),
      description: input.string('Description'),
      keyId: input.string('KeyId'),
      allowedPattern: input.string('AllowedPattern'),
      tier: input.string('Tier'),
      tags: input.tags()
    }
  );
  return { Version: version, Tier: tier };
};

const getParameter: JsonHandler = ({ world, region, account, input }) => {
  const selected = select(world.parameters, account, region, input.required('Name'));
  return { Parameter: renderParameter(selected, input.bool('WithDecryption') ?? false) };
};

const getParameters: JsonHandler = ({ world, region, account, input }) => {
  const names = input.strings('Names');
  if (!names || names.length === 0 || names.length > 10) {
    throw validation(
      `1 validation error detected: Value '[${(names ?? []).join(', ')}]' at 'names' failed to satisfy constraint: Member must have length ${names?.length ? 'less than or equal to 10' : 'greater than or equal to 1'}`
    );
  }
  const withDecryption = input.bool('WithDecryption') ?? false;
  const found = [];
  const invalid: string[] = [];
  for (const name of new Set(names)) {
    try {
      found.push(renderParameter(select(world.parameters, account, region, name), withDecryption));
    } catch (error) {
      if (!(error instanceof JsonServiceError)) throw error;
      invalid.push(name);
    }
  }
  return { Parameters: found, InvalidParameters: invalid };
};

interface HistoryToken {
  name: string;
  offset: number;
}

const getParameterHistory: JsonHandler = ({ world, region, account, input }) => {
  const name = input.required('Name');
  const max = input.int('MaxResults', { min: 1, max: 50 }) ?? 50;
  const parameter = world.parameters.find(account, region, name);
  if (!parameter) throw parameterNotFound();
  const offset = readToken(input.string('NextToken'), name);
  const page = parameter.versions.slice(offset, offset + max);
  const next = offset + max < parameter.versions.length ? offset + max : undefined;
  const withDecryption = input.bool('WithDecryption') ?? false;
  return {
    Parameters: page.map(version => renderHistory(parameter, version, withDecryption)),
    NextToken:
      next === undefined
        ? undefined
        : Buffer.from(JSON.stringify({ name, offset: next } satisfies HistoryToken)).toString('base64')
  };
};

function readToken(token: string | undefined, name: string): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as HistoryToken;
    if (parsed.name === name && Number.isInteger(parsed.offset) && parsed.offset >= 0) return parsed.offset;
  } catch {
    // fall through: not one of ours
  }
  throw new JsonServiceError('InvalidNextToken', 'The specified token is not valid.');
}

const deleteParameter: JsonHandler = ({ world, region, account, input }) => {
  const name = input.required('Name');
  if (isPublicName(name)) {
    throw new JsonServiceError('AccessDeniedException', `No access to reserved parameter name: ${name}.`);
  }
  if (!world.parameters.delete(account, region, name)) throw parameterNotFound();
  return {};
};

const MAX_LABELS = 10;

const labelParameterVersion: JsonHandler = ({ world, region, account, input }: JsonActionContext) => {
  const name = input.required('Name');
  const labels = input.strings('Labels');
  if (!labels || labels.length === 0 || labels.length > MAX_LABELS) {
    throw validation(
      `1 validation error detected: Value at 'labels' failed to satisfy constraint: Member must have length ${labels?.length ? 'less than or equal to 10' : 'greater than or equal to 1'}`
    );
  }
  const parameter = world.parameters.find(account, region, name);
  if (!parameter) throw parameterNotFound();
  const wanted = input.int('ParameterVersion', { min: 1, max: Number.MAX_SAFE_INTEGER });
  const target =
    wanted === undefined ? parameter.versions.at(-1)! : parameter.versions.find(v => v.version === wanted);
  if (!target) throw versionNotFound(wanted!, name);
  const invalid = labels.filter(label => !validLabel(label));
  const valid = [...new Set(labels.filter(validLabel))];
  if (new Set([...target.labels, ...valid]).size > MAX_LABELS) {
    throw new JsonServiceError(
      'ParameterVersionLabelLimitExceeded',
      'A parameter version can have maximum 10 labels.Move one or more labels to another version and try again.'
    );
  }
  // A label names one version of a parameter: putting it on this one takes it off any other.
  for (const version of parameter.versions) {
    if (version !== target) version.labels = version.labels.filter(label => !valid.includes(label));
  }
  target.labels = [...new Set([...target.labels, ...valid])];
  return { InvalidLabels: invalid, ParameterVersion: target.version };
};

/** Labels are up to 100 letters, digits, `.`, `-` and `_`; not a number first, not aws or ssm first. */
const validLabel = (label: string) =>
  /^[a-zA-Z0-9_.-]{1,100}$/.test(label) && !/^\d/.test(label) && !/^(aws|ssm)/i.test(label);

export const SSM_ACTIONS: Readonly<Record<string, JsonHandler>> = {
  PutParameter: putParameterAction,
  GetParameter: getParameter,
  GetParameters: getParameters,
  GetParameterHistory: getParameterHistory,
  DeleteParameter: deleteParameter,
  LabelParameterVersion: labelParameterVersion,
  DescribeParameters: describeParameters,
  ...SESSION_ACTIONS
};
