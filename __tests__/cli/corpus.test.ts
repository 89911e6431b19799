// The corpus (__tests__/fixtures/corpus/): Packer JSON templates written the way public repositories write
// them, each validated through the bundled command line (`node dist/cli/index.js validate`, run
// `npm run bundle` first), one row per template and command line.
//
// `packer` records what Packer 1.6.6 (Debian's packer) said of the same command line: "accepted", or why
// not. `today` is what build-ami prints now: 'accepted', or every problem line. A row with `needs` waits
// for options other parts are adding: until each is in IMPLEMENTED it must fail with `today` (an
// "... is not supported yet" line); once all are, it must give `ready` ('accepted' unless given). When an
// option lands, add its name to IMPLEMENTED: the table is the only thing to edit.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const CORPUS = resolve('__tests__/fixtures/corpus');
const CLI = resolve('dist/cli/index.js');

/** Options (named as in `needs`) that are implemented on this branch. */
const IMPLEMENTED = new Set<string>([]);

type Outcome = 'accepted' | readonly string[];

interface Row {
  readonly file: string;
  readonly vars?: readonly string[];
  readonly varFiles?: readonly string[];
  readonly only?: readonly string[];
  /** What `packer validate` (1.6.6) said of the same command line. */
  readonly packer: string;
  readonly needs?: readonly string[];
  readonly today: Outcome;
  /** The outcome once every need is implemented (default 'accepted'). */
  readonly ready?: Outcome;
}

const ROWS: readonly Row[] = [
  {
    file: '01-getting-started.json',
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '02-source-ami.json',
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '03-al2-base.json',
    varFiles: ['al2-eu.vars.json'],
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '04-eks-node.json',
    varFiles: ['eks-1.22.vars.json'],
    packer: 'accepted',
    needs: ['manifest custom_data with build data'],
    today: [
      '04-eks-node.json:132:28: post-processors[0].custom_data.source_ami_name: {{ build `SourceAMIName` }} is not available here; build data is not available in post-processor options'
    ]
  },
  {
    file: '05-ena-sriov.json',
    packer: 'accepted',
    needs: ['ena_support', 'sriov_support'],
    today: ['05-ena-sriov.json:20:7: builders[0].ena_support: ena_support is not supported yet']
  },
  {
    file: '06-imdsv2.json',
    packer: 'unknown to 1.6.6: imds_support, metadata_options',
    needs: ['imds_support'],
    today: ['06-imdsv2.json:20:7: builders[0].imds_support: imds_support is not supported yet']
  },
  {
    file: '07-spot.json',
    packer: 'accepted',
    needs: ['spot_price', 'spot_instance_types'],
    today: ['07-spot.json:20:7: builders[0].spot_price: spot_price is not supported yet']
  },
  {
    file: '08-network-filters.json',
    packer: 'accepted',
    needs: ['vpc_filter', 'subnet_filter', 'security_group_filter'],
    today: ['08-network-filters.json:20:7: builders[0].vpc_filter: vpc_filter is not supported yet']
  },
  {
    file: '09-assume-role.json',
    packer: 'accepted',
    needs: ['profile', 'assume_role'],
    today: ['09-assume-role.json:20:7: builders[0].profile: profile is not supported yet']
  },
  {
    file: '10-bastion.json',
    packer: 'rejected: ssh_bastion_private_key_file is not a private key',
    needs: ['ssh_bastion_host', 'ssh_bastion_username', 'ssh_bastion_private_key_file', 'ssh_bastion_port'],
    today: ['10-bastion.json:23:7: builders[0].ssh_bastion_host: ssh_bastion_host is not supported yet']
  },
  {
    file: '11-session-manager.json',
    packer: 'accepted',
    needs: ['ssh_interface session_manager'],
    today: [
      '11-session-manager.json:20:24: builders[0].ssh_interface: ssh_interface session_manager is not supported yet'
    ]
  },
  {
    file: '12-multi-region-encrypted.json',
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '13-cis-ansible.json',
    packer: 'rejected: 1.6.6 asks gp3 volumes for a throughput (a 1.6.6 bug; later versions default it)',
    today: 'accepted'
  },
  {
    file: '14-ci-agent.json',
    varFiles: ['ci-agent.vars.json'],
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '15-mixed-docker.json',
    only: ['aws'],
    packer: 'accepted',
    needs: ['other builder types dropped by -only'],
    today: [
      '15-mixed-docker.json:26:15: builders[1].type: builder type docker is not supported (only amazon-ebs)'
    ]
  },
  {
    file: '15-mixed-docker.json',
    packer: 'accepted',
    today: [
      '15-mixed-docker.json:26:15: builders[1].type: builder type docker is not supported (only amazon-ebs)'
    ]
  },
  {
    file: '16-mixed-gce.json',
    only: ['amazon'],
    packer: 'accepted',
    needs: ['other builder types dropped by -only'],
    today: [
      '16-mixed-gce.json:26:15: builders[1].type: builder type googlecompute is not supported (only amazon-ebs)'
    ]
  },
  {
    file: '17-two-regions-only.json',
    only: ['west'],
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '17-two-regions-only.json',
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '18-shell-local.json',
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '19-user-data.json',
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '20-docs-full.json',
    packer: 'accepted',
    needs: ['ami_virtualization_type'],
    today: [
      '20-docs-full.json:27:7: builders[0].ami_virtualization_type: ami_virtualization_type is not supported yet'
    ]
  },
  {
    file: '21-mistake-unknown-option.json',
    packer: 'rejected',
    today: [
      '21-mistake-unknown-option.json:20:7: builders[0].instance_typ: unknown option instance_typ for amazon-ebs (did you mean instance_type?)'
    ]
  },
  {
    file: '22-mistake-missing-required.json',
    packer: 'rejected',
    today: ['22-mistake-missing-required.json:3:5: builders[0].instance_type: is required']
  },
  {
    file: '23-mistake-undefined-variable.json',
    packer: 'accepted (an undeclared {{user}} renders empty in 1.6.6)',
    today: [
      '23-mistake-undefined-variable.json:22:19: builders[0].ami_name: variable verison is not declared in the template'
    ]
  },
  {
    file: '24-mistake-bad-ami-name.json',
    packer: 'rejected',
    today: [
      '24-mistake-bad-ami-name.json:19:19: builders[0].ami_name: must be 3 to 128 characters long, found 2: "ab"'
    ]
  },
  {
    file: '25-mistake-several.json',
    packer: 'rejected',
    today: [
      '25-mistake-several.json:10:28: builders[0].source_ami_filter: give source_ami or source_ami_filter, not both'
    ]
  },
  {
    file: '26-mistake-bad-json.json',
    packer: 'rejected',
    today: [
      "26-mistake-bad-json.json:3:52: builders[0]: invalid JSON: expected a quoted key, found '}' (a trailing comma is not allowed in JSON)"
    ]
  },
  {
    file: '27-required-variable.json',
    packer: 'rejected',
    today: [
      '27-required-variable.json:3:5: variables.app_version: required variable app_version is not set; give it a value in the variables input or a var-file'
    ]
  },
  {
    file: '27-required-variable.json',
    varFiles: ['app.vars.json'],
    packer: 'accepted',
    today: 'accepted'
  },
  {
    file: '28-ansible-local.json',
    vars: ['app_version=1'],
    packer: 'accepted (1.6.6 ignores an undeclared -var)',
    today: [
      '-var:1:1: app_version: variable app_version is not declared in the template (set by -var); declare it under "variables"'
    ]
  }
];

function expected(row: Row): Outcome {
  if (row.needs && row.needs.every(need => IMPLEMENTED.has(need))) return row.ready ?? 'accepted';
  return row.today;
}

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
  const outcome = expected(row);
  if (outcome === 'accepted') {
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^The template is valid: /);
    return;
  }
  const problems = stderr.split('\n').filter(line => line && !line.endsWith('nothing was built.'));
  expect({ code, problems }).toEqual({ code: 1, problems: [...outcome] });
  // A row waiting for options fails only because they are not there yet.
  if (row.needs) for (const line of outcome) expect(line).toMatch(/is not supported|not available here/);
});
