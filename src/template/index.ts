// The template layer's public face: load a Packer JSON template into typed, frozen build plans.

export { loadTemplate, PACKER_COMPATIBLE_VERSION, type LoadTemplateOptions } from './load.js';
export { Deferred, type BuildData } from './deferred.js';
export { cleanResourceName } from './functions.js';
export { formatGoTime } from './go-time.js';
export { parseGoDuration } from './go-duration.js';
export type * from './types.js';
