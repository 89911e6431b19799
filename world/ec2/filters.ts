// DescribeX filters as EC2 applies them: filters are ANDed, the values of one filter are
// ORed, values may use * and ? wildcards, and tag:<key>, tag-key and tag-value work on
// every taggable resource. An unknown filter name is an error, as on AWS.

import { Ec2Error } from './errors.js';
import type { Params } from './query.js';
import type { Resource } from './model.js';

export interface Filter {
  name: string;
  values: string[];
}

/** Returns the values a resource has for a filter name, or undefined if the name is unknown. */
export type FilterFields<T> = (resource: T, name: string) => (string | undefined)[] | undefined;

export function readFilters(params: Params): Filter[] {
  return params.objects('Filter').map(f => ({ name: f.required('Name'), values: f.list('Value') }));
}

export function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 's');
}

export function applyFilters<T extends Resource>(
  items: T[],
  filters: Filter[],
  fields: FilterFields<T>
): T[] {
  const compiled = filters.map(f => ({ name: f.name, patterns: f.values.map(wildcard) }));
  return items.filter(item =>
    compiled.every(({ name, patterns }) => {
      const have = tagFieldValues(item, name) ?? fields(item, name);
      if (have === undefined) throw new Ec2Error('InvalidParameterValue', `The filter '${name}' is invalid`);
      return have.some(v => v !== undefined && patterns.some(p => p.test(v)));
    })
  );
}

function tagFieldValues(item: Resource, name: string): string[] | undefined {
  if (name.startsWith('tag:')) {
    const v = item.tags.get(name.slice(4));
    return v === undefined ? [] : [v];
  }
  if (name === 'tag-key') return [...item.tags.keys()];
  if (name === 'tag-value') return [...item.tags.values()];
  return undefined;
}
