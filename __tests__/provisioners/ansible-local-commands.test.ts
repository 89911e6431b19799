// The command lines and remote layout ansible-local uses, checked against Packer's source
// (packer-plugin-ansible provisioner/ansible-local/provisioner.go), and the breakpoint provisioner.
import {
  defaultExtraVars,
  galaxyCommands,
  galaxyContents,
  inventoryContent,
  playbookCommand,
  shellWord,
  timeOrderedUuid
} from '../../src/provisioners/ansible-local/commands.js';
import { playbookLayout } from '../../src/provisioners/ansible-local/playbooks.js';
import { provisionerFromConfig } from '../../src/provisioners/index.js';
import { recordingContext } from './context.js';

const STAGING = '/tmp/packer-provisioner-ansible-local/5f0c1a2b-0102-0304-0506-0708090a0b0c';

describe('ansible-playbook command line', () => {
  const base = {
    staging: STAGING,
    command: 'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook',
    playbook: `${STAGING}/site.yml`,
    inventory: `${STAGING}/packer-provisioner-ansible-local123`,
    extraVars: defaultExtraVars('web', 'amazon-ebs', 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER'),
    extraArguments: [],
    collectionsPaths: []
  };

  it("is Packer's: cd to staging, the command, the playbook, its extra vars, -c local -i inventory", () => {
    expect(playbookCommand(base)).toBe(
      `cd ${STAGING} && ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook ${STAGING}/site.yml ` +
        `--extra-vars 'packer_build_name=web packer_builder_type=amazon-ebs ` +
        `packer_http_addr=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER' -c local -i ${STAGING}/packer-provisioner-ansible-local123`
    );
  });

  it('joins extra_arguments with spaces for the remote shell, as Packer does (its documented quoting works)', () => {
    const line = playbookCommand({
      ...base,
      extraArguments: ['--extra-vars', '"pizza_toppings=mushroom"', '-v']
    });
    expect(line).toContain(`' --extra-vars "pizza_toppings=mushroom" -v -c local -i `);
  });

  it('adds galaxy and uploaded collections to ANSIBLE_COLLECTIONS_PATH and galaxy roles to ANSIBLE_ROLES_PATH', () => {
    const line = playbookCommand({
      ...base,
      collectionsPaths: [`${STAGING}/galaxy_collections`, `${STAGING}/collections`],
      rolesPath: `${STAGING}/galaxy_roles`
    });
    expect(line).toMatch(
      new RegExp(
        `^cd \\S+ && ANSIBLE_COLLECTIONS_PATH=\\$ANSIBLE_COLLECTIONS_PATH:${STAGING}/galaxy_collections:${STAGING}/collections ` +
          `ANSIBLE_ROLES_PATH=\\$ANSIBLE_ROLES_PATH:${STAGING}/galaxy_roles ANSIBLE_FORCE_COLOR=1 `
      )
    );
  });

  it('quotes a path only when the shell would split or expand it', () => {
    expect(shellWord('/tmp/a-b_c.d/x:y')).toBe('/tmp/a-b_c.d/x:y');
    expect(shellWord("/tmp/it's here")).toBe(`'/tmp/it'"'"'s here'`);
    expect(shellWord('/tmp/$HOME')).toBe(`'/tmp/$HOME'`);
  });
});

describe('galaxy', () => {
  const options = {
    staging: STAGING,
    galaxyCommand: 'ansible-galaxy',
    galaxyFile: `${STAGING}/requirements.yml`,
    rolesPath: `${STAGING}/galaxy_roles`,
    collectionsPath: `${STAGING}/galaxy_collections`,
    force: false
  };

  it('installs roles for the old list form and for roles:, collections for collections:', () => {
    expect(galaxyContents('- src: geerlingguy.nginx\n')).toEqual({ roles: false, collections: false });
    expect(galaxyContents('roles:\n  - name: a\ncollections:\n  - name: b.c\n')).toEqual({
      roles: true,
      collections: true
    });
    expect(galaxyCommands({ ...options, contents: { roles: false, collections: false } })).toEqual([
      `cd ${STAGING} && ansible-galaxy install -r ${STAGING}/requirements.yml -p ${STAGING}/galaxy_roles`
    ]);
    expect(
      galaxyCommands({ ...options, force: true, contents: { roles: false, collections: true } })
    ).toEqual([
      `cd ${STAGING} && ansible-galaxy collection install -r ${STAGING}/requirements.yml -p ${STAGING}/galaxy_collections -f`
    ]);
    expect(galaxyCommands({ ...options, contents: { roles: true, collections: true } })).toHaveLength(2);
  });
});

describe('inventory, staging directory', () => {
  it('writes 127.0.0.1, in each group when inventory_groups are given', () => {
    expect(inventoryContent([])).toBe('127.0.0.1');
    expect(inventoryContent(['my_group_1', 'my_group_2'])).toBe(
      '[my_group_1]\n127.0.0.1\n[my_group_2]\n127.0.0.1\n'
    );
  });

  it("names the staging directory with the SDK's time-ordered uuid", () => {
    const uuid = timeOrderedUuid(
      new Date(Date.UTC(2024, 0, 2)),
      Buffer.from('0102030405060708090a0b0c', 'hex')
    );
    expect(uuid).toBe('65935200-0102-0304-0506-0708090a0b0c');
  });
});

describe('playbook layout', () => {
  it('uploads playbook_file into the staging directory by its name', () => {
    expect(
      playbookLayout({ staging: STAGING, playbookFile: '/work/ansible/site.yml', playbookFiles: [] })
    ).toEqual({
      uploads: [{ local: '/work/ansible/site.yml', remote: `${STAGING}/site.yml` }],
      runs: [`${STAGING}/site.yml`]
    });
  });

  it('runs playbook_files inside playbook_dir from the uploaded tree, and uploads others at their own path', () => {
    const layout = playbookLayout({
      staging: STAGING,
      playbookDir: '/work/ansible',
      playbookFiles: ['/work/ansible/hello.yml', '/work/ansible/sub/world.yml', '/work/ansible2/other.yml']
    });
    expect(layout).toEqual({
      uploads: [{ local: '/work/ansible2/other.yml', remote: `${STAGING}/work/ansible2/other.yml` }],
      runs: [`${STAGING}/hello.yml`, `${STAGING}/sub/world.yml`, `${STAGING}/work/ansible2/other.yml`]
    });
  });
});

describe('breakpoint', () => {
  it('logs its note and continues: nobody can press Enter in a workflow run', async () => {
    const { ctx, messages } = recordingContext();
    await provisionerFromConfig({ type: 'breakpoint', note: 'check /etc/motd' }).run(ctx);
    expect(messages).toEqual([
      'info: Pausing at breakpoint provisioner with note "check /etc/motd".',
      'info: Nobody can press Enter in a workflow run: continuing without a pause.'
    ]);
  });

  it("says it is disabled in Packer's words", async () => {
    const { ctx, messages } = recordingContext();
    await provisionerFromConfig({ type: 'breakpoint', note: 'x', disable: true }).run(ctx);
    await provisionerFromConfig({ type: 'breakpoint', disable: true }).run(ctx);
    expect(messages).toEqual([
      'info: Breakpoint provisioner with note "x" disabled; continuing...',
      'info: Breakpoint provisioner disabled; continuing...'
    ]);
  });
});
