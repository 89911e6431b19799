// Host keys as people compare them: OpenSSH's "SHA256:<base64 without padding>" fingerprint of
// the key blob. cloud-init prints an instance's fingerprints to the console at first boot, so
// GetConsoleOutput lets a build pin the machine it launched instead of trusting the network.
import { createHash } from 'node:crypto';

/** The SHA256 fingerprint of an SSH public key blob, base64 without padding (no "SHA256:" prefix). */
export function sha256Fingerprint(keyBlob: Buffer): string {
  return createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '');
}

/** "SHA256:abc=", "abc" → "abc": the form sha256Fingerprint returns. */
export function normalizeFingerprint(fingerprint: string): string {
  return fingerprint
    .trim()
    .replace(/^SHA256:/i, '')
    .replace(/=+$/, '');
}

/**
 * The SHA256 fingerprints between cloud-init's BEGIN/END SSH HOST KEY FINGERPRINTS markers in a console
 * log (lines like `ec2: 256 SHA256:xxxx root@host (ED25519)`); empty when the instance has not printed them yet.
 */
export function fingerprintsFromConsole(consoleText: string): string[] {
  const block =
    /-----BEGIN SSH HOST KEY FINGERPRINTS-----([\s\S]*?)-----END SSH HOST KEY FINGERPRINTS-----/.exec(
      consoleText
    );
  if (!block) return [];
  return [...block[1].matchAll(/\bSHA256:([A-Za-z0-9+/]+)/g)].map(m => m[1]);
}

/** The server presented another key than the ones expected (fingerprints as sha256Fingerprint returns). */
export function hostKeyMismatchMessage(presented: string, expected: readonly string[]): string {
  return (
    `host key mismatch: the server presented SHA256:${presented}, expected ` +
    expected.map(f => `SHA256:${f}`).join(' or ') +
    '. Another machine may be answering at this address.'
  );
}
