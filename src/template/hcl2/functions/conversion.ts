// convert(value, type): HCL's typeexpr.ConvertFunc, the one Packer function whose second argument is a type
// constraint (list(string), object({...})) rather than a value. The evaluator reads that argument as a type
// expression, as it does for a variable's `type`, and calls convertFunction with it; it is therefore not in
// packerFunctions(), like try and can.

import {
  ANY,
  BOOL,
  ConversionError,
  NUMBER,
  STRING,
  convert,
  typeName,
  type HclType,
  type HclValue
} from '../value.js';
import type { HclFunction } from './types.js';
import { argumentError } from './support.js';

export const CONVERT_FUNCTION_NAME = 'convert';

/** The value converted as cty converts it; a value that does not fit is an error about argument 0 ("value"). */
export function convertFunction(value: HclValue, type: HclType): HclValue {
  try {
    return convert(value, type);
  } catch (error) {
    if (error instanceof ConversionError) throw argumentError(0, error.message);
    throw error;
  }
}

/** cty's FriendlyNameForConstraint of the to*() functions' targets. */
const TARGETS: ReadonlyArray<[string, HclType, string]> = [
  ['tobool', BOOL, 'bool'],
  ['tonumber', NUMBER, 'number'],
  ['tostring', STRING, 'string'],
  ['tolist', { kind: 'list', element: ANY }, 'list of any single type'],
  ['toset', { kind: 'set', element: ANY }, 'set of any single type'],
  ['tomap', { kind: 'map', element: ANY }, 'map of any single type']
];

/** cty's MakeToFunc: the value converted, or its message for why it cannot be. */
function toFunction(want: HclType, wantName: string): HclFunction {
  return {
    params: [{ name: 'v', type: ANY, allowNull: true }],
    run: ([value]) => {
      try {
        return convert(value!, want);
      } catch {
        if (typeof value === 'string' && want === BOOL)
          throw argumentError(
            0,
            `cannot convert ${JSON.stringify(value)} to bool; only the strings "true" or "false" are allowed`
          );
        if (typeof value === 'string' && want === NUMBER)
          throw argumentError(
            0,
            `cannot convert ${JSON.stringify(value)} to number; given string must be a decimal representation of a number`
          );
        throw argumentError(0, `cannot convert ${typeName(value!)} to ${wantName}`);
      }
    }
  };
}

/**
 * Terraform's tobool, tonumber, tostring, tolist, toset and tomap (cty's MakeToFunc). Packer does not have
 * them (hcl2template/functions.go: a template calling one fails there with "Call to unknown function"), so
 * they are not in packerFunctions(); a caller that wants them adds this table beside it.
 */
export const TERRAFORM_CONVERSION_FUNCTIONS: Readonly<Record<string, HclFunction>> = Object.freeze(
  Object.fromEntries(TARGETS.map(([name, type, wantName]) => [name, toFunction(type, wantName)]))
);
