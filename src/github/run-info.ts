// Where this run comes from, read from the runner's environment: the commit, repository, ref
// and the URL of the workflow run, for the traceability tags and the summary.

export interface RunInfo {
  sha: string;
  repository: string;
  ref: string;
  runUrl: string;
  serverUrl: string;
  runId: string;
  eventName: string;
}

export function readRunInfo(env: NodeJS.ProcessEnv = process.env): RunInfo {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || '';
  const runId = env.GITHUB_RUN_ID || '';
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return {
    sha: env.GITHUB_SHA || '',
    repository,
    ref: env.GITHUB_REF || '',
    runId,
    runUrl:
      repository && runId
        ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
        : '',
    serverUrl,
    eventName: env.GITHUB_EVENT_NAME || ''
  };
}
