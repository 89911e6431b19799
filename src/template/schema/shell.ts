// The shell provisioner's options (hashicorp/packer provisioner/shell/provisioner.go), with its defaults.

import { executeCommandData, PROVISIONER_DATA } from '../build-data.js';
import type { Deferred } from '../deferred.js';
import type { OptionsReader } from '../options-reader.js';
import { renderDeferred } from '../interpolate.js';
import type { ProvisionerCommon, ShellProvisioner } from '../types.js';

/** What a script is and how it runs: common to shell and shell-local (Packer's shared shell config). */
export const SCRIPT_OPTIONS = [
  'inline',
  'script',
  'scripts',
  'environment_vars',
  'env',
  'execute_command',
  'inline_shebang'
];

const SHELL_OPTIONS = [
  ...SCRIPT_OPTIONS,
  'remote_folder',
  'remote_file',
  'remote_path',
  'expect_disconnect',
  'valid_exit_codes',
  'skip_clean',
  'start_retry_timeout',
  'pause_after',
  'binary'
];
const SHELL_UNSUPPORTED = ['env_var_format', 'use_env_var_file'];

export const DEFAULT_SHELL_EXECUTE_COMMAND = 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}';
const EXECUTE_COMMAND_DATA = executeCommandData(['Path', 'Vars'], true);

export function readShell(options: OptionsReader, common: ProvisionerCommon): ShellProvisioner {
  options.checkKeys(SHELL_OPTIONS, SHELL_UNSUPPORTED, 'the shell provisioner');
  const { inline, scripts } = readCommands(options);
  const remoteFolder = options.string('remote_folder') ?? '/tmp';
  const remoteFile = options.string('remote_file') ?? `script_${options.context.randomInt(10_000)}.sh`;
  return {
    type: 'shell',
    ...common,
    inline,
    scripts,
    environmentVars: readEnvironmentVars(options),
    env: options.deferredMap('env', PROVISIONER_DATA),
    executeCommand:
      options.deferred('execute_command', EXECUTE_COMMAND_DATA) ??
      renderDeferred(DEFAULT_SHELL_EXECUTE_COMMAND, options.context.scope, EXECUTE_COMMAND_DATA),
    inlineShebang: options.string('inline_shebang') ?? '/bin/sh -e',
    remoteFolder,
    remoteFile,
    remotePath: options.string('remote_path') ?? `${remoteFolder}/${remoteFile}`,
    expectDisconnect: options.bool('expect_disconnect') ?? false,
    validExitCodes: options.intList('valid_exit_codes') ?? [0],
    skipClean: options.bool('skip_clean') ?? false,
    startRetryTimeoutMs: options.duration('start_retry_timeout') ?? 5 * 60_000,
    pauseAfterMs: options.duration('pause_after') ?? 0,
    binary: options.bool('binary') ?? false
  };
}

/** Exactly one of inline, script and scripts. */
function readCommands(options: OptionsReader): { inline?: Deferred[]; scripts: string[] } {
  if (options.has('script') && options.has('scripts')) {
    throw options.error('scripts', 'give script or scripts, not both');
  }
  const scriptOption = options.has('script') ? 'script' : 'scripts';
  const inline = options.has('inline') ? options.deferredList('inline', PROVISIONER_DATA) : undefined;
  const scripts = options.localPathList(scriptOption, { mustExist: true, reads: true });
  if (inline !== undefined && inline.length > 0 && scripts.length > 0) {
    throw options.error(scriptOption, `give inline or ${scriptOption}, not both`);
  }
  if ((inline === undefined || inline.length === 0) && scripts.length === 0) {
    throw options.objectError('one of inline, script or scripts is required');
  }
  return inline !== undefined && inline.length > 0 ? { inline, scripts: [] } : { scripts };
}

/** NAME=value strings; the name must be written out, even when the value waits for build data. */
export function readEnvironmentVars(options: OptionsReader): Deferred[] {
  const vars = options.deferredList('environment_vars', PROVISIONER_DATA);
  for (const variable of vars) {
    if (!/^[^={}]+=/.test(variable.toString())) {
      throw options.error(
        'environment_vars',
        `expected NAME=value, found ${JSON.stringify(variable.source)}`
      );
    }
  }
  return vars;
}
