// Shows the run where people look: the job summary always, and the pull request comment when
// asked for. Neither can fail the build: trouble becomes a warning that says why.
import { readFileSync } from 'node:fs';
import { commentMarker, renderComment, renderSummary } from './markdown.js';
import { upsertPullRequestComment, type EventPayload } from './pull-request-comment.js';
import type { BuildReport } from './report.js';
import type { RunInfo } from './run-info.js';
import { writeSummary, type SummarySink } from './summary.js';

export interface PublishOptions {
  report: BuildReport;
  run: RunInfo;
  summary: SummarySink;
  commentOnPr: boolean;
  token: string;
  env: NodeJS.ProcessEnv;
  info: (line: string) => void;
  warning: (line: string) => void;
}

function eventPayload(env: NodeJS.ProcessEnv): EventPayload {
  try {
    return env.GITHUB_EVENT_PATH
      ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload)
      : {};
  } catch {
    return {};
  }
}

export async function publish(options: PublishOptions): Promise<void> {
  const { report, run } = options;
  const summary = await writeSummary(renderSummary(report), options.summary);
  if (!summary.written) options.warning(`No job summary was written: ${summary.reason}`);
  if (!options.commentOnPr) return;
  const result = await upsertPullRequestComment({
    token: options.token,
    apiUrl: options.env.GITHUB_API_URL,
    repository: run.repository,
    eventName: run.eventName,
    eventPayload: eventPayload(options.env),
    sha: run.sha,
    marker: commentMarker(report.templatePath),
    body: renderComment(report),
    log: { info: options.info, debug: () => undefined }
  });
  if (result.status === 'skipped') {
    if (
      run.eventName === 'pull_request' ||
      run.eventName === 'pull_request_target' ||
      run.eventName === 'push'
    ) {
      options.warning(`No pull request comment was written: ${result.reason}`);
    } else {
      options.info(`No pull request comment: ${result.reason}`);
    }
  } else {
    options.info(`Pull request comment ${result.status}: ${result.url}`);
  }
}
