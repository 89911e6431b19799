// The common type of several values, as cty's convert.Unify finds it: for a conditional's two results
// (`c ? 1 : "x"` is a string either way, `c ? [1] : [1, 2]` a list) and for the elements of a list(any)
// or map(any) (["a", 1] is a list of strings). Types are read off the values themselves: an array is a
// tuple, an object an object, null fits anything. No imports of value.ts here: it uses this module.

import type { HclType, HclValue } from './value.js';

const ANY: HclType = { kind: 'any' };

/** The type a value has as written: tuples and objects all the way down; null fits any type. */
export function typeOfValue(value: HclValue): HclType {
  if (value === null) return ANY;
  if (typeof value === 'string') return { kind: 'string' };
  if (typeof value === 'number') return { kind: 'number' };
  if (typeof value === 'boolean') return { kind: 'bool' };
  if (Array.isArray(value))
    return { kind: 'tuple', elements: (value as readonly HclValue[]).map(typeOfValue) };
  const object = value as Readonly<Record<string, HclValue>>;
  const attributes: Record<string, HclType> = {};
  for (const key of Object.keys(object).sort()) attributes[key] = typeOfValue(object[key]!);
  return { kind: 'object', attributes };
}

export function typesEqual(a: HclType, b: HclType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'list':
    case 'set':
    case 'map':
      return typesEqual(a.element, (b as typeof a).element);
    case 'tuple': {
      const other = b as typeof a;
      return (
        a.elements.length === other.elements.length &&
        a.elements.every((type, i) => typesEqual(type, other.elements[i]!))
      );
    }
    case 'object': {
      const other = b as typeof a;
      const keys = Object.keys(a.attributes).sort();
      const otherKeys = Object.keys(other.attributes).sort();
      return (
        keys.length === otherKeys.length &&
        keys.every((key, i) => key === otherKeys[i] && typesEqual(a.attributes[key]!, other.attributes[key]!))
      );
    }
    default:
      return true;
  }
}

const isPrimitive = (type: HclType): boolean =>
  type.kind === 'string' || type.kind === 'number' || type.kind === 'bool';

/** Whether a value of `from` converts to `to` (cty's unsafe conversions: strings to numbers and bools too). */
function converts(from: HclType, to: HclType): boolean {
  if (from.kind === 'any' || to.kind === 'any' || typesEqual(from, to)) return true;
  if (isPrimitive(from) && isPrimitive(to)) return to.kind === 'string' || from.kind === 'string';
  return false;
}

/** The unified type of `types`, or undefined when they have none (a number and a bool, a tuple and an object). */
export function unify(types: readonly HclType[]): HclType | undefined {
  if (types.length === 0) return undefined;
  if (types.every(type => typesEqual(type, types[0]!))) return types[0];
  const concrete = types.filter(type => type.kind !== 'any');
  const kinds = new Set(concrete.map(type => type.kind));
  const structural = [...kinds].filter(kind => kind !== 'string' && kind !== 'number' && kind !== 'bool');
  if (structural.length > 0) {
    // A structure and an unknown type unify only as "any" (cty's unifyAllAsDynamic).
    if (concrete.length !== types.length) return kinds.size === 1 ? ANY : undefined;
    if (kinds.size !== structural.length) return undefined;
    if (structural.every(kind => kind === 'tuple' || kind === 'list')) return unifySequences(concrete);
    if (structural.every(kind => kind === 'object' || kind === 'map')) return unifyMappings(concrete);
    if (structural.every(kind => kind === 'set'))
      return unifyElements(
        concrete.map(type => (type as { element: HclType }).element),
        'set'
      );
    return undefined;
  }
  // Only a type among the given ones can be the result, strings preferred: a number and a bool have none.
  for (const candidate of [{ kind: 'string' }, { kind: 'number' }, { kind: 'bool' }, ANY] as HclType[])
    if (types.some(type => type.kind === candidate.kind) && types.every(type => converts(type, candidate)))
      return candidate;
  return undefined;
}

function unifyElements(elements: readonly HclType[], kind: 'list' | 'set' | 'map'): HclType | undefined {
  const element = elements.length === 0 ? ANY : unify(elements);
  return element === undefined ? undefined : { kind, element };
}

function unifySequences(types: readonly HclType[]): HclType | undefined {
  const tuples = types.filter(type => type.kind === 'tuple') as Extract<HclType, { kind: 'tuple' }>[];
  if (
    tuples.length === types.length &&
    tuples.every(type => type.elements.length === tuples[0]!.elements.length)
  ) {
    const elements: HclType[] = [];
    for (let i = 0; i < tuples[0]!.elements.length; i++) {
      const element = unify(tuples.map(type => type.elements[i]!));
      if (element === undefined) return undefined;
      elements.push(element);
    }
    return { kind: 'tuple', elements };
  }
  return unifyElements(
    types.flatMap(type => (type.kind === 'tuple' ? type.elements : [(type as { element: HclType }).element])),
    'list'
  );
}

function unifyMappings(types: readonly HclType[]): HclType | undefined {
  const objects = types.filter(type => type.kind === 'object') as Extract<HclType, { kind: 'object' }>[];
  const keys = objects.length > 0 ? Object.keys(objects[0]!.attributes).sort().join('\u0000') : '';
  if (
    objects.length === types.length &&
    objects.every(type => Object.keys(type.attributes).sort().join('\u0000') === keys)
  ) {
    const attributes: Record<string, HclType> = {};
    for (const key of Object.keys(objects[0]!.attributes)) {
      const attribute = unify(objects.map(type => type.attributes[key]!));
      if (attribute === undefined) return undefined;
      attributes[key] = attribute;
    }
    return { kind: 'object', attributes };
  }
  return unifyElements(
    types.flatMap(type =>
      type.kind === 'object' ? Object.values(type.attributes) : [(type as { element: HclType }).element]
    ),
    'map'
  );
}

/** How cty names a type in messages: string, tuple, object, list of string, map of number. */
export function friendlyTypeName(type: HclType): string {
  switch (type.kind) {
    case 'any':
      return 'dynamic';
    case 'list':
    case 'set':
    case 'map':
      return `${type.kind} of ${friendlyTypeName(type.element)}`;
    default:
      return type.kind;
  }
}

/** Why two result types do not unify, in HCL's words (describeConditionalTypeMismatch). */
export function describeMismatch(trueType: HclType, falseType: HclType): string {
  if (trueType.kind === 'object' && falseType.kind === 'object') {
    for (const name of Object.keys(trueType.attributes).sort()) {
      if (!(name in falseType.attributes))
        return `The 'true' value includes object attribute "${name}", which is absent in the 'false' value`;
      if (!typesEqual(trueType.attributes[name]!, falseType.attributes[name]!))
        return `Type mismatch for object attribute "${name}": ${describeMismatch(trueType.attributes[name]!, falseType.attributes[name]!)}`;
    }
    for (const name of Object.keys(falseType.attributes).sort())
      if (!(name in trueType.attributes))
        return `The 'false' value includes object attribute "${name}", which is absent in the 'true' value`;
  }
  if (trueType.kind === 'tuple' && falseType.kind === 'tuple') {
    if (trueType.elements.length !== falseType.elements.length)
      return `The 'true' tuple has length ${trueType.elements.length}, but the 'false' tuple has length ${falseType.elements.length}`;
    for (let i = 0; i < trueType.elements.length; i++)
      if (!typesEqual(trueType.elements[i]!, falseType.elements[i]!))
        return `Type mismatch for tuple element ${i}: ${describeMismatch(trueType.elements[i]!, falseType.elements[i]!)}`;
  }
  const trueName = friendlyTypeName(trueType);
  const falseName = friendlyTypeName(falseType);
  if (trueName === falseName)
    return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
  return `The 'true' value is ${trueName}, but the 'false' value is ${falseName}`;
}

/** unify over the values' own types (the function library's name for it). */
export const unifyValues = (values: readonly HclValue[]): HclType | undefined =>
  unify(values.map(typeOfValue));

/** The function library's names for typeOfValue and unify. */
export { typeOfValue as impliedType, unify as unifyTypes };
