// How the SSH communicator reaches and logs in to the instance beyond user and key (packer-plugin-sdk
// communicator/config.go): the runner's ssh-agent (ssh_agent_auth), a bastion host to jump through
// (ssh_bastion_*), the keep-alive interval and the algorithm lists.
import { parseGoDuration } from '../go-duration.js';
import { secretString } from './secret-option.js';
import type { OptionsReader } from '../options-reader.js';

export interface SshBastion {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  /** Secret: its value is in LoadedTemplate.sensitiveValues. */
  readonly password?: string;
  readonly privateKeyFile?: string;
  /** Authenticate to the bastion with the ssh-agent at SSH_AUTH_SOCK. */
  readonly agentAuth: boolean;
}

export interface SshConnection {
  /** ssh_agent_auth: log in to the instance with the keys of the ssh-agent at SSH_AUTH_SOCK. */
  readonly agentAuth: boolean;
  readonly bastion?: SshBastion;
  /** ssh_keep_alive_interval; Packer's default is 5 s. */
  readonly keepAliveIntervalMs: number;
  /** ssh_ciphers, ssh_key_exchange_algorithms: unset keeps the SSH library's defaults. */
  readonly ciphers?: readonly string[];
  readonly keyExchangeAlgorithms?: readonly string[];
}

export const SSH_CONNECTION_OPTIONS = [
  'ssh_agent_auth',
  'ssh_bastion_host',
  'ssh_bastion_port',
  'ssh_bastion_username',
  'ssh_bastion_password',
  'ssh_bastion_private_key_file',
  'ssh_bastion_agent_auth',
  'ssh_keep_alive_interval',
  'ssh_ciphers',
  'ssh_key_exchange_algorithms'
] as const;

export function readSshConnection(options: OptionsReader): SshConnection {
  const list = (name: string) => {
    const values = options.stringList(name);
    return values.length ? values : undefined;
  };
  return {
    agentAuth: options.bool('ssh_agent_auth') ?? false,
    bastion: readBastion(options),
    keepAliveIntervalMs: keepAliveInterval(options),
    ciphers: list('ssh_ciphers'),
    keyExchangeAlgorithms: list('ssh_key_exchange_algorithms')
  };
}

/** Packer: unset or zero is 5 s, a negative duration ("-1s") turns keep-alives off (0 here). */
function keepAliveInterval(options: OptionsReader): number {
  const text = options.string('ssh_keep_alive_interval');
  if (text?.startsWith('-') && parseGoDuration(text.slice(1)) !== undefined) return 0;
  return options.duration('ssh_keep_alive_interval') || 5000;
}

function readBastion(options: OptionsReader): SshBastion | undefined {
  const host = options.string('ssh_bastion_host');
  if (!host) {
    for (const name of SSH_CONNECTION_OPTIONS)
      if (name.startsWith('ssh_bastion_') && name !== 'ssh_bastion_host' && options.has(name))
        throw options.error(name, 'only applies with ssh_bastion_host');
    return undefined;
  }
  const agentAuth = options.bool('ssh_bastion_agent_auth') ?? false;
  const password = secretString(options, 'ssh_bastion_password');
  // Packer: the bastion takes ssh_private_key_file when it names no key of its own.
  const privateKeyFile =
    options.localPath('ssh_bastion_private_key_file', {
      mustExist: true,
      reads: true,
      expandHome: true,
      privateKey: true
    }) ??
    options.localPath('ssh_private_key_file', {
      mustExist: true,
      reads: true,
      expandHome: true,
      privateKey: true
    });
  const namesKey = options.has('ssh_bastion_private_key_file') || options.has('ssh_private_key_file');
  // A key file that names a missing file is its own problem, reported where it is read.
  if (!agentAuth && password === undefined && !namesKey)
    throw options.error(
      'ssh_bastion_host',
      'ssh_bastion_password or ssh_bastion_private_key_file must be specified (or ssh_bastion_agent_auth)'
    );
  return {
    host,
    port: options.int('ssh_bastion_port', { min: 1, max: 65535 }) ?? 22,
    username: options.requiredString('ssh_bastion_username', 'is required with ssh_bastion_host'),
    password,
    privateKeyFile,
    agentAuth
  };
}
