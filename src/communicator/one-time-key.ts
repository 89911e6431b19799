// Keys that live for one build step and are never written anywhere but a 0600 temp file: the
// ansible proxy's host key and the key ansible logs in with (Packer makes both afresh per run).
import ssh2 from 'ssh2';

/** A fresh ed25519 key pair for one build step (ssh2's generator): privateKey in OpenSSH format. */
export function oneTimeKeyPair(comment?: string): { privateKey: string; publicKey: string } {
  const pair = ssh2.utils.generateKeyPairSync('ed25519', { comment });
  return { privateKey: pair.private, publicKey: pair.public };
}
