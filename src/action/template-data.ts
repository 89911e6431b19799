// How the action resolves an HCL2 template's data sources and aws_secretsmanager() calls: through the
// data sources of src/datasources/, with clients built the way every other client is (region, endpoint
// variables, credentials from the block or the standard chain).

import { dataSourceClients } from '../aws/data-source-clients.js';
import { DATA_SOURCES, fetchSecret, isDataSourceType } from '../datasources/index.js';
import type { AwsSecretRequest } from '../template/hcl2/functions/types.js';
import type { DataSourceHooks } from '../template/hcl2/packer/data-sources.js';

export interface TemplateDataHooks {
  readonly dataSources: DataSourceHooks;
  readonly fetchSecret: (request: AwsSecretRequest) => Promise<string>;
}

export function templateDataHooks(
  env: NodeJS.ProcessEnv,
  log: { info: (line: string) => void; warning: (line: string) => void }
): TemplateDataHooks {
  const clients = dataSourceClients(env, log.info);
  const sourceOf = (type: string) => {
    if (!isDataSourceType(type)) throw new Error(`data source type ${type} is not supported`);
    return DATA_SOURCES[type];
  };
  return {
    dataSources: {
      types: Object.keys(DATA_SOURCES),
      read: (type, options) => sourceOf(type).read(options),
      resolve: (type, config, address, secret) =>
        sourceOf(type).resolve(config, clients, { address, secret, warn: log.warning })
    },
    // The loader registers the value it gets as a secret itself.
    fetchSecret: request => fetchSecret(request, clients, { warn: log.warning })
  };
}
