// Provisioners as the builder gets them: loaded from a template by the template layer, their
// strings rendered with the build data when they run (shell-local here; shell in shell.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProvisioner } from '../../src/provisioners/index.js';
import { loadTemplate } from '../../src/template/index.js';
import { recordingContext } from './context.js';

const dir = mkdtempSync(join(tmpdir(), 'from-plan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template = {
  variables: { greeting: 'hello' },
  builders: [
    {
      type: 'amazon-ebs',
      region: 'us-east-1',
      source_ami: 'ami-0123456789abcdef0',
      instance_type: 't3.micro',
      ssh_username: 'ubuntu',
      ami_name: 'web-image'
    }
  ],
  provisioners: [
    {
      type: 'shell-local',
      inline: ['echo "{{user `greeting`}} from $PACKER_BUILD_NAME"', 'echo "instance $INSTANCE"'],
      environment_vars: ['INSTANCE={{ build `ID` }}'],
      env: { QUOTE: "it's" }
    },
    {
      type: 'shell-local',
      command: 'echo "$QUOTE"',
      env: { QUOTE: "it's" },
      execute_command: ['/bin/bash', '-c', 'echo via bash; {{.Vars}} {{.Script}}']
    },
    { type: 'shell-local', script: 'scripts/local.sh' },
    { type: 'shell-local', inline: ['echo never'], only_on: ['windows'] }
  ]
};

test('runs shell-local provisioners from a loaded template, with build data', async () => {
  mkdirSync(join(dir, 'scripts'));
  writeFileSync(join(dir, 'scripts', 'local.sh'), '#!/bin/sh\necho "script in $(basename "$(pwd)")"\n', {
    mode: 0o755
  });
  writeFileSync(join(dir, 'template.json'), JSON.stringify(template));
  const loaded = loadTemplate({ path: 'template.json', cwd: dir, env: {} });
  const { ctx, stdout, messages } = recordingContext({ cwd: dir, buildData: { ID: 'i-0123456789abcdef0' } });
  for (const plan of loaded.builds[0].provisioners) await createProvisioner(plan).run(ctx);
  expect(stdout).toEqual([
    'hello from amazon-ebs',
    'instance i-0123456789abcdef0',
    'via bash',
    "it's",
    `script in ${dir.split('/').pop()}`
  ]);
  expect(messages.at(-1)).toBe('info: Skipping shell-local: only_on is windows and this runner is linux');
});
