// shell-local runs on the runner: inline commands and scripts through execute_command, with
// Packer's variables, output line by line, exit codes checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvisionerError } from '../../src/errors.js';
import type { ShellLocalConfig } from '../../src/provisioners/config.js';
import { provisionerFromConfig } from '../../src/provisioners/index.js';
import { recordingContext } from './context.js';

const local = mkdtempSync(join(tmpdir(), 'shell-local-test-'));
afterAll(() => rmSync(local, { recursive: true, force: true }));

async function provision(config: Omit<ShellLocalConfig, 'type'>, overrides = {}) {
  const recorded = recordingContext({ cwd: local, ...overrides });
  await provisionerFromConfig({ type: 'shell-local', ...config }).run(recorded.ctx);
  return recorded;
}

test('runs inline commands under /bin/sh -e in the working directory, streaming output', async () => {
  const recorded = recordingContext({ cwd: local });
  const inline = ['echo "in $(pwd)"', 'echo warn >&2', 'false', 'echo never'];
  const error = await provisionerFromConfig({ type: 'shell-local', inline })
    .run(recorded.ctx)
    .catch(e => e);
  expect(recorded.messages).toEqual(['info: Running local shell script: inline']);
  expect(recorded.stdout).toEqual([`in ${local}`]);
  expect(recorded.stderr).toEqual(['warn']);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toMatch(
    /^shell-local provisioner: script \S+\/script \(inline\) exited with code 1; valid_exit_codes allows 0/
  );
  expect(error).toMatchObject({ script: 'inline', exitCode: 1 });
});

test('passes environment_vars, env and the PACKER_ variables, quotes intact', async () => {
  const { stdout } = await provision(
    {
      environment_vars: [`QUOTED=it's "here" $HOME`],
      env: { MAPPED: 'x y' },
      inline: [
        'for v in QUOTED MAPPED PACKER_BUILD_NAME PACKER_BUILDER_TYPE; do echo "$v=[$(printenv $v)]"; done'
      ]
    },
    { buildName: 'web' }
  );
  expect(stdout).toEqual([
    `QUOTED=[it's "here" $HOME]`,
    'MAPPED=[x y]',
    'PACKER_BUILD_NAME=[web]',
    'PACKER_BUILDER_TYPE=[amazon-ebs]'
  ]);
});

test('command is a single inline command, and the runner environment is inherited', async () => {
  const { stdout } = await provision(
    { command: 'echo "$FROM_RUNNER"' },
    { env: { ...process.env, FROM_RUNNER: 'yes' } }
  );
  expect(stdout).toEqual(['yes']);
});

test('runs scripts with a custom execute_command and valid_exit_codes', async () => {
  writeFileSync(join(local, 'a.sh'), 'echo "a with $1"\nexit 2\n');
  writeFileSync(join(local, 'b.sh'), 'echo b\n');
  const { stdout, messages } = await provision({
    scripts: ['a.sh', 'b.sh'],
    execute_command: ['/bin/bash', '-c', '{{.Vars}} bash {{.Script}} arg'],
    valid_exit_codes: [0, 2]
  });
  expect(messages).toEqual([
    'info: Running local shell script: a.sh',
    'info: Running local shell script: b.sh'
  ]);
  expect(stdout).toEqual(['a with arg', 'b']);
});

test('a script that cannot be found fails before anything runs', async () => {
  const error = await provision({ script: 'missing.sh' }).catch(e => e);
  expect(error.message).toMatch(/^shell-local provisioner: missing.sh: no such file or directory/);
});

test('cancellation kills the local command, and what the script started', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('build cancelled')), 200);
  const started = Date.now();
  // The script's own child (sleep), not only the shell: a cancelled build leaves nothing running.
  await expect(
    provision({ inline: ['sleep 30.125', 'echo never'] }, { signal: controller.signal })
  ).rejects.toThrow('build cancelled');
  expect(Date.now() - started).toBeLessThan(2000);
  expect(spawnSync('pgrep', ['-f', 'sleep 30.125']).status).toBe(1);
});

test("an inline script lives in the build's private directory under RUNNER_TEMP, and is gone after", async () => {
  const runnerTemp = join(local, 'runner-temp');
  const env = { ...process.env, RUNNER_TEMP: runnerTemp };
  const { stdout } = await provision(
    // The script reports where it is and who may read it and its directory.
    { inline: ['stat -c "%a %n" "$0" "$(dirname "$0")" "$(dirname "$(dirname "$0")")"'] },
    { env, buildData: { PackerRunUUID: 'build-1234' } }
  );
  const buildDir = join(runnerTemp, 'build-ami-build-1234');
  expect(stdout).toEqual([
    expect.stringMatching(new RegExp(`^700 ${buildDir}/shell-local-\\w+/script$`)),
    expect.stringMatching(new RegExp(`^700 ${buildDir}/shell-local-\\w+$`)),
    `700 ${buildDir}`
  ]);
  expect(readdirSync(buildDir)).toEqual([]);
});
