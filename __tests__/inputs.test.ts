// The action's inputs, read once into settings: every input's accepted forms, defaults, and the
// error a wrong one gives (it names the input and the rule).
import { InputError } from '../src/errors.js';
import { readInputs, type Inputs } from '../src/inputs.js';

/** As the runner hands inputs over: an input not given reads as ''. */
const read = (given: Record<string, string>): Inputs => readInputs(name => given[name] ?? '');
const withTemplate = (given: Record<string, string>) => read({ template: 'packer/web.pkr.json', ...given });

function refusal(given: Record<string, string>): InputError {
  try {
    withTemplate(given);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the inputs to be refused');
}

describe('defaults', () => {
  it('gives every optional input its documented default', () => {
    expect(withTemplate({})).toEqual({
      template: 'packer/web.pkr.json',
      variables: [],
      varFiles: [],
      only: [],
      except: [],
      workingDirectory: '.',
      githubToken: '',
      reuse: 'commit',
      commentOnPr: true,
      publicIpLookupUrl: '',
      mode: 'build',
      channels: [],
      launchTemplate: undefined,
      promoteTo: { kind: 'previous' },
      regions: [],
      retention: undefined
    });
  });

  it('are read-only', () => {
    expect(Object.isFrozen(withTemplate({}))).toBe(true);
  });
});

describe('accepted forms', () => {
  it.each<[string, Record<string, string>, Partial<Inputs>]>([
    ['template is trimmed', { template: '  packer/web.pkr.json \n' }, { template: 'packer/web.pkr.json' }],
    [
      'variables: one name=value per line, trimmed, blank and # lines dropped, commas kept',
      { variables: ' app=1.2 \n\n# a comment\nregions=us-east-1,eu-west-1\n' },
      { variables: ['app=1.2', 'regions=us-east-1,eu-west-1'] }
    ],
    [
      'var-files: one per line or comma-separated, in order',
      { 'var-files': 'common.json, prod.json\n\n  extra.json ' },
      { varFiles: ['common.json', 'prod.json', 'extra.json'] }
    ],
    ['only: names by line or comma', { only: 'web,\n db ' }, { only: ['web', 'db'] }],
    ['except: names by line or comma', { except: 'db\nmanifest' }, { except: ['db', 'manifest'] }],
    ['working-directory is trimmed', { 'working-directory': ' examples ' }, { workingDirectory: 'examples' }],
    ['working-directory blank is the workspace', { 'working-directory': '  ' }, { workingDirectory: '.' }],
    ['reuse commit', { reuse: 'commit' }, { reuse: 'commit' }],
    ['reuse fingerprint', { reuse: ' fingerprint ' }, { reuse: 'fingerprint' }],
    ['reuse never', { reuse: 'never' }, { reuse: 'never' }],
    ['comment-on-pr true', { 'comment-on-pr': 'true' }, { commentOnPr: true }],
    ['comment-on-pr True', { 'comment-on-pr': 'True' }, { commentOnPr: true }],
    ['comment-on-pr TRUE', { 'comment-on-pr': 'TRUE' }, { commentOnPr: true }],
    ['comment-on-pr false', { 'comment-on-pr': 'false' }, { commentOnPr: false }],
    ['comment-on-pr False', { 'comment-on-pr': 'False' }, { commentOnPr: false }],
    ['comment-on-pr FALSE, spaces around', { 'comment-on-pr': ' FALSE\n' }, { commentOnPr: false }],
    [
      'public-ip-lookup-url is trimmed',
      { 'public-ip-lookup-url': ' http://127.0.0.1:8080/ip ' },
      { publicIpLookupUrl: 'http://127.0.0.1:8080/ip' }
    ],
    ['github-token is trimmed', { 'github-token': ' ghs_abc\n' }, { githubToken: 'ghs_abc' }]
  ])('%s', (_name, given, expected) => {
    expect(withTemplate(given)).toMatchObject(expected);
  });
});

describe('refused forms', () => {
  // YAML 1.2 core-schema booleans only, as @actions/core's getBooleanInput: not yes/no, on/off, 1/0.
  const notBooleans = ['yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'y'];

  it.each<[string, Record<string, string>, string, string]>([
    [
      'template missing',
      { template: '' },
      'template',
      'required: the path of a Packer template, e.g. packer/web.pkr.json'
    ],
    [
      'template blank',
      { template: ' \n ' },
      'template',
      'required: the path of a Packer template, e.g. packer/web.pkr.json'
    ],
    [
      'only and except together',
      { only: 'web', except: 'db' },
      'only',
      'only and except exclude each other (as in packer build); give one of them'
    ],
    [
      'reuse of another word',
      { reuse: 'always' },
      'reuse',
      'expected commit, fingerprint or never, found "always"'
    ],
    [
      'reuse in capitals',
      { reuse: 'Never' },
      'reuse',
      'expected commit, fingerprint or never, found "Never"'
    ],
    ...notBooleans.map((raw): [string, Record<string, string>, string, string] => [
      `comment-on-pr ${raw}`,
      { 'comment-on-pr': raw },
      'comment-on-pr',
      `expected true or false, found "${raw}"`
    ])
  ])('%s', (_name, given, field, detail) => {
    const error = refusal({ template: 'packer/web.pkr.json', ...given });
    expect({ file: error.file, line: error.line, field: error.field, detail: error.detail }).toEqual({
      file: `input ${field}`,
      line: 1,
      field,
      detail
    });
    expect(error.message).toBe(`input ${field}:1:1: ${field}: ${detail}`);
  });
});
