// `data "type" "name" { ... }` blocks: the options are evaluated into the JSON shape and read by the data
// source's own reader (same rules and messages as a builder's options), then turned into outputs by the
// hooks the caller gives: mock outputs while the template is validated (so a template error costs no AWS
// call), real ones through AWS once everything is valid.

import { InputError } from '../../../errors.js';
import { errorAt } from '../diagnostics.js';
import type { Block } from '../syntax/ast.js';
import type { HclObject } from '../value.js';
import { OptionsReader, type DecodeContext } from '../../options-reader.js';
import { evaluateBody } from './body-json.js';
import { reportSecrets, type HclEnvironment } from './environment.js';
import type { DataSourceEvaluator } from './locals-and-data.js';
import { rootVariables, type TemplateValues } from './scope.js';

/** What the loader needs of the data sources (src/datasources/): read, mock, resolve. */
export interface DataSourceHooks {
  readonly types: readonly string[];
  /** Reads the options (throws InputError); returns what `outputs` takes. */
  readonly read: (type: string, options: OptionsReader) => unknown;
  /**
   * The outputs: `mock` while validating, else through AWS (AwsOperationError on failure). `sensitive`
   * outputs are masked everywhere, as Packer marks them.
   */
  readonly outputs: (
    type: string,
    config: unknown,
    mode: 'mock' | 'resolve',
    address: string
  ) => Promise<{ readonly outputs: HclObject; readonly sensitive: boolean }>;
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
    let config: unknown;
    try {
      config = hooks.read(type, new OptionsReader(node, address, decodeContext));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
      environment.poisoned.add(address);
      return undefined;
    }
    const { outputs, sensitive } = await hooks.outputs(type, config, mode, address);
    if (sensitive) reportSecrets(outputs, environment.secret);
    return outputs;
  };
}
