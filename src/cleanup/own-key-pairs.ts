// The journal names a key pair before CreateKeyPair answers (so a lost answer is not lost track
// of), so a journal entry alone does not prove the key is ours: the name may be a user's key pair
// that our create collided with. The post step deletes a journalled key pair only if EC2 shows it
// carrying this build's tag; one found by the sweep (by that tag) is ours already.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { keyPairOwner } from './key-pair-ownership.js';
import { manualCommand } from './teardown.js';
import { messageOf } from '../errors.js';
import type { JournalEntry } from '../journal.js';

type Ref = Pick<JournalEntry, 'kind' | 'id' | 'region'>;

export async function onlyOwnKeyPairs(
  targets: readonly Ref[],
  options: {
    ec2: (region: string) => EC2Client;
    buildId: string;
    /** Found by the build's tag: no need to ask again. */
    tagged: (ref: Ref) => boolean;
    info: (line: string) => void;
    warning: (line: string) => void;
  }
): Promise<Ref[]> {
  const checked = await Promise.all(
    targets.map(async target => {
      if (target.kind !== 'key-pair' || options.tagged(target)) return target;
      try {
        const owner = await keyPairOwner(options.ec2(target.region), target.id, options.buildId);
        if (owner === 'this-build') return target;
        if (owner === 'someone-else')
          options.info(`Leaving key pair ${target.id} (${target.region}) alone: it is not this build's`);
        return undefined;
      } catch (error) {
        options.warning(
          `Could not check whether key pair ${target.id} in ${target.region} is this build's, so it was left alone: ${messageOf(
            error
          )}. If it is, remove it by hand: ${manualCommand(target)}`
        );
        return undefined;
      }
    })
  );
  return checked.filter((t): t is Ref => t !== undefined);
}
