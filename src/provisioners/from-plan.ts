// The template layer hands over provisioners as typed plan entries (camelCase, defaults applied,
// local paths absolute) whose strings may still wait for build data ({{ build `ID` }}). Here
// they become this folder's Packer-named configs, rendered with the build data of the moment.
import type { BuildData, Deferred } from '../template/deferred.js';
import type { GoTemplate } from '../template/go-conditionals.js';
import type { Provisioner as ProvisionerPlan } from '../template/types.js';
import type { ProvisionerConfig } from './config.js';
import { ansibleLocalConfig } from './ansible-local/from-plan.js';

export function configFromPlan(plan: ProvisionerPlan, buildData: BuildData): ProvisionerConfig {
  const render = (text: Deferred) => text.render(buildData);
  const renderAll = (texts: readonly Deferred[]) => texts.map(render);
  const renderMap = (map: Readonly<Record<string, Deferred>>) =>
    Object.fromEntries(Object.entries(map).map(([name, value]) => [name, render(value)]));
  // execute_command's own fields ({{.Path}}, {{.Vars}}, {{.Script}}) join the build data when it renders.
  const command = (text: Deferred | GoTemplate) => ({
    render: (data: Readonly<Record<string, string>>) => text.render({ ...buildData, ...data })
  });
  switch (plan.type) {
    case 'shell':
      return {
        type: 'shell',
        ...(plan.inline ? { inline: renderAll(plan.inline) } : { scripts: plan.scripts }),
        environment_vars: renderAll(plan.environmentVars),
        env: renderMap(plan.env),
        execute_command: command(plan.executeCommand),
        inline_shebang: plan.inlineShebang,
        remote_folder: plan.remoteFolder,
        remote_file: plan.remoteFile,
        remote_path: plan.remotePath,
        expect_disconnect: plan.expectDisconnect,
        valid_exit_codes: plan.validExitCodes,
        skip_clean: plan.skipClean,
        start_retry_timeout: plan.startRetryTimeoutMs,
        pause_after: plan.pauseAfterMs,
        binary: plan.binary
      };
    case 'file':
      return {
        type: 'file',
        ...(plan.content !== undefined ? { content: plan.content } : { sources: plan.sources }),
        destination: plan.destination,
        direction: plan.direction,
        generated: plan.generated
      };
    case 'shell-local':
      return {
        type: 'shell-local',
        ...(plan.inline ? { inline: renderAll(plan.inline) } : { scripts: plan.scripts }),
        environment_vars: renderAll(plan.environmentVars),
        env: renderMap(plan.env),
        execute_command: plan.executeCommand.map(command),
        inline_shebang: plan.inlineShebang,
        valid_exit_codes: plan.validExitCodes,
        only_on: plan.onlyOn,
        tempfile_extension: plan.tempfileExtension
      };
    case 'puppet-masterless':
      return {
        type: 'puppet-masterless',
        manifest_file: plan.manifestFile,
        manifest_dir: plan.manifestDir,
        module_paths: plan.modulePaths,
        hiera_config_path: plan.hieraConfigPath,
        facter: plan.facter,
        extra_arguments: plan.extraArguments.map(command),
        execute_command: plan.executeCommand && command(plan.executeCommand),
        ignore_exit_codes: plan.ignoreExitCodes,
        prevent_sudo: plan.preventSudo,
        puppet_bin_dir: plan.puppetBinDir,
        staging_directory: plan.stagingDirectory,
        working_directory: plan.workingDirectory,
        clean_staging_directory: plan.cleanStagingDirectory
      };
    case 'chef-solo':
      return {
        type: 'chef-solo',
        cookbook_paths: plan.cookbookPaths,
        remote_cookbook_paths: plan.remoteCookbookPaths,
        roles_path: plan.rolesPath,
        data_bags_path: plan.dataBagsPath,
        environments_path: plan.environmentsPath,
        encrypted_data_bag_secret_path: plan.encryptedDataBagSecretPath,
        chef_environment: plan.chefEnvironment,
        chef_license: plan.chefLicense,
        config_template: plan.configTemplate && command(plan.configTemplate),
        json: plan.json,
        run_list: plan.runList,
        execute_command: plan.executeCommand && command(plan.executeCommand),
        install_command: plan.installCommand && command(plan.installCommand),
        skip_install: plan.skipInstall,
        prevent_sudo: plan.preventSudo,
        staging_directory: plan.stagingDirectory,
        version: plan.version
      };
    case 'ansible-local':
      return ansibleLocalConfig(plan, renderAll);
    case 'breakpoint':
      return {
        type: 'breakpoint',
        ...(plan.note !== undefined ? { note: render(plan.note) } : {}),
        disable: plan.disable
      };
    case 'ansible':
      return {
        type: 'ansible',
        playbook_file: plan.playbookFile,
        command: plan.command,
        extra_arguments: renderAll(plan.extraArguments),
        ansible_env_vars: renderAll(plan.ansibleEnvVars),
        ansible_ssh_extra_args: plan.ansibleSshExtraArgs,
        groups: plan.groups,
        empty_groups: plan.emptyGroups,
        host_alias: plan.hostAlias,
        user: plan.user,
        inventory_file: plan.inventoryFile,
        inventory_directory: plan.inventoryDirectory,
        keep_inventory_file: plan.keepInventoryFile,
        galaxy_file: plan.galaxyFile,
        galaxy_command: plan.galaxyCommand,
        galaxy_force_install: plan.galaxyForceInstall,
        galaxy_force_with_deps: plan.galaxyForceWithDeps,
        roles_path: plan.rolesPath,
        collections_path: plan.collectionsPath,
        use_proxy: plan.useProxy,
        use_sftp: plan.useSftp,
        sftp_command: plan.sftpCommand,
        local_port: plan.localPort,
        ssh_host_key_file: plan.sshHostKeyFile,
        ssh_authorized_key_file: plan.sshAuthorizedKeyFile,
        skip_version_check: plan.skipVersionCheck
      };
  }
}
