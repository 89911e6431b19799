// The real SSH proxy, for the provisioner's default dependencies. Until part-proxy is merged,
// a stand-in that says the proxy is not there (use_proxy false works without it).
import { ProvisionerError } from '../../errors.js';
import type { ProxyDependencies } from './connection.js';

const missing = (): never => {
  throw new ProvisionerError({
    provisioner: 'ansible',
    message: 'the SSH proxy (use_proxy) is not available in this build yet: set use_proxy to false'
  });
};

export const proxyDependencies: ProxyDependencies = {
  startSshProxy: async () => missing(),
  oneTimeKeyPair: () => missing()
};
