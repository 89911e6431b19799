// What channels, rollback and retention need from the simulated world, through the real SDK clients
// and checked again through the AWS CLI (botocore, a second implementation of both protocols):
// launch templates and their versions, deregistration protection, DeregisterImage with its
// snapshots, and DescribeParameters.
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeSnapshotsCommand,
  DisableImageDeregistrationProtectionCommand,
  EnableImageDeregistrationProtectionCommand,
  ModifyLaunchTemplateCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
  CreateImageCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { DescribeParametersCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANONICAL } from '../../world/ec2/seed.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually } from '../helpers/ec2.js';
import { rejection, ssmClient } from '../helpers/services.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
let ssm: SSMClient;
let dir: string;

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
  ec2 = ec2Client(sim);
  ssm = ssmClient(sim);
  dir = mkdtempSync(join(tmpdir(), 'channels-world-'));
});
afterEach(() => sim.reset());
afterAll(async () => {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function jammy(): Promise<string> {
  const { Images = [] } = await ec2.send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'name', Values: ['*jammy*20240301'] }]
    })
  );
  return Images[0]!.ImageId!;
}

/** An image of our own, made from an instance: one snapshot, available. */
async function ownImage(name: string): Promise<{ imageId: string; snapshotId: string }> {
  const { Instances = [] } = await ec2.send(
    new RunInstancesCommand({ ImageId: await jammy(), MinCount: 1, MaxCount: 1, InstanceType: 't3.micro' })
  );
  const instanceId = Instances[0]!.InstanceId!;
  const { ImageId } = await eventually(async () =>
    ec2.send(new CreateImageCommand({ InstanceId: instanceId, Name: name })).catch(() => undefined)
  );
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
  const image = await eventually(async () => {
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    return Images[0]?.State === 'available' ? Images[0] : undefined;
  });
  return { imageId: ImageId!, snapshotId: image.BlockDeviceMappings![0]!.Ebs!.SnapshotId! };
}

describe('launch templates', () => {
  test('a new version inherits its source version, becomes the default when asked, and is found by image', async () => {
    const base = await jammy();
    const { LaunchTemplate } = await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'web',
        LaunchTemplateData: { ImageId: base, InstanceType: 't3.small', SecurityGroupIds: ['sg-1', 'sg-2'] },
        VersionDescription: 'first'
      })
    );
    expect(LaunchTemplate).toMatchObject({
      LaunchTemplateName: 'web',
      LaunchTemplateId: expect.stringMatching(/^lt-[0-9a-f]{17}$/),
      DefaultVersionNumber: 1,
      LatestVersionNumber: 1
    });
    const id = LaunchTemplate!.LaunchTemplateId!;
    const { LaunchTemplateVersion } = await ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateName: 'web',
        SourceVersion: '1',
        LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0' },
        ClientToken: 'once'
      })
    );
    expect(LaunchTemplateVersion).toMatchObject({
      VersionNumber: 2,
      DefaultVersion: false,
      LaunchTemplateData: {
        ImageId: 'ami-0123456789abcdef0',
        InstanceType: 't3.small',
        SecurityGroupIds: ['sg-1', 'sg-2']
      }
    });
    // The same ClientToken again: the same version, not a third one.
    const again = await ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: id,
        SourceVersion: '1',
        LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0' },
        ClientToken: 'once'
      })
    );
    expect(again.LaunchTemplateVersion?.VersionNumber).toBe(2);

    const modified = await ec2.send(
      new ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: '2' })
    );
    expect(modified.LaunchTemplate).toMatchObject({ DefaultVersionNumber: 2, LatestVersionNumber: 2 });

    const byDefault = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'web', Versions: ['$Default'] })
    );
    expect(byDefault.LaunchTemplateVersions!.map(v => [v.VersionNumber, v.DefaultVersion])).toEqual([
      [2, true]
    ]);

    // Every template's $Latest and $Default, narrowed to an image: how retention finds what launch templates use.
    await ec2.send(
      new CreateLaunchTemplateCommand({ LaunchTemplateName: 'other', LaunchTemplateData: { ImageId: base } })
    );
    const using = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({
        Versions: ['$Latest', '$Default'],
        Filters: [{ Name: 'image-id', Values: [base] }]
      })
    );
    expect(using.LaunchTemplateVersions!.map(v => [v.LaunchTemplateName, v.VersionNumber])).toEqual([
      ['other', 1]
    ]);
  });

  test('missing templates and versions are the errors EC2 sends, and pages follow NextToken', async () => {
    expect(
      (await rejection(ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['none'] })))).name
    ).toBe('InvalidLaunchTemplateName.NotFoundException');
    expect(
      (
        await rejection(
          ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-0123456789abcdef0'] }))
        )
      ).name
    ).toBe('InvalidLaunchTemplateId.NotFound');
    await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web', LaunchTemplateData: {} }));
    expect(
      (
        await rejection(
          ec2.send(new ModifyLaunchTemplateCommand({ LaunchTemplateName: 'web', DefaultVersion: '7' }))
        )
      ).name
    ).toBe('InvalidLaunchTemplateId.VersionNotFound');
    expect(
      (
        await rejection(
          ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web', LaunchTemplateData: {} }))
        )
      ).name
    ).toBe('InvalidLaunchTemplateName.AlreadyExistsException');

    for (const name of ['a-1', 'a-2', 'a-3'])
      await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: name, LaunchTemplateData: {} }));
    const first = await ec2.send(new DescribeLaunchTemplatesCommand({ MaxResults: 2 }));
    const second = await ec2.send(
      new DescribeLaunchTemplatesCommand({ MaxResults: 2, NextToken: first.NextToken })
    );
    expect(
      [...first.LaunchTemplates!, ...second.LaunchTemplates!].map(t => t.LaunchTemplateName).sort()
    ).toEqual(['a-1', 'a-2', 'a-3', 'web']);
    expect(second.NextToken).toBeUndefined();
  });
});

describe('images', () => {
  test('deregistration protection refuses DeregisterImage until it is disabled', async () => {
    const { imageId } = await ownImage('protected-1');
    expect(
      (await ec2.send(new EnableImageDeregistrationProtectionCommand({ ImageId: imageId }))).Return
    ).toBe('enabled-without-cooldown');
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }));
    expect(Images[0]!.DeregistrationProtection).toBe('enabled-without-cooldown');
    expect((await rejection(ec2.send(new DeregisterImageCommand({ ImageId: imageId })))).name).toBe(
      'OperationNotPermitted'
    );
    await ec2.send(new DisableImageDeregistrationProtectionCommand({ ImageId: imageId }));
    await ec2.send(new DeregisterImageCommand({ ImageId: imageId }));
  });

  test('DeregisterImage with DeleteAssociatedSnapshots takes the image’s snapshots with it', async () => {
    const { imageId, snapshotId } = await ownImage('with-snapshots');
    const result = await ec2.send(
      new DeregisterImageCommand({ ImageId: imageId, DeleteAssociatedSnapshots: true })
    );
    expect(result.DeleteSnapshotResults).toEqual([{ SnapshotId: snapshotId, ReturnCode: 'success' }]);
    const { Snapshots = [] } = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }));
    expect(Snapshots.map(s => s.SnapshotId)).not.toContain(snapshotId);
  });
});

test('DescribeParameters lists the account’s aws:ec2:image parameters, page by page, never the public ones', async () => {
  const image = await jammy();
  for (const name of ['/images/web/prod', '/images/web/canary', '/images/api/prod'])
    await ssm.send(
      new PutParameterCommand({ Name: name, Value: image, Type: 'String', DataType: 'aws:ec2:image' })
    );
  await ssm.send(new PutParameterCommand({ Name: '/images/web/note', Value: 'text', Type: 'String' }));
  await eventually(async () =>
    sim.world.parameters.all().filter(p => !p.seed).length === 4 ? true : undefined
  );
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await ssm.send(
      new DescribeParametersCommand({
        ParameterFilters: [{ Key: 'DataType', Option: 'Equals', Values: ['aws:ec2:image'] }],
        MaxResults: 2,
        NextToken: token
      })
    );
    names.push(...page.Parameters!.map(p => p.Name!));
    token = page.NextToken;
  } while (token);
  expect(names.sort()).toEqual(['/images/api/prod', '/images/web/canary', '/images/web/prod']);
  const oneLevel = await ssm.send(
    new DescribeParametersCommand({
      ParameterFilters: [{ Key: 'Path', Option: 'OneLevel', Values: ['/images/web'] }]
    })
  );
  expect(oneLevel.Parameters!.map(p => p.Name).sort()).toEqual([
    '/images/web/canary',
    '/images/web/note',
    '/images/web/prod'
  ]);
});

const haveCli = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;
if (!haveCli) console.warn('channels-world.test.ts: no `aws` on PATH: the AWS CLI checks are skipped');
const cliTest = haveCli ? test : test.skip;

function aws(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      'aws',
      [...args, '--endpoint-url', sim.endpoint, '--region', 'us-east-1', '--output', 'json'],
      {
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          AWS_CONFIG_FILE: join(dir, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
          AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
          AWS_SECRET_ACCESS_KEY: 'simulator-secret'
        }
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    );
  });
}

cliTest('the AWS CLI makes and reads launch template versions and lists image parameters', async () => {
  const base = await jammy();
  const created = JSON.parse(
    (
      await aws(
        'ec2',
        'create-launch-template',
        '--launch-template-name',
        'cli-web',
        '--launch-template-data',
        JSON.stringify({ ImageId: base, InstanceType: 't3.micro' })
      )
    ).stdout
  ) as { LaunchTemplate: { LaunchTemplateId: string; DefaultVersionNumber: number } };
  expect(created.LaunchTemplate.DefaultVersionNumber).toBe(1);
  const version = JSON.parse(
    (
      await aws(
        'ec2',
        'create-launch-template-version',
        '--launch-template-id',
        created.LaunchTemplate.LaunchTemplateId,
        '--source-version',
        '1',
        '--launch-template-data',
        JSON.stringify({ ImageId: 'ami-0123456789abcdef0' })
      )
    ).stdout
  ) as { LaunchTemplateVersion: { VersionNumber: number; LaunchTemplateData: Record<string, string> } };
  expect(version.LaunchTemplateVersion).toMatchObject({
    VersionNumber: 2,
    LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro' }
  });
  await aws('ec2', 'modify-launch-template', '--launch-template-name', 'cli-web', '--default-version', '2');
  const versions = JSON.parse(
    (
      await aws(
        'ec2',
        'describe-launch-template-versions',
        '--versions',
        '$Default',
        '$Latest',
        '--filters',
        'Name=image-id,Values=ami-0123456789abcdef0'
      )
    ).stdout
  ) as {
    LaunchTemplateVersions: { LaunchTemplateName: string; VersionNumber: number; DefaultVersion: boolean }[];
  };
  expect(versions.LaunchTemplateVersions).toEqual([
    expect.objectContaining({ LaunchTemplateName: 'cli-web', VersionNumber: 2, DefaultVersion: true })
  ]);
  const missing = await aws('ec2', 'describe-launch-templates', '--launch-template-names', 'none');
  expect(missing.stderr).toMatch(
    /\(InvalidLaunchTemplateName\.NotFoundException\) when calling the DescribeLaunchTemplates operation/
  );

  await aws(
    'ssm',
    'put-parameter',
    '--name',
    '/cli/ami',
    '--value',
    base,
    '--type',
    'String',
    '--data-type',
    'aws:ec2:image'
  );
  await eventually(async () =>
    sim.world.parameters.all().some(p => p.name === '/cli/ami') ? true : undefined
  );
  const listed = JSON.parse(
    (await aws('ssm', 'describe-parameters', '--parameter-filters', 'Key=DataType,Values=aws:ec2:image'))
      .stdout
  ) as { Parameters: { Name: string; DataType: string; Version: number }[] };
  expect(listed.Parameters).toEqual([
    expect.objectContaining({ Name: '/cli/ami', DataType: 'aws:ec2:image', Version: 1 })
  ]);
});
