// Attribute access and indexing, with HCL's messages (hcl.GetAttr, hcl.Index): what is missing and where.
// Objects and maps are both plain objects here, lists and tuples both arrays, so the object and list
// wordings are used for both.

import type { Range } from '../diagnostics.js';
import type { TraversalStep } from '../syntax/ast.js';
import {
  ConversionError,
  convert,
  isList,
  isObject,
  NUMBER,
  STRING,
  typeName,
  type HclValue
} from '../value.js';
import type { Evaluation } from './evaluation.js';
import { UNKNOWN } from './unknown.js';

const INVALID_INDEX = 'Invalid index';
const NO_ELEMENT = 'The given key does not identify an element in this collection value';

/** `value.name`; `step` says which name and where it is written. */
export function getAttr(
  evaluation: Evaluation,
  value: HclValue,
  { name, range }: { readonly name: string; readonly range: Range }
): HclValue {
  if (value === UNKNOWN) return UNKNOWN;
  const fail = (summary: string, detail: string): HclValue => {
    evaluation.error(range, summary, detail);
    return UNKNOWN;
  };
  if (value === null)
    return fail(
      'Attempt to get attribute from null value',
      'This value is null, so it does not have any attributes.'
    );
  if (isObject(value)) {
    if (Object.hasOwn(value, name)) return value[name]!;
    return fail('Unsupported attribute', `This object does not have an attribute named "${name}".`);
  }
  if (isList(value)) {
    if (value.length > 0 && value.every(isObject)) {
      if (value.some(element => Object.hasOwn(element as object, name)))
        return fail(
          'Unsupported attribute',
          `Can't access attributes on a list of objects. Did you mean to access attribute "${name}" for a specific element of the list, or across all elements of the list?`
        );
      return fail(
        'Unsupported attribute',
        "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?"
      );
    }
    return fail('Unsupported attribute', 'This value does not have any attributes.');
  }
  return fail(
    'Unsupported attribute',
    `Can't access attributes on a primitive-typed value (${typeName(value)}).`
  );
}

/** `value[key]`; `step` says which key and where the brackets are. */
export function index(
  evaluation: Evaluation,
  value: HclValue,
  { key, range }: { readonly key: HclValue; readonly range: Range }
): HclValue {
  if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  const fail = (summary: string, detail: string): HclValue => {
    evaluation.error(range, summary, detail);
    return UNKNOWN;
  };
  if (value === null)
    return fail('Attempt to index null value', 'This value is null, so it does not have any indices.');
  if (key === null) return fail(INVALID_INDEX, "Can't use a null value as an indexing key.");
  if (isList(value)) {
    let position: number;
    try {
      position = convert(key, NUMBER) as number;
    } catch (error) {
      return fail(INVALID_INDEX, `${NO_ELEMENT}: ${conversionMessage(error)}.`);
    }
    if (!Number.isInteger(position))
      return fail(
        INVALID_INDEX,
        `${NO_ELEMENT}: indexing a sequence requires a whole number, but the given index has a fractional part.`
      );
    if (position < 0)
      return fail(INVALID_INDEX, `${NO_ELEMENT}: a negative number is not a valid index for a sequence.`);
    if (position >= value.length)
      return fail(
        INVALID_INDEX,
        value.length === 0
          ? `${NO_ELEMENT}: the collection has no elements.`
          : `${NO_ELEMENT}: the given index is greater than or equal to the length of the collection.`
      );
    return value[position]!;
  }
  if (isObject(value)) {
    let name: string;
    try {
      name = convert(key, STRING) as string;
    } catch (error) {
      return fail(INVALID_INDEX, `${NO_ELEMENT}: ${conversionMessage(error)}.`);
    }
    if (Object.hasOwn(value, name)) return value[name]!;
    const hint =
      typeof key === 'number'
        ? ' An object only supports looking up attributes by name, not by numeric index.'
        : '';
    return fail(INVALID_INDEX, `${NO_ELEMENT}.${hint}`);
  }
  return fail(INVALID_INDEX, 'This value does not have any indices.');
}

/** Applies literal steps in order; the first that fails is reported and the rest are skipped. */
export function traverse(evaluation: Evaluation, value: HclValue, steps: readonly TraversalStep[]): HclValue {
  let current = value;
  for (const step of steps) {
    current = step.kind === 'attr' ? getAttr(evaluation, current, step) : index(evaluation, current, step);
    if (current === UNKNOWN) return UNKNOWN;
  }
  return current;
}

/** The words of a conversion failure, for "...: <why>." messages. */
export function conversionMessage(error: unknown): string {
  if (error instanceof ConversionError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
