// The outputs a deploy job reads after a channel moved (build or promote): the image the channel
// pointed to before, in the first region and per region, whether it moved, every channel's state, and
// the launch template's new default version.
import type { ChannelRun } from '../channels/update.js';

export function channelOutputs(
  run: ChannelRun,
  firstChannel: string,
  firstRegion: string | undefined
): Record<string, string> {
  const first = run.updates.filter(u => u.channel === firstChannel);
  const previous = Object.fromEntries(
    first.flatMap(u => (u.outcome === 'moved' && u.previous ? [[u.region, u.previous]] : []))
  );
  const versions = Object.fromEntries(
    run.launchTemplates.flatMap(o => (o.update?.version !== undefined ? [[o.region, o.update.version]] : []))
  );
  const home = firstRegion ?? first[0]?.region ?? '';
  return {
    'previous-ami-id': previous[home] ?? '',
    'previous-amis': JSON.stringify(previous),
    'channel-moved': String(first.some(u => u.outcome === 'moved')),
    channels: JSON.stringify(
      run.updates.map(u => ({
        channel: u.channel,
        region: u.region,
        ami: u.ami ?? null,
        previous: u.previous ?? null,
        outcome: u.outcome,
        ...(u.version !== undefined ? { version: u.version } : {})
      }))
    ),
    ...(run.launchTemplates.length
      ? {
          'launch-template-version': versions[home] === undefined ? '' : String(versions[home]),
          'launch-template-versions': JSON.stringify(versions)
        }
      : {})
  };
}
