/**
 * The environment the Actions runner gives a JavaScript action's process: the runner's
 * own variables (GITHUB_*, RUNNER_*), one INPUT_* per input, STATE_* for a post step,
 * and nothing of the test process's own GITHUB_*, INPUT_* or STATE_* variables.
 */

export type InputValue = string | number | boolean;

export interface WorkflowEvent {
  /** GITHUB_EVENT_NAME: push, pull_request, workflow_dispatch, ... */
  name: string;
  /** The webhook payload; written to the file GITHUB_EVENT_PATH names. */
  payload: Record<string, unknown>;
}

/** Where the runner's per-job and per-step files live for one step. */
export interface StepFiles {
  workspace: string;
  runnerTemp: string;
  eventPath: string;
  output: string;
  state: string;
  summary: string;
  env: string;
  path: string;
}

export const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
export const DEFAULT_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

/**
 * Deliberately unreachable: a test that forgot to point the action at the GitHub stub
 * fails fast with ECONNREFUSED instead of calling api.github.com.
 */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:9';

/**
 * Parent variables a step must not see. Besides the runner's own prefixes, AWS_* is
 * dropped so a developer's credentials can never reach a real account from a test, and
 * NODE_OPTIONS because Jest sets --experimental-vm-modules, which the runner never does.
 */
const WITHHELD_PREFIXES = ['GITHUB_', 'INPUT_', 'STATE_', 'RUNNER_', 'ACTIONS_', 'AWS_'];
const WITHHELD_NAMES = new Set(['CI', 'NODE_OPTIONS']);

/** The runner's name for an input: INPUT_ + name with spaces as "_", upper-cased; hyphens stay. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

export function inheritedEnvironment(parent: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || WITHHELD_NAMES.has(name)) continue;
    if (WITHHELD_PREFIXES.some(prefix => name.startsWith(prefix))) continue;
    kept[name] = value;
  }
  return kept;
}

function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags|pull)\//, '');
}

function pullRequestOf(event: WorkflowEvent): {
  number?: number;
  head?: { ref?: string };
  base?: { ref?: string };
} {
  const isPullRequestEvent = event.name === 'pull_request' || event.name === 'pull_request_target';
  return isPullRequestEvent ? ((event.payload.pull_request as object | undefined) ?? {}) : {};
}

/**
 * The GITHUB_* and RUNNER_* variables for one step. `overrides` (the test's `env`) may
 * replace any of them; the values derived from others (owner from repository, ref from a
 * pull_request event) follow the overrides.
 */
export function runnerVariables(
  files: StepFiles,
  event: WorkflowEvent,
  overrides: Record<string, string | undefined>
): Record<string, string> {
  const repository = overrides.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY;
  const pull = pullRequestOf(event);
  // On pull_request the runner checks out the merge ref; on pull_request_target, the base branch.
  const defaultRef =
    event.name === 'pull_request' && pull.number !== undefined
      ? `refs/pull/${pull.number}/merge`
      : 'refs/heads/main';
  const ref = overrides.GITHUB_REF ?? defaultRef;
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_SHA: DEFAULT_SHA,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName(ref),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ...(pull.head?.ref ? { GITHUB_HEAD_REF: pull.head.ref } : {}),
    ...(pull.base?.ref ? { GITHUB_BASE_REF: pull.base.ref } : {}),
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_RUN_ID: '7300000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: UNREACHABLE_API_URL,
    GITHUB_GRAPHQL_URL: `${UNREACHABLE_API_URL}/graphql`,
    GITHUB_WORKFLOW: 'build-ami',
    GITHUB_JOB: 'build',
    GITHUB_ACTION: 'ami',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_WORKSPACE: files.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: files.runnerTemp
  };
}

/** The payload of a push to main, for steps run without an explicit event. */
export function defaultPushEvent(repository: string, sha: string): WorkflowEvent {
  const [owner, name] = repository.split('/');
  return {
    name: 'push',
    payload: {
      ref: 'refs/heads/main',
      before: '0'.repeat(40),
      after: sha,
      repository: { name, full_name: repository, owner: { login: owner } },
      sender: { login: 'octocat', type: 'User' }
    }
  };
}

export interface StepEnvironmentParts {
  parent: NodeJS.ProcessEnv;
  files: StepFiles;
  event: WorkflowEvent;
  inputs: Record<string, InputValue>;
  state: Record<string, string>;
  /** What earlier steps exported through GITHUB_ENV and GITHUB_PATH. */
  exportedEnv: Record<string, string>;
  exportedPath: readonly string[];
  /** The test's own variables; `undefined` removes one. Applied last. */
  env: Record<string, string | undefined>;
}

export function stepEnvironment(parts: StepEnvironmentParts): Record<string, string> {
  const environment: Record<string, string | undefined> = {
    ...inheritedEnvironment(parts.parent),
    ...runnerVariables(parts.files, parts.event, parts.env),
    ...parts.exportedEnv
  };
  for (const [name, value] of Object.entries(parts.inputs))
    environment[inputVariableName(name)] = String(value);
  // The runner hands saved state back under the name it was saved with, unchanged.
  for (const [name, value] of Object.entries(parts.state)) environment[`STATE_${name}`] = value;
  Object.assign(environment, parts.env);
  if (parts.exportedPath.length > 0) {
    // Each GITHUB_PATH line goes in front; the last one written ends up first.
    environment.PATH = [...parts.exportedPath]
      .reverse()
      .concat(environment.PATH ?? [])
      .join(':');
  }
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(environment)) if (value !== undefined) result[name] = value;
  return result;
}
