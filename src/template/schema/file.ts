// The file provisioner's options (hashicorp/packer provisioner/file/provisioner.go).

import type { OptionsReader } from '../options-reader.js';
import type { FileProvisioner, ProvisionerCommon } from '../types.js';

const FILE_OPTIONS = ['source', 'sources', 'destination', 'direction', 'generated', 'content'];

export function readFile(options: OptionsReader, common: ProvisionerCommon): FileProvisioner {
  options.checkKeys(FILE_OPTIONS, [], 'the file provisioner');
  const direction = options.choice('direction', ['upload', 'download'] as const) ?? 'upload';
  const generated = options.bool('generated') ?? false;
  const content = options.has('content') ? (options.string('content') ?? '') : undefined;
  const hasSources = options.has('source') || options.has('sources');
  if (content !== undefined && hasSources)
    throw options.error('content', 'give content or source(s), not both');
  if (content !== undefined && direction === 'download') {
    throw options.error('content', 'content can only be uploaded (direction upload)');
  }
  if (content === undefined && !hasSources)
    throw options.objectError('source, sources or content is required');
  const destination = options.requiredString('destination');
  // Packer adds `source` after `sources`.
  const sources =
    direction === 'upload'
      ? [
          ...options.localPathList('sources', { mustExist: !generated, reads: true }),
          ...options.localPathList('source', { mustExist: !generated, reads: true })
        ]
      : [...options.stringList('sources'), ...options.stringList('source')];
  if (content === undefined && sources.length === 0)
    throw options.objectError('source or sources is required');
  return {
    type: 'file',
    ...common,
    direction,
    sources,
    content,
    destination: direction === 'download' ? localDestination(options, destination) : destination,
    generated
  };
}

/** A download's destination is a local path: absolute, keeping a trailing slash (a directory). */
function localDestination(options: OptionsReader, destination: string): string {
  return options.localPath('destination', { mustExist: false, reads: false }) ?? destination;
}
