// The documented least-privilege policy (iam-policy.json, shown in the README) names every EC2 and
// SSM action the action's code can call, and nothing more: each `new XCommand(` in src/ counts as
// <service>:X for the SDK package the file imports XCommand from. (The HCL2 data sources' SSM and
// Secrets Manager calls are needed only by templates that use them, on their own parameters and
// secrets, and are documented beside them: src/datasources/ is left out for those services.)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const policy = JSON.parse(readFileSync('iam-policy.json', 'utf8')) as {
  Statement: { Action: string | string[] }[];
};
const allowed = new Set(policy.Statement.flatMap(s => (Array.isArray(s.Action) ? s.Action : [s.Action])));

const SERVICES: Record<string, string> = {
  '@aws-sdk/client-ec2': 'ec2',
  '@aws-sdk/client-ssm': 'ssm',
  '@aws-sdk/client-secrets-manager': 'secretsmanager'
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The names a file imports from each AWS SDK client package, name → service prefix. */
function sdkImports(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const block of text.matchAll(
    /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/client-[a-z0-9-]+)'/g
  )) {
    const service = SERVICES[block[2]!];
    if (!service) continue;
    for (const name of block[1]!.split(',')) names.set(name.replace(/^\s*type\s+/, '').trim(), service);
  }
  return names;
}

/** Every `new XCommand(` in src/ as <service>:X, by the package XCommand is imported from. */
function calledActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    const imported = sdkImports(text);
    const dataSource = file.split(/[\\/]/).includes('datasources');
    for (const match of text.matchAll(/new ([A-Z][A-Za-z0-9]+)Command\(/g)) {
      const service = imported.get(`${match[1]}Command`);
      if (!service || (dataSource && service !== 'ec2')) continue;
      actions.add(`${service}:${match[1]}`);
    }
  }
  return actions;
}

test('the code calls SSM as well as EC2, so both are checked', () => {
  const services = new Set([...calledActions()].map(action => action.split(':')[0]));
  expect([...services].sort()).toEqual(['ec2', 'ssm']);
});

test('every EC2 and SSM action in the code is in the policy', () => {
  const missing = [...calledActions()].filter(a => !allowed.has(a));
  expect(missing).toEqual([]);
});

test('the policy allows nothing the code does not call (CreateTags: tagging on create needs it)', () => {
  const called = calledActions();
  const unused = [...allowed].filter(
    a => (a.startsWith('ec2:') || a.startsWith('ssm:')) && !called.has(a) && a !== 'ec2:CreateTags'
  );
  expect(unused).toEqual([]);
});

test('the README shows the same policy', () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```json\n(\{\n\s+"Version": "2012-10-17"[\s\S]*?)\n```/.exec(readme)?.[1];
  expect(block && JSON.parse(block)).toEqual(policy);
});
