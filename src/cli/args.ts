// The command line, read the way packer reads its own: `-var k=v`, `-var=k=v`, `-var-file f`,
// `-only a,b`, `-except a,b` (one or two dashes), then the template.

export type Command = 'validate' | 'build';

export interface CliArgs {
  readonly command?: Command;
  readonly help: boolean;
  readonly template?: string;
  readonly vars: readonly string[];
  readonly varFiles: readonly string[];
  readonly only: readonly string[];
  readonly except: readonly string[];
}

export class UsageError extends Error {}

const COMMANDS: readonly string[] = ['validate', 'build'];
const VALUED = ['var', 'var-file', 'only', 'except'] as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const vars: string[] = [];
  const varFiles: string[] = [];
  const only: string[] = [];
  const except: string[] = [];
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '-help' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg.replace(/^--?/, ''));
    if (!(VALUED as readonly string[]).includes(flag)) throw new UsageError(`unknown option ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    if (flag === 'var') {
      if (!value.includes('=')) throw new UsageError(`-var expects name=value, found "${value}"`);
      vars.push(value);
    } else if (flag === 'var-file') varFiles.push(value);
    else
      (flag === 'only' ? only : except).push(
        ...value
          .split(',')
          .map(s => s.trim())
          .filter(Boolean)
      );
  }
  const [command, template, ...rest] = positional;
  if (command !== undefined && !COMMANDS.includes(command))
    throw new UsageError(`unknown command "${command}" (expected validate or build)`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" after the template`);
  if (only.length && except.length)
    throw new UsageError('-only and -except exclude each other (as in packer build); give one of them');
  return { command: command as Command | undefined, help, template, vars, varFiles, only, except };
}

function splitFlag(text: string): [string, string | undefined] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}

export const USAGE = `Usage: build-ami <command> [options] <template>

Builds an Amazon Machine Image from a Packer template, without Packer: the same code
the build-ami GitHub Action runs.

Commands:
  validate   Check the template and print what a build would do. Makes no AWS call.
  build      Build the image(s). Credentials and region come from the standard AWS
             environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_REGION, AWS_ENDPOINT_URL_EC2, ...).

Run "build-ami <command> --help" for a command's options.`;

const OPTIONS = `Options:
  -var name=value    Set a template variable (repeatable).
  -var-file file     Read variables from a JSON (or .pkrvars.hcl) file (repeatable).
  -only a,b          Only the builds with these names.
  -except a,b        Every build except these.
  -h, --help         Show this help.`;

export const COMMAND_USAGE: Record<Command, string> = {
  validate: `Usage: build-ami validate [options] <template>

Checks the template and prints every problem, one per line (file:line:col: field: detail),
then exits 1; or prints the plan (builds, regions, source image, instance type,
provisioners and post-processors, in order) and exits 0. Makes no AWS call.

${OPTIONS}`,
  build: `Usage: build-ami build [options] <template>

Runs every selected build, as the GitHub Action's main step does, then its post-processors
(the manifest post-processor writes packer-manifest.json). Whatever happens, nothing the build
created is left behind but the image.

Ctrl-C (SIGINT) stops the build, removes everything it created, then exits 130. A second Ctrl-C
during that cleanup exits at once and prints the tag that finds what may remain.

Exit codes: 0 built, 1 failed (cleaned up), 130 interrupted (cleaned up).

${OPTIONS}`
};
