#!/usr/bin/env node
// Entry point of the command line (package.json bin: build-ami): `build-ami validate|build <template>`,
// with packer's -var, -var-file, -only and -except. The same code as the action's steps.
import { COMMAND_USAGE, parseArgs, USAGE, UsageError } from './cli/args.js';
import { processTerminal } from './cli/terminal-runner.js';
// Static imports: the SSH library reads __dirname, which only the bundle's entry file defines.
import { build } from './cli/build.js';
import { validate } from './cli/validate.js';

async function main(argv: readonly string[]): Promise<number> {
  const terminal = processTerminal;
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    terminal.err(`build-ami: ${error.message}\n\n${USAGE}`);
    return 1;
  }
  if (!args.command) {
    (args.help ? terminal.out : terminal.err)(USAGE);
    return args.help ? 0 : 1;
  }
  if (args.help) {
    terminal.out(COMMAND_USAGE[args.command]);
    return 0;
  }
  if (!args.template) {
    terminal.err(`build-ami ${args.command}: the template is missing\n\n${COMMAND_USAGE[args.command]}`);
    return 1;
  }
  if (args.command === 'validate') return validate(args, process.env, terminal);
  return build(args, process.env, terminal);
}

const code = await main(process.argv.slice(2));
// Open sockets (SSH keep-alives, HTTP agents) would keep Node alive after the work is done.
process.exit(code);
