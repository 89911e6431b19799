// The post step cleans up with the credentials the main step used. Template credentials
// (access_key, secret_key, token; profile, shared_credentials_file, assume_role) are never written to the saved state: the post step reads the
// same inputs and loads the same template again (no EC2 call for that), and takes each region's
// credentials from the build that works there. A template that no longer loads leaves the standard
// credential chain, which is what the main step used when the template gave none. Its secrets are
// registered as the loader reads them, so even the warning about a template that fails is masked.
import { readInputs, type GetInput } from '../inputs.js';
import type { AmazonEbsBuildPlan } from '../template/types.js';
import { messageOf } from '../errors.js';
import { SecretRegistry } from '../secrets.js';
import { loadTemplateFromInputs } from './load-from-inputs.js';
import { hasTemplateCredentials } from '../aws/credentials.js';
import type { AwsSecretRequest } from '../template/hcl2/functions/types.js';
import type { DataSourceHooks } from '../template/hcl2/packer/data-sources.js';

export type TemplateCredentials = AmazonEbsBuildPlan['builder']['credentials'];

export interface PostCredentials {
  /** Region → the template's credentials for it; a region not listed uses the standard chain. */
  forRegion: (region: string) => TemplateCredentials;
}

export async function postCredentials(options: {
  getInput: GetInput;
  workspace: string;
  env: NodeJS.ProcessEnv;
  warning: (line: string) => void;
  /** Registers a value with the runner's masking (core.setSecret). */
  setSecret: (value: string) => void;
  /** HCL2 data sources are resolved again: credentials may come from one. */
  dataSources: DataSourceHooks;
  fetchSecret: (request: AwsSecretRequest) => Promise<string>;
}): Promise<PostCredentials> {
  const secrets = new SecretRegistry(options.setSecret);
  try {
    const inputs = readInputs(options.getInput);
    const template = await loadTemplateFromInputs(inputs, {
      dataSources: options.dataSources,
      fetchSecret: options.fetchSecret,
      workspace: options.workspace,
      env: options.env,
      onSecret: value => secrets.add(value)
    });
    const byRegion = new Map<string, TemplateCredentials>();
    for (const build of template.builds) {
      if (build.type !== 'amazon-ebs' || !hasTemplateCredentials(build.builder.credentials)) continue;
      for (const region of [build.builder.region, ...build.builder.amiRegions])
        if (!byRegion.has(region)) byRegion.set(region, build.builder.credentials);
    }
    return { forRegion: region => byRegion.get(region) ?? {} };
  } catch (error) {
    options.warning(
      `build-ami cleanup: could not load the template again for its credentials (${secrets.mask(
        messageOf(error)
      )}); using the standard credential chain`
    );
    return { forRegion: () => ({}) };
  }
}
