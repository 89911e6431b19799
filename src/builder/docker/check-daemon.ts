// Before anything else: can the daemon be reached? A missing or refusing socket fails here, before
// anything is pulled or created, with what to do (http.ts: start Docker, or set DOCKER_HOST).
import { ping } from '../../docker/engine.js';
import type { Step } from '../runner.js';
import type { DockerBuildContext, DockerBuildState } from './context.js';

export function checkDaemon(ctx: DockerBuildContext): Step<DockerBuildState> {
  return {
    title: 'Check Docker daemon',
    async run() {
      await ping(ctx.endpoint);
      ctx.log.info(`Docker daemon at ${ctx.endpoint.socketPath}`);
    }
  };
}
