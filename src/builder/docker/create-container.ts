// The build's container: run_command read into the Engine's create body, with volumes, privileged,
// cap_add / cap_drop and platform, and the build id as a label. It is in the journal before it starts,
// so a cleanup (this build's, or the post step's after a kill) finds it; its cleanup removes it on
// success, failure and cancellation alike.
import { dockerCommunicator } from '../../communicator/docker.js';
import { createContainer, inspectImage, removeContainer, startContainer } from '../../docker/engine.js';
import { LABELS } from '../../docker/labels.js';
import { parseRunCommand } from '../../docker/run-command.js';
import type { Step } from '../runner.js';
import { DOCKER_REGION, type DockerBuildContext, type DockerBuildState } from './context.js';

export function createBuildContainer(ctx: DockerBuildContext): Step<DockerBuildState> {
  const b = ctx.plan.builder;
  return {
    title: 'Create container',
    async run(state, signal) {
      const { spec, name, platform } = parseRunCommand(
        b.runCommand.map(arg => arg.render({ Image: b.image }))
      );
      const host = (spec.HostConfig ??= {});
      const binds = Object.entries(b.volumes).map(([from, to]) => `${from}:${to}`);
      if (binds.length) host.Binds = [...(host.Binds ?? []), ...binds];
      if (b.privileged) host.Privileged = true;
      if (b.capAdd.length) host.CapAdd = [...(host.CapAdd ?? []), ...b.capAdd];
      if (b.capDrop.length) host.CapDrop = [...(host.CapDrop ?? []), ...b.capDrop];
      spec.Labels = { ...spec.Labels, [LABELS.buildId]: ctx.buildId };
      const id = await createContainer(ctx.endpoint, spec, {
        name,
        platform: platform ?? b.platform,
        signal
      });
      ctx.journal.created({ kind: 'container', id, region: DOCKER_REGION, build: ctx.plan.name });
      state.containerId = id;
      ctx.log.info(`Container ${id.slice(0, 12)} from ${spec.Image}`);
      await startContainer(ctx.endpoint, id, signal);
      const user = spec.User ?? (await inspectImage(ctx.endpoint, spec.Image))?.Config?.User ?? '';
      state.containerUser = user || 'root';
      if (b.communicator.type === 'docker') {
        state.communicator = dockerCommunicator({
          endpoint: ctx.endpoint,
          containerId: id,
          user: b.execUser,
          uploadOwner: b.fixUploadOwner ? state.containerUser : undefined
        });
      }
    },
    async cleanup(state) {
      const id = state.containerId;
      if (!id) return;
      await state.communicator?.close().catch(() => undefined);
      await removeContainer(ctx.endpoint, id);
      ctx.journal.deleted('container', id);
      ctx.log.info(`Removed container ${id.slice(0, 12)}`);
    }
  };
}
