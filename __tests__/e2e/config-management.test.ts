// End to end: the committed bundle, run as the Actions runner runs it, provisions with puppet-masterless
// (the real puppet apply on the instance) and chef-solo (a stand-in chef-solo baked into the source
// image, see __tests__/helpers/fake-chef-solo.ts), and the new AMI carries what the manifest and the
// recipe wrote. A puppet error and a chef failure fail the step with the tool's own message and leave
// nothing behind; the manifests and modules are in the fingerprint, so reuse rebuilds when they change.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';
import { giveImagesChefSolo } from '../helpers/fake-chef-solo.js';
import { sshToNewInstance } from '../helpers/new-instance.js';

let sim: Ec2Simulator;
let world: ActionWorld;

beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  giveImagesChefSolo(sim, /jammy/);
  world = actionWorld();
});
afterEach(() => world.cleanup());

function template(provisioners: object[]) {
  return {
    variables: { role: 'web' },
    builders: [ubuntuBuilder({ ami_name: 'cm-{{timestamp}}' })],
    provisioners
  };
}

const run = () =>
  world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'packer/web.json' },
    env: world.env(sim)
  });

const PUPPET_MODULE = {
  'packer/puppet/manifests/site.pp': 'include motd\n',
  'packer/puppet/modules/motd/manifests/init.pp':
    'class motd {\n' +
    '  file { "/etc/motd.d": ensure => directory }\n' +
    '  file { "/etc/motd.d/puppet":\n' +
    '    content => "a ${facts[\'role\']} server, configured by puppet\\n",\n' +
    '    require => File["/etc/motd.d"],\n' +
    '  }\n' +
    '}\n'
};

test('puppet-masterless: a manifest with a module is applied, and the new AMI has what it wrote; reuse follows the module', async () => {
  world.write({
    'packer/web.json': template([
      {
        type: 'puppet-masterless',
        manifest_file: 'puppet/manifests/site.pp',
        module_paths: ['puppet/modules'],
        facter: { role: '{{user `role`}}' }
      }
    ]),
    ...PUPPET_MODULE
  });
  // Relative paths start in the working directory, as in Packer: run from packer/.
  const runIn = () =>
    world.runner.runMainThenPost({
      main: MAIN,
      post: POST,
      node: NODE24,
      workspace: world.workspace,
      inputs: { 'working-directory': 'packer', template: 'web.json' },
      env: world.env(sim)
    });
  const first = await runIn();
  expect({ exit: first.main.exitCode, log: first.main.exitCode === 0 ? '' : first.main.log }).toEqual({
    exit: 0,
    log: ''
  });
  expect(first.main.log).toContain("FACTER_role='web' sudo -E puppet apply --detailed-exitcodes");
  expect(first.main.log).toMatch(/File\[\/etc\/motd\.d\/puppet\]\/ensure: defined content/);
  expect(first.post.exitCode).toBe(0);
  const amiId = first.main.outputs['ami-id'];
  const seen = await sshToNewInstance(sim, amiId, 'cat /etc/motd.d/puppet');
  expect(seen).toMatchObject({ code: 0, stdout: 'a web server, configured by puppet\n' });

  const again = await runIn();
  expect(again.main.outputs).toMatchObject({ 'ami-id': amiId, reused: 'true' });

  world.write({
    'packer/puppet/modules/motd/manifests/init.pp': PUPPET_MODULE[
      'packer/puppet/modules/motd/manifests/init.pp'
    ].replace('configured by puppet', 'configured by puppet, again')
  });
  const changed = await runIn();
  expect(changed.main.exitCode).toBe(0);
  expect(changed.main.outputs.reused).toBe('false');
  expect(changed.main.outputs['ami-id']).not.toBe(amiId);
});

test('chef-solo: a cookbook with a run list is converged, and the new AMI has what the recipe wrote', async () => {
  world.write({
    'packer/web.json': template([
      {
        type: 'chef-solo',
        cookbook_paths: ['packer/cookbooks'],
        run_list: ['recipe[motd]'],
        json: { motd: { role: '{{user `role`}}' } },
        skip_install: true,
        chef_license: 'accept-silent'
      }
    ]),
    'packer/cookbooks/motd/metadata.rb': "name 'motd'\n",
    'packer/cookbooks/motd/recipes/default.rb':
      'directory "/etc/motd.d"\n' +
      'file "/etc/motd.d/chef" do\n' +
      "  content \"a #{node['motd']['role']} server, configured by chef\\n\"\n" +
      '  mode "0644"\n' +
      'end\n'
  });
  const { main, post } = await run();
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.log).toContain(
    'Executing Chef: sudo chef-solo --no-color -c /tmp/packer-chef-solo/solo.rb -j /tmp/packer-chef-solo/node.json'
  );
  expect(post.exitCode).toBe(0);
  const seen = await sshToNewInstance(sim, main.outputs['ami-id'], 'cat /etc/motd.d/chef');
  expect(seen).toMatchObject({ code: 0, stdout: 'a web server, configured by chef\n' });
});

test("a puppet error fails the step with puppet's own message and leaves nothing behind", async () => {
  world.write({
    'packer/web.json': template([{ type: 'puppet-masterless', manifest_file: 'packer/broken.pp' }]),
    'packer/broken.pp': 'file { "/etc/never": content => $undefined_on_purpose.nope }\n'
  });
  const { main, post } = await run();
  expect(main.exitCode).toBe(1);
  expect(parseWorkflowCommands(main.log).errors.join('\n')).toMatch(
    /Provision: .*puppet-masterless provisioner: Puppet exited with a non-zero exit status: 1/
  );
  expect(main.log).toMatch(/Error: .*broken\.pp/);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
});

test("a chef failure fails the step with chef's own message and leaves nothing behind", async () => {
  world.write({
    'packer/web.json': template([
      {
        type: 'chef-solo',
        cookbook_paths: ['packer/cookbooks'],
        run_list: ['recipe[motd]', 'recipe[missing]'],
        skip_install: true,
        chef_license: 'accept'
      }
    ]),
    'packer/cookbooks/motd/recipes/default.rb': 'directory "/etc/motd.d"\n'
  });
  const { main, post } = await run();
  expect(main.exitCode).toBe(1);
  expect(parseWorkflowCommands(main.log).errors.join('\n')).toMatch(
    /Provision: .*chef-solo provisioner: Error executing Chef: non-zero exit status 1/
  );
  expect(main.log).toContain('Chef::Exceptions::CookbookNotFound: Cookbook missing not found');
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
});
