// How the action resolves an HCL2 template's data sources and aws_secretsmanager() calls through AWS.
// (Placeholder until the data sources land: every data source is refused with a clear message.)

import type { DataSourceHooks } from '../template/hcl2/packer/data-sources.js';

export function templateDataHooks(
  _env: NodeJS.ProcessEnv,
  _log: (line: string) => void
): { dataSources: DataSourceHooks; fetchSecret: (name: string, key: string | undefined) => Promise<string> } {
  return {
    dataSources: { types: [], read: () => ({}), outputs: async () => ({ outputs: {}, sensitive: false }) },
    fetchSecret: async name => {
      throw new Error(`aws_secretsmanager(${JSON.stringify(name)}) is not supported yet`);
    }
  };
}
