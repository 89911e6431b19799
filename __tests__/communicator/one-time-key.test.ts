// One-time keys must always load: ssh2's generator writes a malformed ed25519 key about once in
// 256, and a build whose proxy key is one of those would fail.
import ssh2 from 'ssh2';
import { oneTimeKeyPair } from '../../src/communicator/one-time-key.js';

test('every one-time key pair loads, private and public half (2,000 of them)', () => {
  const unloadable: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const pair = oneTimeKeyPair('test');
    if (ssh2.utils.parseKey(pair.privateKey) instanceof Error) unloadable.push('private');
    if (ssh2.utils.parseKey(pair.publicKey) instanceof Error) unloadable.push('public');
  }
  expect(unloadable).toEqual([]);
});
