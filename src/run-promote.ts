// The main step with mode: promote: points channels at an existing image (a rollback) and reports it.
// No template is read and nothing is built or created, so the post step has nothing to clean up.
// Cancelled before the first write, it changes nothing; once writing, it finishes (a few seconds),
// rather than leave a channel moved in one region and not in another.
import { actionsRunner as runner } from './action/runner.js';
import { channelOutputs } from './action/channel-outputs.js';
import { channelSection } from './action/lifecycle-report.js';
import { lifecycleClients } from './aws/lifecycle-clients.js';
import { messageOf } from './errors.js';
import { readRunInfo } from './github/run-info.js';
import { renderPromoteSummary } from './github/promote-summary.js';
import { writeSummary } from './github/summary.js';
import { readInputs } from './inputs.js';
import type { PromoteTarget } from './lifecycle-inputs.js';
import { promote } from './promote/promote.js';

const describeTarget = (target: PromoteTarget) =>
  target.kind === 'previous'
    ? 'the previous image'
    : target.kind === 'ami'
      ? target.amiId
      : `commit ${target.sha}`;

export async function runPromote(): Promise<void> {
  const controller = new AbortController();
  const cancel = (signal: string) => {
    if (controller.signal.aborted) return;
    runner.warning(`${signal} received: the run was cancelled. No channel is written from now on.`);
    controller.abort(new Error(`cancelled (${signal})`));
  };
  process.on('SIGINT', () => cancel('SIGINT'));
  process.on('SIGTERM', () => cancel('SIGTERM'));
  const started = Date.now();
  try {
    const inputs = readInputs(name => runner.getInput(name));
    const run = readRunInfo(process.env);
    const clients = lifecycleClients(process.env, () => ({ credentials: {} }), runner.info);
    runner.startGroup(`Promote ${inputs.channels.join(', ')} to ${describeTarget(inputs.promoteTo)}`);
    let result;
    try {
      result = await promote(
        {
          channels: inputs.channels,
          target: inputs.promoteTo,
          regions: inputs.regions,
          defaultRegion: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined,
          repository: run.repository || undefined,
          launchTemplate: inputs.launchTemplate,
          clientToken: `promote-${run.runId || started}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
          signal: controller.signal
        },
        { clients, log: { info: runner.info, warning: runner.warning } }
      );
    } finally {
      runner.endGroup();
    }
    const outputs = {
      ...channelOutputs(result, inputs.channels[0]!, result.regions[0]),
      ...promotedImages(
        result.updates.filter(u => u.channel === inputs.channels[0]),
        result.regions[0]
      )
    };
    for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
    const calls = clients.calls();
    const summary = await writeSummary(
      renderPromoteSummary({
        templatePath: '',
        buildId: '',
        sha: run.sha,
        repository: run.repository,
        serverUrl: run.serverUrl,
        runUrl: run.runUrl || undefined,
        builds: [],
        ec2Calls: calls.ec2,
        ssmCalls: calls.ssm,
        outputs,
        jobId: process.env.GITHUB_JOB,
        stepId: process.env.GITHUB_ACTION,
        channels: channelSection(result),
        promote: { target: describeTarget(inputs.promoteTo) },
        durationMs: Date.now() - started
      }),
      markdown => runner.writeSummary(markdown)
    );
    if (!summary.written) runner.warning(`No job summary was written: ${summary.reason}`);
    runner.info(
      `Promote: ${calls.ec2} EC2 and ${calls.ssm} Parameter Store calls in ${((Date.now() - started) / 1000).toFixed(1)}s; no instance started.`
    );
    if (result.errors.length) runner.setFailed(`Promote did not finish: ${result.errors.join('; ')}`);
  } catch (error) {
    runner.setFailed(messageOf(error));
  }
  process.exit(process.exitCode ?? 0);
}

/** ami-id, region and amis: the image the channel points to now, as after a build. */
function promotedImages(
  updates: { region: string; ami?: string }[],
  firstRegion: string | undefined
): Record<string, string> {
  const amis = Object.fromEntries(updates.flatMap(u => (u.ami ? [[u.region, u.ami]] : [])));
  const region = firstRegion && amis[firstRegion] ? firstRegion : Object.keys(amis)[0];
  return region
    ? { 'ami-id': amis[region]!, region, amis: JSON.stringify(amis) }
    : { amis: JSON.stringify(amis) };
}
