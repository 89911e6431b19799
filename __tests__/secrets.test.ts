// What the action's masker hides, and when a secret becomes known: a sensitive value is reported
// while the template is being read, so the error of an invalid template is already masked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../src/errors.js';
import { maskError, SecretRegistry, secretMasker, secretParts } from '../src/secrets.js';
import { loadTemplate } from '../src/template/index.js';

const KEY = 'line-one-of-the-key\nline-two-of-the-key\r\nab\n';

test('a multi-line secret is registered whole and line by line, lines too short to mask left out', () => {
  const registered: string[] = [];
  const registry = new SecretRegistry(value => registered.push(value));
  registry.add(KEY);
  registry.add(KEY);
  expect(registered).toEqual([KEY, 'line-one-of-the-key', 'line-two-of-the-key']);
  expect(secretParts('short')).toEqual(['short']);
  expect(secretParts('ab')).toEqual(['ab']);
});

test('the masker hides a secret as is, line by line, JSON-escaped, and cut short before …', () => {
  const mask = secretMasker([
    KEY,
    'quote"d-secret',
    'a-long-secret-value-that-a-preview-cuts-off-at-forty-chars'
  ]);
  expect(mask('printed: line-two-of-the-key')).toBe('printed: ***');
  expect(mask(`found ${JSON.stringify(KEY)}`)).toBe('found "***"');
  expect(mask('found "quote\\"d-secret"')).toBe('found "***"');
  expect(mask('found a string ("a-long-secret-value-that-a-preview-cuts-o…")')).toBe(
    'found a string ("***…")'
  );
});

test('maskError rewrites an InputError message, field and detail in place', () => {
  const error = new InputError({
    at: { file: 't.json', line: 1, column: 2 },
    field: 'x',
    detail: 'got hunter22'
  });
  expect(maskError(error, secretMasker(['hunter22']))).toBe(error);
  expect([error.message, error.detail]).toEqual(['t.json:1:2: x: got ***', 'got ***']);
});

describe('loading a template', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'secrets-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a sensitive var-file value quoted by a validation error is reported first and masked in the error', () => {
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({
        variables: { port: null },
        'sensitive-variables': ['port'],
        builders: [
          {
            type: 'amazon-ebs',
            region: 'us-east-1',
            source_ami: 'ami-12345678',
            instance_type: 't3.micro',
            ssh_username: 'u',
            ami_name: 'n-{{timestamp}}',
            ssh_port: '{{user `port`}}'
          }
        ]
      })
    );
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ port: 'not-a-port-s3cr3t' }));
    const reported: string[] = [];
    let error: unknown;
    try {
      loadTemplate({ path: 't.json', varFiles: ['v.json'], cwd: dir, onSecret: v => reported.push(v) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(reported).toContain('not-a-port-s3cr3t');
    expect((error as InputError).message).toMatch(
      /ssh_port: expected a whole number, found a string \("\*\*\*"\)$/
    );
  });
});
