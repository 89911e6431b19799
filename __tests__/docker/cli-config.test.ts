// Registries by name, and credentials from the docker CLI's config: `auths` entries (Docker Hub under
// its long name), a credential helper asked as the CLI asks it, and nothing when there is no config.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeRegistry, registryOf, storedCredentials } from '../../src/docker/cli-config.js';

describe('registries by name', () => {
  it.each([
    ['app', 'docker.io'],
    ['team/app:v1', 'docker.io'],
    ['ghcr.io/acme/app', 'ghcr.io'],
    ['127.0.0.1:5000/app:v1', '127.0.0.1:5000'],
    ['localhost/app', 'localhost']
  ])('%s is in %s', (ref, registry) => expect(registryOf(ref)).toBe(registry));

  it('compares Docker Hub and URLs by host', () => {
    expect(normalizeRegistry('https://index.docker.io/v1/')).toBe('docker.io');
    expect(normalizeRegistry('https://GHCR.io/')).toBe('ghcr.io');
    expect(normalizeRegistry('127.0.0.1:5000')).toBe('127.0.0.1:5000');
  });
});

describe('credentials a docker login stored', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cli-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const config = (content: unknown) => writeFileSync(join(dir, 'config.json'), JSON.stringify(content));

  it('none without a config', async () => {
    await expect(storedCredentials('ghcr.io', dir)).resolves.toBeUndefined();
  });

  it('reads auths, Docker Hub under its long name', async () => {
    config({
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hub-user:hub:pw').toString('base64') },
        'ghcr.io': { identitytoken: 'tok' }
      }
    });
    await expect(storedCredentials('docker.io', dir)).resolves.toEqual({
      username: 'hub-user',
      password: 'hub:pw',
      serveraddress: 'https://index.docker.io/v1/'
    });
    await expect(storedCredentials('ghcr.io', dir)).resolves.toEqual({
      identitytoken: 'tok',
      serveraddress: 'ghcr.io'
    });
    await expect(storedCredentials('quay.io', dir)).resolves.toBeUndefined();
  });

  it('asks a credential helper with the server on stdin', async () => {
    const bin = join(dir, 'bin');
    const helper = join(bin, 'docker-credential-fake');
    mkdirSync(bin);
    writeFileSync(
      helper,
      '#!/bin/sh\nread server\nif [ "$server" = "123.dkr.ecr.us-east-1.amazonaws.com" ]; then\n' +
        '  echo \'{"ServerURL":"x","Username":"AWS","Secret":"ecr-pw"}\'\nelse\n  echo "credentials not found in native keychain"; exit 1\nfi\n'
    );
    chmodSync(helper, 0o755);
    config({ credHelpers: { '123.dkr.ecr.us-east-1.amazonaws.com': 'fake' }, credsStore: 'fake' });
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    await expect(storedCredentials('123.dkr.ecr.us-east-1.amazonaws.com', dir, env)).resolves.toEqual({
      username: 'AWS',
      password: 'ecr-pw',
      serveraddress: '123.dkr.ecr.us-east-1.amazonaws.com'
    });
    await expect(storedCredentials('ghcr.io', dir, env)).resolves.toBeUndefined();
  });
});
