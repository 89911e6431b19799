// ssh_clear_authorized_keys: after the provisioners, the temporary key pair's public key is removed
// from the login user's and root's authorized_keys, so the image does not trust a key that existed
// only for the build. Packer's commands (packer-plugin-sdk step_cleanup_temp_keys.go): the line
// ending in " <key pair name>" is deleted with sed; a failure is logged, not fatal.
import type { BuildContext, BuildState } from '../context.js';
import type { Step } from '../runner.js';

/** Only for a plan with ssh_clear_authorized_keys and a temporary key pair over SSH. */
export function clearAuthorizedKeys(ctx: BuildContext): Step<BuildState> | undefined {
  const b = ctx.plan.builder;
  const comm = b.communicator;
  if (!b.sshClearAuthorizedKeys || comm.type !== 'ssh' || comm.keyPair.kind !== 'temporary') return undefined;
  return {
    title: 'Clear authorized keys',
    async run(state, signal) {
      const name = state.keyPair?.name;
      if (!state.communicator || !name) return;
      ctx.log.info('Trying to remove ephemeral keys from authorized_keys files');
      const pattern = shellQuote(`/ ${name.replace(/[\\/.*[\]^$]/g, '\\$&')}$/d`);
      for (const command of [
        `sed -i.bak ${pattern} ~/.ssh/authorized_keys; rm ~/.ssh/authorized_keys.bak`,
        `sudo sed -i.bak ${pattern} /root/.ssh/authorized_keys; sudo rm /root/.ssh/authorized_keys.bak`
      ]) {
        const result = await state.communicator
          .exec(command, { signal, onStderr: line => ctx.log.info(line) })
          .catch((error: unknown) => ({ exitCode: null, error }));
        if (result.exitCode !== 0) {
          ctx.log.warning(
            `Could not clean up authorized_keys (${command}); remove the key by hand if it stays`
          );
        }
      }
    }
  };
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'"'"'`)}'`;
