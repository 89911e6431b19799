// The documented least-privilege policy (iam-policy.json, shown in the README) names every EC2
// action the action's code can call, and nothing more. (The SSM and Secrets Manager calls of HCL2
// data sources are needed only by templates that use them, and are documented beside it.)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const policy = JSON.parse(readFileSync('iam-policy.json', 'utf8')) as {
  Statement: { Action: string | string[] }[];
};
const allowed = new Set(policy.Statement.flatMap(s => (Array.isArray(s.Action) ? s.Action : [s.Action])));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The names a file imports from @aws-sdk/client-ec2. */
function ec2Imports(text: string): Set<string> {
  const names = new Set<string>();
  for (const block of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/client-ec2'/g)) {
    for (const name of block[1]!.split(',')) names.add(name.replace(/^\s*type\s+/, '').trim());
  }
  return names;
}

/** Every `new XCommand(` in src/ whose XCommand comes from @aws-sdk/client-ec2. */
function calledActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    const imported = ec2Imports(text);
    for (const match of text.matchAll(/new ([A-Z][A-Za-z0-9]+)Command\(/g)) {
      if (imported.has(`${match[1]}Command`)) actions.add(`ec2:${match[1]}`);
    }
  }
  return actions;
}

test('every EC2 action in the code is in the policy', () => {
  const missing = [...calledActions()].filter(a => !allowed.has(a));
  expect(missing).toEqual([]);
});

test('the policy allows nothing the code does not call (CreateTags: tagging on create needs it)', () => {
  const called = calledActions();
  const unused = [...allowed].filter(a => a.startsWith('ec2:') && !called.has(a) && a !== 'ec2:CreateTags');
  expect(unused).toEqual([]);
});

test('the README shows the same policy', () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```json\n(\{\n\s+"Version": "2012-10-17"[\s\S]*?)\n```/.exec(readme)?.[1];
  expect(block && JSON.parse(block)).toEqual(policy);
});
