// The shell-local provisioner: scripts run on the runner itself, each through execute_command
// (by default `/bin/sh -c "{{.Vars}} {{.Script}}"`), output streamed line by line, exit code
// checked. Inline commands are written to a private temporary script first, as Packer does, in
// the build's private directory under RUNNER_TEMP (temp-files.ts), removed when it has run.
import { join } from 'node:path';
import { ProvisionerError } from '../errors.js';
import { privateTempDir, removeTempDir, writePrivateFile } from '../temp-files.js';
import { renderCommand } from './command-template.js';
import type { CommandTemplate, ShellLocalConfig } from './config.js';
import { envVars, flattenEnvVars } from './env-vars.js';
import { findLocalPath } from './local-path.js';
import { runTool } from './local-process.js';
import type { Provisioner, ProvisionerContext } from './types.js';

const DEFAULT_EXECUTE_COMMAND: CommandTemplate[] = ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'];

export class ShellLocalProvisioner implements Provisioner {
  constructor(private readonly config: ShellLocalConfig) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const system = process.platform === 'win32' ? 'windows' : process.platform;
    if (c.only_on?.length && !c.only_on.includes(system)) {
      ctx.log.info(`Skipping shell-local: only_on is ${c.only_on.join(', ')} and this runner is ${system}`);
      return;
    }
    const vars = flattenEnvVars(
      envVars({ ...c, buildName: ctx.buildName, builderType: ctx.builderType }),
      c.env_var_format ?? "%s='%s' "
    );
    const inline = c.inline ?? (c.command !== undefined ? [c.command] : undefined);
    const buildId = ctx.buildData?.PackerRunUUID;
    const temp = inline
      ? await privateTempDir(typeof buildId === 'string' ? buildId : undefined, 'shell-local', ctx.env)
      : undefined;
    try {
      const scripts = temp
        ? [
            {
              label: 'inline',
              path: await writeInlineScript(temp, c.inline_shebang ?? '/bin/sh -e', inline!)
            }
          ]
        : await Promise.all(
            (c.script !== undefined ? [c.script] : (c.scripts ?? [])).map(async script => ({
              label: script,
              path: await findLocalPath(ctx, 'shell-local', script)
            }))
          );
      for (const script of scripts) {
        ctx.log.info(`Running local shell script: ${script.label}`);
        const argv = (c.execute_command ?? DEFAULT_EXECUTE_COMMAND).map(part =>
          renderCommand(part, { Vars: vars, Script: script.path, Command: script.path })
        );
        const exit = await runTool(
          { provisioner: 'shell-local', argv, env: ctx.env ?? process.env, cwd: ctx.cwd ?? process.cwd() },
          ctx
        );
        const valid = c.valid_exit_codes ?? [0];
        if (exit.code !== null && valid.includes(exit.code)) continue;
        const how = exit.code === null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
        throw new ProvisionerError({
          provisioner: 'shell-local',
          message: `script ${script.path} (${script.label}) ${how}; valid_exit_codes allows ${valid.join(', ')}. Its output is above.`,
          script: script.label,
          exitCode: exit.code
        });
      }
    } finally {
      if (temp) await removeTempDir(temp);
    }
  }
}

async function writeInlineScript(
  dir: string,
  shebang: string,
  commands: readonly string[],
  extension?: string
): Promise<string> {
  const path = join(dir, extension ? `script.${extension}` : 'script');
  return writePrivateFile(path, `#!${shebang}\n${commands.map(line => `${line}\n`).join('')}`, 0o700);
}
