// The ansible-local and breakpoint provisioners in a template: options become plan entries with
// absolute local paths, Packer's Prepare checks are refused at the file, line and field, the common
// provisioner options apply, and every file a playbook reads enters the fingerprint.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../src/errors.js';
import { fingerprint } from '../../src/fingerprint.js';
import type { AnsibleLocalProvisioner, BreakpointProvisioner } from '../../src/template/types.js';
import { loadError, loadFixture, locateMarker, tempDirs, templateText } from './fixtures.js';

const makeDir = tempDirs();

const PLAYBOOK_DIR = {
  'ansible/site.yml': '- hosts: all\n  roles: [web]\n',
  'ansible/roles/web/tasks/main.yml': '- debug: { msg: hi }\n',
  'ansible/group_vars/all.yml': 'greeting: hello\n',
  'inventory.ini': '[web]\n127.0.0.1\n',
  'requirements.yml': 'roles: []\n',
  'roles/extra/tasks/main.yml': '- debug: { msg: extra }\n'
};

function load(provisioners: object[], files: Record<string, string> = PLAYBOOK_DIR) {
  const text = templateText({}, { provisioners: JSON.stringify(provisioners) });
  let dir = '';
  const loaded = loadFixture(contents => (dir = makeDir(contents)), {
    files: { 'packer/web.pkr.json': text, ...files }
  });
  return { loaded, dir };
}

describe('ansible-local in a template', () => {
  it('reads every option into the plan, local paths absolute, Packer defaults filled in', () => {
    const { loaded, dir } = load([
      {
        type: 'ansible-local',
        playbook_dir: 'ansible/',
        playbook_file: 'ansible/site.yml',
        group_vars: 'ansible/group_vars',
        role_paths: ['roles/extra'],
        inventory_file: 'inventory.ini',
        galaxy_file: 'requirements.yml',
        extra_arguments: ['--extra-vars', '"id={{ build `ID` }}"'],
        inventory_groups: 'web,db',
        clean_staging_directory: 'true',
        pause_before: '2s',
        max_retries: 1,
        timeout: '5m'
      }
    ]);
    const plan = loaded.builds[0]!.provisioners[0] as AnsibleLocalProvisioner;
    expect(plan).toMatchObject({
      type: 'ansible-local',
      pauseBeforeMs: 2000,
      maxRetries: 1,
      timeoutMs: 300_000,
      command: 'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook',
      playbookDir: `${dir}/ansible`,
      playbookFile: `${dir}/ansible/site.yml`,
      playbookFiles: [],
      groupVars: `${dir}/ansible/group_vars`,
      rolePaths: [`${dir}/roles/extra`],
      inventoryFile: `${dir}/inventory.ini`,
      galaxyFile: `${dir}/requirements.yml`,
      galaxyCommand: 'ansible-galaxy',
      galaxyForceInstall: false,
      inventoryGroups: ['web', 'db'],
      cleanStagingDirectory: true
    });
    expect(plan.stagingDirectory).toBeUndefined();
    expect(plan.extraArguments.map(argument => argument.render({ ID: 'i-0abc' }))).toEqual([
      '--extra-vars',
      '"id=i-0abc"'
    ]);
    expect(loaded.files).toEqual([
      `${dir}/ansible`,
      `${dir}/ansible/group_vars`,
      `${dir}/ansible/site.yml`,
      `${dir}/inventory.ini`,
      `${dir}/packer/web.pkr.json`,
      `${dir}/requirements.yml`,
      `${dir}/roles/extra`
    ]);
  });

  it('keeps a JSON list of inventory_groups as it is, and takes the builder override', () => {
    const { loaded } = load([
      {
        type: 'ansible-local',
        playbook_files: ['ansible/site.yml'],
        inventory_groups: ['a,b', 'c'],
        override: { 'amazon-ebs': { staging_directory: '/opt/stage', command: 'ansible-playbook -v' } }
      }
    ]);
    expect(loaded.builds[0]!.provisioners[0]).toMatchObject({
      inventoryGroups: ['a,b', 'c'],
      stagingDirectory: '/opt/stage',
      command: 'ansible-playbook -v'
    });
  });

  it('is left out of a build by only/except', () => {
    const { loaded } = load([
      { type: 'ansible-local', playbook_file: 'ansible/site.yml', except: ['amazon-ebs'] }
    ]);
    expect(loaded.builds[0]!.provisioners).toEqual([]);
  });

  it('a changed playbook, role or variable changes the fingerprint; an unrelated file does not', () => {
    const provisioner = {
      type: 'ansible-local',
      playbook_dir: 'ansible',
      playbook_file: 'ansible/site.yml',
      role_paths: ['roles/extra']
    };
    const { loaded, dir } = load([provisioner]);
    const print = () =>
      fingerprint({
        build: 'amazon-ebs',
        plan: loaded.planIdentities['amazon-ebs']!,
        files: loaded.files.filter(file => !loaded.templateFiles.includes(file)),
        baseDir: dir
      });
    const before = print();
    fs.writeFileSync(path.join(dir, 'unrelated.txt'), 'not read by the build');
    expect(print()).toBe(before);
    for (const file of [
      'ansible/group_vars/all.yml',
      'ansible/roles/web/tasks/main.yml',
      'roles/extra/tasks/main.yml'
    ]) {
      const previous = print();
      fs.appendFileSync(path.join(dir, file), '# changed\n');
      expect(print()).not.toBe(previous);
    }
  });
});

interface Case {
  name: string;
  /** The provisioner, with ▶ where the error must point. */
  provisioner: string;
  field: string;
  detail: string | RegExp;
}

const CASES: Case[] = [
  {
    name: 'a playbook_file that does not exist',
    provisioner: '{"type": "ansible-local", "playbook_file": ▶"missing.yml"}',
    field: 'provisioners[0].playbook_file',
    detail: /^missing\.yml: no such file or directory \(looked for \/.+\/missing\.yml; relative paths/
  },
  {
    name: 'both playbook_file and playbook_files',
    provisioner:
      '{"type": "ansible-local", "playbook_file": "ansible/site.yml", "playbook_files": ▶["ansible/site.yml"]}',
    field: 'provisioners[0].playbook_files',
    detail: 'give playbook_file or playbook_files, not both'
  },
  {
    name: 'neither playbook_file nor playbook_files',
    provisioner: '▶{"type": "ansible-local", "playbook_dir": "ansible"}',
    field: 'provisioners[0]',
    detail: 'playbook_file or playbook_files is required'
  },
  {
    name: 'a playbook_dir that is a file',
    provisioner:
      '{"type": "ansible-local", "playbook_file": "ansible/site.yml", "playbook_dir": ▶"ansible/site.yml"}',
    field: 'provisioners[0].playbook_dir',
    detail: /\/ansible\/site\.yml must point to a directory$/
  },
  {
    name: 'a playbook_files entry that is a directory',
    provisioner: '{"type": "ansible-local", "playbook_files": ["ansible/site.yml", ▶"ansible"]}',
    field: 'provisioners[0].playbook_files[1]',
    detail: /\/ansible must point to a file$/
  },
  {
    name: 'a missing role path',
    provisioner:
      '{"type": "ansible-local", "playbook_file": "ansible/site.yml", "role_paths": [▶"roles/nope"]}',
    field: 'provisioners[0].role_paths[0]',
    detail: /^roles\/nope: no such file or directory/
  },
  {
    name: 'a misspelt option',
    provisioner: '{"type": "ansible-local", "playbook_file": "ansible/site.yml", ▶"group_var": "ansible"}',
    field: 'provisioners[0].group_var',
    detail: 'unknown option group_var for the ansible-local provisioner (did you mean group_vars?)'
  },
  {
    name: 'clean_staging_directory that is not a boolean',
    provisioner:
      '{"type": "ansible-local", "playbook_file": "ansible/site.yml", "clean_staging_directory": ▶"sometimes"}',
    field: 'provisioners[0].clean_staging_directory',
    detail: /boolean/
  },
  {
    name: 'a breakpoint option Packer does not have',
    provisioner: '{"type": "breakpoint", ▶"notes": "x"}',
    field: 'provisioners[0].notes',
    detail: 'unknown option notes for the breakpoint provisioner (did you mean note?)'
  }
];

describe('ansible-local and breakpoint errors', () => {
  it.each(CASES)('reports $name', testCase => {
    const marked = locateMarker(templateText({}, { provisioners: `[${testCase.provisioner}]` }));
    const error = loadError(makeDir, { files: { 'packer/web.pkr.json': marked.text, ...PLAYBOOK_DIR } });
    expect(error).toBeInstanceOf(InputError);
    expect({ line: error.line, column: error.column, field: error.field }).toEqual({
      line: marked.line,
      column: marked.column,
      field: testCase.field
    });
    if (typeof testCase.detail === 'string') expect(error.detail).toBe(testCase.detail);
    else expect(error.detail).toMatch(testCase.detail);
  });
});

describe('breakpoint in a template', () => {
  it('reads note (which may use build data) and disable', () => {
    const { loaded } = load([
      { type: 'breakpoint', note: 'look at {{ build `ID` }}' },
      { type: 'breakpoint', disable: 'true' }
    ]);
    const [first, second] = loaded.builds[0]!.provisioners as BreakpointProvisioner[];
    expect(first!.note!.render({ ID: 'i-0abc' })).toBe('look at i-0abc');
    expect(first!.disable).toBe(false);
    expect(second).toMatchObject({ type: 'breakpoint', disable: true, note: undefined });
  });
});
