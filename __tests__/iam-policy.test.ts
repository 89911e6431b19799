// The documented least-privilege policy (iam-policy.json, shown in the README) names every EC2
// action the action's code can call, and nothing more.
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

/** Every `new XCommand(` from @aws-sdk/client-ec2 in src/. */
function calledActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sources('src')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/new ([A-Z][A-Za-z0-9]+)Command\(/g))
      actions.add(`ec2:${match[1]}`);
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
