// cty's type unification (convert.UnifyUnsafe), for values: the one type a set of values can all convert to.
// It is what turns [1, "a"] into list(string) ["1", "a"] when a list(any) is wanted, lets coalesce(1, "a")
// compare strings, and refuses [1, true] ("element types must all match"). Null has no type of its own here
// (cty's dynamic pseudo-type): it converts to anything, so it never decides the result.

import { ANY, BOOL, NUMBER, STRING, isList, sortedKeys, type HclType, type HclValue } from './value.js';

/** The type cty infers for a value written literally: tuples for sequences, objects for mappings. */
export function impliedType(value: HclValue): HclType {
  if (value === null) return ANY;
  if (typeof value === 'string') return STRING;
  if (typeof value === 'number') return NUMBER;
  if (typeof value === 'boolean') return BOOL;
  if (isList(value)) return { kind: 'tuple', elements: value.map(impliedType) };
  const attributes: Record<string, HclType> = {};
  for (const key of sortedKeys(value)) attributes[key] = impliedType(value[key]!);
  return { kind: 'object', attributes };
}

const PRIMITIVE_PREFERENCE = ['string', 'number', 'bool'] as const;

/** The type every one of `types` converts to, or undefined when there is none (cty's NilType). */
export function unifyTypes(types: readonly HclType[]): HclType | undefined {
  const known = types.filter(type => type.kind !== 'any');
  if (known.length === 0) return ANY;
  const kinds = new Set(known.map(type => type.kind));
  if (kinds.size === 1 && kinds.has('tuple')) return unifyTuples(known as TupleType[]);
  if (kinds.size === 1 && kinds.has('object')) return unifyObjects(known as ObjectType[]);
  if (kinds.size === 1 && (kinds.has('list') || kinds.has('set') || kinds.has('map'))) {
    const element = unifyTypes(known.map(type => (type as CollectionType).element));
    return element === undefined ? undefined : { kind: known[0]!.kind as CollectionType['kind'], element };
  }
  if ([...kinds].some(kind => !PRIMITIVE_PREFERENCE.includes(kind as 'string'))) return undefined;
  // cty tries the most general primitive first: a string takes numbers and bools, a number takes no bool.
  for (const kind of PRIMITIVE_PREFERENCE) {
    if (!kinds.has(kind)) continue;
    if (kind === 'string' || kinds.size === 1) return known.find(type => type.kind === kind);
    return undefined;
  }
  return undefined;
}

/** unifyTypes over the values' implied types. */
export const unifyValues = (values: readonly HclValue[]): HclType | undefined =>
  unifyTypes(values.map(impliedType));

type TupleType = Extract<HclType, { kind: 'tuple' }>;
type ObjectType = Extract<HclType, { kind: 'object' }>;
type CollectionType = Extract<HclType, { kind: 'list' | 'set' | 'map' }>;

function unifyTuples(tuples: readonly TupleType[]): HclType | undefined {
  const length = tuples[0]!.elements.length;
  if (tuples.some(tuple => tuple.elements.length !== length)) return undefined;
  const elements: HclType[] = [];
  for (let index = 0; index < length; index++) {
    const element = unifyTypes(tuples.map(tuple => tuple.elements[index]!));
    if (element === undefined) return undefined;
    elements.push(element);
  }
  return { kind: 'tuple', elements };
}

function unifyObjects(objects: readonly ObjectType[]): HclType | undefined {
  const names = Object.keys(objects[0]!.attributes).sort();
  const sameNames = (object: ObjectType): boolean => {
    const other = Object.keys(object.attributes).sort();
    return other.length === names.length && other.every((name, index) => name === names[index]);
  };
  if (!objects.every(sameNames)) return undefined;
  const attributes: Record<string, HclType> = {};
  for (const name of names) {
    const attribute = unifyTypes(objects.map(object => object.attributes[name]!));
    if (attribute === undefined) return undefined;
    attributes[name] = attribute;
  }
  return { kind: 'object', attributes };
}
