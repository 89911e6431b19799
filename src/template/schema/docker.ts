// The docker builder's options (packer-plugin-docker builder/docker/config.go), typed and validated as
// Packer's Prepare does, before anything talks to the daemon: exactly one of commit, discard and
// export_path; changes limited to what a commit applies; run_command read into the Engine's create body
// now, so an option we cannot honour is refused at its line instead of at run time.

import { changeProblem } from '../../docker/labels.js';
import { parseRunCommand, RunCommandError } from '../../docker/run-command.js';
import type { Deferred } from '../deferred.js';
import { renderDeferred, type DataPolicy } from '../interpolate.js';
import type { OptionsReader } from '../options-reader.js';
import { IMPLEMENTED_AMAZON_EBS_OPTIONS } from './amazon-ebs-options.js';
import { readEcrAccess, REGISTRY_LOGIN_OPTIONS, type EcrAccess } from './ecr-access.js';
import { secretString } from './secret-option.js';

export const IMPLEMENTED_DOCKER_OPTIONS = [
  'image',
  'pull',
  'commit',
  'discard',
  'export_path',
  'changes',
  'run_command',
  'volumes',
  'privileged',
  'cap_add',
  'cap_drop',
  'exec_user',
  'container_dir',
  'fix_upload_owner',
  'author',
  'message',
  'platform',
  ...REGISTRY_LOGIN_OPTIONS,
  'communicator'
];

/** Options Packer's docker builder documents that are not built here yet. */
export const UNSUPPORTED_DOCKER_OPTIONS = ['device', 'tmpfs', 'windows_container', 'runtime', 'build'];

/** Packer's default run_command (`docker run` arguments; `{{.Image}}` is the image). */
export const DEFAULT_RUN_COMMAND = ['-d', '-i', '-t', '--entrypoint=/bin/sh', '--', '{{.Image}}'];

const RUN_COMMAND_DATA: DataPolicy = {
  fields: new Map([['Image', 'string']]),
  buildNames: new Set(),
  hint: 'run_command may use {{.Image}} only'
};

export type DockerOutput =
  | { readonly kind: 'commit' }
  | { readonly kind: 'discard' }
  /** export_path: the container's filesystem as a tar at this absolute path. */
  | { readonly kind: 'export'; readonly path: string };

export interface DockerLogin {
  readonly server?: string;
  /** ecr_login: the username and password come from ECR for `server` (an ECR URL) at pull time. */
  readonly ecr?: EcrAccess;
  readonly username?: string;
  /** Secret: its value is in LoadedTemplate.sensitiveValues. */
  readonly password?: string;
}

export interface DockerConfig {
  readonly type: 'docker';
  readonly image: string;
  /** Pull before the build (default true); false uses the daemon's copy, pulling only when it has none. */
  readonly pull: boolean;
  readonly output: DockerOutput;
  /** Dockerfile instructions applied at commit (CMD, ENV, LABEL, ...). */
  readonly changes: readonly string[];
  /** `docker run` arguments; each renders with `{{.Image}}` (the image) at run time. */
  readonly runCommand: readonly Deferred[];
  /** Host path → container path. */
  readonly volumes: Readonly<Record<string, string>>;
  readonly privileged: boolean;
  readonly capAdd: readonly string[];
  readonly capDrop: readonly string[];
  readonly execUser?: string;
  readonly containerDir: string;
  readonly fixUploadOwner: boolean;
  readonly author?: string;
  readonly message?: string;
  readonly platform?: string;
  /** Set when `login` is true: the pull logs in to this registry first. */
  readonly login?: DockerLogin;
  readonly communicator: { readonly type: 'docker' } | { readonly type: 'none' };
}

export function readDocker(options: OptionsReader): DockerConfig {
  options.checkKeys(IMPLEMENTED_DOCKER_OPTIONS, UNSUPPORTED_DOCKER_OPTIONS, 'docker', amazonOnly());
  const image = options.requiredString('image', 'must be specified');
  const runCommand = options.has('run_command')
    ? options.deferredList('run_command', RUN_COMMAND_DATA)
    : DEFAULT_RUN_COMMAND.map(arg => renderDeferred(arg, options.context.scope, RUN_COMMAND_DATA));
  if (options.has('image')) options.check(() => checkRunCommand(options, runCommand, image));
  const changes = options.stringList('changes');
  changes.forEach((change, index) =>
    options.check(() => {
      const problem = changeProblem(change);
      if (problem !== undefined) throw options.error('changes', `changes[${index}]: ${problem}`);
    })
  );
  return {
    type: 'docker',
    image,
    pull: options.bool('pull') ?? true,
    output: readOutput(options),
    changes,
    runCommand,
    volumes: options.stringMap('volumes'),
    privileged: options.bool('privileged') ?? false,
    capAdd: options.stringList('cap_add'),
    capDrop: options.stringList('cap_drop'),
    execUser: options.string('exec_user'),
    containerDir: options.string('container_dir') ?? '/packer-files',
    fixUploadOwner: options.bool('fix_upload_owner') ?? true,
    author: options.string('author'),
    message: options.string('message'),
    platform: options.string('platform'),
    login: readLogin(options),
    communicator: readDockerCommunicator(options)
  };
}

function checkRunCommand(options: OptionsReader, runCommand: readonly Deferred[], image: string): void {
  try {
    parseRunCommand(runCommand.map(arg => arg.render({ Image: image })));
  } catch (error) {
    if (error instanceof RunCommandError) throw options.error('run_command', error.message);
    throw error;
  }
}

function readOutput(options: OptionsReader): DockerOutput {
  const commit = options.bool('commit') ?? false;
  const discard = options.bool('discard') ?? false;
  const exportPath = options.localPath('export_path', { mustExist: false, reads: false });
  const chosen = [commit, discard, exportPath !== undefined].filter(Boolean).length;
  options.check(() => {
    // Packer's messages (config.go).
    if (chosen === 0) throw options.objectError('one of commit, discard, or export_path must be specified');
    if (chosen > 1) {
      const last = ['export_path', 'discard', 'commit'].find(name => options.has(name))!;
      throw options.error(last, 'only one of commit, discard, or export_path can be set');
    }
  });
  if (exportPath !== undefined) return { kind: 'export', path: exportPath };
  return discard ? { kind: 'discard' } : { kind: 'commit' };
}

function readLogin(options: OptionsReader): DockerLogin | undefined {
  const password = secretString(options, 'login_password');
  const ecr = readEcrAccess(options);
  if (ecr) return { server: options.string('login_server'), ecr };
  if (!(options.bool('login') ?? false)) return undefined;
  return {
    server: options.string('login_server'),
    username: options.string('login_username'),
    password
  };
}

function readDockerCommunicator(options: OptionsReader): DockerConfig['communicator'] {
  const type = options.string('communicator') ?? 'docker';
  if (type === 'docker' || type === 'none') return { type };
  options.check(() => {
    throw options.error(
      'communicator',
      ['ssh', 'winrm', 'dockerWindowsContainer'].includes(type)
        ? `communicator ${type} is not supported yet with the docker builder; use docker or none`
        : `communicator ${type} is not valid here; use docker or none`
    );
  });
  return { type: 'docker' };
}

/** An amazon-ebs option in a docker builder: say whose it is rather than "unknown". */
function amazonOnly(): Record<string, string> {
  const own = new Set([...IMPLEMENTED_DOCKER_OPTIONS, ...UNSUPPORTED_DOCKER_OPTIONS]);
  return Object.fromEntries(
    IMPLEMENTED_AMAZON_EBS_OPTIONS.filter(name => !own.has(name)).map(name => [
      name,
      `${name} is an amazon-ebs option; the docker builder does not take it`
    ])
  );
}
