// The image attribute and launch options against the simulator with the real SDK: what ends up on
// the instance while it runs and on the image (in every region) afterwards.
import {
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstanceCreditSpecificationsCommand,
  DescribeInstancesCommand
} from '@aws-sdk/client-ec2';
import { amazonEbsSteps } from '../../src/builder/build.js';
import { createKeyPair } from '../../src/builder/steps/create-key-pair.js';
import { createSecurityGroup } from '../../src/builder/steps/create-security-group.js';
import { findSourceImage } from '../../src/builder/steps/find-source-image.js';
import { launchInstance } from '../../src/builder/steps/launch-instance.js';
import { stopInstance } from '../../src/builder/steps/stop-instance.js';
import { stop } from '../../world/ec2/lifecycle.js';
import { probe, stepWorld, testBuild, type TestBuild } from './step-world.js';

const world = stepWorld();

const ORG = 'arn:aws:organizations::123456789012:organization/o-abcdefghij';
const OU = 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij';

/** Every step except SSH and provisioning (the step tests have no sshd). */
const withoutSsh = (build: TestBuild) =>
  amazonEbsSteps(build.ctx).filter(step => !['Connect over SSH', 'Provision'].includes(step.title));

test('the image carries ENA, SR-IOV, IMDSv2, product codes, organization sharing and protection in every region', async () => {
  const build = testBuild(world, {
    communicator: 'none',
    ena_support: true,
    sriov_support: true,
    imds_support: 'v2.0',
    ami_org_arns: [ORG],
    ami_ou_arns: [OU],
    ami_product_codes: ['abcdefghij0123456789klmno'],
    ami_regions: ['us-west-2'],
    snapshot_copy_duration_minutes: 30,
    deregistration_protection: { with_cooldown: true }
  });
  const report = await build.run(withoutSsh(build));
  expect(report.error).toBeUndefined();
  // One call each for ENA and SR-IOV (the other one, at cleanup, moves the instance off its temporary group).
  const attributeCalls = world.sim.calls.filter(
    call => call.action === 'ModifyInstanceAttribute' && !('GroupId' in (call.params as object))
  );
  const changed = attributeCalls.map(call =>
    Object.keys(call.params as object).filter(key => !['Action', 'Version', 'InstanceId'].includes(key))
  );
  expect(changed.sort()).toEqual([['EnaSupport'], ['SriovNetSupport']]);
  const copy = world.sim.calls.find(call => call.action === 'CopyImage');
  expect(copy?.params).toMatchObject({ SnapshotCopyCompletionDurationMinutes: '30' });
  for (const region of ['us-east-1', 'us-west-2']) {
    const ec2 = build.ctx.ec2For(region);
    const id = build.state.images.find(image => image.region === region)!.id;
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [id] }));
    expect(Images[0]).toMatchObject({
      EnaSupport: true,
      SriovNetSupport: 'simple',
      ImdsSupport: 'v2.0',
      ProductCodes: [{ ProductCodeId: 'abcdefghij0123456789klmno', ProductCodeType: 'marketplace' }],
      DeregistrationProtection: 'enabled-with-cooldown'
    });
    const { LaunchPermissions } = await ec2.send(
      new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' })
    );
    expect(LaunchPermissions).toEqual(
      expect.arrayContaining([{ OrganizationArn: ORG }, { OrganizationalUnitArn: OU }])
    );
  }
  expect(build.lines).toContain(
    `us-west-2: ${build.state.images[1]!.id} is protected from deregistration (with a 24-hour cooldown)`
  );
});

test('ena_support false turns ENA off on the instance, and so on the image', async () => {
  const build = testBuild(world, { communicator: 'none', ena_support: false });
  const report = await build.run(withoutSsh(build));
  expect(report.error).toBeUndefined();
  const { Images = [] } = await build.ctx.ec2.send(
    new DescribeImagesCommand({ ImageIds: [build.state.image!.id] })
  );
  expect(Images[0]?.EnaSupport).toBe(false);
  expect(Images[0]?.SriovNetSupport).toBeUndefined();
  expect(Images[0]?.DeregistrationProtection).toBe('disabled');
});

test('the instance is launched with unlimited credits, its placement and capacity reservation preference', async () => {
  const build = testBuild(world, {
    communicator: 'none',
    instance_type: 't3.micro',
    enable_unlimited_credits: true,
    placement: { tenancy: 'dedicated' },
    capacity_reservation_preference: 'none'
  });
  let seen: unknown[] = [];
  const report = await build.run([
    findSourceImage(build.ctx),
    createKeyPair(build.ctx),
    createSecurityGroup(build.ctx),
    launchInstance(build.ctx),
    probe(async () => {
      const id = build.state.instance!.id;
      const { Reservations = [] } = await build.ctx.ec2.send(
        new DescribeInstancesCommand({ InstanceIds: [id] })
      );
      const { InstanceCreditSpecifications = [] } = await build.ctx.ec2.send(
        new DescribeInstanceCreditSpecificationsCommand({ InstanceIds: [id] })
      );
      const instance = Reservations[0]!.Instances![0]!;
      seen = [
        instance.Placement?.Tenancy,
        instance.CapacityReservationSpecification,
        InstanceCreditSpecifications
      ];
    })
  ]);
  expect(report.error).toBeUndefined();
  expect(seen).toEqual([
    'dedicated',
    { CapacityReservationPreference: 'none' },
    [{ InstanceId: build.state.instance!.id, CpuCredits: 'unlimited' }]
  ]);
});

test('with disable_stop_instance the builder waits for the instance to stop itself and never stops it', async () => {
  const build = testBuild(world, { communicator: 'none', disable_stop_instance: true });
  const report = await build.run([
    findSourceImage(build.ctx),
    createKeyPair(build.ctx),
    createSecurityGroup(build.ctx),
    launchInstance(build.ctx),
    probe(() => {
      // The operating system shuts itself down a moment later (a provisioner's `shutdown -h now`).
      const region = world.sim.world.region('us-east-1')!;
      const instance = region.instances.get(build.state.instance!.id)!;
      setTimeout(() => stop(world.sim.world, instance), 300);
    }),
    stopInstance(build.ctx)
  ]);
  expect(report.error).toBeUndefined();
  expect(world.sim.callCount('StopInstances')).toBe(0);
  expect(build.lines).toContain(
    `disable_stop_instance is set: waiting for ${build.state.instance!.id} to stop itself`
  );
  expect(build.lines.some(line => /^Instance i-\w+ stopped after/.test(line))).toBe(true);
});

test('ena_support on a paravirtual source image fails before anything is launched', async () => {
  const build = testBuild(world, {
    communicator: 'none',
    ena_support: true,
    ami_virtualization_type: 'paravirtual'
  });
  const report = await build.run(withoutSsh(build));
  expect(String(report.error)).toMatch(
    /cannot enable enhanced networking \(ena_support\): ami_virtualization_type is paravirtual, not hvm/
  );
  expect(world.sim.callCount('RunInstances')).toBe(0);
});
