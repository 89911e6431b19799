// The temporary key pair's name is taken. As in Packer, a name the template supplies that collides
// with an existing key pair fails the build before anything is launched, naming the conflict; only
// a key pair carrying this build's own tag (an earlier attempt whose answer was lost) may be replaced.
import { AwsOperationError } from '../errors.js';
import { TAGS } from '../tags.js';
import type { BuildContext } from './context.js';
import { keyPairOwner } from '../cleanup/key-pair-ownership.js';

/** Returns when the existing key pair is this build's (or already gone); otherwise throws. */
export async function refuseForeignKeyPair(ctx: BuildContext, name: string): Promise<void> {
  const owner = await keyPairOwner(ctx.ec2, name, ctx.buildId, { exists: true });
  if (owner !== 'someone-else') return;
  throw new AwsOperationError({
    operation: 'CreateKeyPair',
    doing: `creating temporary key pair ${name} in ${ctx.plan.builder.region}`,
    resource: name,
    cause: new KeyPairConflict(name),
    hint: `A key pair named ${name} already exists and is not this build's (no ${TAGS.buildId}=${ctx.buildId} tag); build-ami never deletes a key pair it did not create. Choose another temporary_key_pair_name, or leave it out`
  });
}

class KeyPairConflict extends Error {
  constructor(name: string) {
    super(`the key pair '${name}' already exists`);
    this.name = 'InvalidKeyPair.Duplicate';
  }
}
