// The breakpoint provisioner. Packer pauses here until someone presses Enter in its terminal; a
// workflow run has no terminal and nobody to press anything, so the note is logged and the build
// goes on (a pause that could only end by timing out would be a hang, not a breakpoint). With
// `disable` it says so, in Packer's words, and goes on as Packer does.
import type { BreakpointConfig } from './config.js';
import type { Provisioner, ProvisionerContext } from './types.js';

export class BreakpointProvisioner implements Provisioner {
  constructor(private readonly config: BreakpointConfig) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    const note = this.config.note ?? '';
    const withNote = note === '' ? '' : ` with note "${note}"`;
    if (this.config.disable) {
      ctx.log.info(`Breakpoint provisioner${withNote} disabled; continuing...`);
      return;
    }
    ctx.log.info(`Pausing at breakpoint provisioner${withNote}.`);
    ctx.log.info('Nobody can press Enter in a workflow run: continuing without a pause.');
  }
}
