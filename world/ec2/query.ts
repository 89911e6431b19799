// The EC2 Query protocol flattens structures into dotted keys ("Filter.1.Value.2=x").
// parseQuery turns a form body back into nested objects and 1-based lists into arrays,
// so handlers read params.Filter[0].Value[1] instead of string keys.
import { Ec2Error } from './errors.js';

export type QueryValue = string | QueryObject | QueryValue[];
export interface QueryObject {
  [key: string]: QueryValue;
}

export function parseQuery(body: string): QueryObject {
  const root: QueryObject = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split('.');
    let node: QueryObject = root;
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        node[segment] = value;
        return;
      }
      if (typeof node[segment] !== 'object') node[segment] = {};
      node = node[segment] as QueryObject;
    });
  }
  return listify(root) as QueryObject;
}

function listify(node: QueryValue): QueryValue {
  if (typeof node === 'string' || Array.isArray(node)) return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every(k => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map(k => listify(node[String(k)]));
  }
  const out: QueryObject = {};
  for (const k of keys) out[k] = listify(node[k]);
  return out;
}

/** Typed accessors over a parsed request, so handlers stay short. */
export class Params {
  constructor(readonly raw: QueryObject) {}

  str(name: string): string | undefined {
    const v = this.raw[name];
    return typeof v === 'string' ? v : undefined;
  }

  required(name: string): string {
    const v = this.str(name);
    if (v === undefined || v === '') throw missingParameter(name);
    return v;
  }

  bool(name: string): boolean | undefined {
    const v = this.str(name);
    return v === undefined ? undefined : v === 'true';
  }

  int(name: string): number | undefined {
    const v = this.str(name);
    return v === undefined ? undefined : Number(v);
  }

  /** A list of strings such as ImageId.1, ImageId.2. */
  list(name: string): string[] {
    const v = this.raw[name];
    if (v === undefined) return [];
    if (typeof v === 'string') return [v];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  /** A list of structures such as Filter.1.Name / Filter.1.Value.1. */
  objects(name: string): Params[] {
    return objectsOf(this.raw[name]);
  }

  obj(name: string): Params | undefined {
    const v = this.raw[name];
    return v && typeof v === 'object' && !Array.isArray(v) ? new Params(v) : undefined;
  }
}

export function objectsOf(v: QueryValue | undefined): Params[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((x): x is QueryObject => typeof x === 'object' && !Array.isArray(x))
    .map(x => new Params(x));
}

function missingParameter(name: string): Ec2Error {
  return new Ec2Error('MissingParameter', `The request must contain the parameter ${name}`);
}
