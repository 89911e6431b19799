// The shell-local options, shared by the provisioner and the post-processor
// (packer-plugin-sdk shell-local/config.go; defaults are the non-Windows ones, as the action runs on Linux).

import { executeCommandData, PROVISIONER_DATA } from '../build-data.js';
import type { Deferred } from '../deferred.js';
import { noBuildData, renderDeferred, type DataPolicy } from '../interpolate.js';
import type { OptionsReader } from '../options-reader.js';
import type { ShellLocalOptions } from '../types.js';
import { readEnvironmentVars, SCRIPT_OPTIONS } from './shell.js';

const SHELL_LOCAL_OPTIONS = [
  'command',
  ...SCRIPT_OPTIONS,
  'only_on',
  'tempfile_extension',
  'valid_exit_codes'
];
const SHELL_LOCAL_UNSUPPORTED = ['env_var_format', 'use_linux_pathing'];
const OPERATING_SYSTEMS = ['darwin', 'freebsd', 'linux', 'openbsd', 'solaris', 'windows'];
const DEFAULT_EXECUTE_COMMAND = ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'];

/**
 * `where` names the plugin in messages; `withBuildData` is true for the provisioner (which runs during the
 * build) and false for the post-processor.
 */
export function readShellLocal(
  options: OptionsReader,
  where: string,
  withBuildData: boolean
): ShellLocalOptions {
  options.checkKeys(SHELL_LOCAL_OPTIONS, SHELL_LOCAL_UNSUPPORTED, where);
  const data: DataPolicy = withBuildData ? PROVISIONER_DATA : noBuildData(options.context.dataHint);
  const commandData = executeCommandData(['Vars', 'Script'], withBuildData);
  const executeCommand = options.has('execute_command')
    ? options.deferredList('execute_command', commandData)
    : DEFAULT_EXECUTE_COMMAND.map(part => renderDeferred(part, options.context.scope, commandData));
  return {
    ...readCommands(options, data),
    environmentVars: readEnvironmentVars(options),
    env: options.deferredMap('env', data),
    executeCommand,
    inlineShebang: options.string('inline_shebang') ?? '/bin/sh -e',
    onlyOn: readOnlyOn(options),
    tempfileExtension: (options.string('tempfile_extension') ?? '').replace(/^\./, ''),
    validExitCodes: options.intList('valid_exit_codes') ?? [0]
  };
}

/** Exactly one of command (a one-line inline), inline, script and scripts. */
function readCommands(options: OptionsReader, data: DataPolicy): { inline?: Deferred[]; scripts: string[] } {
  const given = ['command', 'inline', 'script', 'scripts'].filter(name => options.has(name));
  if (given.length === 0) throw options.objectError('one of command, inline, script or scripts is required');
  if (given.length > 1) throw options.error(given[1]!, `give only one of ${given.join(', ')}`);
  const [option] = given as [string];
  if (option === 'command' || option === 'inline')
    return { inline: options.deferredList(option, data), scripts: [] };
  return { scripts: options.localPathList(option, { mustExist: true, reads: true }) };
}

function readOnlyOn(options: OptionsReader): string[] {
  const systems = options.stringList('only_on');
  for (const system of systems) {
    if (!OPERATING_SYSTEMS.includes(system)) {
      throw options.error(
        'only_on',
        `unknown operating system ${system}; use ${OPERATING_SYSTEMS.join(', ')}`
      );
    }
  }
  return systems;
}
