// Loading HCL2 fixtures in tests: stub data sources that count their calls, and the error list a
// load throws, as the user reads it.

import { InputError, InputErrors } from '../../../src/errors.js';
import { loadAnyTemplate, type LoadAnyTemplateOptions } from '../../../src/template/load-any.js';
import type { DataSourceHooks } from '../../../src/template/hcl2/packer/data-sources.js';
import type { LoadedTemplate } from '../../../src/template/types.js';
import type { HclObject } from '../../../src/template/hcl2/value.js';
import { FIXED, tempDirs } from '../fixtures.js';

export interface StubWorld {
  readonly hooks: DataSourceHooks;
  readonly fetchSecret: (request: { name: string; key?: string | null; raw?: boolean }) => Promise<string>;
  /** What was resolved for real (not mocked), in order: `data.amazon-ami.ubuntu`, `secret:name`. */
  readonly resolved: string[];
}

export function stubWorld(): StubWorld {
  const resolved: string[] = [];
  return {
    resolved,
    hooks: {
      types: ['amazon-ami', 'amazon-parameterstore', 'amazon-secretsmanager'],
      read: (_type, options) => ({ name: options.string('name'), owners: options.has('owners') }),
      resolve: async (type, config, address, secret): Promise<HclObject> => {
        resolved.push(address);
        if (type === 'amazon-ami')
          return {
            id: 'ami-0feedfacefeedface',
            name: 'ubuntu-jammy-22.04',
            creation_date: '2024-01-01T00:00:00Z',
            owner: '099720109477',
            owner_name: 'amazon',
            tags: {}
          };
        const value = `value-of-${(config as { name?: string }).name}`;
        if (type === 'amazon-secretsmanager') secret(value);
        return { value, version: 1, arn: 'arn:aws:ssm:us-east-1:123456789012:parameter/x' };
      }
    },
    fetchSecret: async ({ name, key }) => {
      resolved.push(`secret:${name}${key ? `:${key}` : ''}`);
      return `secret-${name}`;
    }
  };
}

export type Files = Readonly<Record<string, string>>;

export function hclLoader() {
  const makeDir = tempDirs();
  const load = async (
    files: Files,
    options: Partial<LoadAnyTemplateOptions> & { world?: StubWorld } = {}
  ) => {
    const dir = makeDir(files);
    const world = options.world ?? stubWorld();
    const template = await loadAnyTemplate({
      path:
        options.path ??
        Object.keys(files).find(name => name.endsWith('.pkr.hcl') || name.endsWith('.pkr.json'))!,
      cwd: dir,
      ...FIXED,
      dataSources: world.hooks,
      fetchSecret: world.fetchSecret,
      ...options
    });
    return { template, dir, world };
  };
  /** The problems a load reports, each as `file:line:column: detail`, in order. */
  const problems = async (files: Files, options: Parameters<typeof load>[1] = {}): Promise<string[]> => {
    try {
      await load(files, options);
    } catch (error) {
      if (error instanceof InputErrors) return error.errors.map(e => e.message);
      if (error instanceof InputError) return [error.message];
      throw error;
    }
    throw new Error('expected the template to be refused');
  };
  return { load, problems, makeDir };
}

export type Loaded = { template: LoadedTemplate };
