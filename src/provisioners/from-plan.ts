// The template layer hands over provisioners as typed plan entries (camelCase, defaults applied,
// local paths absolute) whose strings may still wait for build data ({{ build `ID` }}). Here
// they become this folder's Packer-named configs, rendered with the build data of the moment.
import type { BuildData, Deferred } from '../template/deferred.js';
import type { Provisioner as ProvisionerPlan } from '../template/types.js';
import type { ProvisionerConfig } from './config.js';
import { ansibleLocalConfig } from './ansible-local/from-plan.js';

export function configFromPlan(plan: ProvisionerPlan, buildData: BuildData): ProvisionerConfig {
  const render = (text: Deferred) => text.render(buildData);
  const renderAll = (texts: readonly Deferred[]) => texts.map(render);
  const renderMap = (map: Readonly<Record<string, Deferred>>) =>
    Object.fromEntries(Object.entries(map).map(([name, value]) => [name, render(value)]));
  // execute_command's own fields ({{.Path}}, {{.Vars}}, {{.Script}}) join the build data when it renders.
  const command = (text: Deferred) => ({
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
    case 'ansible-local':
      return ansibleLocalConfig(plan, renderAll);
    case 'breakpoint':
      return {
        type: 'breakpoint',
        ...(plan.note !== undefined ? { note: render(plan.note) } : {}),
        disable: plan.disable
      };
  }
}
