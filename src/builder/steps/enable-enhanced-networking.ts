// ena_support / sriov_support: set on the stopped instance before it is imaged, so the image takes
// them from it (CreateImage has no such parameters), as Packer's step_modify_ebs_instance.go does.
// ena_support false disables ENA; unset leaves the instance as it is.
import {
  ModifyInstanceAttributeCommand,
  type ModifyInstanceAttributeCommandInput
} from '@aws-sdk/client-ec2';
import { unlessAborted } from '../../aws/retry.js';
import { AwsOperationError } from '../../errors.js';
import type { BuildContext, BuildState } from '../context.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';

const TITLE = 'Enable enhanced networking';

/** Only for a plan with sriov_support or ena_support set. */
export function enableEnhancedNetworking(ctx: BuildContext): Step<BuildState> | undefined {
  const b = ctx.plan.builder;
  if ((!b.sriovSupport && b.enaSupport === undefined) || b.skipCreateAmi) return undefined;
  return {
    title: TITLE,
    async run(state, signal) {
      const { id } = need(state, 'instance', TITLE);
      const modify = async (what: string, input: Omit<ModifyInstanceAttributeCommandInput, 'InstanceId'>) => {
        ctx.log.info(`${what} on ${id}`);
        await unlessAborted(
          ctx.ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id, ...input })),
          signal
        ).catch(error => {
          throw new AwsOperationError({
            operation: 'ModifyInstanceAttribute',
            doing: `${what.toLowerCase()} on ${id}`,
            resource: id,
            cause: error
          });
        });
      };
      if (b.sriovSupport) {
        await modify('Enabling enhanced networking (SR-IOV)', { SriovNetSupport: { Value: 'simple' } });
      }
      if (b.enaSupport !== undefined) {
        await modify(`${b.enaSupport ? 'Enabling' : 'Disabling'} enhanced networking (ENA)`, {
          EnaSupport: { Value: b.enaSupport }
        });
      }
    }
  };
}
