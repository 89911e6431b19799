// The ansible provisioner (packer-plugin-ansible provisioner/ansible): ansible-playbook runs on the
// runner against the machine being built, through a local SSH proxy (use_proxy, the default) or
// straight to the instance. In order: the version check, the connection and its key file, the
// inventory, ansible-galaxy, the play; the key file, the inventory, ssh's master connections and
// the proxy are gone after it, whatever happened.
import { rm } from 'node:fs/promises';
import { ProvisionerError } from '../../errors.js';
import { privateTempDir, removeTempDir } from '../../temp-files.js';
import type { AnsibleConfig } from '../config.js';
import { findLocalPath } from '../local-path.js';
import type { Provisioner, ProvisionerContext } from '../types.js';
import { ansibleEnvEntries, ansibleEnvironment, describeCommand, playbookArguments } from './arguments.js';
import { openTarget, type AnsibleTarget, type ProxyDependencies } from './connection.js';
import { runGalaxy } from './galaxy.js';
import { chooseInventory } from './inventory.js';
import { proxyDependencies } from './proxy.js';
import { exitStatus, runTool } from '../local-process.js';
import { controlDirectory, type ControlDirectory } from './ssh-masters.js';
import { checkVersion } from './version.js';

/** What a builder without an HTTP server hands Packer's provisioners as PackerHTTPAddr. */
const HTTP_ADDR_NOT_IMPLEMENTED = 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER';

export class AnsibleProvisioner implements Provisioner {
  constructor(
    private readonly config: AnsibleConfig,
    private readonly proxy: ProxyDependencies = proxyDependencies
  ) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const cwd = ctx.cwd ?? process.cwd();
    const command = c.command ?? 'ansible-playbook';
    ctx.log.info('Provisioning with Ansible...');
    const envEntries = ansibleEnvEntries({
      envVars: c.ansible_env_vars,
      hostKeyChecking: c.ssh_host_key_file !== undefined,
      useSftp: c.use_sftp ?? false
    });
    const env = ansibleEnvironment(ctx.env ?? process.env, envEntries);
    if (!c.skip_version_check) await checkVersion(command, env, cwd, ctx);
    const playbook = await findLocalPath(ctx, 'ansible', c.playbook_file);
    const buildId =
      typeof ctx.buildData?.PackerRunUUID === 'string' ? ctx.buildData.PackerRunUUID : undefined;
    const temp = await privateTempDir(buildId, 'ansible', ctx.env);
    let target: AnsibleTarget | undefined;
    let inventoryToRemove: string | undefined;
    let masters: ControlDirectory | undefined;
    try {
      masters = await controlDirectory(temp, env);
      const playEnv = masters ? { ...env, ANSIBLE_SSH_CONTROL_PATH_DIR: masters.path } : env;
      target = await openTarget(
        {
          useProxy: c.use_proxy ?? true,
          user: c.user,
          localPort: c.local_port,
          sftpCommand: c.sftp_command,
          sshAuthorizedKeyFile: c.ssh_authorized_key_file
            ? await findLocalPath(ctx, 'ansible', c.ssh_authorized_key_file)
            : undefined,
          sshHostKeyFile: c.ssh_host_key_file
            ? await findLocalPath(ctx, 'ansible', c.ssh_host_key_file)
            : undefined
        },
        ctx,
        temp,
        this.proxy
      );
      const inventory = await chooseInventory(c, target, ctx, { runDir: temp, buildId });
      inventoryToRemove = inventory.remove;
      if (c.galaxy_file) await runGalaxy(c, c.galaxy_file, ctx, { env: playEnv, cwd });
      const httpAddr = ctx.buildData?.PackerHTTPAddr;
      const args = playbookArguments({
        buildName: ctx.buildName,
        builderType: ctx.builderType,
        httpAddr:
          typeof httpAddr === 'string' && httpAddr !== HTTP_ADDR_NOT_IMPLEMENTED ? httpAddr : undefined,
        privateKeyFile: target.privateKeyFile,
        sshExtraArgs: c.ansible_ssh_extra_args,
        extraArguments: c.extra_arguments,
        inventory: inventory.path,
        playbook,
        envEntries
      });
      ctx.log.info(`Executing Ansible: ${describeCommand([command, ...args], c.extra_arguments)}`);
      const exit = await runTool(
        { provisioner: 'ansible', argv: [command, ...args], env: playEnv, cwd },
        ctx
      );
      if (exit.code !== 0) {
        throw new ProvisionerError({
          provisioner: 'ansible',
          message: `Error executing Ansible: Non-zero exit status: ${exitStatus(exit)}. Its output, with the play recap, is above.`,
          script: c.playbook_file,
          exitCode: exit.code
        });
      }
    } finally {
      await masters?.close().catch(() => undefined);
      await target?.close().catch(() => undefined);
      if (inventoryToRemove) await rm(inventoryToRemove, { force: true });
      await removeTempDir(temp);
    }
  }
}
