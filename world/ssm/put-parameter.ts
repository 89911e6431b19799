// PutParameter: the checks Parameter Store makes, then a new version. A value of data type
// aws:ec2:image is validated the way AWS documents it: asynchronously. The call answers at once
// with the new version's number, and only later, if the value names an image the account can use
// in that region, does the version exist; otherwise the parameter is not created or updated and
// the failure is recorded where EventBridge would have reported it (ParameterStore.validationFailures).
import { JsonServiceError, validation } from '../aws-json/protocol.js';
import { imageVisibleTo, type World } from '../ec2/world.js';
import {
  isPublicName,
  MAX_VERSIONS,
  PARAMETER_TYPES,
  parameterKey,
  type ParameterType,
  type ParameterVersion
} from './parameters.js';

export interface PutParameterInput {
  name: string;
  value: string;
  type?: string;
  overwrite?: boolean;
  dataType?: string;
  description?: string;
  keyId?: string;
  allowedPattern?: string;
  tier?: string;
  tags?: readonly (readonly [string, string])[];
}

export interface PutScope {
  account: string;
  region: string;
  /** Who the history names as the version's author. */
  user: string;
  /** A test's seeding: not a leftover, and an aws:ec2:image value is checked at once (throws). */
  seed?: boolean;
}

const DATA_TYPES = ['text', 'aws:ec2:image'];
const NAME_RULE =
  'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';
const AMI_ID = /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/;

export function putParameter(
  world: World,
  scope: PutScope,
  input: PutParameterInput
): { version: number; tier: string } {
  checkName(input.name);
  const store = world.parameters;
  const existing = store.find(scope.account, scope.region, input.name);
  const previous = existing?.versions.at(-1);
  if (input.value === '') {
    throw validation(
      "1 validation error detected: Value '' at 'value' failed to satisfy constraint: Member must have length greater than or equal to 1."
    );
  }
  if (existing && !input.overwrite) {
    throw new JsonServiceError(
      'ParameterAlreadyExists',
      'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.'
    );
  }
  if (input.overwrite && input.tags?.length) {
    throw validation(
      "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource."
    );
  }
  const type = readType(input.type, previous?.type);
  const dataType = readDataType(input.dataType, previous?.dataType, type);
  const tier = readTier(input.tier, input.value, previous?.tier);
  const allowedPattern = input.allowedPattern ?? previous?.allowedPattern;
  checkPattern(allowedPattern, input.value);
  checkTags(input.tags ?? []);

  const parameter = store.entry(scope.account, scope.region, input.name);
  if (parameter.versions.length >= MAX_VERSIONS && parameter.versions[0]!.labels.length > 0) {
    throw new JsonServiceError(
      'ParameterMaxVersionLimitExceeded',
      `You attempted to create a new version of ${input.name} by calling the PutParameter API with the overwrite flag. Version ${parameter.versions[0]!.version}, the oldest version, can't be deleted because it has a label associated with it. Move the label to another version of the parameter, and try again.`
    );
  }
  const version: ParameterVersion = {
    version: ++parameter.lastVersion,
    value: input.value,
    type,
    dataType,
    description: input.description ?? previous?.description,
    keyId: type === 'SecureString' ? (input.keyId ?? previous?.keyId ?? 'alias/aws/ssm') : undefined,
    allowedPattern,
    tier,
    labels: [],
    lastModified: new Date(),
    lastModifiedUser: scope.user
  };
  const commit = () => {
    parameter.versions.push(version);
    if (parameter.versions.length > MAX_VERSIONS) parameter.versions.shift();
    for (const [key, value] of input.tags ?? []) parameter.tags.set(key, value);
    if (scope.seed) parameter.seed = true;
  };
  if (dataType !== 'aws:ec2:image') {
    commit();
  } else if (scope.seed) {
    const reason = imageProblem(world, scope, input.value);
    if (reason) throw validation(`${input.name}: ${reason}`);
    commit();
  } else {
    world.later(world.timing.parameterValidationMs, () => {
      const reason = imageProblem(world, scope, input.value);
      if (!reason) return commit();
      world.parameters.validationFailures.push({
        time: new Date().toISOString(),
        region: scope.region,
        account: scope.account,
        name: input.name,
        version: version.version,
        value: input.value,
        reason
      });
    });
  }
  return { version: version.version, tier };
}

/** Why `value` is not an image the account can use in the region, or undefined when it is. */
function imageProblem(world: World, scope: PutScope, value: string): string | undefined {
  if (!AMI_ID.test(value)) return `${value} is not an AMI id (ami- and 8 or 17 hexadecimal digits)`;
  const region = world.region(scope.region)!;
  const image = world.find(region, 'image', value);
  if (!image || !imageVisibleTo(image, scope.account))
    return `image ${value} does not exist in ${scope.region}`;
  if (image.state === 'failed') return `image ${value} is in state failed`;
  return undefined;
}

function checkName(name: string): void {
  if (name.length > 2048) {
    throw validation(
      "1 validation error detected: Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 2048"
    );
  }
  if (isPublicName(name) && name.split('/').length > 2) {
    throw new JsonServiceError('AccessDeniedException', `No access to reserved parameter name: ${name}.`);
  }
  const key = parameterKey(name);
  if (!/^[a-zA-Z0-9_.\-/]+$/.test(name) || /^\/?(aws|ssm)/i.test(key) || name.includes('//')) {
    throw validation(NAME_RULE);
  }
  if (name.split('/').filter(Boolean).length > 15) {
    throw new JsonServiceError(
      'HierarchyLevelLimitExceededException',
      'A hierarchy can have a maximum of 15 levels.'
    );
  }
}

function readType(type: string | undefined, previous: ParameterType | undefined): ParameterType {
  if (type === undefined) {
    if (previous) return previous;
    throw validation('A parameter type is required when you create a parameter.');
  }
  if (!(PARAMETER_TYPES as readonly string[]).includes(type)) {
    throw validation(
      `1 validation error detected: Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [${PARAMETER_TYPES.join(', ')}]`
    );
  }
  return type as ParameterType;
}

function readDataType(
  dataType: string | undefined,
  previous: string | undefined,
  type: ParameterType
): string {
  const chosen = dataType ?? previous ?? 'text';
  if (!DATA_TYPES.includes(chosen)) {
    throw validation(
      `The following data type is not supported: ${chosen} (Data type names are all lowercase.)`
    );
  }
  if (chosen === 'aws:ec2:image' && type !== 'String') {
    throw validation(
      `The aws:ec2:image data type is supported only for parameters of type String, not ${type}.`
    );
  }
  if (
    previous !== undefined &&
    previous !== chosen &&
    (previous === 'aws:ec2:image' || chosen === 'aws:ec2:image')
  ) {
    throw validation(`A parameter's data type can't be changed from ${previous} to ${chosen}.`);
  }
  return chosen;
}

function readTier(tier: string | undefined, value: string, previous: 'Standard' | 'Advanced' | undefined) {
  if (tier !== undefined && !['Standard', 'Advanced', 'Intelligent-Tiering'].includes(tier)) {
    throw validation(
      `1 validation error detected: Value '${tier}' at 'tier' failed to satisfy constraint: Member must satisfy enum value set: [Advanced, Intelligent-Tiering, Standard]`
    );
  }
  const chosen =
    tier === 'Advanced' || previous === 'Advanced' || (tier === 'Intelligent-Tiering' && value.length > 4096)
      ? 'Advanced'
      : 'Standard';
  if (chosen === 'Standard' && value.length > 4096) {
    throw validation(
      'Standard tier parameters support a maximum parameter value of 4096 characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier.'
    );
  }
  if (value.length > 8192) {
    throw validation(
      "1 validation error detected: Value at 'value' failed to satisfy constraint: Member must have length less than or equal to 8192"
    );
  }
  return chosen;
}

function checkPattern(pattern: string | undefined, value: string): void {
  if (pattern === undefined || pattern === '') return;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    throw validation(`Parameter AllowedPattern ${pattern} is not a valid regular expression.`);
  }
  if (!regex.test(value))
    throw validation(`Parameter value, cannot be validated against allowedPattern: ${pattern}`);
}

function checkTags(tags: readonly (readonly [string, string])[]): void {
  if (tags.length > 50)
    throw new JsonServiceError('TooManyTagsError', 'The Tags parameter contains more than 50 tags.');
  for (const [key] of tags) {
    if (/^aws:/i.test(key)) throw validation(`Tag keys can't start with "aws:": ${key}`);
  }
}
