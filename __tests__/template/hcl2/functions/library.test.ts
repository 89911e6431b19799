// The library as a whole: exactly Packer's HCL2 function list (hcl2template/functions.go) less env, try,
// can and convert, which the evaluator handles; env for variable defaults; HCL's wording of errors; secrets.
import {
  CONVERT_FUNCTION_NAME,
  convertFunction,
  ENV_FUNCTION,
  functionErrorDetail,
  HclFunctionError,
  packerFunctions,
  TERRAFORM_CONVERSION_FUNCTIONS,
  type AwsSecretRequest
} from '../../../../src/template/hcl2/functions/index.js';
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure, makeContext } from './call.js';

/** Packer's Functions() map, in its order. */
const PACKER_FUNCTIONS = [
  'abs',
  'abspath',
  'alltrue',
  'anytrue',
  'aws_secretsmanager',
  'aws_secretsmanager_raw',
  'basename',
  'base64decode',
  'base64encode',
  'base64gzip',
  'bcrypt',
  'can',
  'ceil',
  'chomp',
  'chunklist',
  'cidrhost',
  'cidrnetmask',
  'cidrsubnet',
  'cidrsubnets',
  'coalesce',
  'coalescelist',
  'compact',
  'concat',
  'consul_key',
  'contains',
  'convert',
  'csvdecode',
  'dirname',
  'distinct',
  'element',
  'endswith',
  'file',
  'filebase64',
  'fileexists',
  'fileset',
  'flatten',
  'floor',
  'format',
  'formatdate',
  'formatlist',
  'indent',
  'index',
  'join',
  'jsondecode',
  'jsonencode',
  'keys',
  'legacy_isotime',
  'legacy_strftime',
  'length',
  'log',
  'lookup',
  'lower',
  'max',
  'md5',
  'merge',
  'min',
  'parseint',
  'pathexpand',
  'pow',
  'range',
  'reverse',
  'replace',
  'regex',
  'regexall',
  'regex_replace',
  'rfc3339_parse',
  'rsadecrypt',
  'setintersection',
  'setproduct',
  'setunion',
  'sha1',
  'sha256',
  'sha512',
  'signum',
  'slice',
  'sort',
  'split',
  'startswith',
  'strcontains',
  'strrev',
  'substr',
  'sum',
  'textdecodebase64',
  'textencodebase64',
  'timestamp',
  'timeadd',
  'title',
  'trim',
  'trimprefix',
  'trimspace',
  'trimsuffix',
  'try',
  'unix_timestamp_parse',
  'upper',
  'urlencode',
  'uuidv4',
  'uuidv5',
  'values',
  'vault',
  'yamldecode',
  'yamlencode',
  'zipmap',
  'templatefile'
];

describe('packerFunctions', () => {
  it("holds every function of Packer's list but env, try, can and convert", () => {
    const expected = PACKER_FUNCTIONS.filter(
      name => !['try', 'can', CONVERT_FUNCTION_NAME].includes(name)
    ).sort();
    expect(Object.keys(packerFunctions()).sort()).toEqual(expected);
  });

  it('names every parameter, so errors can name it', () => {
    for (const [name, fn] of Object.entries(packerFunctions())) {
      for (const param of [...fn.params, ...(fn.variadic ? [fn.variadic] : [])])
        expect(`${name}:${param.name}`).toMatch(/^\w+:\w+$/);
    }
  });

  it('is one frozen table', () => {
    expect(Object.isFrozen(packerFunctions())).toBe(true);
    expect(packerFunctions()).toBe(packerFunctions());
  });
});

describe('env, convert and error wording', () => {
  it('env reads the context\'s environment, "" when unset', () => {
    const context = makeContext({ env: { AMI_PREFIX: 'web' } });
    expect(ENV_FUNCTION.run(['AMI_PREFIX'], context)).toBe('web');
    expect(ENV_FUNCTION.run(['MISSING'], context)).toBe('');
  });

  it('convert converts to a type the evaluator read, and names the value when it cannot', () => {
    expect(convertFunction([1, 'a'], { kind: 'list', element: { kind: 'string' } })).toEqual(['1', 'a']);
    expect(() => convertFunction('x', { kind: 'number' })).toThrow(HclFunctionError);
    try {
      convertFunction('x', { kind: 'number' });
    } catch (error) {
      expect((error as HclFunctionError).argument).toBe(0);
    }
  });

  it('words errors as HCL does, naming a variadic parameter by its name', () => {
    const fns = packerFunctions();
    expect(functionErrorDetail('upper', fns.upper!, new HclFunctionError('bad', 0))).toBe(
      'Invalid value for "str" parameter: bad.'
    );
    expect(functionErrorDetail('join', fns.join!, new HclFunctionError('bad', 3))).toBe(
      'Invalid value for "lists" parameter: bad.'
    );
    expect(functionErrorDetail('upper', fns.upper!, new HclFunctionError('bad'))).toBe(
      'Call to function "upper" failed: bad.'
    );
  });
});

describe('secrets', () => {
  const secrets: Record<string, string> = {
    'multikey/secret': '{"test":"kitchen","shell":"powershell"}',
    my_secret: 'plain'
  };
  const context = makeContext({
    awsSecret: ({ name, key, raw }) => {
      const secret = secrets[name];
      if (secret === undefined) throw new HclFunctionError(`secret ${name} was not resolved`);
      if (raw === true || !secret.startsWith('{')) return secret;
      const parsed = JSON.parse(secret) as Record<string, string>;
      return key === null || key === undefined ? Object.values(parsed)[0]! : parsed[key]!;
    }
  });

  it.each([
    ['aws_secretsmanager', ['multikey/secret', 'shell'], 'powershell'],
    ['aws_secretsmanager', ['my_secret', null], 'plain'],
    ['aws_secretsmanager', ['multikey/secret', ''], 'kitchen'],
    ['aws_secretsmanager_raw', ['multikey/secret'], '{"test":"kitchen","shell":"powershell"}']
  ])('%s(%j) reads through the context', (name, args, expected) => {
    expect(call(name, args, context)).toBe(expected);
  });

  it('asks the context for a key, for no key (null or ""), or for the raw secret', () => {
    const asked: AwsSecretRequest[] = [];
    const recording = makeContext({ awsSecret: request => (asked.push(request), 'v') });
    call('aws_secretsmanager', ['a', null], recording);
    call('aws_secretsmanager', ['b', ''], recording);
    call('aws_secretsmanager', ['c', 'k'], recording);
    call('aws_secretsmanager_raw', ['d'], recording);
    expect(asked).toEqual([
      { name: 'a', key: null },
      { name: 'b', key: null },
      { name: 'c', key: 'k' },
      { name: 'd', raw: true }
    ]);
  });

  it.each([
    [
      'aws_secretsmanager',
      ['x', 'y'],
      'Call to function "aws_secretsmanager" failed: cannot read secret "x": AWS Secrets Manager is not available here.'
    ],
    [
      'vault',
      ['/secret/data/hello', 'foo'],
      'Call to function "vault" failed: HashiCorp Vault is not supported yet; read the secret from AWS Secrets Manager instead, with the amazon-secretsmanager data source (data "amazon-secretsmanager" "name" { name = "..." key = "..." }) or the aws_secretsmanager function.'
    ],
    [
      'consul_key',
      ['k'],
      'Call to function "consul_key" failed: Consul is not supported yet; read the secret from AWS Secrets Manager instead, with the amazon-secretsmanager data source (data "amazon-secretsmanager" "name" { name = "..." key = "..." }) or the aws_secretsmanager function.'
    ]
  ])('%s is refused with what to use instead', (name, args, detail) => {
    expect(failure(name, args as string[], makeContext())).toBe(detail);
  });
});

describe('strings in NFC, as cty keeps them', () => {
  it('normalizes what a function returns, keys included', () => {
    const decomposed = 'e\u0301';
    expect(call('jsondecode', [`{"${decomposed}": "${decomposed}"}`])).toEqual({ '\u00e9': '\u00e9' });
    expect(call('base64decode', [Buffer.from(decomposed).toString('base64')])).toBe('\u00e9');
  });
});

describe("Terraform's conversion functions (not Packer's: offered apart)", () => {
  const run = (name: string, value: HclValue): HclValue =>
    TERRAFORM_CONVERSION_FUNCTIONS[name]!.run([value], makeContext());
  const detail = (name: string, value: HclValue): string => {
    try {
      run(name, value);
    } catch (error) {
      return functionErrorDetail(name, TERRAFORM_CONVERSION_FUNCTIONS[name]!, error as HclFunctionError);
    }
    throw new Error(`${name} did not fail`);
  };

  it('are not among packerFunctions()', () => {
    for (const name of Object.keys(TERRAFORM_CONVERSION_FUNCTIONS))
      expect(packerFunctions()[name]).toBeUndefined();
  });

  it.each<[string, HclValue, HclValue]>([
    ['toset', ['us-west-2', 'eu-west-1', 'us-west-2'], ['eu-west-1', 'us-west-2']],
    ['tolist', [1, 'a'], ['1', 'a']],
    ['tomap', { a: 1, b: 'x' }, { a: '1', b: 'x' }],
    ['tonumber', '1.5', 1.5],
    ['tostring', 5, '5'],
    ['tobool', 'true', true],
    ['tostring', null, null]
  ])('%s(%j) is %j', (name, value, expected) => {
    expect(run(name, value)).toEqual(expected);
  });

  it.each<[string, HclValue, string]>([
    [
      'tobool',
      'yes',
      'Invalid value for "v" parameter: cannot convert "yes" to bool; only the strings "true" or "false" are allowed.'
    ],
    [
      'tonumber',
      'x',
      'Invalid value for "v" parameter: cannot convert "x" to number; given string must be a decimal representation of a number.'
    ],
    ['tolist', 'a', 'Invalid value for "v" parameter: cannot convert string to list of any single type.'],
    ['tostring', [1], 'Invalid value for "v" parameter: cannot convert tuple to string.']
  ])('%s(%j) fails', (name, value, expected) => {
    expect(detail(name, value)).toBe(expected);
  });
});
