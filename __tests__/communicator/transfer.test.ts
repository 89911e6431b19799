// What a hostile SFTP server could answer that a real sshd will not: names that climb out of
// the tree, and a file that grows while it is read. A fake filesystem stands in for the server
// here (the rest of the download rules are proven against a real sshd in the provisioner tests).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sftpFs, type SftpSession } from '../../src/communicator/sftp-fs.js';
import { DownloadLimitError } from '../../src/communicator/download-limits.js';
import { downloadTree, type RemoteFs, type RemoteStat } from '../../src/communicator/transfer.js';

const local = mkdtempSync(join(tmpdir(), 'transfer-test-'));
afterAll(() => rmSync(local, { recursive: true, force: true }));

const dir: RemoteStat = { kind: 'directory', mode: 0o755, size: 0 };
const file: RemoteStat = { kind: 'file', mode: 0o644, size: 3 };

function fakeFs(listing: Record<string, { name: string; stat: RemoteStat }[]>): RemoteFs {
  return {
    writeFile: () => Promise.reject(new Error('unexpected')),
    putFile: () => Promise.reject(new Error('unexpected')),
    getFile: async (_path, localPath) => writeFileSync(localPath, 'abc'),
    mkdir: () => Promise.reject(new Error('unexpected')),
    stat: async path => (path in listing ? dir : undefined),
    readdir: async path => listing[path] ?? []
  };
}

test.each(['..', '.', '', '../../etc/cron.d/x', 'a/b', 'nul\0byte'])(
  'a listing naming %j fails the download before anything is written',
  async name => {
    const destination = join(local, `names-${readdirSync(local).length}`);
    const fs = fakeFs({
      '/out': [
        { name: 'ok.txt', stat: file },
        { name, stat: file }
      ]
    });
    await expect(downloadTree(fs, '/out', destination)).rejects.toThrow(
      `/out lists an entry named ${JSON.stringify(name)}`
    );
    expect(() => readdirSync(destination)).toThrow(/ENOENT/);
  }
);

test('a file that grows past its allowance while it is read ends the SFTP session and fails', async () => {
  let ended = false;
  const session = {
    fastGet: (
      _remote: string,
      _local: string,
      options: { step: (n: number) => void },
      done: (e?: Error) => void
    ) => {
      for (const total of [1024, 2048, 4096]) options.step(total);
      done(ended ? new Error('session ended') : undefined);
    },
    end: () => (ended = true)
  } as unknown as SftpSession;
  const error = await sftpFs(session)
    .getFile('/var/log/grows', join(local, 'grows'), 2048)
    .catch(e => e);
  expect(ended).toBe(true);
  expect(error).toBeInstanceOf(DownloadLimitError);
  expect(error).toMatchObject({ limit: 'maxBytes', value: 2048 });
  expect(error.message).toBe('/var/log/grows grew past 2048 bytes while it was read');
});
