// HCL2 values as plain JavaScript, the shape cty gives them where Packer templates can tell:
// null, booleans, numbers, strings, lists (tuples, lists and sets alike: arrays) and objects (maps
// and objects alike: plain objects). Sets are arrays without duplicates in cty's order; objects are
// read in cty's order, lexical by key (see entriesOf), whatever order JavaScript keeps them in.
// Type constraints (`type = list(string)`) and conversion follow cty's convert package.

import { typeOfValue, unify } from './unify.js';

export type HclValue = null | boolean | number | string | readonly HclValue[] | HclObject;
export interface HclObject {
  readonly [key: string]: HclValue;
}

export type HclType =
  | { readonly kind: 'string' | 'number' | 'bool' | 'any' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: HclType }
  | { readonly kind: 'tuple'; readonly elements: readonly HclType[] }
  | {
      readonly kind: 'object';
      readonly attributes: Readonly<Record<string, HclType>>;
      /** Attributes declared with optional(type[, default]); absent ones become their default or null. */
      readonly optional?: Readonly<Record<string, { readonly default?: HclValue }>>;
    };

export const STRING: HclType = { kind: 'string' };
export const NUMBER: HclType = { kind: 'number' };
export const BOOL: HclType = { kind: 'bool' };
export const ANY: HclType = { kind: 'any' };

export const isList = (value: HclValue): value is readonly HclValue[] => Array.isArray(value);
export const isObject = (value: HclValue): value is HclObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Go's string order: by UTF-8 bytes, which is code point order (JavaScript's < compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a.codePointAt(i)!;
    const right = b.codePointAt(j)!;
    if (left !== right) return left - right;
    i += left > 0xffff ? 2 : 1;
    j += right > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
}

/** cty's order of keys: lexical by UTF-8 bytes. */
export const sortedKeys = (object: HclObject): string[] => Object.keys(object).sort(compareStrings);

/** An object's entries in cty's order: what `for`, keys(), values() and jsonencode see. */
export const entriesOf = (object: HclObject): [string, HclValue][] =>
  sortedKeys(object).map(key => [key, object[key]!]);

/** A fresh object from entries; `null` prototype so a key like `__proto__` is just a key. */
export function objectOf(entries: Iterable<readonly [string, HclValue]>): HclObject {
  const object: Record<string, HclValue> = Object.create(null) as Record<string, HclValue>;
  for (const [key, value] of entries) object[key] = value;
  return object;
}

/** How HCL names a value's type in messages: string, number, bool, tuple, object, null. */
export function typeName(value: HclValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  return Array.isArray(value) ? 'tuple' : 'object';
}

/** How a type constraint reads in messages: list(string), object({name=string}). */
export function typeString(type: HclType): string {
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${type.kind}(${typeString(type.element)})`;
    case 'tuple':
      return `tuple([${type.elements.map(typeString).join(', ')}])`;
    case 'object':
      return `object({${Object.keys(type.attributes)
        .map(key => `${key}=${typeString(type.attributes[key]!)}`)
        .join(', ')}})`;
    default:
      return type.kind;
  }
}

/** A value that does not fit a type; `path` names where inside it (`[2].name`), empty at the top. */
export class ConversionError extends Error {
  constructor(
    readonly detail: string,
    readonly path: string = ''
  ) {
    super(path === '' ? detail : `${path}: ${detail}`);
    this.name = 'ConversionError';
  }
}

/** How cty writes a number as a string: no exponent, no trailing zeros ("1.5", "1000000", "-0.25"). */
export function numberToString(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Converts `value` to `type` as cty does (strings to numbers and bools and back), or throws a ConversionError. */
export function convert(value: HclValue, type: HclType, path = ''): HclValue {
  if (value === null || type.kind === 'any') return value;
  const fail = (expected: string): never => {
    throw new ConversionError(`${expected} required, but have ${typeName(value)}`, path);
  };
  switch (type.kind) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return numberToString(value);
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      return fail('string');
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string') {
        if (NUMBER_TEXT.test(value.trim()) && value.trim() === value) return Number(value);
        throw new ConversionError(`a number is required, but have string ${JSON.stringify(value)}`, path);
      }
      return fail('number');
    case 'bool':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === '1') return true;
      if (value === 'false' || value === '0') return false;
      if (typeof value === 'string')
        throw new ConversionError(`a bool is required, but have string ${JSON.stringify(value)}`, path);
      return fail('bool');
    case 'list':
    case 'set': {
      if (!isList(value)) return fail(type.kind);
      const element = elementType(value, type, path);
      const items = value.map((item, index) => convert(item, element, `${path}[${index}]`));
      return type.kind === 'set' ? setOf(items) : items;
    }
    case 'tuple': {
      if (!isList(value)) return fail('tuple');
      if (value.length !== type.elements.length)
        throw new ConversionError(
          `tuple required with ${type.elements.length} elements, but have ${value.length}`,
          path
        );
      return value.map((item, index) => convert(item, type.elements[index]!, `${path}[${index}]`));
    }
    case 'map': {
      if (!isObject(value)) return fail('map');
      const element = elementType(Object.values(value), type, path);
      return objectOf(entriesOf(value).map(([key, item]) => [key, convert(item, element, `${path}.${key}`)]));
    }
    case 'object': {
      if (!isObject(value)) return fail('object');
      const optional = type.optional ?? {};
      return objectOf(
        Object.entries(type.attributes).map(([key, attributeType]) => {
          if (!(key in value)) {
            if (key in optional)
              return [
                key,
                optional[key]!.default === undefined
                  ? null
                  : convert(optional[key]!.default!, attributeType, `${path}.${key}`)
              ];
            throw new ConversionError(`attribute "${key}" is required`, path);
          }
          return [key, convert(value[key]!, attributeType, `${path}.${key}`)];
        })
      );
    }
  }
}

/**
 * The element type a collection converts its elements to: the declared one, or for list(any), set(any)
 * and map(any) the type all elements unify to, as in cty (["a", 1] as list(any) is ["a", "1"]).
 */
function elementType(
  items: readonly HclValue[],
  type: { readonly kind: 'list' | 'set' | 'map'; readonly element: HclType },
  path: string
): HclType {
  if (type.element.kind !== 'any' || items.length === 0) return type.element;
  const unified = unify(items.map(typeOfValue));
  if (unified === undefined)
    throw new ConversionError(`all ${type.kind} elements must have the same type`, path);
  return unified;
}

/** Deep equality, as HCL's `==` compares (a number and a string are never equal). */
export function valuesEqual(a: HclValue, b: HclValue): boolean {
  if (a === b) return true;
  if (isList(a) && isList(b))
    return a.length === b.length && a.every((item, index) => valuesEqual(item, b[index]!));
  if (isObject(a) && isObject(b)) {
    const keys = sortedKeys(a);
    const otherKeys = sortedKeys(b);
    return (
      keys.length === otherKeys.length &&
      keys.every((key, index) => key === otherKeys[index] && valuesEqual(a[key]!, b[key]!))
    );
  }
  return false;
}

/** A set: duplicates removed, in cty's order (strings lexical, numbers ascending, others as first seen). */
export function setOf(items: readonly HclValue[]): HclValue[] {
  const unique: HclValue[] = [];
  for (const item of items) if (!unique.some(seen => valuesEqual(seen, item))) unique.push(item);
  if (unique.every(item => typeof item === 'string')) return (unique as string[]).sort(compareStrings);
  if (unique.every(item => typeof item === 'number')) return (unique as number[]).sort((a, b) => a - b);
  return unique;
}
