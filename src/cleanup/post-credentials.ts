// The post step cleans up with the credentials the main step used. Template credentials
// (access_key, secret_key, token) are never written to the saved state: the post step reads the
// same inputs and loads the same template again (no EC2 call for that), and takes each region's
// credentials from the build that works there. A template that no longer loads leaves the standard
// credential chain, which is what the main step used when the template gave none.
import { readInputs, type GetInput } from '../inputs.js';
import { loadTemplate } from '../template/index.js';
import type { BuildPlan } from '../template/types.js';
import { messageOf } from '../errors.js';
import { resolve } from 'node:path';

export type TemplateCredentials = BuildPlan['builder']['credentials'];

export interface PostCredentials {
  /** Region → the template's credentials for it; a region not listed uses the standard chain. */
  forRegion: (region: string) => TemplateCredentials;
  /** Values the runner must mask in the post step's log too. */
  secrets: string[];
}

export function postCredentials(options: {
  getInput: GetInput;
  workspace: string;
  env: NodeJS.ProcessEnv;
  warning: (line: string) => void;
}): PostCredentials {
  try {
    const inputs = readInputs(options.getInput);
    const template = loadTemplate({
      path: inputs.template,
      varFiles: inputs.varFiles,
      vars: inputs.variables,
      varsLabel: 'variables',
      only: inputs.only,
      except: inputs.except,
      env: options.env,
      cwd: resolve(options.workspace, inputs.workingDirectory)
    });
    const byRegion = new Map<string, TemplateCredentials>();
    for (const build of template.builds) {
      if (!build.builder.credentials.accessKey) continue;
      for (const region of [build.builder.region, ...build.builder.amiRegions])
        if (!byRegion.has(region)) byRegion.set(region, build.builder.credentials);
    }
    return { forRegion: region => byRegion.get(region) ?? {}, secrets: [...template.sensitiveValues] };
  } catch (error) {
    options.warning(
      `build-ami cleanup: could not load the template again for its credentials (${messageOf(
        error
      )}); using the standard credential chain`
    );
    return { forRegion: () => ({}), secrets: [] };
  }
}
