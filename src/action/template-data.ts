// How the action resolves an HCL2 template's data sources and aws_secretsmanager() calls: through the
// data sources of src/datasources/, with clients built the way every other client is (region, endpoint
// variables, credentials from the block or the standard chain). Their code and the SSM and Secrets
// Manager clients load only when a template has a data block or calls aws_secretsmanager(): a JSON
// template, or an HCL2 one without them, starts without them.

import type { DataSourceClients } from '../aws/data-source-clients.js';
import { DATA_SOURCE_TYPES } from '../datasources/data-source-types.js';
import type { AwsSecretRequest } from '../template/hcl2/functions/types.js';
import type { DataSourceHooks } from '../template/hcl2/packer/data-sources.js';

export interface TemplateDataHooks {
  readonly dataSources: DataSourceHooks;
  readonly fetchSecret: (request: AwsSecretRequest) => Promise<string>;
}

type DataSourceModules = {
  readonly sources: typeof import('../datasources/index.js');
  readonly clients: DataSourceClients;
};

export function templateDataHooks(
  env: NodeJS.ProcessEnv,
  log: { info: (line: string) => void; warning: (line: string) => void }
): TemplateDataHooks {
  let loading: Promise<DataSourceModules> | undefined;
  let loaded: DataSourceModules | undefined;
  const load = (): Promise<DataSourceModules> =>
    (loading ??= (async () => {
      const [sources, { dataSourceClients }] = await Promise.all([
        import('../datasources/index.js'),
        import('../aws/data-source-clients.js')
      ]);
      return (loaded = { sources, clients: dataSourceClients(env, log.info) });
    })());
  const sourceOf = ({ sources }: DataSourceModules, type: string) => {
    if (!sources.isDataSourceType(type)) throw new Error(`data source type ${type} is not supported`);
    return sources.DATA_SOURCES[type];
  };
  return {
    dataSources: {
      types: DATA_SOURCE_TYPES,
      prepare: async () => void (await load()),
      read: (type, options) => {
        if (loaded === undefined) throw new Error('data sources read before they were prepared');
        return sourceOf(loaded, type).read(options);
      },
      resolve: async (type, config, address, secret) => {
        const modules = await load();
        return sourceOf(modules, type).resolve(config, modules.clients, {
          address,
          secret,
          warn: log.warning
        });
      }
    },
    // The loader registers the value it gets as a secret itself.
    fetchSecret: async request => {
      const { sources, clients } = await load();
      return sources.fetchSecret(request, clients, { warn: log.warning });
    }
  };
}
