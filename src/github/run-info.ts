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

/** Tag values are at most 256 characters and some characters are not allowed: keep them valid. */
const tagValue = (value: string) => value.slice(0, 256);

export function traceTags(run: RunInfo, fingerprint: string, buildId: string): Record<string, string> {
  const tags: Record<string, string> = {
    'build-ami:commit': run.sha,
    'build-ami:repository': run.repository,
    'build-ami:ref': run.ref,
    'build-ami:run-url': run.runUrl,
    'build-ami:fingerprint': fingerprint,
    'build-ami:build-id': buildId
  };
  return Object.fromEntries(
    Object.entries(tags)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, tagValue(v)])
  );
}

export function temporaryTags(run: RunInfo, buildId: string): Record<string, string> {
  const tags: Record<string, string> = { 'build-ami:build-id': buildId, 'build-ami:run-url': run.runUrl };
  return Object.fromEntries(
    Object.entries(tags)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, tagValue(v)])
  );
}
