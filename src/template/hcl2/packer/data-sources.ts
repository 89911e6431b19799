// `data "type" "name" { ... }` blocks: the options are evaluated into the JSON shape and read by the data
// source's own reader (same rules and messages as a builder's options). While the template is validated
// the outputs are unknown (so a template error costs no AWS call); once everything is valid they are
// resolved through AWS by the hooks the caller gives.

import { InputError } from '../../../errors.js';
import { errorAt } from '../diagnostics.js';
import type { Block } from '../syntax/ast.js';
import type { HclObject } from '../value.js';
import { OptionsReader, type DecodeContext } from '../../options-reader.js';
import { evaluateBody } from './body-json.js';
import type { HclEnvironment } from './environment.js';
import type { DataSourceEvaluator } from './locals-and-data.js';
import { rootVariables, type TemplateValues } from './scope.js';

/** What the loader needs of the data sources (src/datasources/): read their options, resolve them. */
export interface DataSourceHooks {
  readonly types: readonly string[];
  /** Loads what `read` and `resolve` need; awaited before the first `read` (only templates with data blocks pay). */
  readonly prepare?: () => Promise<void>;
  /** Reads the options (throws InputError); returns what `resolve` takes. */
  readonly read: (type: string, options: OptionsReader) => unknown;
  /**
   * The outputs, through AWS (AwsOperationError on failure); every secret in them goes to `secret`
   * before this returns, so it is masked before anything can print it.
   */
  readonly resolve: (
    type: string,
    config: unknown,
    address: string,
    secret: (value: string) => void
  ) => Promise<HclObject>;
}

export function dataSourceEvaluator(
  hooks: DataSourceHooks,
  mode: 'mock' | 'resolve',
  environment: HclEnvironment,
  decodeContext: DecodeContext,
  errors: InputError[]
): DataSourceEvaluator {
  return async (block: Block, values: TemplateValues) => {
    const [type, name] = block.labels as [string, string];
    const address = `data.${type}.${name}`;
    if (!hooks.types.includes(type)) {
      environment.diagnostics.push(
        errorAt(
          block.labelRanges[0]!,
          'Unsupported data source',
          `data source type ${type} is not supported yet (supported: ${hooks.types.join(', ')}).`
        )
      );
      return undefined;
    }
    const node = evaluateBody(block.body, block.range, {
      environment,
      variables: rootVariables(values),
      path: address
    });
    if ([...environment.poisoned].some(field => field.startsWith(`${address}.`))) {
      environment.poisoned.add(address);
      return undefined;
    }
    await hooks.prepare?.();
    let config: unknown;
    try {
      config = hooks.read(type, new OptionsReader(node, address, decodeContext));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
      environment.poisoned.add(address);
      return undefined;
    }
    if (mode === 'mock') {
      // While validating, a data source's outputs are unknown (as in Packer): what reads them is checked
      // once they are resolved, and nothing is reported about them now.
      environment.poisoned.add(address);
      return undefined;
    }
    return hooks.resolve(type, config, address, environment.secret);
  };
}
