// The launch template a run was asked to keep in step with its channel: updated in each region where
// the channel now points to the run's image. A template given by name may be missing from some
// regions (it is regional); missing from all of them is an error.
import { messageOf } from '../errors.js';
import { updateLaunchTemplate } from './launch-template.js';
import type { ChannelClients, ChannelLog, LaunchTemplateOutcome } from './update.js';

export interface FollowRequest {
  ref: string;
  /** Region → the image the channel points to now, for the regions where it points to this run's image. */
  targets: Readonly<Record<string, string>>;
  channels: readonly string[];
  description: string;
  clientToken: string;
}

export async function followChannel(
  request: FollowRequest,
  deps: { clients: ChannelClients; log: ChannelLog }
): Promise<{ outcomes: LaunchTemplateOutcome[]; errors: string[] }> {
  const outcomes = await Promise.all(
    Object.entries(request.targets).map(async ([region, ami]): Promise<LaunchTemplateOutcome> => {
      try {
        const result = await updateLaunchTemplate(deps.clients.ec2(region), {
          ref: request.ref,
          region,
          ami,
          channels: request.channels,
          description: request.description,
          clientToken: `${request.clientToken}-${region}`
        });
        if (!result) return { ref: request.ref, region, skipped: 'none by that name or id there' };
        deps.log.info(
          result.version === undefined
            ? `Launch template ${result.name} (${result.id}) in ${region}: unchanged, ${result.unchanged}`
            : `Launch template ${result.name} (${result.id}) in ${region}: version ${result.version} with ${ami} is the default (was version ${result.previousVersion}${result.previousImage ? ` with ${result.previousImage}` : ''})`
        );
        return { ref: request.ref, region, update: result };
      } catch (error) {
        return { ref: request.ref, region, error: messageOf(error) };
      }
    })
  );
  const errors = outcomes.flatMap(o => (o.error ? [o.error] : []));
  if (outcomes.length && outcomes.every(o => o.skipped)) {
    errors.push(
      `Launch template ${request.ref} is in none of ${outcomes.map(o => o.region).join(', ')}: check its name or id and its region`
    );
  } else {
    for (const o of outcomes)
      if (o.skipped) deps.log.info(`Launch template ${request.ref} in ${o.region}: ${o.skipped}`);
  }
  return { outcomes, errors };
}
