// ssh_agent_auth, ssh_bastion_*, ssh_keep_alive_interval, ssh_ciphers and ssh_key_exchange_algorithms:
// what the plan says and what is refused, as packer-plugin-sdk's communicator config decides.
import type { SshCommunicator } from '../../src/template/types.js';
import { FAKE_KEY, loadError, loadFixture, tempDirs, templateText } from './fixtures.js';

const makeDir = tempDirs();

function communicator(options: Record<string, string | undefined>): SshCommunicator {
  const loaded = loadFixture(makeDir, {
    files: {
      'packer/web.pkr.json': templateText(options),
      'keys/instance.pem': FAKE_KEY,
      'keys/jump.pem': FAKE_KEY
    }
  });
  return loaded.builds[0]!.builder.communicator as SshCommunicator;
}

function refusal(options: Record<string, string | undefined>) {
  const error = loadError(makeDir, {
    files: { 'packer/web.pkr.json': templateText(options), 'keys/jump.pem': FAKE_KEY }
  });
  return { field: error.field, detail: error.detail };
}

describe('defaults', () => {
  it('no agent, no bastion, keep-alive every 5 s, the SSH library algorithms', () => {
    expect(communicator({}).connection).toEqual({
      agentAuth: false,
      bastion: undefined,
      keepAliveIntervalMs: 5000,
      ciphers: undefined,
      keyExchangeAlgorithms: undefined
    });
  });
});

describe('ssh_agent_auth', () => {
  it('makes no temporary key pair: the instance launches with the AMI key', () => {
    const ssh = communicator({ ssh_agent_auth: 'true' });
    expect(ssh.keyPair).toEqual({ kind: 'agent', keyPairName: undefined });
    expect(ssh.connection?.agentAuth).toBe(true);
  });

  it('launches with ssh_keypair_name without a private key file', () => {
    expect(communicator({ ssh_agent_auth: 'true', ssh_keypair_name: '"deploy"' }).keyPair).toEqual({
      kind: 'agent',
      keyPairName: 'deploy'
    });
  });

  it('still refuses ssh_keypair_name alone', () => {
    expect(refusal({ ssh_keypair_name: '"deploy"' })).toEqual({
      field: 'builders[0].ssh_keypair_name',
      detail: 'ssh_private_key_file must be given with ssh_keypair_name (or ssh_agent_auth set)'
    });
  });

  it('refuses a temporary key pair name with it', () => {
    expect(refusal({ ssh_agent_auth: 'true', temporary_key_pair_name: '"t"' }).field).toBe(
      'builders[0].temporary_key_pair_name'
    );
  });
});

describe('ssh_bastion_*', () => {
  it('port 22 by default; the instance key file serves the bastion when it names none', () => {
    const ssh = communicator({
      ssh_private_key_file: '"keys/instance.pem"',
      ssh_bastion_host: '"bastion.example.com"',
      ssh_bastion_username: '"jump"'
    });
    expect(ssh.connection?.bastion).toEqual({
      host: 'bastion.example.com',
      port: 22,
      username: 'jump',
      password: undefined,
      privateKeyFile: expect.stringMatching(/\/keys\/instance\.pem$/),
      agentAuth: false
    });
  });

  it('takes its own port, key file, password and agent', () => {
    const ssh = communicator({
      ssh_private_key_file: '"keys/instance.pem"',
      ssh_bastion_host: '"10.0.0.5"',
      ssh_bastion_port: '2222',
      ssh_bastion_username: '"jump"',
      ssh_bastion_password: '"pw"',
      ssh_bastion_private_key_file: '"keys/jump.pem"',
      ssh_bastion_agent_auth: 'true'
    });
    expect(ssh.connection?.bastion).toEqual({
      host: '10.0.0.5',
      port: 2222,
      username: 'jump',
      password: 'pw',
      privateKeyFile: expect.stringMatching(/\/keys\/jump\.pem$/),
      agentAuth: true
    });
  });

  it('with the agent only, needs neither password nor key file', () => {
    const ssh = communicator({
      ssh_bastion_host: '"b"',
      ssh_bastion_username: '"jump"',
      ssh_bastion_agent_auth: 'true'
    });
    expect(ssh.connection?.bastion).toMatchObject({ agentAuth: true, privateKeyFile: undefined });
  });

  it.each<[string, Record<string, string>, { field: string; detail: string }]>([
    [
      'a bastion without a way to log in',
      { ssh_bastion_host: '"b"', ssh_bastion_username: '"jump"' },
      {
        field: 'builders[0].ssh_bastion_host',
        detail:
          'ssh_bastion_password or ssh_bastion_private_key_file must be specified (or ssh_bastion_agent_auth)'
      }
    ],
    [
      'a bastion without a user name',
      { ssh_bastion_host: '"b"', ssh_bastion_password: '"pw"' },
      { field: 'builders[0].ssh_bastion_username', detail: 'is required with ssh_bastion_host' }
    ],
    [
      'a bastion port out of range',
      {
        ssh_bastion_host: '"b"',
        ssh_bastion_username: '"j"',
        ssh_bastion_password: '"p"',
        ssh_bastion_port: '0'
      },
      { field: 'builders[0].ssh_bastion_port', detail: expect.stringMatching(/1/) }
    ],
    [
      'a bastion key file that does not exist',
      {
        ssh_bastion_host: '"b"',
        ssh_bastion_username: '"j"',
        ssh_bastion_private_key_file: '"keys/nope.pem"'
      },
      { field: 'builders[0].ssh_bastion_private_key_file', detail: expect.stringMatching(/nope\.pem/) }
    ],
    [
      'a bastion setting without ssh_bastion_host',
      { ssh_bastion_username: '"jump"' },
      { field: 'builders[0].ssh_bastion_username', detail: 'only applies with ssh_bastion_host' }
    ]
  ])('refuses %s', (_name, options, expected) => {
    expect(refusal(options)).toEqual(expected);
  });
});

describe('ssh_keep_alive_interval', () => {
  it.each([
    ['"10s"', 10_000],
    ['"0s"', 5000],
    ['"-1s"', 0]
  ])('%s is %d ms (zero is the 5 s default, negative turns keep-alives off)', (value, ms) => {
    expect(communicator({ ssh_keep_alive_interval: value }).connection?.keepAliveIntervalMs).toBe(ms);
  });

  it('refuses what is not a duration', () => {
    expect(refusal({ ssh_keep_alive_interval: '"often"' }).field).toBe('builders[0].ssh_keep_alive_interval');
  });
});

describe('ssh_ciphers and ssh_key_exchange_algorithms', () => {
  it('are passed through in order', () => {
    const ssh = communicator({
      ssh_ciphers: '["aes256-gcm@openssh.com", "aes128-ctr"]',
      ssh_key_exchange_algorithms: '["curve25519-sha256@libssh.org"]'
    });
    expect(ssh.connection).toMatchObject({
      ciphers: ['aes256-gcm@openssh.com', 'aes128-ctr'],
      keyExchangeAlgorithms: ['curve25519-sha256@libssh.org']
    });
  });
});
