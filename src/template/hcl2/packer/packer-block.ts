// The `packer { required_version, required_plugins }` block: the template's demands on the tool. We answer
// as the Packer and the plugins we emulate; a plugin we do not implement is named in the error.

import { errorAt } from '../diagnostics.js';
import { evaluate } from '../eval/index.js';
import { isObject } from '../value.js';
import type { ConfigFile } from './config-file.js';
import type { HclEnvironment } from './environment.js';
import { bodyContent } from './schema.js';
import { satisfies } from './version-constraints.js';

/** The plugins whose components we implement, by source address, and the version we behave as. */
export const EMULATED_PLUGINS: Readonly<Record<string, { version: string; implements: string }>> = {
  'github.com/hashicorp/amazon': {
    version: '1.8.0',
    implements:
      'the amazon-ebs builder and the amazon-ami, amazon-parameterstore and amazon-secretsmanager data sources'
  },
  'github.com/hashicorp/ansible': {
    version: '1.1.2',
    implements: 'the ansible and ansible-local provisioners'
  },
  'github.com/hashicorp/puppet': { version: '1.1.1', implements: 'the puppet-masterless provisioner' },
  'github.com/hashicorp/chef': { version: '1.0.2', implements: 'the chef-solo provisioner' },
  'github.com/hashicorp/docker': { version: '1.1.1', implements: 'the docker builder' }
};

const PACKER_SCHEMA = {
  attributes: ['required_version'],
  blocks: [{ type: 'required_plugins', labels: [] }]
};

export function checkPackerBlocks(
  files: readonly ConfigFile[],
  packerVersion: string,
  environment: HclEnvironment
): void {
  const { diagnostics } = environment;
  const plain = { variables: {}, functions: {}, functionContext: environment.functionContext };
  for (const file of files) {
    for (const block of file.blocks.filter(candidate => candidate.type === 'packer')) {
      const content = bodyContent(block.body, PACKER_SCHEMA, diagnostics);
      const required = content.attributes.get('required_version');
      if (required !== undefined) {
        const result = evaluate(required.expr, plain);
        diagnostics.push(...result.diagnostics);
        if (typeof result.value === 'string') {
          const ok = satisfies(packerVersion, result.value);
          if (ok !== true)
            diagnostics.push(
              errorAt(
                required.expr.range,
                'Unsupported Packer Core version',
                typeof ok === 'string'
                  ? `required_version: ${ok}`
                  : `This template requires Packer ${result.value}; build-ami behaves as Packer ${packerVersion}.`
              )
            );
        }
      }
      for (const plugins of content.blocks) {
        const { attributes } = bodyContent(plugins.body, { anyAttributes: true }, diagnostics);
        for (const attribute of attributes.values()) {
          const result = evaluate(attribute.expr, plain);
          diagnostics.push(...result.diagnostics);
          const value = result.value;
          if (!isObject(value) || typeof value.source !== 'string') {
            if (result.diagnostics.length === 0)
              diagnostics.push(
                errorAt(
                  attribute.expr.range,
                  'Invalid required_plugins entry',
                  `${attribute.name} must be an object with a source (and a version), such as { source = "github.com/hashicorp/amazon", version = ">= 1.2.0" }.`
                )
              );
            continue;
          }
          const source = value.source.replace(/^(?!github\.com\/)/, 'github.com/');
          const plugin = EMULATED_PLUGINS[source];
          if (plugin === undefined) {
            diagnostics.push(
              errorAt(
                attribute.expr.range,
                'Plugin not implemented',
                `required_plugins names ${value.source}, which build-ami does not implement; it implements ${Object.keys(EMULATED_PLUGINS).join(', ')}. Remove ${attribute.name} from required_plugins if the template does not use it.`
              )
            );
            continue;
          }
          if (typeof value.version === 'string') {
            const ok = satisfies(plugin.version, value.version);
            if (ok !== true)
              diagnostics.push(
                errorAt(
                  attribute.expr.range,
                  'Unsupported plugin version',
                  typeof ok === 'string'
                    ? `${attribute.name}.version: ${ok}`
                    : `This template requires ${value.source} ${value.version}; build-ami behaves as version ${plugin.version} of it (${plugin.implements}).`
                )
              );
          }
        }
      }
    }
  }
}
