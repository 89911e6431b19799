// One provisioner object per template entry, by its type: from the template layer's plan (what
// the builder uses) or from a Packer-named config.
import type { Provisioner as ProvisionerPlan } from '../template/types.js';
import { AnsibleProvisioner } from './ansible/provisioner.js';
import type { ProvisionerConfig } from './config.js';
import { ChefSoloProvisioner } from './chef-solo/provisioner.js';
import { FileProvisioner } from './file.js';
import { AnsibleLocalProvisioner } from './ansible-local/provisioner.js';
import { BreakpointProvisioner } from './breakpoint.js';
import { configFromPlan } from './from-plan.js';
import { PuppetMasterlessProvisioner } from './puppet-masterless/provisioner.js';
import { ShellLocalProvisioner } from './shell-local.js';
import { ShellProvisioner } from './shell.js';
import type { Provisioner } from './types.js';

export type {
  ProvisionerConfig,
  ShellConfig,
  FileConfig,
  ShellLocalConfig,
  PuppetMasterlessConfig,
  ChefSoloConfig,
  AnsibleLocalConfig,
  BreakpointConfig,
  AnsibleConfig
} from './config.js';
export type { Provisioner, ProvisionerContext, ProvisionerLog } from './types.js';

/** The provisioner for a plan entry; its template strings render with ctx.buildData when it runs. */
export function createProvisioner(plan: ProvisionerPlan): Provisioner {
  return { run: ctx => provisionerFromConfig(configFromPlan(plan, ctx.buildData ?? {})).run(ctx) };
}

export function provisionerFromConfig(config: ProvisionerConfig): Provisioner {
  switch (config.type) {
    case 'shell':
      return new ShellProvisioner(config);
    case 'file':
      return new FileProvisioner(config);
    case 'shell-local':
      return new ShellLocalProvisioner(config);
    case 'puppet-masterless':
      return new PuppetMasterlessProvisioner(config);
    case 'chef-solo':
      return new ChefSoloProvisioner(config);
    case 'ansible-local':
      return new AnsibleLocalProvisioner(config);
    case 'breakpoint':
      return new BreakpointProvisioner(config);
    case 'ansible':
      return new AnsibleProvisioner(config);
  }
}
