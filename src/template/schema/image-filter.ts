// The image filter Packer's AmiFilterOptions reads: the builder's source_ami_filter block and the
// amazon-ami data source's own options. Owners are required, for safety, as in Packer.

import type { OptionsReader } from '../options-reader.js';
import type { SourceAmiFilter } from '../types.js';

export const IMAGE_FILTER_OPTIONS = ['filters', 'owners', 'most_recent', 'include_deprecated'] as const;

export function readImageFilter(options: OptionsReader): SourceAmiFilter {
  const owners = options.stringList('owners');
  if (owners.length === 0) {
    throw options.has('owners')
      ? options.error('owners', 'must name at least one account (Packer requires an owner)')
      : options.missing(
          'owners',
          'is required: name the accounts the image may come from (Packer requires it)'
        );
  }
  return {
    filters: options.stringMap('filters'),
    owners,
    mostRecent: options.bool('most_recent') ?? false,
    includeDeprecated: options.bool('include_deprecated') ?? false
  };
}
