// Every template function, with Packer's argument order and availability, and the Go template syntax around it.
import type { Section } from '../../src/template/functions.js';
import { noBuildData, renderString } from '../../src/template/interpolate.js';
import { TemplateError } from '../../src/template/template-syntax.js';
import { testScope } from './scope.js';

const PLAIN = noBuildData('build data renders only in ami_description and tags');

function render(text: string, section: Section = 'builder'): string {
  return renderString(text, testScope(section), PLAIN);
}

function renderError(text: string, section: Section = 'builder'): string {
  try {
    render(text, section);
  } catch (error) {
    if (error instanceof TemplateError) return error.message;
    throw error;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe('template functions', () => {
  it.each<[string, string, Section?]>([
    ['{{timestamp}}', '1704164645'],
    ['{{ isotime }}', '2024-01-02T03:04:05Z'],
    ['{{isotime "20060102-1504"}}', '20240102-0304'],
    ['{{ isotime `2006` }}', '2024'],
    ['{{uuid}}', 'uuid-1'],
    ['{{user `app`}}', 'shop'],
    ['{{ user "version" }}', '1.2.3'],
    ['{{env `HOME`}}', '/home/runner', 'variables'],
    ['[{{env `NOT_SET`}}]', '[]', 'variables'],
    ['{{pwd}}', '/work/repo'],
    ['{{template_dir}}', '/work/repo/packer'],
    ['{{build_name}}', 'web', 'provisioner'],
    ['{{build_type}}', 'amazon-ebs', 'post-processor'],
    ['{{upper "web"}}', 'WEB'],
    ['{{lower "WEB"}}', 'web'],
    ['{{replace "a" "b" 1 "aaa"}}', 'baa'],
    ['{{replace "a" "b" -1 "aaa"}}', 'bbb'],
    ['{{ "aaa" | replace "a" "b" 2 }}', 'bba'],
    ['{{replace_all "-" "_" "a-b-c"}}', 'a_b_c'],
    ['{{ user `version` | replace_all "." "-" }}', '1-2-3'],
    ['{{split "a-b-c" "-" 1}}', 'b'],
    ['{{ split (user `version`) "." 0 }}', '1'],
    ['{{ replace "" "-" -1 "abc" }}', '-a-b-c-'],
    ['{{ replace "" "-" 2 "abc" }}', '-a-bc'],
    ['{{ split "abc" "" 1 }}', 'b'],
    ['{{packer_version}}', '1.11.0'],
    ['{{clean_resource_name "web:1.2/x*y (ü)"}}', 'web-1.2/x-y (-)'],
    ['{{ isotime "2006-01-02 15:04" | clean_resource_name }}', '2024-01-02 03-04'],
    ['{{ upper (user "app") }}', 'SHOP'],
    ['{{ upper build_type }}', 'AMAZON-EBS'],
    ['{{ "literal" }}', 'literal'],
    ['{{ 42 }}', '42'],
    ['{{ "tab\\tand \\"quote\\"" }}', 'tab\tand "quote"'],
    ['web-{{user `app`}}-{{timestamp}}', 'web-shop-1704164645'],
    ['a  {{- "b" -}}  c', 'abc'],
    ['a{{/* a note */}}b', 'ab'],
    ['no template here', 'no template here'],
    ['{ not an action }', '{ not an action }']
  ])('renders %s', (text, expected, section = 'builder') => {
    expect(render(text, section)).toBe(expected);
  });

  it.each<[string, string, Section?]>([
    ['{{ foo }}', 'unknown function foo'],
    [
      '{{ vault "secret/x" "key" }}',
      'function vault is not supported yet; pass the secret in through a variable'
    ],
    ['{{ sed "s/a/b/" "a" }}', 'function sed is deprecated in Packer; use replace or replace_all'],
    ['{{ clean_ami_name "x" }}', 'function clean_ami_name was renamed clean_resource_name'],
    ['{{env `HOME`}}', 'function env is only available in the variables section (as in Packer)'],
    [
      '{{ clean_resource_name "x" }}',
      'function clean_resource_name is only available in amazon-ebs builder options',
      'provisioner'
    ],
    [
      '{{build_name}}',
      'build_name is not available here (variables and builder names come before any build)',
      'variables'
    ],
    ['{{ user `nope` }}', 'variable nope is not declared in the template'],
    ['{{ split "a" "-" }}', 'wrong number of arguments for split: wants 3, got 2'],
    ['{{ isotime "2006" "01" }}', 'wrong number of arguments for isotime: wants 0 to 1, got 2'],
    ['{{ upper }}', 'wrong number of arguments for upper: wants 1, got 0'],
    ['{{ split "a-b" "-" "1" }}', 'argument 3 of split must be an integer, not a string'],
    ['{{ upper 7 }}', 'argument 1 of upper must be a string, not an integer'],
    ['{{ split "a-b" "-" 2 }}', 'split: there is no part 2 of "a-b" split by "-" (2 parts)'],
    ['{{ split "a" "-" -1 }}', 'split: there is no part -1 of "a" split by "-" (1 part)'],
    ['{{ upper "a"', 'unclosed action: "{{" has no matching "}}"'],
    ['{{ upper "a }}', 'unterminated quoted string'],
    ['{{ upper `a }}', 'unterminated raw string (missing closing backtick)'],
    ['{{ "a\\q" }}', 'unknown escape sequence \\q in a quoted string'],
    ['{{ if true }}x{{ end }}', '"if" is not supported in Packer JSON templates here'],
    ['{{ $x }}', 'template variables ($name) are not supported'],
    ['{{ . }}', '"." (the whole build data) cannot be printed; name a field'],
    ['{{ }}', 'missing value for command in {{ }}'],
    ['{{ "a" "b" }}', 'only a function can take arguments, in {{ "a" "b" }}'],
    ['{{ upper "a" | "b" }}', 'only a function can take arguments, in {{ upper "a" | "b" }}'],
    ['{{ upper ("a" }}', 'unclosed parenthesis in {{ upper ("a" }}'],
    ['{{ 1.5 }}', 'number 1.5 is not supported here (only whole numbers)'],
    ['{{ upper "a" ) }}', 'unexpected ")" in {{ upper "a" ) }}']
  ])('refuses %s', (text, message, section = 'builder') => {
    expect(renderError(text, section)).toBe(message);
  });
});

test('parentheses nested 20,000 deep in an action are refused with a message, not a stack overflow', () => {
  const text = `{{ ${'('.repeat(20_000)}timestamp${')'.repeat(20_000)} }}`;
  expect(() => renderString(text, testScope(), noBuildData('none'))).toThrow(
    /parentheses nested more than 1000 levels deep/
  );
});
