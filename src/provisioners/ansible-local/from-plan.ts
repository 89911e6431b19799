// The ansible-local plan entry as its Packer-named config; extra_arguments may use build data.
import type { Deferred } from '../../template/deferred.js';
import type { AnsibleLocalProvisioner as AnsibleLocalPlan } from '../../template/types.js';
import type { AnsibleLocalConfig } from '../config.js';

export function ansibleLocalConfig(
  plan: AnsibleLocalPlan,
  renderAll: (texts: readonly Deferred[]) => string[]
): AnsibleLocalConfig {
  return {
    type: 'ansible-local',
    command: plan.command,
    extra_arguments: renderAll(plan.extraArguments),
    ...(plan.playbookFile !== undefined ? { playbook_file: plan.playbookFile } : {}),
    playbook_files: plan.playbookFiles,
    playbook_dir: plan.playbookDir,
    playbook_paths: plan.playbookPaths,
    role_paths: plan.rolePaths,
    collection_paths: plan.collectionPaths,
    group_vars: plan.groupVars,
    host_vars: plan.hostVars,
    inventory_file: plan.inventoryFile,
    inventory_groups: plan.inventoryGroups,
    galaxy_file: plan.galaxyFile,
    galaxy_command: plan.galaxyCommand,
    galaxy_force_install: plan.galaxyForceInstall,
    galaxy_roles_path: plan.galaxyRolesPath,
    galaxy_collections_path: plan.galaxyCollectionsPath,
    staging_directory: plan.stagingDirectory,
    clean_staging_directory: plan.cleanStagingDirectory
  };
}
