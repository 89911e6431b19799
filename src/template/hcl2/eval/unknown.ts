// A value that could not be computed because of an error already reported. It travels up through every
// operation silently (an unknown plus one is unknown, an unknown function argument skips the call), so
// one mistake is reported once and not again by everything built on it. It never leaves the evaluator:
// the result handed back has null where it was.

import { isList, isObject, objectOf, type HclObject, type HclValue } from '../value.js';

export const UNKNOWN: HclObject = Object.freeze(Object.create(null) as HclObject);

export const isUnknown = (value: HclValue): boolean => value === UNKNOWN;

/** True when `value` is or holds an unknown anywhere inside. */
export function containsUnknown(value: HclValue): boolean {
  if (value === UNKNOWN) return true;
  if (isList(value)) return value.some(containsUnknown);
  if (isObject(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/** `value` with every unknown inside replaced by null, for the caller (who also has the errors). */
export function settle(value: HclValue): HclValue {
  if (value === UNKNOWN) return null;
  if (!containsUnknown(value)) return value;
  if (isList(value)) return value.map(settle);
  return objectOf(Object.entries(value as HclObject).map(([key, item]) => [key, settle(item)]));
}
