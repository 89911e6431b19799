// The main step: read inputs, build, report. On SIGINT/SIGTERM (the runner's cancellation) it
// starts no new work and tears down at once; the post step finishes whatever is left.
import { resolve } from 'node:path';
import { actionsRunner, type Runner } from './action/runner.js';
import { inputAnnotations } from './action/annotations.js';
import { buildAll } from './action/build-all.js';
import { outputsOf, reportOutputs } from './action/outputs.js';
import { buildReport } from './action/report.js';
import { readRunInfo } from './github/run-info.js';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { cachedClients, ec2ClientFactoryWithCredentials } from './aws/client.js';
import { DEFAULT_PUBLIC_IP_URL, lookupPublicIp } from './aws/public-ip.js';
import { readInputs } from './inputs.js';
import type { Connect } from './communicator/types.js';
import type { Provisioner, ProvisionerContext } from './provisioners/types.js';
import type { Provisioner as ProvisionerPlan } from './template/types.js';
import { templateDataHooks } from './action/template-data.js';
import { MainState } from './state.js';
import { messageOf } from './errors.js';
import { renderProblemsSummary, type InputProblem } from './github/problems-summary.js';

// SSH (ssh2), the provisioners, Systems Manager (session_manager), what runs after the build
// (channels, retention) and GitHub reporting are chunks of their own, loaded when first used: the
// step's first EC2 call does not wait for them to be parsed.
const connectSsh: Connect = async options => (await import('./communicator/ssh.js')).connectSsh(options);
const createProvisioner = (plan: ProvisionerPlan): Provisioner => ({
  run: async (ctx: ProvisionerContext) =>
    (await import('./provisioners/index.js')).createProvisioner(plan).run(ctx)
});

export async function run(): Promise<void> {
  const core = actionsRunner;
  const controller = new AbortController();
  const cancel = (signal: string) => {
    if (controller.signal.aborted) return;
    core.warning(`${signal} received: the run was cancelled. Starting no new work and cleaning up now.`);
    controller.abort(new Error(`cancelled (${signal})`));
  };
  process.on('SIGINT', () => cancel('SIGINT'));
  process.on('SIGTERM', () => cancel('SIGTERM'));
  await runMain(core, controller.signal, process.env);
  // Open sockets (SSH keep-alives, HTTP agents) would keep Node alive after the work is done.
  process.exit(process.exitCode ?? 0);
}

/** The main step's work on any runner (the Actions runner, a terminal); `env` is the process's environment. */
export async function runMain(core: Runner, signal: AbortSignal, env: NodeJS.ProcessEnv): Promise<void> {
  const state = new MainState({ save: core.saveState, get: core.getState });
  try {
    const inputs = readInputs(name => core.getInput(name));
    let ssmClients: Promise<ReturnType<typeof cachedClients<SSMClient>>> | undefined;
    const built = await buildAll({
      inputs,
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      env,
      sink: core,
      state,
      setSecret: core.setSecret,
      // Still-waiting lines for unanswered calls go to the log; the timeouts bound every call.
      ec2: ec2ClientFactoryWithCredentials(env, core.info),
      ssm: async (region, credentials) =>
        (
          await (ssmClients ??= import('./aws/data-source-clients.js').then(m =>
            cachedClients(m.createSsmClient, env, core.info)
          ))
        )(region, undefined, credentials),
      connect: connectSsh,
      createProvisioner,
      ...templateDataHooks(env, core),
      publicIp: () =>
        lookupPublicIp(inputs.publicIpLookupUrl || env.BUILD_AMI_PUBLIC_IP_URL || DEFAULT_PUBLIC_IP_URL),
      signal
    });
    // Channels and retention, once every build and post-processor has succeeded.
    const { afterBuild } = await import('./action/after-build.js');
    const result = await afterBuild(built, {
      inputs,
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      env,
      sink: core,
      signal
    });
    // Only a fully successful run skips the post step's search by tag: after a failure or a
    // cancellation, a half-made image's snapshots may not be in the journal yet.
    const finished = result.builds.every(b => b.outcome === 'succeeded' && b.cleanupErrors.length === 0);
    if (finished) state.mainFinished();
    const run = readRunInfo(env);
    const { publish } = await import('./github/publish.js');
    await publish({
      report: buildReport(result, run, outputsOf(result), inputs.template, env),
      run,
      summary: markdown => core.writeSummary(markdown),
      commentOnPr: inputs.commentOnPr,
      token: inputs.githubToken,
      env,
      info: core.info,
      warning: core.warning
    });
    // Notices and the failure annotation go to the raw log, which the runner's add-mask does not rewrite.
    reportOutputs(result, {
      setOutput: core.setOutput,
      notice: message => core.notice(result.mask(message)),
      error: message => core.error(result.mask(message)),
      setFailed: message => core.setFailed(result.mask(message))
    });
  } catch (error) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const workingDirectory = resolve(workspace, core.getInput('working-directory').trim() || '.');
    const annotations = inputAnnotations(error, workspace, workingDirectory);
    // Each problem with the user's input is the failure itself, annotated on its line and listed in the job
    // summary; several are summed up once more at the end.
    for (const annotation of annotations) core.error(annotation.message, annotation.properties);
    if (annotations.length > 0)
      await writeProblemsSummary(
        core,
        env,
        annotations.map(a => a.problem)
      );
    if (annotations.length === 0) core.setFailed(messageOf(error));
    else if (annotations.length === 1) process.exitCode = 1;
    else
      core.setFailed(`${annotations.length} problems in the template; each is annotated at its line above`);
  }
}

/** The problems in the job summary too; a runner without a summary file (a local run) just skips it. */
async function writeProblemsSummary(
  core: Runner,
  env: NodeJS.ProcessEnv,
  problems: readonly InputProblem[]
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.writeSummary(renderProblemsSummary(problems));
  } catch (error) {
    core.warning(`build-ami: could not write the job summary: ${messageOf(error)}`);
  }
}
