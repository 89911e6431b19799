// The main step's work: load the template, run every selected build in parallel (each with
// its own journal-backed cleanup), run the post-processors, and report the outputs. Every
// collaborator comes in through `MainDeps`, so tests can run it without the Actions runner.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { sleep as realSleep, type Sleep } from '../aws/retry.js';
import type { Polling } from '../aws/waiter.js';
import { countCalls } from '../aws/client.js';
import { reusedBuild, runBuild, type BuildResult } from '../builder/build.js';
import { findReusable } from '../builder/find-reusable.js';
import type { BuildContext } from '../builder/context.js';
import type { Connect } from '../communicator/types.js';
import { fingerprint } from '../fingerprint.js';
import { readRunInfo } from '../github/run-info.js';
import type { Inputs } from '../inputs.js';
import type { AwsSecretRequest } from '../template/hcl2/functions/types.js';
import type { DataSourceHooks } from '../template/hcl2/packer/data-sources.js';
import { Journal, type JournalEntry } from '../journal.js';
import { groupedLog, maskingSink, prefixedLog, type LogSink } from '../log.js';
import { maskError, SecretRegistry } from '../secrets.js';
import { proxyPasswords } from '../aws/env-proxy.js';
import { loadTemplateFromInputs, workingDirectoryOf } from './load-from-inputs.js';
import type { MainState } from '../state.js';
import type {
  AmazonEbsBuildPlan,
  DockerBuildPlan,
  LoadedTemplate,
  Provisioner as ProvisionerPlan
} from '../template/types.js';
import type { Provisioner, ProvisionerLog } from '../provisioners/types.js';
import { runPostProcessors } from './post-processors.js';
import { reusedDockerBuild, runDockerBuild } from '../builder/docker/build.js';
import { findReusableImage } from '../builder/docker/find-reusable.js';
import type { DockerBuildContext } from '../builder/docker/context.js';
import { defaultEndpoint } from '../docker/engine.js';
import { traceLabels } from '../docker/labels.js';
import { familyOf, temporaryTags, traceTags } from '../tags.js';
import { plainTextSink } from '../untrusted-output.js';
import { removeBuildTempDir } from '../temp-files.js';

export interface MainDeps {
  inputs: Inputs;
  workspace: string;
  env: NodeJS.ProcessEnv;
  sink: LogSink;
  /** Where the post step will find what this run created. */
  state: MainState;
  setSecret: (value: string) => void;
  ec2: (
    region: string,
    endpoint: string | undefined,
    credentials: AmazonEbsBuildPlan['builder']['credentials'],
    /** Attempts per call (max_retries + 1); unset: the client's generous default. */
    maxAttempts?: number
  ) => EC2Client;
  /** Systems Manager clients, for ssh_interface session_manager. */
  ssm?: (region: string, credentials: AmazonEbsBuildPlan['builder']['credentials']) => Promise<SSMClient>;
  connect: Connect;
  createProvisioner: (plan: ProvisionerPlan) => Provisioner;
  /** HCL2 data sources and aws_secretsmanager(), resolved through AWS once the template is valid. */
  dataSources: DataSourceHooks;
  fetchSecret: (request: AwsSecretRequest) => Promise<string>;
  publicIp: () => Promise<string>;
  signal: AbortSignal;
  now?: () => number;
  clock?: () => Date;
  uuid?: () => string;
  sleep?: Sleep;
}

export interface MainResult {
  template: LoadedTemplate;
  buildId: string;
  builds: BuildResult[];
  manifestPath?: string;
  /** Every resource the run created, and what became of it. */
  journal: JournalEntry[];
  /** The last lines each build's provisioners printed, by build name (for a failure report). */
  lastOutput: Record<string, string[]>;
  ec2Calls: number;
  /** Masks every secret the run knows, for what the runner does not mask (summary, comment, raw log). */
  mask: (text: string) => string;
}

/** aws_polling wins; else AWS_POLL_DELAY_SECONDS / AWS_MAX_ATTEMPTS, as Packer reads them. */
export function pollingFor(plan: AmazonEbsBuildPlan, env: NodeJS.ProcessEnv): Polling {
  const fromEnv = (name: string) => (env[name] && Number(env[name]) > 0 ? Number(env[name]) : undefined);
  const delaySeconds = plan.builder.polling.delaySeconds ?? fromEnv('AWS_POLL_DELAY_SECONDS');
  return {
    delayMs: delaySeconds === undefined ? undefined : delaySeconds * 1000,
    maxAttempts: plan.builder.polling.maxAttempts ?? fromEnv('AWS_MAX_ATTEMPTS')
  };
}

const KEEP_LAST_LINES = 30;

function provisionerLog(
  sink: LogSink,
  prefix: string | undefined,
  recent: string[],
  mask: (line: string) => string
): ProvisionerLog {
  const p = (line: string) => (prefix ? `${prefix}: ${line}` : line);
  return {
    info: line => sink.info(p(line)),
    warning: line => sink.warning(p(line)),
    // The machine's output enters the log through `sink`, which masks it (the runner's add-mask
    // matches the text as printed) and then makes it plain text (plainTextSink), so the instance
    // cannot issue workflow commands.
    output: (_stream, line) => {
      const masked = mask(line);
      // Kept for the summary and the PR comment, which the runner's add-mask does not cover; their
      // Markdown is escaped where it is rendered, so they keep the text exactly as printed.
      recent.push(masked);
      if (recent.length > KEEP_LAST_LINES) recent.shift();
      sink.info(p(line));
    }
  };
}

export async function buildAll(deps: MainDeps): Promise<MainResult> {
  // Each sensitive value is registered with the runner the moment the template loader reads it, so
  // even an invalid template's error, which the runner prints, shows *** in its place; whatever this
  // step throws later is masked the same way before the runner prints it.
  const secrets = new SecretRegistry(deps.setSecret);
  for (const password of proxyPasswords(deps.env)) secrets.add(password);
  try {
    return await buildWith(deps, secrets);
  } catch (error) {
    throw maskError(error, secrets.mask);
  }
}

async function buildWith(deps: MainDeps, secrets: SecretRegistry): Promise<MainResult> {
  const { inputs, state } = deps;
  const now = deps.now ?? Date.now;
  const uuid = deps.uuid ?? randomUUID;
  const cwd = workingDirectoryOf(inputs, deps.workspace);
  const template = await loadTemplateFromInputs(inputs, {
    dataSources: deps.dataSources,
    fetchSecret: deps.fetchSecret,
    workspace: deps.workspace,
    env: deps.env,
    onSecret: value => secrets.add(value),
    // On the run page as warnings, masked like every other line (a name may sit next to a secret).
    onWarning: message => deps.sink.warning(secrets.mask(message)),
    clock: deps.clock,
    uuid
  });
  const mask = secrets.mask;
  // Secrets are masked first, then no plain line can be a workflow command (untrusted-output.ts).
  const sink = maskingSink(plainTextSink(deps.sink), mask);

  const buildId = uuid();
  const run = readRunInfo(deps.env);
  state.buildId(buildId);
  // The post step needs every region the build may touch (copies included) and how to reach it.
  const amazonPlans = template.builds.filter(b => b.type === 'amazon-ebs');
  state.regions(
    Object.fromEntries(
      amazonPlans.flatMap(b =>
        [b.builder.region, ...b.builder.amiRegions].map(region => [region, b.builder.customEndpointEc2])
      )
    )
  );
  const dockerEndpoint = defaultEndpoint(deps.env);
  if (template.builds.some(b => b.type === 'docker')) state.dockerSocket(dockerEndpoint.socketPath);
  const journal = new Journal(entries => state.journal(entries));
  sink.info(`build-ami: build ${buildId}, template ${relative(deps.workspace, template.templatePath)}`);

  const parallel = template.builds.length > 1;
  const lastOutput: Record<string, string[]> = {};
  let ec2Calls = 0;
  const ec2 = (region: string, plan: AmazonEbsBuildPlan) =>
    countCalls(
      deps.ec2(region, plan.builder.customEndpointEc2, plan.builder.credentials, attemptsOf(plan)),
      () => ec2Calls++
    );
  const results = await Promise.all(
    template.builds.map(async (plan): Promise<BuildResult> => {
      const print = fingerprint({
        build: plan.name,
        plan: template.planIdentities[plan.name] ?? '',
        files: template.files.filter(file => !template.templateFiles.includes(file)),
        baseDir: dirname(template.templatePath)
      });
      const log = parallel ? prefixedLog(sink, plan.name) : groupedLog(sink);
      const provisionLog = provisionerLog(
        sink,
        parallel ? plan.name : undefined,
        (lastOutput[plan.name] = []),
        mask
      );
      if (plan.type === 'docker') {
        const reusable =
          plan.builder.output.kind === 'commit'
            ? await findReusableImage(dockerEndpoint, {
                mode: inputs.reuse,
                fingerprint: print,
                sha: run.sha
              }).catch(() => undefined) // no daemon: the build says so at its first step
            : undefined;
        if (reusable) {
          log.info(
            `Reusing image ${reusable.artifact.imageId}, committed from the same inputs${
              inputs.reuse === 'commit' ? ' at this commit' : ''
            }${reusable.runUrl ? ` by ${reusable.runUrl}` : ''}; nothing to build (reuse: ${inputs.reuse})`
          );
          return reusedDockerBuild(plan, reusable, now());
        }
        return runDockerBuild(
          dockerContext(plan, {
            deps,
            endpoint: dockerEndpoint,
            buildId,
            journal,
            log,
            provisionerLog: provisionLog,
            traceLabels: traceLabels(run, { buildId, fingerprint: print, created: new Date(now()) }),
            workingDirectory: cwd,
            now,
            env: deps.env,
            onSecret: value => secrets.add(value)
          }),
          deps.signal
        );
      }
      const ctx: BuildContext = {
        plan,
        polling: pollingFor(plan, deps.env),
        buildId,
        ec2: ec2(plan.builder.region, plan),
        ec2For: region => ec2(region, plan),
        ssm: deps.ssm && (() => deps.ssm!(plan.builder.region, plan.builder.credentials)),
        journal,
        log,
        connect: deps.connect,
        createProvisioner: deps.createProvisioner,
        provisionerLog: provisionLog,
        temporaryTags: temporaryTags(run, buildId),
        traceTags: traceTags(
          run,
          print,
          buildId,
          familyOf(relative(deps.workspace, template.templatePath), plan.name)
        ),
        workingDirectory: cwd,
        sleep: deps.sleep ?? realSleep,
        now,
        uuid,
        readFile: path => readFile(path, 'utf8'),
        publicIp: deps.publicIp,
        recordAccount: account => state.account([plan.builder.region, ...plan.builder.amiRegions], account)
      };
      // A cancelled lookup falls through to runBuild, which starts no step and reports the cancellation.
      const reusable = await findReusable(plan, ctx.ec2For, {
        mode: inputs.reuse,
        fingerprint: print,
        sha: run.sha,
        signal: deps.signal
      }).catch(error => {
        if (deps.signal.aborted) return undefined;
        throw error;
      });
      if (reusable) {
        ctx.log.info(
          `Reusing ${Object.entries(reusable.amis)
            .map(([region, id]) => `${region}: ${id}`)
            .join(', ')} (${reusable.amiName}), built from the same inputs${
            inputs.reuse === 'commit' ? ' at this commit' : ''
          }${reusable.runUrl ? ` by ${reusable.runUrl}` : ''}; nothing to build (reuse: ${inputs.reuse})`
        );
        return reusedBuild(plan, reusable, now());
      }
      ctx.log.info(`Fingerprint ${print}: no image to reuse (reuse: ${inputs.reuse})`);
      return runBuild(ctx, deps.signal);
    })
  );

  let manifestPath: string | undefined;
  try {
    manifestPath = await runPostProcessors({
      env: deps.env,
      onSecret: value => secrets.add(value),
      template,
      results,
      cwd,
      runUuid: buildId,
      time: deps.clock?.() ?? new Date(),
      log: sink,
      signal: deps.signal,
      dockerEndpoint
    });
  } finally {
    // Each user of the build's private directory removed its own files; the directory goes too.
    await removeBuildTempDir(buildId, deps.env);
  }
  return {
    template,
    buildId,
    builds: results,
    manifestPath,
    journal: journal.all(),
    lastOutput,
    ec2Calls,
    mask
  };
}

/** Packer's max_retries counts retries after the first attempt; the SDK counts attempts. */
function attemptsOf(plan: AmazonEbsBuildPlan): number | undefined {
  return plan.builder.maxRetries === undefined ? undefined : plan.builder.maxRetries + 1;
}

function dockerContext(
  plan: DockerBuildPlan,
  from: Omit<DockerBuildContext, 'plan' | 'createProvisioner' | 'sleep'> & { deps: MainDeps }
): DockerBuildContext {
  const { deps, ...rest } = from;
  return { ...rest, plan, createProvisioner: deps.createProvisioner, sleep: deps.sleep ?? realSleep };
}
