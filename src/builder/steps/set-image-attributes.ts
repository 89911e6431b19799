// ami_org_arns / ami_ou_arns (launch permissions for an organization or organizational unit),
// ami_product_codes and imds_support: one ModifyImageAttribute each, on the image in every region it
// exists in, as Packer's step_modify_ami_attributes.go does.
import { ModifyImageAttributeCommand, type ModifyImageAttributeCommandInput } from '@aws-sdk/client-ec2';
import type { BuildContext, BuildState } from '../context.js';
import { modifyImage } from '../images/modify.js';
import type { Step } from '../runner.js';

type Change = [what: string, input: Omit<ModifyImageAttributeCommandInput, 'ImageId'>];

/** Only for a plan that sets one of them. */
export function setImageAttributes(ctx: BuildContext): Step<BuildState> | undefined {
  const b = ctx.plan.builder;
  const changes: Change[] = [];
  if (b.amiOrgArns.length) {
    changes.push([
      'sharing with organizations (ami_org_arns)',
      { LaunchPermission: { Add: b.amiOrgArns.map(OrganizationArn => ({ OrganizationArn })) } }
    ]);
  }
  if (b.amiOuArns.length) {
    changes.push([
      'sharing with organizational units (ami_ou_arns)',
      { LaunchPermission: { Add: b.amiOuArns.map(OrganizationalUnitArn => ({ OrganizationalUnitArn })) } }
    ]);
  }
  if (b.amiProductCodes.length) {
    changes.push(['adding product codes (ami_product_codes)', { ProductCodes: [...b.amiProductCodes] }]);
  }
  if (b.imdsSupport) {
    changes.push(['requiring IMDSv2 (imds_support)', { ImdsSupport: { Value: b.imdsSupport } }]);
  }
  if (!changes.length || b.skipCreateAmi) return undefined;
  return {
    title: 'Set image attributes',
    async run(state, signal) {
      for (const image of state.images) {
        for (const [what, input] of changes) {
          await modifyImage({
            image,
            operation: 'ModifyImageAttribute',
            what,
            signal,
            call: ctx
              .ec2For(image.region)
              .send(new ModifyImageAttributeCommand({ ImageId: image.id, ...input }))
          });
          ctx.log.info(`${image.region}: ${image.id}: ${what}`);
        }
      }
    }
  };
}
