// Runs each build's post-processor chains on its artifact: manifest writes Packer's
// packer-manifest.json; shell-local runs commands on the runner with the artifact's details.
import type { BuildResult } from '../builder/build.js';
import type { LogSink } from '../log.js';
import { artifactId, writeManifest } from '../post-processors/manifest.js';
import type { LoadedTemplate } from '../template/types.js';

export interface PostProcessorRun {
  template: LoadedTemplate;
  results: BuildResult[];
  cwd: string;
  runUuid: string;
  time: Date;
  log: LogSink;
}

/** Returns the path of the last manifest written, if any. */
export async function runPostProcessors(run: PostProcessorRun): Promise<string | undefined> {
  let manifestPath: string | undefined;
  for (const [index, plan] of run.template.builds.entries()) {
    const result = run.results[index];
    if (result.outcome !== 'succeeded' || !result.amiId) continue;
    const id = artifactId(result.amis);
    for (const chain of plan.postProcessors) {
      for (const pp of chain) {
        if (pp.type === 'manifest') {
          manifestPath = writeManifest(
            {
              output: pp.output,
              strip_path: pp.stripPath,
              strip_time: pp.stripTime,
              custom_data: { ...pp.customData }
            },
            { buildName: plan.name, artifactId: id },
            { uuid: run.runUuid, time: run.time, cwd: run.cwd }
          );
          run.log.info(`${plan.name}: manifest written to ${manifestPath}`);
        } else {
          run.log.warning(`${plan.name}: the ${pp.type} post-processor is not run yet`);
        }
      }
    }
  }
  return manifestPath;
}
