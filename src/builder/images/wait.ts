// Waiting for an image (made or copied) to become available; any state but pending on the way
// fails the wait with the image's StateReason.
import { DescribeImagesCommand, type Image } from '@aws-sdk/client-ec2';
import { waitFor, type WaitResult } from '../../aws/waiter.js';
import type { BuildContext, RegionImage } from '../context.js';

export function waitForImage(
  ctx: BuildContext,
  image: Pick<RegionImage, 'region' | 'id'>,
  signal: AbortSignal
): Promise<WaitResult<Image>> {
  const ec2 = ctx.ec2For(image.region);
  return waitFor<Image>({
    what: `image ${image.id} to be available`,
    operation: 'DescribeImages',
    timeoutMs: 1_800_000,
    polling: ctx.polling,
    log: ctx.log.info,
    signal,
    sleep: ctx.sleep,
    probe: async () => {
      const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [image.id] }));
      const found = Images?.[0];
      const name = found?.State ?? 'unknown';
      if (name === 'available') return { done: true, value: found! };
      if (name === 'pending') return { done: false, state: name };
      return { done: false, failed: true, state: name, reason: found?.StateReason?.Message };
    }
  });
}
