// `ansible-playbook --version` before anything else, unless skip_version_check: Packer's check
// that ansible is there at all, with its messages.
import { ProvisionerError } from '../../errors.js';
import type { ProvisionerContext } from '../types.js';
import { exitStatus, runTool } from '../local-process.js';

export async function checkVersion(
  command: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  ctx: Pick<ProvisionerContext, 'log' | 'signal'>
): Promise<string> {
  const failed = (message: string, cause?: unknown) =>
    new ProvisionerError({ provisioner: 'ansible', message, cause });
  const exit = await runTool(
    { provisioner: 'ansible', argv: [command, '--version'], env, cwd, capture: true },
    ctx
  ).catch(error => {
    throw error instanceof ProvisionerError && !ctx.signal.aborted
      ? failed(
          `Error running "${command} --version": ${error.message.replace(/^ansible provisioner: /, '')}`,
          error
        )
      : error;
  });
  if (exit.code !== 0) throw failed(`Error running "${command} --version": ${exitStatus(exit)}`);
  const version = /\w (\d+\.\d+[.\d+]*)/.exec(exit.stdout)?.[1];
  if (version === undefined) throw failed(`Could not find ${command} version in output:\n${exit.stdout}`);
  return version;
}
