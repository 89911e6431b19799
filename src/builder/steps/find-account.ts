// The first step: which AWS account the build's credentials reach, recorded for the post step before
// anything is created, so that a post step whose credentials reach another account deletes nothing.
import { accountOf } from '../../aws/account.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';

export function findAccount(ctx: BuildContext): Step<BuildState> {
  return {
    title: 'Find account',
    async run(_state, signal) {
      const account = await accountOf(ctx.ec2, ctx.plan.builder.region, signal);
      ctx.recordAccount?.(account);
    }
  };
}
