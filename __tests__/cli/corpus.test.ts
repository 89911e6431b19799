// The corpus (__tests__/fixtures/corpus/): Packer JSON templates written the way public repositories write
// them, each validated through the bundled command line (`node dist/cli/index.js validate`, run
// `npm run bundle` first), one row per template and command line.
//
// `packer` records what Packer 1.6.6 (Debian's packer) said of the same command line, and why a row differs
// from it when it does; `expect` is what build-ami prints: 'accepted' (the plan on stdout, `warnings` on
// stderr), or every problem line.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const CORPUS = resolve('__tests__/fixtures/corpus');
const CLI = resolve('dist/cli/index.js');

type Outcome = 'accepted' | readonly string[];

interface Row {
  readonly file: string;
  readonly vars?: readonly string[];
  readonly varFiles?: readonly string[];
  readonly only?: readonly string[];
  /** What `packer validate` (1.6.6) said of the same command line. */
  readonly packer: string;
  readonly expect: Outcome;
  /** Warnings an accepted row prints on stderr. */
  readonly warnings?: readonly string[];
}

const ROWS: readonly Row[] = [
  {
    file: '01-getting-started.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '02-source-ami.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '03-al2-base.json',
    varFiles: ['al2-eu.vars.json'],
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '04-eks-node.json',
    varFiles: ['eks-1.22.vars.json'],
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '05-ena-sriov.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '06-imdsv2.json',
    packer: 'unknown to 1.6.6: imds_support, metadata_options',
    expect: 'accepted'
  },
  {
    file: '07-spot.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '08-network-filters.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '09-assume-role.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '10-bastion.json',
    packer: 'rejected: ssh_bastion_private_key_file is not a private key',
    expect: [
      '10-bastion.json:25:39: builders[0].ssh_bastion_private_key_file: files/motd is not a private key: expected a PEM or OpenSSH private key file, as ssh-keygen writes'
    ]
  },
  {
    file: '11-session-manager.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '12-multi-region-encrypted.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '13-cis-ansible.json',
    packer: 'rejected: 1.6.6 asks gp3 volumes for a throughput (a 1.6.6 bug; later versions default it)',
    expect: 'accepted'
  },
  {
    file: '14-ci-agent.json',
    varFiles: ['ci-agent.vars.json'],
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '15-mixed-docker.json',
    only: ['aws'],
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '15-mixed-docker.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '16-mixed-gce.json',
    only: ['amazon'],
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '17-two-regions-only.json',
    only: ['west'],
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '17-two-regions-only.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '18-shell-local.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '19-user-data.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '20-docs-full.json',
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '21-mistake-unknown-option.json',
    packer: 'rejected',
    expect: [
      '21-mistake-unknown-option.json:20:7: builders[0].instance_typ: unknown option instance_typ for amazon-ebs (did you mean instance_type?)'
    ]
  },
  {
    file: '22-mistake-missing-required.json',
    packer: 'rejected',
    expect: [
      '22-mistake-missing-required.json:3:5: builders[0].instance_type: is required (or spot_instance_types)',
      '22-mistake-missing-required.json:3:5: builders[0].ami_name: is required'
    ]
  },
  {
    file: '23-mistake-undefined-variable.json',
    packer: 'accepted (an undeclared {{user}} renders empty in 1.6.6, and here too)',
    expect: 'accepted',
    warnings: [
      'warning: {{user `verison`}}: variable verison is not declared in the template; it renders as "" (as in Packer)'
    ]
  },
  {
    file: '24-mistake-bad-ami-name.json',
    packer: 'rejected',
    expect: [
      '24-mistake-bad-ami-name.json:19:19: builders[0].ami_name: must be 3 to 128 characters long, found 2: "ab"',
      '24-mistake-bad-ami-name.json:26:5: provisioners[0]: one of inline, script or scripts is required'
    ]
  },
  {
    file: '25-mistake-several.json',
    packer: 'rejected',
    expect: [
      '25-mistake-several.json:10:28: builders[0].source_ami_filter: give source_ami or source_ami_filter, not both',
      `25-mistake-several.json:20:17: provisioners[0].source: files/missing.txt: no such file or directory (looked for ${CORPUS}/files/missing.txt; relative paths are read from the working directory, as in Packer: use {{template_dir}} for paths next to the template)`,
      '25-mistake-several.json:28:17: provisioners[1].script: give inline or script, not both'
    ]
  },
  {
    file: '26-mistake-bad-json.json',
    packer: 'rejected',
    expect: [
      "26-mistake-bad-json.json:3:52: builders[0]: invalid JSON: expected a quoted key, found '}' (a trailing comma is not allowed in JSON)"
    ]
  },
  {
    file: '27-required-variable.json',
    packer: 'rejected',
    expect: [
      '27-required-variable.json:3:5: variables.app_version: required variable app_version is not set; give it a value in the variables input or a var-file'
    ]
  },
  {
    file: '27-required-variable.json',
    varFiles: ['app.vars.json'],
    packer: 'accepted',
    expect: 'accepted'
  },
  {
    file: '28-ansible-local.json',
    vars: ['app_version=1'],
    packer: 'accepted (1.6.6 ignores an undeclared -var)',
    expect: 'accepted',
    warnings: [
      'warning: -var:1:1: variable app_version is set by -var but not declared in the template; it is unused (as in Packer)'
    ]
  }
];

async function validate(row: Row): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [
    CLI,
    'validate',
    ...(row.vars ?? []).flatMap(v => ['-var', v]),
    ...(row.varFiles ?? []).flatMap(f => ['-var-file', f]),
    ...(row.only?.length ? ['-only', row.only.join(',')] : []),
    row.file
  ];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd: CORPUS,
      // No AWS anywhere: validate must not need it.
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const title = (row: Row) =>
  [row.file, ...(row.vars ?? []).map(v => `-var ${v}`), ...(row.varFiles ?? []).map(f => `-var-file ${f}`)]
    .concat(row.only ? [`-only ${row.only.join(',')}`] : [])
    .join(' ');

test('the corpus has at least 25 templates, several var-files and at least 5 deliberate mistakes', () => {
  const files = new Set(ROWS.map(r => r.file));
  expect(files.size).toBeGreaterThanOrEqual(25);
  expect(new Set(ROWS.flatMap(r => r.varFiles ?? [])).size).toBeGreaterThanOrEqual(3);
  expect(ROWS.filter(r => r.file.includes('mistake')).length).toBeGreaterThanOrEqual(5);
  expect(ROWS.some(r => r.only?.length)).toBe(true);
});

test.each(ROWS.map(row => [title(row), row] as const))('validate %s', async (_title, row) => {
  const { code, stdout, stderr } = await validate(row);
  const outcome = row.expect;
  if (outcome === 'accepted') {
    const warnings = stderr.split('\n').filter(line => line);
    expect({ code, warnings }).toEqual({ code: 0, warnings: [...(row.warnings ?? [])] });
    expect(stdout).toMatch(/^The template is valid: /);
    return;
  }
  const problems = stderr.split('\n').filter(line => line && !line.endsWith('nothing was built.'));
  expect({ code, problems }).toEqual({ code: 1, problems: [...outcome] });
});
