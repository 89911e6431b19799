// The first step: which AWS account the build's credentials reach, recorded for the post step before
// anything is created, so that a post step whose credentials reach another account deletes nothing.
import { accountAndDefaultGroups } from '../../aws/account.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';

export function findAccount(ctx: BuildContext): Step<BuildState> {
  return {
    title: 'Find account',
    async run(state, signal) {
      const { account, defaultGroups } = await accountAndDefaultGroups(
        ctx.ec2,
        ctx.plan.builder.region,
        signal
      );
      ctx.recordAccount?.(account);
      // Where the instance goes when its temporary group is to be deleted before it is terminated.
      state.defaultGroups = defaultGroups;
    }
  };
}
