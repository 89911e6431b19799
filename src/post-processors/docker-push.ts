// docker-push (packer-plugin-docker post-processor/docker-push): pushes every name its input carries
// (the tags docker-tag added, or docker-import's repository:tag) and hands on the image with the
// digests the registry gave. With `login`, the credentials are checked first, as `docker login` does,
// and sent only to login_server's registry; with `ecr_login`, the login is ECR's for login_server
// (aws/ecr-login.ts); without either, a `docker login` done before the action is used.
// The password is never logged, and is cut out of any message that could quote it.
import type { DockerArtifact, DockerImageArtifact } from '../docker/artifact.js';
import { DOCKER_HUB_SERVER, normalizeRegistry, registryOf, storedCredentials } from '../docker/cli-config.js';
import { checkLogin, pushImage, splitTag, withDefaultTag, type RegistryAuth } from '../docker/engine.js';
import { DockerOperationError } from '../docker/errors.js';
import { messageOf } from '../errors.js';
import type { DockerPushPostProcessor } from '../template/types.js';
import {
  DockerPostProcessorError,
  shortId,
  uniqueNames,
  withoutSecret,
  type DockerPostProcessorDeps
} from './docker-common.js';

const REFUSED = /unauthorized|authentication required|no basic auth credentials|denied|forbidden/i;

export async function runDockerPush(
  pp: DockerPushPostProcessor,
  input: DockerArtifact,
  deps: DockerPostProcessorDeps
): Promise<DockerImageArtifact> {
  const fail = (message: string, details: { cause?: unknown; hint?: string } = {}) =>
    new DockerPostProcessorError({
      postProcessor: 'docker-push',
      message: withoutSecret(message, pp.loginPassword),
      ...details
    });
  if (input.kind !== 'docker-image') {
    throw fail(`cannot push the file ${input.path}: can only push docker-import and docker-tag artifacts`, {
      hint: 'Push before docker-save, or import the file with docker-import first'
    });
  }
  const names = uniqueNames(input.repoTags.map(withDefaultTag));
  if (names.length === 0) {
    throw fail(`the image ${shortId(input.imageId)} has no repository:tag to push`, {
      hint: 'Put docker-tag (with the registry in its repository) before docker-push'
    });
  }
  const login = pp.ecr ? await ecrLogIn(pp, deps, fail) : pp.login ? await logIn(pp, deps, fail) : undefined;
  const loginRegistry = normalizeRegistry(pp.loginServer ?? DOCKER_HUB_SERVER);
  const digests: string[] = [];
  for (const name of names) {
    const registry = registryOf(name);
    const auth =
      login !== undefined && normalizeRegistry(registry) === loginRegistry
        ? login
        : await stored(registry, deps, fail);
    deps.log.info(`docker-push: pushing ${name}`);
    let digest: string | undefined;
    try {
      ({ digest } = await pushImage(deps.engine, name, { auth, signal: deps.signal }));
    } catch (err) {
      throw pushFailure(pp, name, registry, auth, err, fail);
    }
    if (digest === undefined) {
      deps.log.warning(`docker-push: the registry did not say which digest ${name} has`);
      continue;
    }
    deps.log.info(`docker-push: pushed ${name} (${digest})`);
    digests.push(`${splitTag(name).repository}@${digest}`);
  }
  return { kind: 'docker-image', imageId: input.imageId, repoTags: names, digests: uniqueNames(digests) };
}

type Fail = (message: string, details?: { cause?: unknown; hint?: string }) => DockerPostProcessorError;

/** Checks the login with the registry (as `docker login` does) and returns what pushes send. */
async function logIn(pp: DockerPushPostProcessor, deps: DockerPostProcessorDeps, fail: Fail) {
  const server = pp.loginServer ?? DOCKER_HUB_SERVER;
  const auth: RegistryAuth = {
    username: pp.loginUsername,
    password: pp.loginPassword,
    serveraddress: server
  };
  deps.log.info(`docker-push: logging in to ${server} as ${pp.loginUsername}`);
  try {
    const { identityToken } = await checkLogin(deps.engine, auth);
    return identityToken ? { identitytoken: identityToken, serveraddress: server } : auth;
  } catch (err) {
    const detail = engineDetail(err);
    throw fail(`logging in to ${server} as ${pp.loginUsername} failed: ${detail}`, {
      cause: err,
      hint: REFUSED.test(detail)
        ? 'Check login_username and login_password (and login_server)'
        : `Check that ${server} is reachable from the Docker daemon`
    });
  }
}

/**
 * ecr_login (Packer: "Fetching ECR credentials..."): the login ECR gives for login_server, checked with
 * the registry as any login is. The ECR code is loaded only here.
 */
async function ecrLogIn(pp: DockerPushPostProcessor, deps: DockerPostProcessorDeps, fail: Fail) {
  const server = pp.loginServer!;
  deps.log.info(`docker-push: fetching ECR credentials for ${server}`);
  if (!deps.onSecret)
    throw new Error('docker-push: ecr_login needs a way to register the password as a secret');
  const { ecrLogin } = await import('../aws/ecr-login.js');
  let secret: string | undefined;
  let ecr: { username: string; password: string };
  try {
    ecr = await ecrLogin({
      server,
      credentials: pp.ecr!,
      env: deps.env,
      signal: deps.signal,
      onSecret: value => {
        secret = value;
        deps.onSecret!(value);
      }
    });
  } catch (err) {
    if (deps.signal?.aborted) throw err;
    throw fail(messageOf(err), { cause: err });
  }
  const registry = normalizeRegistry(server);
  const auth: RegistryAuth = { username: ecr.username, password: ecr.password, serveraddress: registry };
  try {
    const { identityToken } = await checkLogin(deps.engine, auth);
    return identityToken ? { identitytoken: identityToken, serveraddress: registry } : auth;
  } catch (err) {
    throw fail(
      withoutSecret(`logging in to ${server} with the login ECR gave failed: ${engineDetail(err)}`, secret),
      {
        cause: err,
        hint: `Check that login_server is the ECR registry to push to, and that ${registry} is reachable from the Docker daemon`
      }
    );
  }
}

async function stored(registry: string, deps: DockerPostProcessorDeps, fail: Fail) {
  try {
    return await storedCredentials(registry, deps.dockerConfigDir);
  } catch (err) {
    throw fail(`reading the docker CLI's credentials for ${registry} failed: ${messageOf(err)}`, {
      cause: err
    });
  }
}

function pushFailure(
  pp: DockerPushPostProcessor,
  name: string,
  registry: string,
  auth: RegistryAuth | undefined,
  err: unknown,
  fail: Fail
): DockerPostProcessorError {
  const detail = engineDetail(err);
  if (!REFUSED.test(detail)) {
    return fail(`pushing ${name} to ${registry} failed: ${detail}`, { cause: err });
  }
  if (auth === undefined) {
    const other =
      pp.login || pp.ecr ? ` (the login is for ${pp.loginServer ?? 'Docker Hub'}, not ${registry})` : '';
    return fail(`push to ${registry} refused: authentication required${other}`, {
      cause: err,
      hint: `Set login: true with login_server: ${registry}, login_username and login_password, or run docker login ${registry} in an earlier step`
    });
  }
  const who = auth.username ? ` as ${auth.username}` : '';
  return fail(`push of ${name} to ${registry} refused${who}: ${detail}`, {
    cause: err,
    hint: `Check that this account may push to ${splitTag(name).repository}`
  });
}

/** The Engine's own words, without our "Docker push: pushing ..." prefix. */
function engineDetail(err: unknown): string {
  if (err instanceof DockerOperationError) {
    const message = err.message;
    const parts = message.split(': ');
    return parts.length > 2 ? parts.slice(2).join(': ') : message;
  }
  return messageOf(err);
}
