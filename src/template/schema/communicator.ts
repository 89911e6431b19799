// The communicator options of the amazon-ebs builder (packer-plugin-sdk communicator/config.go plus the
// amazon key pair rules of builder/common/run_config.go and step_key_pair.go).

import { secretString } from './secret-option.js';
import { readSshConnection } from './ssh-connection.js';
import type { OptionsReader } from '../options-reader.js';
import type { NoCommunicator, SshCommunicator, SshKeyPair } from '../types.js';

const FIVE_MINUTES = 5 * 60_000;

export function readCommunicator(options: OptionsReader): SshCommunicator | NoCommunicator {
  const type = options.string('communicator') ?? 'ssh';
  if (type === 'none') return { type: 'none' };
  if (type === 'winrm') throw options.error('communicator', 'communicator winrm is not supported yet');
  if (type !== 'ssh') {
    throw options.error('communicator', `communicator ${type} is not valid here; use ssh or none`);
  }

  const sshInterface = options.string('ssh_interface');
  if (sshInterface === 'session_manager' && !options.has('iam_instance_profile')) {
    // Packer's message (run_config.go); temporary_iam_instance_profile_policy_document is refused
    // as not supported yet by the options check.
    throw options.error(
      'ssh_interface',
      'no iam_instance_profile defined; session_manager connectivity requires a valid instance profile with AmazonSSMManagedInstanceCore permissions. Alternatively a temporary_iam_instance_profile_policy_document can be used.'
    );
  }
  if (options.has('ssh_timeout') && options.has('ssh_wait_timeout')) {
    throw options.error(
      'ssh_wait_timeout',
      'ssh_wait_timeout is the old name of ssh_timeout; set only ssh_timeout'
    );
  }
  const password = secretString(options, 'ssh_password');
  const connection = readSshConnection(options);
  return {
    type: 'ssh',
    username: options.requiredString('ssh_username', 'is required with the ssh communicator'),
    port: options.int('ssh_port', { min: 1, max: 65535 }) ?? 22,
    timeoutMs: options.duration('ssh_timeout') ?? options.duration('ssh_wait_timeout') ?? FIVE_MINUTES,
    handshakeAttempts: options.int('ssh_handshake_attempts', { min: 1 }) ?? 10,
    interface: options.choice('ssh_interface', [
      'public_ip',
      'private_ip',
      'public_dns',
      'private_dns',
      'session_manager'
    ] as const),
    host: options.string('ssh_host'),
    password,
    pty: options.bool('ssh_pty') ?? false,
    keyPair: readKeyPair(options, password, connection.agentAuth),
    connection,
    pauseBeforeConnectingMs: options.duration('pause_before_connecting') ?? 0,
    // Packer's docs say 10s when unset, but its code waits only when the option is set.
    pauseBeforeSsmMs: options.duration('pause_before_ssm') ?? 0,
    sessionManagerPort: options.int('session_manager_port', { min: 0, max: 65535 }) || undefined
  };
}

/**
 * Packer's order (step_key_pair.go): a private key file wins; then the agent (ssh_agent_auth: no
 * temporary key pair, the instance launches with ssh_keypair_name or the AMI's own key); then a
 * temporary key pair, which is made unless the user brings their own key pair, key file or password.
 */
function readKeyPair(options: OptionsReader, password: string | undefined, agentAuth: boolean): SshKeyPair {
  const keyPairName = options.string('ssh_keypair_name');
  const privateKeyFile = options.localPath('ssh_private_key_file', {
    mustExist: true,
    reads: true,
    expandHome: true,
    privateKey: true
  });
  const type = options.choice('temporary_key_pair_type', ['rsa', 'ed25519'] as const) ?? 'ed25519';
  const rsaBits = options.int('temporary_key_pair_bits', { min: 2048 });
  if (rsaBits !== undefined && type !== 'rsa') {
    throw options.error('temporary_key_pair_bits', 'only applies with "temporary_key_pair_type": "rsa"');
  }
  if (keyPairName !== undefined && privateKeyFile === undefined && !agentAuth) {
    throw options.error(
      'ssh_keypair_name',
      'ssh_private_key_file must be given with ssh_keypair_name (or ssh_agent_auth set)'
    );
  }
  const temporaryName = options.string('temporary_key_pair_name');
  if (
    temporaryName !== undefined &&
    (keyPairName !== undefined || privateKeyFile !== undefined || agentAuth)
  ) {
    throw options.error(
      'temporary_key_pair_name',
      'a temporary key pair is only made when no ssh_keypair_name, ssh_private_key_file or ssh_agent_auth is given'
    );
  }
  if (privateKeyFile !== undefined) return { kind: 'private-key-file', privateKeyFile, keyPairName };
  if (agentAuth) return { kind: 'agent', keyPairName };
  if (temporaryName === undefined && password !== undefined) return { kind: 'none' };
  const name = temporaryName ?? `packer_${options.context.scope.uuid()}`;
  return { kind: 'temporary', name, type, rsaBits };
}
