// Secrets stay secret, whatever the run's fate: a sensitive template variable, the AWS secret
// key in the environment and the temporary SSH private key never appear in the log (raw or as
// shown), the outputs, the job summary, the manifest, the saved state, or any file left in the
// workspace or the runner's temp directory; the private key never touches the disk at all.
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite, type BuildRun } from './fault-world.js';
import { filesUnder } from './hostile/places.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

const PASSWORD = 'pa55-w0rd-never-printed-7f3a';
/** The action's inputs: the password comes in as `variables: db_password=${{ secrets.DB_PASSWORD }}`. */
const INPUTS = { template: 'web.json', variables: `db_password=${PASSWORD}` };
/** What the test helper's environment gives the action as AWS_SECRET_ACCESS_KEY. */
const secretKey = () => ctx.world.env(ctx.sim).AWS_SECRET_ACCESS_KEY;

function template(provisioners: object[]) {
  return {
    // Required, and given as a workflow passes a secret: through the variables input.
    variables: { db_password: null },
    'sensitive-variables': ['db_password'],
    builders: [builder('web')],
    provisioners,
    'post-processors': ['manifest']
  };
}

/** The script prints the secret every way a careless script might: plainly, in a sentence, split. */
const CHATTY = [
  {
    type: 'shell',
    environment_vars: ['DB_PASSWORD={{user `db_password`}}'],
    inline: [
      'echo "$DB_PASSWORD"',
      'echo "connecting with password=$DB_PASSWORD to the database"',
      'echo "{{user `db_password`}}" >&2',
      'printenv | grep -c DB_PASSWORD'
    ]
  }
];

/** The body lines of a PEM / OpenSSH private key: what would give it away even without its header. */
const keyLines = (pem: string) =>
  pem
    .split('\n')
    .filter(line => line && !line.startsWith('-----'))
    .map(line => line.trim())
    .filter(line => line.length >= 20);

/** Everywhere a secret could surface after a run, by name. */
function places(run: BuildRun): Record<string, string> {
  const raw = (log: string) =>
    log
      .split('\n')
      // The one legitimate appearance: the command that tells the runner what to mask, which the
      // runner consumes and never shows.
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n');
  const result: Record<string, string> = {
    'main log (raw)': raw(run.main.log),
    'main log (as shown)': parseWorkflowCommands(run.main.log).visible.join('\n'),
    'post log (raw)': raw(run.post.log),
    outputs: JSON.stringify(run.main.outputs),
    summary: run.main.summary + run.post.summary,
    'saved state (GITHUB_STATE)': JSON.stringify(run.main.state) + JSON.stringify(run.post.state),
    'exported env (GITHUB_ENV)': JSON.stringify(run.main.exportedEnv)
  };
  if (run.main.outputs.manifest) result.manifest = readFileSync(run.main.outputs.manifest, 'utf8');
  for (const file of [...filesUnder(ctx.world.workspace), ...filesUnder(run.main.tempDir)]) {
    result[`file ${file.path}`] = file.text;
  }
  return result;
}

function whereSeen(run: BuildRun, secret: string): string[] {
  return Object.entries(places(run))
    .filter(([, text]) => text.includes(secret))
    .map(([where]) => where);
}

function expectNoSecrets(run: BuildRun): void {
  expect({ password: whereSeen(run, PASSWORD), secretKey: whereSeen(run, secretKey()) }).toEqual({
    password: [],
    secretKey: []
  });
  const issued = ctx.sim.world.issuedPrivateKeys;
  expect(issued.length).toBeGreaterThan(0);
  for (const key of issued) {
    expect(keyLines(key).flatMap(line => whereSeen(run, line))).toEqual([]);
  }
  // No private key of any kind in any file of the job: the temporary key lives in memory only.
  const keyFiles = [...filesUnder(ctx.world.workspace), ...filesUnder(run.main.tempDir)]
    .filter(f => f.text.includes('PRIVATE KEY'))
    .map(f => f.path);
  expect(keyFiles).toEqual([]);
}

test('a successful build: the password, the AWS secret key and the private key appear nowhere', async () => {
  ctx.world.write({ 'web.json': template(CHATTY) });
  const run = await build(ctx, { inputs: INPUTS });
  expectExits(run, 0);
  // The script did print it: the masking, not the script, kept it out.
  expect(parseWorkflowCommands(run.main.log).visible).toEqual(
    expect.arrayContaining(['***', 'connecting with password=*** to the database'])
  );
  expectNoSecrets(run);
  expectNothingLeft(ctx.sim, run);
});

test('a build that fails in a provisioner, secret in the failing command: it appears nowhere', async () => {
  ctx.world.write({
    'web.json': template([
      ...CHATTY,
      { type: 'shell', inline: ['echo "giving up on {{user `db_password`}}"', 'exit 7'] }
    ])
  });
  const run = await build(ctx, { inputs: INPUTS });
  expectExits(run, 1);
  expectNoSecrets(run);
  expectNothingLeft(ctx.sim, run);
});

test('a build cancelled mid-provisioning and then killed: the password and keys appear nowhere', async () => {
  ctx.world.write({
    'web.json': template([...CHATTY, { type: 'shell', inline: ['echo still-going', 'sleep 30'] }])
  });
  const run = await build(ctx, {
    inputs: INPUTS,
    signals: [{ signal: 'SIGKILL', whenLog: /^still-going/ }]
  });
  expect(run.main.signal).toBe('SIGKILL');
  expectNoSecrets(run);
  expectNothingLeft(ctx.sim, run);
});
