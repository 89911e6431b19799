// Packer's HCL2 function library (hcl2template/functions.go): every function a template may call, except
// `env` (only in variable defaults: the caller adds ENV_FUNCTION there) and `try` / `can` (they take
// expressions, not values: the evaluator's business).

import { STRING, isList, isObject, objectOf, type HclValue } from '../value.js';
import { CIDR_FUNCTIONS } from './cidr.js';
import { COLLECTION_FUNCTIONS } from './collection.js';
import { CRYPTO_FUNCTIONS } from './crypto.js';
import { DATETIME_FUNCTIONS } from './datetime.js';
import { ENCODING_FUNCTIONS } from './encoding.js';
import { FILESYSTEM_FUNCTIONS } from './filesystem.js';
import { FORMAT_FUNCTIONS } from './format.js';
import { MAP_FUNCTIONS } from './maps.js';
import { NUMERIC_FUNCTIONS } from './numeric.js';
import { REGEX_FUNCTIONS } from './regex.js';
import { SECRET_FUNCTIONS } from './secrets.js';
import { SET_FUNCTIONS } from './sets.js';
import { STRING_FUNCTIONS } from './string.js';
import { UUID_FUNCTIONS } from './uuid.js';
import { YAML_FUNCTIONS } from './yaml.js';
import { HclFunctionError, type HclFunction } from './types.js';

const FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  ...STRING_FUNCTIONS,
  ...FORMAT_FUNCTIONS,
  ...REGEX_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...MAP_FUNCTIONS,
  ...SET_FUNCTIONS,
  ...NUMERIC_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...CRYPTO_FUNCTIONS,
  ...UUID_FUNCTIONS,
  ...DATETIME_FUNCTIONS,
  ...FILESYSTEM_FUNCTIONS,
  ...CIDR_FUNCTIONS,
  ...SECRET_FUNCTIONS,
  ...YAML_FUNCTIONS
};

/** cty keeps every string in Unicode NFC (cty.StringVal normalizes), so results read from files, JSON or bytes do too. */
function nfc(value: HclValue): HclValue {
  if (typeof value === 'string') return value.normalize('NFC');
  if (isList(value)) return value.map(nfc);
  if (isObject(value))
    return objectOf(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), nfc(item)]));
  return value;
}

const LIBRARY: Readonly<Record<string, HclFunction>> = Object.freeze(
  Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, fn]): [string, HclFunction] => [
      name,
      { ...fn, run: (args, context) => nfc(fn.run(args, context)) }
    ])
  )
);

/** Every function by the name templates call it. One frozen table: functions keep no state of their own. */
export function packerFunctions(): Readonly<Record<string, HclFunction>> {
  return LIBRARY;
}

/** env(key): the variable's value, or "" when it is unset (Packer's env.go). Allowed only in variable defaults. */
export const ENV_FUNCTION: HclFunction = {
  params: [{ name: 'key', type: STRING }],
  run: ([key], context) => context.env[key as string] ?? ''
};

/**
 * HCL's detail line for a failed call, word for word: an error about one argument reads
 * `Invalid value for "str" parameter: <message>.` (summary "Invalid function argument"), any other
 * `Call to function "name" failed: <message>.` (summary "Error in function call").
 */
export function functionErrorDetail(name: string, fn: HclFunction, error: HclFunctionError): string {
  if (error.argument === undefined) return `Call to function "${name}" failed: ${error.message}.`;
  const param = fn.params[error.argument] ?? fn.variadic;
  return `Invalid value for "${param?.name ?? name}" parameter: ${error.message}.`;
}

export { HclFunctionError };
export { CONVERT_FUNCTION_NAME, convertFunction, TERRAFORM_CONVERSION_FUNCTIONS } from './conversion.js';
export type { AwsSecretRequest, HclFunction, HclFunctionContext, HclParam } from './types.js';
