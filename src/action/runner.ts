// What the main and post steps need from the Actions runner, as one interface: @actions/core on a
// runner, a terminal on a laptop (src/cli/terminal-runner.ts). The steps' code is the same either way.
import * as core from '@actions/core';

export type Runner = Pick<
  typeof core,
  | 'getInput'
  | 'info'
  | 'warning'
  | 'error'
  | 'notice'
  | 'debug'
  | 'startGroup'
  | 'endGroup'
  | 'setFailed'
  | 'setOutput'
  | 'saveState'
  | 'getState'
  | 'setSecret'
> & {
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<unknown>;
};

export const actionsRunner: Runner = {
  getInput: (name, options) => core.getInput(name, options),
  info: message => core.info(message),
  warning: (message, properties) => core.warning(message, properties),
  error: (message, properties) => core.error(message, properties),
  notice: (message, properties) => core.notice(message, properties),
  debug: message => core.debug(message),
  startGroup: name => core.startGroup(name),
  endGroup: () => core.endGroup(),
  setFailed: message => core.setFailed(message),
  setOutput: (name, value) => core.setOutput(name, value),
  saveState: (name, value) => core.saveState(name, value),
  getState: name => core.getState(name),
  setSecret: secret => core.setSecret(secret),
  writeSummary: markdown => core.summary.addRaw(markdown).write()
};
