// The image the container starts from: logged in first when `login` is set (the registry checks the
// credentials, as `docker login` does) or with the login ECR gives when `ecr_login` is set, pulled unless pull is false and the daemon has it already.
import { normalizeRegistry } from '../../docker/cli-config.js';
import { checkLogin, inspectImage, pullImage, type RegistryAuth } from '../../docker/engine.js';
import { DockerOperationError } from '../../docker/errors.js';
import type { EcrAccess } from '../../template/schema/ecr-access.js';
import type { Step } from '../runner.js';
import type { DockerBuildContext, DockerBuildState } from './context.js';

export function pullSourceImage(ctx: DockerBuildContext): Step<DockerBuildState> {
  const { image, pull, platform, login } = ctx.plan.builder;
  return {
    title: 'Pull image',
    async run(state, signal) {
      const present = await inspectImage(ctx.endpoint, image);
      if (!pull && present) {
        ctx.log.info(`Using ${image} as the daemon has it (pull: false)`);
        state.imageId = present.Id;
        return;
      }
      let auth: RegistryAuth | undefined;
      if (login) {
        auth = login.ecr
          ? await ecrAuth(ctx, login.server!, login.ecr, signal)
          : { serveraddress: login.server, username: login.username, password: login.password };
        try {
          const { identityToken } = await checkLogin(ctx.endpoint, auth);
          if (identityToken) auth = { serveraddress: auth.serveraddress, identitytoken: identityToken };
        } catch (error) {
          throw withHint(
            error,
            login.ecr
              ? `The registry refused the login ECR gave for ${login.server}: check that login_server is the registry the image is in`
              : 'Check login_server, login_username and login_password'
          );
        }
        ctx.log.info(`Logged in to ${login.server ?? 'the default registry'}`);
      }
      ctx.log.info(`Pulling ${image}`);
      try {
        await pullImage(ctx.endpoint, image, { auth, platform, signal });
      } catch (error) {
        if (signal.aborted) throw error;
        throw withHint(
          error,
          login
            ? 'Check the image name, and that the login may read it'
            : 'Check the image name; for a private registry, set login, login_server, login_username and login_password'
        );
      }
      const pulled = await inspectImage(ctx.endpoint, image);
      if (!pulled)
        throw new DockerOperationError({
          operation: 'pull',
          doing: `pulling ${image}`,
          resource: image,
          detail: 'the daemon does not have the image after the pull'
        });
      state.imageId = pulled.Id;
      ctx.log.info(`Image ${image}: ${pulled.Id}`);
    }
  };
}

/** ecr_login: the registry's login from ECR (Packer: "Fetching ECR credentials..."); the ECR code is loaded only here. */
async function ecrAuth(
  ctx: DockerBuildContext,
  server: string,
  access: EcrAccess,
  signal: AbortSignal
): Promise<RegistryAuth> {
  ctx.log.info(`Fetching ECR credentials for ${server}`);
  const { ecrLogin } = await import('../../aws/ecr-login.js');
  const login = await ecrLogin({ server, credentials: access, env: ctx.env, signal, onSecret: ctx.onSecret });
  return { serveraddress: normalizeRegistry(server), username: login.username, password: login.password };
}

/** The Engine's error with what to do added (its message already names the call and the image). */
function withHint(error: unknown, hint: string): unknown {
  if (!(error instanceof DockerOperationError) || error.hint) return error;
  const wrapped = new DockerOperationError({
    operation: error.operation,
    doing: error.message.replace(/^Docker [^:]*: /, ''),
    resource: error.resource,
    statusCode: error.statusCode,
    // The message already carries the Engine's detail.
    detail: '',
    cause: error.cause,
    hint
  });
  return wrapped;
}
