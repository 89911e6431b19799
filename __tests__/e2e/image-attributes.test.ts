// End to end: the committed bundle, run as the Actions runner runs it, builds an HCL2 template that
// sets the image attribute and launch options; the AMI (and its copy) then shows ENA, SR-IOV, IMDSv2,
// deregistration protection and organization sharing, its filesystem no longer trusts the build's
// temporary key (ssh_clear_authorized_keys), and the build instance was launched with
// unlimited credits on dedicated tenancy.
import {
  DeregisterImageCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand
} from '@aws-sdk/client-ec2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { actionWorld, MAIN, NODE24, POST, type ActionWorld } from '../helpers/action.js';
import { ec2Client } from '../helpers/ec2.js';

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

const ORG = 'arn:aws:organizations::123456789012:organization/o-abcdefghij';

test('an HCL2 template with image attributes and launch options gives an AMI that shows them in every region', async () => {
  world.write({
    'packer/app.pkr.hcl': `
source "amazon-ebs" "app" {
  region = "us-east-1"
  source_ami_filter {
    filters = {
      name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
  instance_type            = "t3.micro"
  ssh_username             = "ubuntu"
  ami_name                 = "attributes-1"
  ami_regions              = ["us-west-2"]
  ena_support              = true
  sriov_support            = true
  imds_support             = "v2.0"
  ami_org_arns             = ["${ORG}"]
  snapshot_copy_duration_minutes = 15
  enable_unlimited_credits = true
  ssh_clear_authorized_keys = true
  placement {
    tenancy = "dedicated"
  }
  deregistration_protection {
    enabled = true
  }
}

build {
  sources = ["source.amazon-ebs.app"]
  provisioner "shell" {
    inline = ["echo provisioned"]
  }
}
`
  });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'packer/app.pkr.hcl' },
    env: world.env(sim)
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);

  const amis = JSON.parse(main.outputs.amis!) as Record<string, string>;
  expect(Object.keys(amis).sort()).toEqual(['us-east-1', 'us-west-2']);
  for (const [region, amiId] of Object.entries(amis)) {
    const ec2 = ec2Client(sim, region);
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [amiId] }));
    expect({ region, ...Images[0] }).toMatchObject({
      region,
      EnaSupport: true,
      SriovNetSupport: 'simple',
      ImdsSupport: 'v2.0',
      DeregistrationProtection: 'enabled-without-cooldown'
    });
    const { LaunchPermissions } = await ec2.send(
      new DescribeImageAttributeCommand({ ImageId: amiId, Attribute: 'launchPermission' })
    );
    expect(LaunchPermissions).toEqual([{ OrganizationArn: ORG }]);
  }
  // Protected: the image cannot be deregistered until the protection is turned off.
  await expect(
    ec2Client(sim, 'us-east-1').send(new DeregisterImageCommand({ ImageId: amis['us-east-1'] }))
  ).rejects.toThrow(/protect/i);

  const instances = [...sim.world.region('us-east-1')!.instances.values()];
  expect(instances.map(instance => [instance.state, instance.launchSettings])).toEqual([
    ['terminated', expect.objectContaining({ tenancy: 'dedicated', cpuCredits: 'unlimited' })]
  ]);
  expect(main.log).toContain('Enabling enhanced networking (SR-IOV) on');
  // ssh_clear_authorized_keys: the image's filesystem no longer trusts the build's temporary key.
  const keyName = instances[0]!.keyName!;
  expect(keyName).toMatch(/^packer_/);
  const authorized = readFileSync(
    join(sim.world.dataDir, 'layers', amis['us-east-1']!, 'home/ubuntu/.ssh/authorized_keys'),
    'utf8'
  );
  expect(authorized).not.toContain(keyName);
  expect(main.log).toContain('Trying to remove ephemeral keys from authorized_keys files');
  expect(main.log).toContain(`us-west-2: ${amis['us-west-2']} is protected from deregistration`);
  expect(sim.calls.find(call => call.action === 'CopyImage')?.params).toMatchObject({
    SnapshotCopyCompletionDurationMinutes: '15'
  });
});
