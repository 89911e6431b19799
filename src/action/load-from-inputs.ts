// The template the action's inputs name, loaded the one way both steps load it: the main step to
// build it, the post step again to re-derive the credentials it must clean up with (they are never
// saved). Each sensitive value goes to onSecret the moment the loader reads it.
import { resolve } from 'node:path';
import type { Inputs } from '../inputs.js';
import { loadAnyTemplate } from '../template/load-any.js';
import type { AwsSecretRequest } from '../template/hcl2/functions/types.js';
import type { DataSourceHooks } from '../template/hcl2/packer/data-sources.js';
import type { LoadedTemplate } from '../template/types.js';

export interface LoadFromInputsOptions {
  /** The workspace working-directory is relative to. */
  workspace: string;
  env: NodeJS.ProcessEnv;
  onSecret: (value: string) => void;
  /** Each thing Packer would ignore (an undeclared variable set, a `push` section); the post step passes none. */
  onWarning?: (message: string) => void;
  clock?: () => Date;
  uuid?: () => string;
  /** HCL2 data sources and aws_secretsmanager(), resolved through AWS once the template is valid. */
  dataSources: DataSourceHooks;
  fetchSecret: (request: AwsSecretRequest) => Promise<string>;
}

/** Where the build runs: relative paths in the template start here, as in Packer. */
export const workingDirectoryOf = (inputs: Inputs, workspace: string) =>
  resolve(workspace, inputs.workingDirectory);

export function loadTemplateFromInputs(
  inputs: Inputs,
  options: LoadFromInputsOptions
): Promise<LoadedTemplate> {
  return loadAnyTemplate({
    dataSources: options.dataSources,
    fetchSecret: options.fetchSecret,
    onSecret: options.onSecret,
    onWarning: options.onWarning,
    path: inputs.template,
    varFiles: inputs.varFiles,
    vars: inputs.variables,
    varsLabel: 'variables',
    only: inputs.only,
    except: inputs.except,
    clock: options.clock,
    uuid: options.uuid,
    env: options.env,
    cwd: workingDirectoryOf(inputs, options.workspace)
  });
}
