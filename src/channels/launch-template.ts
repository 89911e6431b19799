// The launch template that follows a channel: a new version made from the current default with only
// the image changed, then made the default, so an Auto Scaling group's instance refresh (or the next
// launch) uses the image. Launch templates are regional: one given by name is looked for in each
// region of the image; one given by id exists in one region.
import {
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  ModifyLaunchTemplateCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { errorCode } from '../aws/errors.js';
import { AwsOperationError } from '../errors.js';

/** The tag the documented IAM policy requires on a launch template the action may change. */
export const DEPLOY_TAG = 'build-ami:deploy';

export interface LaunchTemplateUpdate {
  id: string;
  name: string;
  /** The new default version; undefined when nothing was written (it already launched the image). */
  version?: number;
  /** The default version before, and the image it launched. */
  previousVersion: number;
  previousImage?: string;
  /** Why no version was made, when none was. */
  unchanged?: string;
}

/** The template, or undefined when the region has none by that name or id. */
async function findTemplate(ec2: EC2Client, ref: string) {
  const byId = /^lt-[0-9a-f]{17}$/.test(ref);
  try {
    const { LaunchTemplates = [] } = await ec2.send(
      new DescribeLaunchTemplatesCommand(byId ? { LaunchTemplateIds: [ref] } : { LaunchTemplateNames: [ref] })
    );
    return LaunchTemplates[0];
  } catch (error) {
    if (/NotFound/.test(errorCode(error) ?? '')) return undefined;
    throw error;
  }
}

export interface LaunchTemplateRequest {
  ref: string;
  region: string;
  ami: string;
  /** The channel the template follows: a default version that resolves it already follows the image. */
  channels: readonly string[];
  description: string;
  /** The same token for the same run and region: a retried call makes no second version. */
  clientToken: string;
}

/** Points the template's default version at `ami`; undefined when the region has no such template. */
export async function updateLaunchTemplate(
  ec2: EC2Client,
  request: LaunchTemplateRequest
): Promise<LaunchTemplateUpdate | undefined> {
  const { ref, region, ami } = request;
  const fail = (operation: string, error: unknown): never => {
    const denied = /UnauthorizedOperation|AccessDenied/.test(errorCode(error) ?? '');
    throw new AwsOperationError({
      operation,
      doing: `giving launch template ${ref} in ${region} a default version with ${ami}`,
      resource: ref,
      cause: error,
      hint: denied
        ? `The documented policy lets the action change only launch templates tagged ${DEPLOY_TAG}=true: tag this one so, if it is meant to follow the channel`
        : undefined
    });
  };
  const template = await findTemplate(ec2, ref).catch(error => fail('DescribeLaunchTemplates', error));
  if (!template?.LaunchTemplateId) return undefined;
  const id = template.LaunchTemplateId;
  const name = template.LaunchTemplateName ?? ref;
  const previousVersion = Number(template.DefaultVersionNumber ?? 1);
  const { LaunchTemplateVersions = [] } = await ec2
    .send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: [String(previousVersion)] })
    )
    .catch(error => fail('DescribeLaunchTemplateVersions', error));
  const previousImage = LaunchTemplateVersions[0]?.LaunchTemplateData?.ImageId;
  const base = { id, name, previousVersion, previousImage };
  if (previousImage === ami)
    return { ...base, unchanged: `its default version ${previousVersion} launches ${ami} already` };
  const resolved = request.channels.find(channel => previousImage === `resolve:ssm:${channel}`);
  if (resolved) {
    return {
      ...base,
      unchanged: `its default version ${previousVersion} resolves ${resolved} at launch, so it follows the channel`
    };
  }
  const { LaunchTemplateVersion } = await ec2
    .send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: id,
        SourceVersion: String(previousVersion),
        LaunchTemplateData: { ImageId: ami },
        VersionDescription: request.description.slice(0, 255),
        ClientToken: request.clientToken.slice(0, 64)
      })
    )
    .catch(error => fail('CreateLaunchTemplateVersion', error));
  const version = Number(LaunchTemplateVersion?.VersionNumber);
  await ec2
    .send(new ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: String(version) }))
    .catch(error => fail('ModifyLaunchTemplate', error));
  return { ...base, version };
}
