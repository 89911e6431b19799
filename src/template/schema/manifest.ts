// The manifest post-processor's options (hashicorp/packer post-processor/manifest).

import path from 'node:path';
import { MANIFEST_DATA } from '../build-data.js';
import type { OptionsReader } from '../options-reader.js';
import type { ManifestPostProcessor, PostProcessorCommon } from '../types.js';

const MANIFEST_OPTIONS = ['output', 'strip_path', 'strip_time', 'custom_data'];

export function readManifest(options: OptionsReader, common: PostProcessorCommon): ManifestPostProcessor {
  options.checkKeys(MANIFEST_OPTIONS, [], 'the manifest post-processor');
  return {
    type: 'manifest',
    ...common,
    output: options.localPath('output', { mustExist: false, reads: false }) ?? defaultOutput(options),
    stripPath: options.bool('strip_path') ?? false,
    stripTime: options.bool('strip_time') ?? false,
    customData: options.deferredMap('custom_data', MANIFEST_DATA)
  };
}

function defaultOutput(options: OptionsReader): string {
  return path.resolve(options.context.scope.cwd, 'packer-manifest.json');
}
