// Turns the run's results into what the job summary and the pull request comment show.
import type { BuildResult } from '../builder/build.js';
import type { BuildLine, BuildReport } from '../github/report.js';
import type { RunInfo } from '../github/run-info.js';
import type { JournalEntry } from '../journal.js';
import { maskStrings } from '../secrets.js';
import type { MainResult } from './build-all.js';
import type { FinishedRun } from './after-build.js';
import { afterBuildReport } from './lifecycle-report.js';
import { messageOf } from '../errors.js';

// An instance asked to terminate and not waited for counts as cleaned up; the post step confirms it.
const describe = (e: JournalEntry) => {
  const notes = [e.region, e.status === 'terminating' ? 'shutting down' : undefined].filter(Boolean);
  return `${e.kind} ${e.id}${notes.length ? ` (${notes.join('; ')})` : ''}`;
};

function buildLine(result: MainResult, build: BuildResult): BuildLine {
  const own = result.journal.filter(e => e.build === build.name);
  const failed = build.outcome !== 'succeeded';
  return {
    name: build.name,
    region: build.region,
    outcome: build.reusedFrom ? 'reused' : build.outcome,
    amis: build.amis,
    amiName: build.amiName,
    ...(build.builderType === 'docker'
      ? {
          docker: {
            imageId: build.docker?.kind === 'docker-image' ? build.docker.imageId : undefined,
            file: build.docker?.kind === 'docker-file' ? build.docker.path : undefined,
            sourceImage: build.sourceImage
          }
        }
      : {}),
    sourceAmi: build.sourceAmi,
    sourceAmiName: build.sourceAmiName,
    startedAt: build.startedAt,
    durationMs: build.durationMs,
    steps: build.steps.map(s => ({
      title: s.title,
      startedAt: s.startedAt,
      durationMs: s.durationMs,
      status: s.status
    })),
    error: failed && build.error !== undefined ? messageOf(build.error) : undefined,
    lastOutput: failed ? result.lastOutput[build.name] : undefined,
    cleanedUp: own.filter(e => e.status === 'deleted' || e.status === 'terminating').map(describe),
    leftBehind: own.filter(e => e.status === 'created').map(describe),
    reusedFrom: build.reusedFrom ? { ...build.reusedFrom, amiId: build.amiId ?? '' } : undefined
  };
}

export function buildReport(
  result: FinishedRun,
  run: RunInfo,
  outputs: Record<string, string>,
  templatePath: string,
  env: NodeJS.ProcessEnv
): BuildReport {
  // The summary and the comment are not masked by the runner: every string in them (an AMI name made
  // from a sensitive variable, an error, the last lines of output) goes through the run's masker.
  return maskStrings(
    {
      templatePath,
      buildId: result.buildId,
      sha: run.sha,
      repository: run.repository,
      serverUrl: run.serverUrl,
      runUrl: run.runUrl || undefined,
      builds: result.builds.map(b => buildLine(result, b)),
      ec2Calls: result.ec2Calls + (result.afterBuild?.calls.ec2 ?? 0),
      ...afterBuildReport(result.afterBuild),
      outputs,
      jobId: env.GITHUB_JOB,
      stepId: env.GITHUB_ACTION
    },
    result.mask
  );
}
