// What the main and post steps need from the Actions runner, as one interface: @actions/core's
// workflow commands on a runner, a terminal on a laptop (src/cli/terminal-runner.ts). The steps'
// code is the same either way.
import { EOL } from 'node:os';
import type * as core from '@actions/core';
import {
  issue,
  issueCommand,
  issueFileCommand,
  prepareKeyValueMessage,
  summary,
  toCommandProperties,
  toCommandValue
} from './core-commands.js';

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

type Annotation = 'error' | 'warning' | 'notice';
const annotate =
  (kind: Annotation) =>
  (message: string | Error, properties: core.AnnotationProperties = {}): void =>
    issueCommand(
      kind,
      toCommandProperties(properties),
      message instanceof Error ? message.toString() : message
    );

/** A key=value file command when the runner gives the file (GITHUB_OUTPUT, GITHUB_STATE), else the old stdout command. */
const keyValue = (file: 'OUTPUT' | 'STATE', command: string) => (name: string, value: unknown) => {
  if (process.env[`GITHUB_${file}`]) return issueFileCommand(file, prepareKeyValueMessage(name, value));
  if (file === 'OUTPUT') process.stdout.write(EOL);
  issueCommand(command, { name }, toCommandValue(value));
};

/** The runner's workflow commands, as @actions/core's functions of the same names issue them. */
export const actionsRunner: Runner = {
  getInput: (name, options) => {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
  },
  info: message => void process.stdout.write(message + EOL),
  warning: annotate('warning'),
  error: annotate('error'),
  notice: annotate('notice'),
  debug: message => issueCommand('debug', {}, message),
  startGroup: name => issue('group', name),
  endGroup: () => issue('endgroup'),
  setFailed: message => {
    process.exitCode = 1;
    annotate('error')(message);
  },
  setOutput: keyValue('OUTPUT', 'set-output'),
  saveState: keyValue('STATE', 'save-state'),
  getState: name => process.env[`STATE_${name}`] || '',
  setSecret: secret => issueCommand('add-mask', {}, secret),
  writeSummary: markdown => summary.addRaw(markdown).write()
};
