// The key pair the instance is launched with. A temporary one (ed25519 by default, rsa on
// request) is created with the build's tag and deleted in cleanup; its private key lives only
// in memory. A user's own key (ssh_keypair_name + ssh_private_key_file) or a password is used
// as given and never deleted.
import { CreateKeyPairCommand, DeleteKeyPairCommand } from '@aws-sdk/client-ec2';
import { errorCode } from '../../aws/errors.js';
import { AwsOperationError } from '../../errors.js';
import { removeResource, teardownContext } from '../../cleanup/teardown.js';
import { refuseForeignKeyPair } from '../key-pair-conflict.js';
import type { Step } from '../runner.js';
import { type BuildContext, type BuildState } from '../context.js';
import { toTagList } from '../../tags.js';

export function createKeyPair(ctx: BuildContext): Step<BuildState> {
  const { ec2, journal, log } = ctx;
  const b = ctx.plan.builder;
  return {
    title: 'Create temporary key pair',
    async run(state) {
      if (b.communicator.type !== 'ssh') return;
      const key = b.communicator.keyPair;
      if (key.kind === 'private-key-file') {
        state.keyPair = {
          name: key.keyPairName,
          privateKey: await ctx.readFile(key.privateKeyFile),
          temporary: false
        };
        log.info(
          `Using the private key in ${key.privateKeyFile}${key.keyPairName ? ` (key pair ${key.keyPairName})` : ''}`
        );
        return;
      }
      if (key.kind === 'agent') {
        state.keyPair = { name: key.keyPairName, temporary: false };
        log.info('Using the SSH agent (ssh_agent_auth)');
        return;
      }
      if (key.kind === 'none') {
        log.info('Using ssh_password: no key pair needed');
        return;
      }
      const base = key.name;
      if (key.rsaBits && key.rsaBits !== 2048) {
        log.warning(
          `temporary_key_pair_bits ${key.rsaBits}: EC2 makes 2048-bit RSA key pairs, so the key has 2048 bits (as with Packer)`
        );
      }
      for (let attempt = 0; ; attempt++) {
        const name = attempt === 0 ? base : `${base}_${attempt}`;
        // Journal first: if the answer is lost, the post step still finds the key by name (and
        // deletes it only if it carries this build's tag).
        journal.created({ kind: 'key-pair', id: name, region: b.region, build: ctx.plan.name });
        try {
          const created = await ec2.send(
            new CreateKeyPairCommand({
              KeyName: name,
              KeyType: key.type,
              TagSpecifications: [
                { ResourceType: 'key-pair', Tags: toTagList({ ...ctx.temporaryTags, Name: name }) }
              ]
            })
          );
          state.keyPair = { name, privateKey: created.KeyMaterial, temporary: true };
          log.info(`Created temporary ${key.type} key pair ${name}`);
          return;
        } catch (error) {
          // Duplicate is our own lost answer only if the key carries this build's tag (its private
          // key is gone: delete it, take a new name); a key pair of anyone else's is never touched.
          if (errorCode(error) === 'InvalidKeyPair.Duplicate') {
            await refuseForeignKeyPair(ctx, name).catch(conflict => {
              journal.deleted('key-pair', name); // not ours: never ours to remove
              throw conflict;
            });
            if (attempt < 3) {
              await ec2.send(new DeleteKeyPairCommand({ KeyName: name }));
              journal.deleted('key-pair', name);
              continue;
            }
          }
          throw new AwsOperationError({
            operation: 'CreateKeyPair',
            doing: `creating temporary key pair ${name}`,
            resource: name,
            cause: error
          });
        }
      }
    },
    async cleanup(state) {
      if (!state.keyPair?.temporary || !state.keyPair.name) return;
      await removeResource(teardownContext(ctx), {
        kind: 'key-pair',
        id: state.keyPair.name,
        region: b.region
      });
      journal.deleted('key-pair', state.keyPair.name);
      log.info(`Deleted temporary key pair ${state.keyPair.name}`);
    }
  };
}
