// @actions/core's own command modules, reached past its index on purpose. The index
// (lib/core.js) also imports its OIDC client and platform helpers, and with them undici,
// @actions/http-client, @actions/exec and a dozen Node modules (http2, dns, zlib, worker_threads,
// child_process...): about 1 MB of bundle, compiled and run before the step's first line, which
// was the larger half of the main step's start-up. The action never asks for an OIDC token, so
// it imports only what core.info, core.setOutput and the rest are made of: the same code, the
// same escaping, the same file commands.
export { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js';
export {
  issueFileCommand,
  prepareKeyValueMessage
} from '../../node_modules/@actions/core/lib/file-command.js';
export { summary } from '../../node_modules/@actions/core/lib/summary.js';
export { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';
