// What tests and people look at: every resource with its state and tags, and what a run
// left behind (anything a client created that still exists or still runs).
import type { Resource, ResourceKind } from './model.js';
import type { World } from './world.js';

export interface ResourceSummary {
  type: ResourceKind;
  id: string;
  region: string;
  state?: string;
  name?: string;
  tags: Record<string, string>;
}

function summarize(type: ResourceKind, resource: Resource): ResourceSummary {
  const r = resource as Resource & { state?: string; name?: string };
  return { type, id: r.id, region: r.region, state: r.state, name: r.name, tags: Object.fromEntries(r.tags) };
}

export function resources(world: World): ResourceSummary[] {
  return [...world.allResources()].map(({ kind, resource }) => summarize(kind, resource));
}

const LIVE: Partial<Record<ResourceKind, (state?: string) => boolean>> = {
  instance: state => state !== 'terminated',
  image: state => state !== 'deregistered',
  snapshot: () => true,
  volume: state => state !== 'deleted',
  'key-pair': () => true,
  'security-group': () => true
};

/** Client-made resources that still exist: instances not terminated, images, snapshots, ... */
export function leftovers(world: World): ResourceSummary[] {
  return [...world.allResources()]
    .filter(({ kind, resource }) => !resource.seed && LIVE[kind]?.((resource as { state?: string }).state))
    .map(({ kind, resource }) => summarize(kind, resource));
}
