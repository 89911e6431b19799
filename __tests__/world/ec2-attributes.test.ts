// The simulator refuses what EC2 refuses for the image attribute and launch settings: ENA or SR-IOV
// changed on a running instance, an IMDS version other than v2.0, unlimited credits on a type
// that has none, a host id without host tenancy, and an organization ARN that is not one.
import {
  CreateImageCommand,
  DescribeImagesCommand,
  ModifyImageAttributeCommand,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  waitUntilImageAvailable,
  waitUntilInstanceRunning,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client } from '../helpers/ec2.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
const wait = { maxWaitTime: 20, minDelay: 1, maxDelay: 1 };

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
  ec2 = ec2Client(sim);
});
afterAll(() => sim.stop());
afterEach(() => sim.reset());

async function ubuntu(): Promise<string> {
  const { Images } = await ec2.send(
    new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: ['ubuntu/images/*jammy*amd64*'] }] })
  );
  return Images![0]!.ImageId!;
}

async function launch(extra: Partial<ConstructorParameters<typeof RunInstancesCommand>[0]> = {}) {
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: await ubuntu(),
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      ...extra
    })
  );
  return Instances![0]!.InstanceId!;
}

test('ENA cannot be changed while the instance runs', async () => {
  const id = await launch();
  await waitUntilInstanceRunning({ client: ec2, ...wait }, { InstanceIds: [id] });
  await expect(
    ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id, EnaSupport: { Value: false } }))
  ).rejects.toMatchObject({ name: 'IncorrectInstanceState' });
});

test.each<[string, Partial<ConstructorParameters<typeof RunInstancesCommand>[0]>, string]>([
  [
    'unlimited credits on m5.large',
    { InstanceType: 'm5.large', CreditSpecification: { CpuCredits: 'unlimited' } },
    'InvalidParameterCombination'
  ],
  [
    'a host id without host tenancy',
    { Placement: { HostId: 'h-0123456789abcdef0', Tenancy: 'dedicated' } },
    'InvalidParameterCombination'
  ],
  [
    'a capacity reservation preference with a target',
    {
      CapacityReservationSpecification: {
        CapacityReservationPreference: 'open',
        CapacityReservationTarget: { CapacityReservationId: 'cr-0123456789abcdef0' }
      }
    },
    'InvalidParameterCombination'
  ]
])('RunInstances refuses %s', async (_what, extra, code) => {
  await expect(launch(extra)).rejects.toMatchObject({ name: code });
});

test('an image takes ImdsSupport v2.0 only, and organization ARNs only', async () => {
  const id = await launch();
  await waitUntilInstanceRunning({ client: ec2, ...wait }, { InstanceIds: [id] });
  const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'attributes-check' }));
  await waitUntilImageAvailable({ client: ec2, ...wait }, { ImageIds: [ImageId!] });
  await expect(
    ec2.send(new ModifyImageAttributeCommand({ ImageId, ImdsSupport: { Value: 'v1.0' } }))
  ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
  await expect(
    ec2.send(
      new ModifyImageAttributeCommand({ ImageId, LaunchPermission: { Add: [{ OrganizationArn: 'o-abc' }] } })
    )
  ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
  await ec2.send(new ModifyImageAttributeCommand({ ImageId, ImdsSupport: { Value: 'v2.0' } }));
  const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
  expect(Images![0]!.ImdsSupport).toBe('v2.0');
});
