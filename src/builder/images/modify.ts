// One change to an existing image or its snapshots (sharing, deprecation). It creates nothing,
// so a cancelled run stops waiting for it (the SDK may be backing off); a failure names the
// call, what it was for, and the image and region.
import { unlessAborted } from '../../aws/retry.js';
import { AwsOperationError } from '../../errors.js';
import type { RegionImage } from '../context.js';

export interface Modification<T> {
  image: RegionImage;
  operation: string;
  /** What the call was for: "sharing (ami_users/ami_groups)". */
  what: string;
  call: Promise<T>;
  signal: AbortSignal;
}

export function modifyImage<T>(m: Modification<T>): Promise<T> {
  return unlessAborted(m.call, m.signal).catch(error => {
    throw new AwsOperationError({
      operation: m.operation,
      doing: `${m.what} of ${m.image.id} in ${m.image.region}`,
      resource: m.image.id,
      cause: error
    });
  });
}
