// What tests and people look at: every resource with its state and tags (parameters and secrets
// included), and what a run left behind (anything a client created that still exists or still
// runs), and the other services' own state: parameter versions and failed image validations.
import type { Resource, ResourceKind } from './model.js';
import type { World } from './world.js';

export interface ResourceSummary {
  type: ResourceKind | 'parameter' | 'secret';
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

/** Parameters and secrets as resources: the ARN is the id. */
function serviceResources(world: World, madeByClients: boolean): ResourceSummary[] {
  const parameters = world.parameters
    .all()
    .filter(p => !madeByClients || !p.seed)
    .map(p => ({
      type: 'parameter' as const,
      id: p.arn,
      region: p.region,
      name: p.name,
      tags: Object.fromEntries(p.tags)
    }));
  const secrets = world.secrets
    .all()
    .filter(s => !madeByClients || !s.seed)
    .map(s => ({
      type: 'secret' as const,
      id: s.arn,
      region: s.region,
      name: s.name,
      tags: Object.fromEntries(s.tags)
    }));
  return [...parameters, ...secrets];
}

export function resources(world: World): ResourceSummary[] {
  return [
    ...[...world.allResources()].map(({ kind, resource }) => summarize(kind, resource)),
    ...serviceResources(world, false)
  ];
}

const LIVE: Partial<Record<ResourceKind, (state?: string) => boolean>> = {
  instance: state => state !== 'terminated',
  image: state => state !== 'deregistered',
  snapshot: () => true,
  volume: state => state !== 'deleted',
  'key-pair': () => true,
  'security-group': () => true
};

/** Client-made resources that still exist: instances not terminated, images, snapshots, parameters, secrets... */
export function leftovers(world: World): ResourceSummary[] {
  return [
    ...[...world.allResources()]
      .filter(({ kind, resource }) => !resource.seed && LIVE[kind]?.((resource as { state?: string }).state))
      .map(({ kind, resource }) => summarize(kind, resource)),
    ...serviceResources(world, true)
  ];
}

/**
 * Parameter Store and Secrets Manager as /_sim/state shows them: versions, labels and stages, never a
 * SecureString's or a secret's value.
 */
export function servicesState(world: World) {
  return {
    parameters: world.parameters.all().map(p => ({
      arn: p.arn,
      name: p.name,
      region: p.region,
      account: p.account,
      seed: p.seed ?? false,
      versions: p.versions.map(v => ({
        version: v.version,
        type: v.type,
        dataType: v.dataType,
        labels: v.labels,
        value: v.type === 'SecureString' ? '(secure)' : v.value
      }))
    })),
    parameterValidationFailures: world.parameters.validationFailures,
    secrets: world.secrets.all().map(s => ({
      arn: s.arn,
      name: s.name,
      region: s.region,
      account: s.account,
      seed: s.seed ?? false,
      versions: s.versions.map(v => ({ id: v.id, stages: v.stages, kind: v.binary ? 'binary' : 'string' }))
    }))
  };
}
