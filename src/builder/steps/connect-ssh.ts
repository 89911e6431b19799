// Connects to the instance over SSH, retrying until ssh_timeout as the machine boots. When the
// instance's console already shows its host key fingerprints (cloud-init prints them), the
// connection must present one of them: a different key fails the build before any
// provisioner runs (for an instance dialled while still pending, the console is read once SSH
// answers and the key the connection presented is checked against it). Host keys are otherwise
// not verified, as in Packer. With ssh_interface session_manager, each attempt starts an
// AWS-StartPortForwardingSession session to ssh_port and SSH runs over its data channel (no
// session-manager-plugin, no local port); the sessions are terminated on cleanup.
import { GetConsoleOutputCommand } from '@aws-sdk/client-ec2';
import { describeError, isNotFound } from '../../aws/errors.js';
import {
  fingerprintsFromConsole,
  hostKeyMismatchMessage,
  normalizeFingerprint
} from '../../communicator/host-key.js';
import type { SsmTunnel } from '../../communicator/ssm/tunnel.js';
import type { Communicator, ConnectOptions } from '../../communicator/types.js';
import { CommunicatorError } from '../../errors.js';
import { watchInstanceWhileDialling } from '../instance-watch.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';

const TITLE = 'Connect over SSH';

export function connectSsh(ctx: BuildContext): Step<BuildState> {
  const { log } = ctx;
  const b = ctx.plan.builder;
  let tunnel: SsmTunnel | undefined;
  return {
    title: TITLE,
    async run(state, signal) {
      const ssh = b.communicator.type === 'ssh' ? b.communicator : undefined;
      if (!ssh) {
        log.info('communicator is "none": not connecting');
        return;
      }
      if (ssh.pauseBeforeConnectingMs > 0) {
        log.info(
          `Pausing ${ssh.pauseBeforeConnectingMs / 1000}s before connecting (pause_before_connecting)`
        );
        await ctx.sleep(ssh.pauseBeforeConnectingMs, signal);
      }
      const instance = need(state, 'instance', TITLE);
      if (ssh.interface === 'session_manager') {
        tunnel = await sessionManagerTunnel(ctx, instance.id, ssh, signal);
      }
      // A console is empty while the instance is pending: then it is read once SSH answers (below).
      const pending = instance.seenRunning === false;
      const expectedHostKeys = pending ? [] : await consoleFingerprints(ctx, instance.id);
      log.info(
        `Connecting to ${ssh.username}@${instance.host}:${ssh.port}${tunnel ? ' over Session Manager' : ''} (timeout ${Math.round(ssh.timeoutMs / 1000)}s${
          expectedHostKeys.length
            ? `, host key checked against the console's ${expectedHostKeys.length} fingerprint(s)`
            : ''
        })`
      );
      const connection = ssh.connection;
      const agentSocket = process.env.SSH_AUTH_SOCK || undefined;
      if ((connection?.agentAuth || connection?.bastion?.agentAuth) && !agentSocket)
        throw new Error(
          'ssh_agent_auth / ssh_bastion_agent_auth: SSH_AUTH_SOCK is not set (start ssh-agent first)'
        );
      const bastion = connection?.bastion;
      if (bastion) log.info(`Connecting through bastion ${bastion.username}@${bastion.host}:${bastion.port}`);
      const started = ctx.now();
      let lastReport = started;
      const options: ConnectOptions = {
        host: instance.host,
        port: ssh.port,
        username: ssh.username,
        privateKey: state.keyPair?.privateKey,
        password: ssh.password,
        agent: connection?.agentAuth ? agentSocket : undefined,
        algorithms:
          connection?.ciphers || connection?.keyExchangeAlgorithms
            ? {
                cipher: connection.ciphers && [...connection.ciphers],
                kex: connection.keyExchangeAlgorithms && [...connection.keyExchangeAlgorithms]
              }
            : undefined,
        keepaliveIntervalMs: connection?.keepAliveIntervalMs,
        bastion: bastion && {
          host: bastion.host,
          port: bastion.port,
          username: bastion.username,
          password: bastion.password,
          privateKey: bastion.privateKeyFile ? await ctx.readFile(bastion.privateKeyFile) : undefined,
          agent: bastion.agentAuth ? agentSocket : undefined
        },
        timeoutMs: ssh.timeoutMs,
        handshakeAttempts: ssh.handshakeAttempts,
        // Dial every tenth of a second while nothing answers (Packer waits 5 s): a refused connection
        // costs nothing, and the build goes on within moments of sshd starting. A server that
        // answers but refuses (sshd up before the key is installed) is tried every second, so
        // ssh_handshake_attempts still spans several seconds.
        retryDelayMs: 1000,
        unreachableRetryDelayMs: 100,
        expectedHostKeys: expectedHostKeys.length ? expectedHostKeys : undefined,
        signal,
        openSocket: tunnel && ((socketSignal, timeoutMs) => tunnel!.open(socketSignal, timeoutMs)),
        onAttempt: (_attempt, lastError) => {
          // Say what is awaited at least every 30 s, as every other wait does.
          if (ctx.now() - lastReport >= 30_000) {
            lastReport = ctx.now();
            log.info(
              `Still waiting for SSH on ${instance.host} after ${Math.round((ctx.now() - started) / 1000)}s: ${lastError ?? 'no answer yet'}`
            );
          }
        }
      };
      // Nobody has seen it running yet: SSH answering proves it is, and its state is looked at only while SSH does not.
      const watch =
        instance.seenRunning === false ? watchInstanceWhileDialling(ctx, instance.id, signal) : undefined;
      try {
        state.communicator = await ctx.connect({ ...options, signal: watch?.signal ?? signal });
      } catch (error) {
        if (watch?.signal.aborted && !signal.aborted) throw watch.signal.reason;
        throw error;
      } finally {
        watch?.stop();
      }
      if (pending) {
        // Up now: if its console shows host key fingerprints, the connection must have presented one of them.
        const fromConsole = await consoleFingerprints(ctx, instance.id);
        if (fromConsole.length) {
          await checkPresentedKey(state.communicator, fromConsole, ssh.username, instance.host, ssh.port);
          options.expectedHostKeys = fromConsole;
          log.info(`SSH host key checked against the console's ${fromConsole.length} fingerprint(s)`);
        }
      }
      state.reconnect = () => ctx.connect({ ...options, onAttempt: undefined });
      if (instance.launchedAt !== undefined) instance.upAfterMs = ctx.now() - instance.launchedAt;
      instance.seenRunning = true;
      log.info(`Connected after ${((ctx.now() - started) / 1000).toFixed(1)}s`);
    },
    async cleanup(state) {
      await state.communicator?.close();
      state.communicator = undefined;
      await tunnel?.terminateAll();
    }
  };
}

/** The connection made before the console was read must have presented one of its fingerprints. */
async function checkPresentedKey(
  communicator: Communicator,
  fromConsole: string[],
  user: string,
  host: string,
  port: number
): Promise<void> {
  const presented = communicator.hostKeyFingerprint;
  const expected = fromConsole.map(normalizeFingerprint);
  if (presented === undefined || expected.includes(presented)) return;
  await communicator.close();
  throw new CommunicatorError({
    message: `SSH to ${user}@${host}:${port}: ${hostKeyMismatchMessage(presented, expected)}`,
    target: { host, port, user }
  });
}

async function sessionManagerTunnel(
  ctx: BuildContext,
  instanceId: string,
  ssh: { port: number; pauseBeforeSsmMs: number; sessionManagerPort?: number },
  signal: AbortSignal | undefined
): Promise<SsmTunnel> {
  if (!ctx.ssm) throw new Error('ssh_interface session_manager: no Systems Manager client was given');
  if (ssh.pauseBeforeSsmMs > 0) {
    ctx.log.info(
      `Waiting ${ssh.pauseBeforeSsmMs / 1000}s before establishing the SSM session (pause_before_ssm)`
    );
    await ctx.sleep(ssh.pauseBeforeSsmMs, signal);
  }
  // The Systems Manager SDK loads only for a build that uses it.
  const { SsmTunnel } = await import('../../communicator/ssm/tunnel.js');
  return new SsmTunnel({
    ssm: await ctx.ssm(),
    instanceId,
    remotePort: ssh.port,
    localPort: ssh.sessionManagerPort,
    log: line => ctx.log.info(line)
  });
}

/** One look at the console: on AWS it fills in a minute or two after boot, so never wait for it. */
async function consoleFingerprints({ ec2, log }: BuildContext, instanceId: string): Promise<string[]> {
  try {
    const { Output } = await ec2.send(new GetConsoleOutputCommand({ InstanceId: instanceId }));
    return Output ? fingerprintsFromConsole(Buffer.from(Output, 'base64').toString('utf8')) : [];
  } catch (error) {
    // Not yet visible is normal just after launch; anything else (a denied call, say) silently
    // dropped the host-key check, so it is said out loud.
    if (isNotFound(error)) {
      log.debug(`No console output for ${instanceId} yet: ${describeError(error)}`);
    } else {
      log.warning(
        `GetConsoleOutput for ${instanceId} failed (${describeError(error)}): the SSH host key cannot be checked against the console`
      );
    }
    return [];
  }
}
