// Keys that live for one build step and are never written anywhere but a 0600 temp file: the
// ansible proxy's host key and the key ansible logs in with (Packer makes both afresh per run).
import ssh2 from 'ssh2';

/**
 * A fresh ed25519 key pair for one build step (ssh2's generator): privateKey in OpenSSH format.
 * ssh2's generator drops a leading zero byte of the public key about once in 256 keys, writing a key
 * that neither ssh2 ("Malformed OpenSSH private key") nor OpenSSH can load: such a pair is thrown
 * away and another made, so one build in a hundred does not fail on it.
 */
export function oneTimeKeyPair(comment?: string): { privateKey: string; publicKey: string } {
  for (;;) {
    const pair = ssh2.utils.generateKeyPairSync('ed25519', { comment });
    if (!(ssh2.utils.parseKey(pair.private) instanceof Error))
      return { privateKey: pair.private, publicKey: pair.public };
  }
}
