// convert(value, type): HCL's typeexpr.ConvertFunc, the one Packer function whose second argument is a type
// constraint (list(string), object({...})) rather than a value. The evaluator reads that argument as a type
// expression, as it does for a variable's `type`, and calls convertFunction with it; it is therefore not in
// packerFunctions(), like try and can.

import { ConversionError, convert, type HclType, type HclValue } from '../value.js';
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
