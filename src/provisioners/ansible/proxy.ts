// The real SSH proxy and one-time keys (src/communicator/), as the provisioner's default
// dependencies; tests hand in fakes instead. Both are loaded when a build first needs them: they
// bring ssh2 (about 0.7 MB of bundle), which every other provisioner and the step's start do without.
import type { ProxyDependencies } from './connection.js';

export const proxyDependencies: ProxyDependencies = {
  startSshProxy: async options => (await import('../../communicator/ssh-proxy.js')).startSshProxy(options),
  oneTimeKeyPair: async comment =>
    (await import('../../communicator/one-time-key.js')).oneTimeKeyPair(comment)
};
