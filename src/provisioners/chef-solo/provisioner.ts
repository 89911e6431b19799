// chef-solo, as Packer runs it: install Chef (unless skip_install), make the staging directory,
// upload the cookbooks, roles, data bags, data bag secret and environments, write solo.rb and
// node.json there, and run chef-solo with execute_command. Any exit status but 0 fails the build.
import { renderCommand } from '../command-template.js';
import { describeExit, GuestCommands } from '../guest-commands.js';
import { findLocalPath } from '../local-path.js';
import type { Provisioner, ProvisionerContext } from '../types.js';
import type { ChefSoloConfig } from './config.js';
import { defaultSoloRb, nodeJson, soloRbTemplateData, type SoloRbData } from './files.js';

const NAME = 'chef-solo';
export const DEFAULT_STAGING_DIRECTORY = '/tmp/packer-chef-solo';

/** Packer's unix defaults. */
export function defaultExecuteCommand(d: { ConfigPath: string; JsonPath: string; Sudo: boolean }): string {
  return `${d.Sudo ? 'sudo ' : ''}chef-solo --no-color -c ${d.ConfigPath} -j ${d.JsonPath}`;
}
export function defaultInstallCommand(d: { Sudo: boolean; Version: string }): string {
  return (
    `curl -L https://omnitruck.chef.io/install.sh | ${d.Sudo ? 'sudo ' : ''}bash -s --` +
    (d.Version !== '' ? ` -v ${d.Version}` : '')
  );
}

export class ChefSoloProvisioner implements Provisioner {
  constructor(private readonly config: ChefSoloConfig) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const sudo = !c.prevent_sudo;
    const staging = c.staging_directory ?? DEFAULT_STAGING_DIRECTORY;
    const guest = new GuestCommands(ctx, NAME, sudo);
    ctx.log.info('Provisioning with chef-solo');
    if (!c.skip_install) await this.installChef(ctx, guest, sudo);
    await guest.createDir(staging);

    const cookbookPaths: string[] = [];
    for (const [index, path] of (c.cookbook_paths ?? []).entries()) {
      const target = `${staging}/cookbooks-${index}`;
      await guest.uploadDirectory('cookbooks', await findLocalPath(ctx, NAME, path), target);
      cookbookPaths.push(target);
    }
    const uploadDir = async (what: string, local: string | undefined, name: string) => {
      if (local === undefined) return '';
      await guest.uploadDirectory(what, await findLocalPath(ctx, NAME, local), `${staging}/${name}`);
      return `${staging}/${name}`;
    };
    const rolesPath = await uploadDir('roles', c.roles_path, 'roles');
    const dataBagsPath = await uploadDir('data bags', c.data_bags_path, 'data_bags');
    let secretPath = '';
    if (c.encrypted_data_bag_secret_path !== undefined) {
      secretPath = `${staging}/encrypted_data_bag_secret`;
      await guest.upload('encrypted data bag secret', secretPath, {
        localPath: await findLocalPath(ctx, NAME, c.encrypted_data_bag_secret_path)
      });
    }
    const environmentsPath = await uploadDir('environments', c.environments_path, 'environments');

    ctx.log.info("Creating configuration file 'solo.rb'");
    const solo: SoloRbData = {
      CookbookPaths: [...(c.remote_cookbook_paths ?? []), ...cookbookPaths]
        .map(path => `"${path}"`)
        .join(','),
      RolesPath: rolesPath,
      DataBagsPath: dataBagsPath,
      EncryptedDataBagSecretPath: secretPath,
      EnvironmentsPath: environmentsPath,
      ChefEnvironment: c.chef_environment ?? '',
      ChefLicense:
        c.chef_license ?? (!c.skip_install && c.install_command === undefined ? 'accept-silent' : '')
    };
    const configPath = `${staging}/solo.rb`;
    const soloRb =
      c.config_template === undefined
        ? defaultSoloRb(solo)
        : renderCommand(c.config_template, soloRbTemplateData(solo));
    await guest.upload('solo.rb', configPath, soloRb);

    ctx.log.info('Creating JSON attribute file');
    const jsonPath = `${staging}/node.json`;
    await guest.upload('node.json', jsonPath, nodeJson(c.json ?? {}, c.run_list ?? []));

    const data = { ConfigPath: configPath, JsonPath: jsonPath, Sudo: sudo };
    const command =
      c.execute_command === undefined
        ? defaultExecuteCommand(data)
        : renderCommand(c.execute_command, { ...data, Sudo: String(sudo) });
    ctx.log.info(`Executing Chef: ${command}`);
    const result = await guest.run(command);
    if (result.exitCode !== 0) {
      throw guest.failure(
        `Error executing Chef: ${describeExit(result)}. Its output is above.`,
        result.exitCode
      );
    }
  }

  private async installChef(ctx: ProvisionerContext, guest: GuestCommands, sudo: boolean): Promise<void> {
    ctx.log.info('Installing Chef...');
    const data = { Sudo: sudo, Version: this.config.version ?? '' };
    const command =
      this.config.install_command === undefined
        ? defaultInstallCommand(data)
        : renderCommand(this.config.install_command, { ...data, Sudo: String(sudo) });
    const result = await guest.run(command);
    if (result.exitCode !== 0) {
      throw guest.failure(
        `Error installing Chef: Install script exited with ${describeExit(result)}. Its output is above.`,
        result.exitCode
      );
    }
  }
}
