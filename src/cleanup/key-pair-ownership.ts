// Whose key pair is it? EC2 knows key pairs by name, and a name can be the user's: the template's
// temporary_key_pair_name may collide with a key pair someone already has. A key pair is the
// build's only if it carries this build's id tag (every key pair we create is tagged at creation);
// nothing else is ever deleted, whatever the journal or an InvalidKeyPair.Duplicate suggests.
import { DescribeKeyPairsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { isNotFound } from '../aws/errors.js';
import { retry } from '../aws/retry.js';
import { AwsOperationError } from '../errors.js';
import { TAGS, tagOf } from '../tags.js';

export type KeyPairOwner = 'this-build' | 'someone-else' | 'none';

/**
 * `exists`: the caller knows the key pair exists (EC2 just answered Duplicate), so a NotFound is
 * eventual consistency and is asked again for a few seconds rather than taken as "none".
 */
export async function keyPairOwner(
  ec2: EC2Client,
  name: string,
  buildId: string,
  options: { exists?: boolean; timeoutMs?: number } = {}
): Promise<KeyPairOwner> {
  try {
    const { KeyPairs = [] } = await retry(() => ec2.send(new DescribeKeyPairsCommand({ KeyNames: [name] })), {
      retryable: error => !!options.exists && isNotFound(error),
      timeoutMs: options.timeoutMs ?? 10_000
    });
    const pair = KeyPairs.find(k => k.KeyName === name);
    if (!pair) return 'none';
    return tagOf(pair, TAGS.buildId) === buildId ? 'this-build' : 'someone-else';
  } catch (error) {
    if (isNotFound(error)) return 'none';
    throw new AwsOperationError({
      operation: 'DescribeKeyPairs',
      doing: `checking whether key pair ${name} is this build's (${TAGS.buildId}=${buildId})`,
      resource: name,
      cause: error
    });
  }
}
