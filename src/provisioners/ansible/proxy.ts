// The real SSH proxy and one-time keys (src/communicator/), as the provisioner's default
// dependencies; tests hand in fakes instead.
import { oneTimeKeyPair } from '../../communicator/one-time-key.js';
import { startSshProxy } from '../../communicator/ssh-proxy.js';
import type { ProxyDependencies } from './connection.js';

export const proxyDependencies: ProxyDependencies = { startSshProxy, oneTimeKeyPair };
