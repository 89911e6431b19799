// End to end: network filters (vpc_filter, subnet_filter most_free, security_group_filter) and a
// spot build through CreateFleet, run from the committed bundle as the Actions runner runs it.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { addSecurityGroup, addSubnet, addVpc } from '../../world/ec2/seed-network.js';
import type { Instance } from '../../world/ec2/model.js';
import { actionWorld, MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';

let sim: Ec2Simulator;
let world: ActionWorld;

beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  world = actionWorld();
});
afterEach(() => world.cleanup());

const region = () => sim.world.regions.get('us-east-1')!;
const builtOn = (): Instance[] => [...region().instances.values()];

async function build(builder: object) {
  world.write({
    'web.json': {
      builders: [ubuntuBuilder({ ami_name: 'net-{{timestamp}}', ...builder })],
      provisioners: [{ type: 'shell', inline: ['echo provisioned'] }]
    }
  });
  return world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json', 'public-ip-lookup-url': 'http://127.0.0.1:9/' },
    env: world.env(sim)
  });
}

test('a spot build with the first listed type out of capacity is built on the second, and its launch template is gone', async () => {
  sim.world.outOfCapacity.add('t3.micro');
  const { main, post } = await build({
    instance_type: undefined,
    spot_price: 'auto',
    spot_instance_types: ['t3.micro', 't3a.micro'],
    spot_allocation_strategy: 'capacity-optimized',
    spot_tags: { Purpose: 'spot for {{ .SourceAMIName }}' },
    run_tags: { Role: 'builder' }
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);
  expect(main.outputs['ami-id']).toMatch(/^ami-/);

  const [instance] = builtOn();
  expect(builtOn()).toHaveLength(1);
  expect(instance!.instanceType).toBe('t3a.micro');
  expect(instance!.state).toBe('terminated');
  expect(Object.fromEntries(instance!.tags)).toMatchObject({ Role: 'builder' });
  expect(Object.fromEntries(instance!.spotRequest!.tags)).toEqual({
    Purpose: 'spot for ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301'
  });
  expect(main.log).toMatch(
    new RegExp(`Launched spot instance ${instance!.id} \\(t3a\\.micro\\) through fleet fleet-`)
  );
  expect(main.log).toContain('Spot instance: not stopped before imaging');
  expect(sim.callCount('CreateFleet')).toBe(1);
  expect(sim.callCount('RunInstances')).toBe(0);
  expect(sim.callCount('DeleteLaunchTemplate')).toBe(1);
  expect(region().launchTemplates.size).toBe(0);
  expect(
    sim
      .leftovers()
      .map(r => r.type)
      .sort()
  ).toEqual(['image', 'snapshot']);
});

test("a spot build whose every type is out of capacity fails after Packer's 11 tries and leaves nothing behind", async () => {
  sim.world.outOfCapacity.add('t3.micro');
  const { main, post } = await build({ spot_price: '0.05' });
  expect(main.exitCode).not.toBe(0);
  expect(main.log).toContain('InsufficientInstanceCapacity');
  expect(sim.callCount('CreateFleet')).toBe(11);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
}, 60_000);

test('vpc_filter, subnet_filter with most_free and security_group_filter choose the network', async () => {
  const w = sim.world;
  const builds = addVpc(w, 'us-east-1', { cidrBlock: '10.1.0.0/16', tags: { Name: 'builds' } });
  addVpc(w, 'us-east-1', { cidrBlock: '10.2.0.0/16', tags: { Name: 'other' } });
  const subnet = (zone: string, free: number, cidr: string) =>
    addSubnet(w, 'us-east-1', { vpcId: builds.id, zone, cidrBlock: cidr, free, tags: { Class: 'build' } });
  subnet('a', 12, '10.1.0.0/24');
  const roomy = subnet('b', 240, '10.1.1.0/24');
  subnet('c', 90, '10.1.2.0/24');
  const groupA = addSecurityGroup(w, 'us-east-1', {
    vpcId: builds.id,
    name: 'ssh',
    tags: { Class: 'packer' }
  });
  const groupB = addSecurityGroup(w, 'us-east-1', {
    vpcId: builds.id,
    name: 'egress',
    tags: { Class: 'packer' }
  });
  addSecurityGroup(w, 'us-east-1', { vpcId: builds.id, name: 'web', tags: { Class: 'web' } });

  const { main, post } = await build({
    vpc_filter: { filters: { 'tag:Name': 'builds' } },
    subnet_filter: { filters: { 'tag:Class': 'build' }, most_free: true },
    security_group_filter: { filters: { 'tag:Class': 'packer' } }
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);

  const [instance] = builtOn();
  expect({ vpc: instance!.vpcId, subnet: instance!.subnetId, zone: instance!.availabilityZone }).toEqual({
    vpc: builds.id,
    subnet: roomy.id,
    zone: 'us-east-1b'
  });
  expect(instance!.groups.map(g => g.id).sort()).toEqual([groupA.id, groupB.id].sort());
  expect(main.log).toContain(`Found VPC ${builds.id} (vpc_filter)`);
  expect(main.log).toContain(
    `Found subnet ${roomy.id} in us-east-1b with 240 free addresses (subnet_filter)`
  );
  expect(sim.callCount('CreateSecurityGroup')).toBe(0);
  expect(w.regions.get('us-east-1')!.securityGroups.has(groupA.id)).toBe(true);
  expect(
    sim
      .leftovers()
      .map(r => r.type)
      .sort()
  ).toEqual(['image', 'snapshot']);
});
