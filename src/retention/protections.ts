// What keeps an image, whatever its age: a channel that points to it (any aws:ec2:image parameter of
// the account, not only this run's), a launch template whose default or latest version launches it,
// an instance that runs from it (running, stopped, or on its way to either), and deregistration
// protection (read from the image itself). Each is asked once per region for all candidates; when one
// cannot be asked, the caller keeps every candidate in that region.
import {
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { DescribeParametersCommand, GetParametersCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { AwsOperationError } from '../errors.js';

/** Image id → why it must stay (one line per user). */
export type Uses = Map<string, string[]>;

const add = (uses: Uses, imageId: string, why: string) =>
  uses.set(imageId, [...(uses.get(imageId) ?? []), why]);

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const failed = (operation: string, doing: string) => (error: unknown) => {
  throw new AwsOperationError({ operation, doing, cause: error });
};

/** Every aws:ec2:image parameter of the account in the region, and the image it names. */
export async function channelValues(ssm: SSMClient, region: string): Promise<Map<string, string>> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await ssm
      .send(
        new DescribeParametersCommand({
          ParameterFilters: [{ Key: 'DataType', Option: 'Equals', Values: ['aws:ec2:image'] }],
          MaxResults: 50,
          NextToken: token
        })
      )
      .catch(failed('DescribeParameters', `listing the channels (aws:ec2:image parameters) in ${region}`));
    names.push(...(page.Parameters ?? []).flatMap(p => (p.Name ? [p.Name] : [])));
    token = page.NextToken;
  } while (token);
  const values = new Map<string, string>();
  for (const batch of chunks(names, 10)) {
    const { Parameters = [] } = await ssm
      .send(new GetParametersCommand({ Names: batch }))
      .catch(failed('GetParameters', `reading the channels ${batch.join(', ')} in ${region}`));
    for (const p of Parameters) if (p.Name && p.Value) values.set(p.Name, p.Value);
  }
  return values;
}

async function launchTemplateUses(
  ec2: EC2Client,
  region: string,
  imageIds: string[],
  uses: Uses
): Promise<void> {
  for (const batch of chunks(imageIds, 200)) {
    let token: string | undefined;
    do {
      const page = await ec2
        .send(
          new DescribeLaunchTemplateVersionsCommand({
            Versions: ['$Latest', '$Default'],
            Filters: [{ Name: 'image-id', Values: batch }],
            NextToken: token
          })
        )
        .catch(
          failed(
            'DescribeLaunchTemplateVersions',
            `looking for launch templates that launch old images in ${region}`
          )
        );
      for (const v of page.LaunchTemplateVersions ?? []) {
        const image = v.LaunchTemplateData?.ImageId;
        if (!image) continue;
        const role = v.DefaultVersion ? 'default' : 'latest';
        add(
          uses,
          image,
          `launch template ${v.LaunchTemplateName} (${v.LaunchTemplateId}) version ${v.VersionNumber} (${role})`
        );
      }
      token = page.NextToken;
    } while (token);
  }
}

const LIVE_STATES = ['pending', 'running', 'shutting-down', 'stopping', 'stopped'];

async function instanceUses(ec2: EC2Client, region: string, imageIds: string[], uses: Uses): Promise<void> {
  for (const batch of chunks(imageIds, 200)) {
    let token: string | undefined;
    do {
      const page = await ec2
        .send(
          new DescribeInstancesCommand({
            Filters: [
              { Name: 'image-id', Values: batch },
              { Name: 'instance-state-name', Values: LIVE_STATES }
            ],
            NextToken: token
          })
        )
        .catch(failed('DescribeInstances', `looking for instances of old images in ${region}`));
      for (const instance of (page.Reservations ?? []).flatMap(r => r.Instances ?? [])) {
        if (instance.ImageId)
          add(uses, instance.ImageId, `instance ${instance.InstanceId} (${instance.State?.Name})`);
      }
      token = page.NextToken;
    } while (token);
  }
}

/**
 * Who uses each of `imageIds` in the region. `channels` are the account's channels (channelValues);
 * this run's own are added by the caller, so they count even where listing is not allowed.
 */
export async function usesOf(
  clients: { ec2: EC2Client; ssm: SSMClient },
  region: string,
  imageIds: string[],
  knownChannels: ReadonlyMap<string, string>
): Promise<Uses> {
  const uses: Uses = new Map();
  const channels = new Map([...(await channelValues(clients.ssm, region)), ...knownChannels]);
  for (const [name, value] of channels) if (imageIds.includes(value)) add(uses, value, `channel ${name}`);
  await Promise.all([
    launchTemplateUses(clients.ec2, region, imageIds, uses),
    instanceUses(clients.ec2, region, imageIds, uses)
  ]);
  return uses;
}
