// puppet-masterless, as Packer runs it: make the staging directory, upload the hiera config, the
// manifest directory, each module path and the manifest (file or directory), then run `puppet apply`
// with execute_command. Puppet's --detailed-exitcodes make 2 mean "changes applied": 0 and 2 succeed,
// anything else fails the build unless ignore_exit_codes.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { renderCommand } from '../command-template.js';
import { describeExit, GuestCommands } from '../guest-commands.js';
import { findLocalPath } from '../local-path.js';
import type { Provisioner, ProvisionerContext } from '../types.js';
import { asTemplateData, defaultPuppetCommand, facterVars, type PuppetCommandData } from './command.js';
import type { PuppetMasterlessConfig } from './config.js';

const NAME = 'puppet-masterless';
export const DEFAULT_STAGING_DIRECTORY = '/tmp/packer-puppet-masterless';

export class PuppetMasterlessProvisioner implements Provisioner {
  constructor(private readonly config: PuppetMasterlessConfig) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const staging = c.staging_directory ?? DEFAULT_STAGING_DIRECTORY;
    const guest = new GuestCommands(ctx, NAME, !c.prevent_sudo);
    ctx.log.info('Provisioning with Puppet...');
    ctx.log.info('Creating Puppet staging directory...');
    await guest.createDir(staging);

    let hieraConfigPath = '';
    if (c.hiera_config_path !== undefined) {
      ctx.log.info('Uploading hiera configuration...');
      hieraConfigPath = `${staging}/hiera.yaml`;
      await guest.upload('hiera config', hieraConfigPath, {
        localPath: await findLocalPath(ctx, NAME, c.hiera_config_path)
      });
    }
    let manifestDir = '';
    if (c.manifest_dir !== undefined) {
      ctx.log.info(`Uploading manifest directory from: ${c.manifest_dir}`);
      manifestDir = `${staging}/manifests`;
      await guest.uploadDirectory(
        'manifest dir',
        await findLocalPath(ctx, NAME, c.manifest_dir),
        manifestDir
      );
    }
    const modulePaths: string[] = [];
    for (const [index, path] of (c.module_paths ?? []).entries()) {
      ctx.log.info(`Uploading local modules from: ${path}`);
      const target = `${staging}/module-${index}`;
      await guest.uploadDirectory('modules', await findLocalPath(ctx, NAME, path), target);
      modulePaths.push(target);
    }
    const manifestFile = await this.uploadManifests(ctx, guest, staging);

    const data: PuppetCommandData = {
      WorkingDir: c.working_directory ?? staging,
      FacterVars: facterVars({
        ...c.facter,
        packer_build_name: ctx.buildName,
        packer_builder_type: ctx.builderType
      }),
      Sudo: !c.prevent_sudo,
      PuppetBinDir: c.puppet_bin_dir ?? '',
      ModulePath: modulePaths.join(':'),
      ModulePathJoiner: ':',
      HieraConfigPath: hieraConfigPath,
      ManifestDir: manifestDir,
      ManifestFile: manifestFile,
      ExtraArguments: '',
      Debug: false
    };
    data.ExtraArguments = (c.extra_arguments ?? [])
      .map(argument => renderCommand(argument, asTemplateData(data)))
      .join(' ');
    const command =
      c.execute_command === undefined
        ? defaultPuppetCommand(data)
        : renderCommand(c.execute_command, asTemplateData(data));

    ctx.log.info(`Running Puppet: ${command}`);
    const result = await guest.run(command);
    const ok = result.exitCode === 0 || result.exitCode === 2 || c.ignore_exit_codes === true;
    if (!ok) {
      const status =
        result.exitCode === null ? describeExit(result) : `a non-zero exit status: ${result.exitCode}`;
      throw guest.failure(`Puppet exited with ${status}. Its output is above.`, result.exitCode);
    }
    if (c.clean_staging_directory) await guest.removeDir(staging);
  }

  /** The manifest file into <staging>/manifests/, or a manifest directory as <staging>/manifests. */
  private async uploadManifests(
    ctx: ProvisionerContext,
    guest: GuestCommands,
    staging: string
  ): Promise<string> {
    ctx.log.info('Uploading manifests...');
    const remoteDir = `${staging}/manifests`;
    await guest.createDir(remoteDir);
    const local = await findLocalPath(ctx, NAME, this.config.manifest_file);
    if ((await stat(local)).isDirectory()) {
      ctx.log.info(`Uploading manifest directory from: ${this.config.manifest_file}`);
      await guest.uploadDirectory('manifests', local, remoteDir);
      return remoteDir;
    }
    ctx.log.info(`Uploading manifest file from: ${this.config.manifest_file}`);
    const remoteFile = `${remoteDir}/${basename(local)}`;
    await guest.upload('manifests', remoteFile, { localPath: local });
    return remoteFile;
  }
}
