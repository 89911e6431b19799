// Volumes the user kept past termination (delete_on_termination false) are still the build's
// temporary resources: once the instance is gone, the available volumes tagged with the
// build's id are removed.
import { DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { teardown, teardownContext } from '../cleanup/teardown.js';
import { TAGS, tagFilter } from '../tags.js';
import type { BuildContext } from './context.js';

export async function removeKeptVolumes(ctx: BuildContext): Promise<void> {
  const config = ctx.plan.builder;
  if (!config.launchBlockDeviceMappings.some(m => m.deleteOnTermination === false)) return;
  const { Volumes = [] } = await ctx.ec2.send(
    new DescribeVolumesCommand({
      Filters: [tagFilter(TAGS.buildId, [ctx.buildId]), { Name: 'status', Values: ['available'] }]
    })
  );
  await teardown(
    teardownContext(ctx),
    Volumes.map(v => ({ kind: 'volume' as const, id: v.VolumeId!, region: config.region }))
  );
}
