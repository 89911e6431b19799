// The docker post-processors' options (hashicorp/packer-plugin-docker post-processor/docker-tag,
// docker-push, docker-save, docker-import), with the rules their documentation states: docker-tag and
// docker-import need a repository, docker-save a path. Names and tags are checked against Docker's
// reference grammar here, so a typo fails with its line before anything is built.

import type { OptionsReader } from '../options-reader.js';
import type {
  DockerImportPostProcessor,
  DockerPushPostProcessor,
  DockerSavePostProcessor,
  DockerTagPostProcessor,
  PostProcessorCommon
} from '../types.js';
import { readEcrAccess, REGISTRY_LOGIN_OPTIONS } from './ecr-access.js';
import { secretString } from './secret-option.js';

export const DOCKER_POST_PROCESSOR_TYPES = [
  'docker-tag',
  'docker-push',
  'docker-save',
  'docker-import'
] as const;
export type DockerPostProcessorType = (typeof DOCKER_POST_PROCESSOR_TYPES)[number];

/** Packer runs the docker CLI; the action speaks to the Engine's API instead, so there is no executable to pick. */
const ELSEWHERE: Readonly<Record<string, string>> = {
  docker_path:
    'docker_path is not used: the action talks to the Docker Engine over its socket (set DOCKER_HOST to choose another daemon)'
};

const TAG_OPTIONS = ['repository', 'tags', 'tag', 'force'];
const PUSH_OPTIONS = [...REGISTRY_LOGIN_OPTIONS, 'aws_force_use_public_ecr'];
const SAVE_OPTIONS = ['path'];
const IMPORT_OPTIONS = ['repository', 'tag', 'changes', 'platform'];

/** The instructions `docker import --change` accepts (the Engine refuses any other). */
const IMPORT_CHANGES = [
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'LABEL',
  'ONBUILD',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR'
];

export function readDockerPostProcessor(
  type: DockerPostProcessorType,
  options: OptionsReader,
  common: PostProcessorCommon
) {
  switch (type) {
    case 'docker-tag':
      return readDockerTag(options, common);
    case 'docker-push':
      return readDockerPush(options, common);
    case 'docker-save':
      return readDockerSave(options, common);
    case 'docker-import':
      return readDockerImport(options, common);
  }
}

function readDockerTag(options: OptionsReader, common: PostProcessorCommon): DockerTagPostProcessor {
  options.checkKeys(TAG_OPTIONS, [], 'the docker-tag post-processor', ELSEWHERE);
  const tags = [...options.stringList('tags'), ...options.stringList('tag')];
  for (const name of ['tags', 'tag']) checkTags(options, name);
  return {
    type: 'docker-tag',
    ...common,
    repository: repository(options, 'repository', tags.length === 0),
    tags,
    deprecatedTag: options.has('tag'),
    force: options.bool('force') ?? false
  };
}

function readDockerPush(options: OptionsReader, common: PostProcessorCommon): DockerPushPostProcessor {
  // platform needs Engine API 1.46 (a multi-platform image store); the client speaks 1.41.
  options.checkKeys(PUSH_OPTIONS, ['platform'], 'the docker-push post-processor', ELSEWHERE);
  const loginPassword = secretString(options, 'login_password');
  const ecr = readEcrAccess(options);
  // With ecr_login, the username and password come from ECR (Packer ignores login_username and login_password).
  const login = ecr === undefined && (options.bool('login') ?? false);
  const loginUsername = options.string('login_username');
  if (login) {
    options.check(() => {
      if (loginUsername === undefined)
        throw options.missing('login_username', 'is required when login is true');
    });
    options.check(() => {
      if (loginPassword === undefined)
        throw options.missing('login_password', 'is required when login is true');
    });
  }
  return {
    type: 'docker-push',
    ...common,
    login,
    loginServer: options.string('login_server'),
    loginUsername,
    loginPassword,
    ...(ecr && { ecr })
  };
}

function readDockerSave(options: OptionsReader, common: PostProcessorCommon): DockerSavePostProcessor {
  options.checkKeys(SAVE_OPTIONS, [], 'the docker-save post-processor', ELSEWHERE);
  const path = options.localPath('path', { mustExist: false, reads: false });
  if (path === undefined) options.check(() => options.requiredString('path'));
  return { type: 'docker-save', ...common, path: path ?? '' };
}

function readDockerImport(options: OptionsReader, common: PostProcessorCommon): DockerImportPostProcessor {
  options.checkKeys(IMPORT_OPTIONS, [], 'the docker-import post-processor', ELSEWHERE);
  const tag = options.string('tag');
  if (tag !== undefined) options.check(() => checkTag(options, 'tag', tag));
  const changes = options.stringList('changes');
  options.check(() => {
    for (const change of changes) {
      const instruction = change.trim().split(/\s+/)[0]!.toUpperCase();
      if (!IMPORT_CHANGES.includes(instruction)) {
        throw options.error(
          'changes',
          `${JSON.stringify(change)} is not a change docker import accepts; use one of ${IMPORT_CHANGES.join(', ')}`
        );
      }
    }
  });
  return {
    type: 'docker-import',
    ...common,
    repository: repository(options, 'repository', tag === undefined),
    tag,
    changes,
    platform: options.string('platform')
  };
}

// Docker's reference grammar (distribution/reference): a registry host, then lowercase path components.
const HOST =
  '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const NAME = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const NAME_WITH_TAG = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?$`);
const TAG_ONLY = new RegExp(`^${TAG}$`);

/** A required repository; it may carry its own `:tag` only when no tag is given separately (as Packer joins them). */
function repository(options: OptionsReader, name: string, mayHaveTag: boolean): string {
  const value = options.requiredString(name);
  if (value === '') return value;
  options.check(() => {
    if ((mayHaveTag ? NAME_WITH_TAG : NAME).test(value)) return;
    const tagged = !mayHaveTag && NAME_WITH_TAG.test(value);
    throw options.error(
      name,
      tagged
        ? `${JSON.stringify(value)} already has a tag; give the tag only once`
        : `${JSON.stringify(value)} is not a valid repository: use [host[:port]/]name, lowercase ` +
            'letters, digits and separators (. _ -), such as 127.0.0.1:5000/team/app'
    );
  });
  return value;
}

function checkTags(options: OptionsReader, name: string): void {
  options.check(() => {
    for (const tag of options.stringList(name)) checkTag(options, name, tag);
  });
}

function checkTag(options: OptionsReader, name: string, tag: string): void {
  if (!TAG_ONLY.test(tag)) {
    throw options.error(
      name,
      `${JSON.stringify(tag)} is not a valid tag: up to 128 letters, digits, _, . and -, not starting with . or -`
    );
  }
}
