// DescribeParameters: the account's parameters in a region (never AWS's public ones), newest
// version's metadata only (no values), narrowed by ParameterFilters (Name, Path, Type, DataType,
// Tier, tag:<key>) or the older Filters, one page at a time.
import { JsonServiceError, validation, type JsonHandler, type WireObject } from '../aws-json/protocol.js';
import type { Parameter } from './parameters.js';

interface ParameterFilter {
  key: string;
  option: string;
  values: string[];
}

const OPTIONS: Record<string, readonly string[]> = {
  Name: ['Equals', 'BeginsWith', 'Contains'],
  Path: ['OneLevel', 'Recursive'],
  Type: ['Equals', 'BeginsWith'],
  DataType: ['Equals'],
  Tier: ['Equals'],
  KeyId: ['Equals']
};

function readFilters(raw: unknown, legacy: unknown): ParameterFilter[] {
  const filters: ParameterFilter[] = [];
  for (const item of Array.isArray(raw) ? raw : []) {
    const { Key, Option, Values } = item as { Key?: unknown; Option?: unknown; Values?: unknown };
    if (typeof Key !== 'string')
      throw validation(
        "1 validation error detected: Value null at 'parameterFilters.1.member.key' failed to satisfy constraint: Member must not be null"
      );
    const values = Array.isArray(Values) ? Values.filter((v): v is string => typeof v === 'string') : [];
    const allowed = Key.startsWith('tag:') ? ['Equals'] : OPTIONS[Key];
    if (!allowed)
      throw new JsonServiceError('InvalidFilterKey', `The following filter key is not valid: ${Key}.`);
    const option = typeof Option === 'string' ? Option : Key === 'Path' ? 'OneLevel' : 'Equals';
    if (!allowed.includes(option)) {
      throw new JsonServiceError(
        'InvalidFilterOption',
        `The following filter option is not valid: ${option}. Valid options include: [${allowed.join(', ')}].`
      );
    }
    filters.push({ key: Key, option, values });
  }
  for (const item of Array.isArray(legacy) ? legacy : []) {
    const { Key, Values } = item as { Key?: unknown; Values?: unknown };
    if (Key !== 'Name' && Key !== 'Type' && Key !== 'KeyId')
      throw new JsonServiceError(
        'InvalidFilterKey',
        `The following filter key is not valid: ${String(Key)}.`
      );
    filters.push({
      key: Key,
      option: 'Equals',
      values: Array.isArray(Values) ? Values.filter((v): v is string => typeof v === 'string') : []
    });
  }
  return filters;
}

const withSlash = (name: string) => (name.startsWith('/') ? name : `/${name}`);

function matches(parameter: Parameter, filter: ParameterFilter): boolean {
  const latest = parameter.versions.at(-1)!;
  const test = (have: string | undefined) =>
    have !== undefined &&
    filter.values.some(value =>
      filter.option === 'BeginsWith'
        ? have.startsWith(value)
        : filter.option === 'Contains'
          ? have.includes(value)
          : have === value
    );
  switch (filter.key) {
    case 'Name':
      return test(parameter.name) || test(withSlash(parameter.name));
    case 'Type':
      return test(latest.type);
    case 'DataType':
      return test(latest.dataType);
    case 'Tier':
      return test(latest.tier);
    case 'KeyId':
      return test(latest.keyId);
    case 'Path':
      return filter.values.some(path => {
        const prefix = path.endsWith('/') ? path : `${path}/`;
        const name = withSlash(parameter.name);
        if (!name.startsWith(prefix)) return false;
        return filter.option === 'Recursive' || !name.slice(prefix.length).includes('/');
      });
    default:
      return test(parameter.tags.get(filter.key.slice('tag:'.length)));
  }
}

function metadata(parameter: Parameter): WireObject {
  const latest = parameter.versions.at(-1)!;
  return {
    Name: parameter.name,
    ARN: parameter.arn,
    Type: latest.type,
    KeyId: latest.keyId,
    LastModifiedDate: latest.lastModified,
    LastModifiedUser: latest.lastModifiedUser,
    Description: latest.description,
    AllowedPattern: latest.allowedPattern,
    Version: latest.version,
    Tier: latest.tier,
    Policies: [],
    DataType: latest.dataType
  };
}

export const describeParameters: JsonHandler = ({ world, region, account, input }) => {
  const filters = readFilters(input.raw.ParameterFilters, input.raw.Filters);
  const max = input.int('MaxResults', { min: 1, max: 50 }) ?? 10;
  const token = input.string('NextToken');
  const start = token === undefined ? 0 : Number(Buffer.from(token, 'base64').toString('utf8'));
  if (!Number.isInteger(start) || start < 0)
    throw new JsonServiceError('InvalidNextToken', 'The specified token is not valid.');
  const found = [...world.parameters.scope(account, region).values()]
    .filter(p => p.versions.length > 0 && filters.every(f => matches(p, f)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const end = start + max;
  return {
    Parameters: found.slice(start, end).map(metadata),
    NextToken: end < found.length ? Buffer.from(String(end)).toString('base64') : undefined
  };
};
