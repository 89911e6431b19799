// The private key ansible logs in with, as a file: ssh reads keys from files only. It is written
// 0600 into the run's private directory under RUNNER_TEMP and removed with that directory in the
// provisioner's `finally`; its contents never appear in a log line or an error.
import { join } from 'node:path';
import { writePrivateFile } from '../../temp-files.js';

export async function writeKeyFile(dir: string, privateKey: string): Promise<string> {
  // OpenSSH refuses a key file whose last line has no newline ("invalid format").
  const text = privateKey.endsWith('\n') ? privateKey : `${privateKey}\n`;
  return writePrivateFile(join(dir, 'ansible-key'), text, 0o600);
}
