// The breakpoint provisioner's options (hashicorp/packer provisioner/breakpoint/provisioner.go): a note,
// and `disable`. The note may use build data, as every provisioner string Packer renders at run time.

import { PROVISIONER_DATA } from '../build-data.js';
import type { OptionsReader } from '../options-reader.js';
import type { BreakpointProvisioner, ProvisionerCommon } from '../types.js';

export function readBreakpoint(options: OptionsReader, common: ProvisionerCommon): BreakpointProvisioner {
  options.checkKeys(['note', 'disable'], [], 'the breakpoint provisioner');
  return {
    type: 'breakpoint',
    ...common,
    note: options.deferred('note', PROVISIONER_DATA),
    disable: options.bool('disable') ?? false
  };
}
