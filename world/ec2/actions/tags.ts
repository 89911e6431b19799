// CreateTags, DeleteTags and DescribeTags across every taggable resource of the region.
import { Ec2Error } from '../errors.js';
import { wildcard } from '../filters.js';
import type { Region, Resource, ResourceKind } from '../model.js';
import type { World } from '../world.js';
import type { Handler } from './context.js';
import { addTag, checkDryRun, ok } from './context.js';

const KIND_BY_PREFIX: Record<string, ResourceKind> = {
  ami: 'image',
  i: 'instance',
  key: 'key-pair',
  sg: 'security-group',
  vol: 'volume',
  snap: 'snapshot',
  vpc: 'vpc',
  subnet: 'subnet',
  lt: 'launch-template'
};

function resolve(world: World, region: Region, id: string): { resource: Pick<Resource, 'tags'> } {
  // A spot request lives with the instance it launched.
  if (id.startsWith('sir-')) {
    const instance = [...region.instances.values()].find(i => i.spotRequest?.id === id);
    if (!instance?.spotRequest)
      throw new Ec2Error(
        'InvalidSpotInstanceRequestID.NotFound',
        `The spot instance request ID '${id}' does not exist`
      );
    return { resource: instance.spotRequest };
  }
  const kind = KIND_BY_PREFIX[id.split('-')[0]];
  if (!kind) throw new Ec2Error('InvalidID', `The ID '${id}' is not valid`);
  return { resource: world.get(region, kind, id) };
}

export const createTags: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const ids = params.list('ResourceId');
  if (!ids.length)
    throw new Ec2Error('MissingParameter', 'The request must contain the parameter resourceIdSet');
  const resources = ids.map(id => resolve(world, region, id).resource);
  const tags = params.objects('Tag');
  for (const resource of resources)
    for (const t of tags) addTag(resource.tags, t.required('Key'), t.str('Value') ?? '');
  return ok();
};

export const deleteTags: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const resources = params.list('ResourceId').map(id => resolve(world, region, id).resource);
  const tags = params.objects('Tag');
  for (const resource of resources) {
    if (!tags.length) resource.tags.clear();
    for (const t of tags) {
      const key = t.required('Key');
      const value = t.str('Value');
      if (value === undefined || resource.tags.get(key) === value) resource.tags.delete(key);
    }
  }
  return ok();
};

export const describeTags: Handler = ({ world, region, params }) => {
  const filters = params
    .objects('Filter')
    .map(f => ({ name: f.required('Name'), patterns: f.list('Value').map(wildcard) }));
  const rows: { resourceId: string; resourceType: string; key: string; value: string }[] = [];
  for (const { kind, region: r, resource } of world.allResources()) {
    if (r !== region || !world.visible(resource)) continue;
    for (const [key, value] of resource.tags)
      rows.push({ resourceId: resource.id, resourceType: kind, key, value });
  }
  const field = (row: (typeof rows)[number], name: string): string => {
    const map: Record<string, string> = {
      'resource-id': row.resourceId,
      'resource-type': row.resourceType,
      key: row.key,
      value: row.value
    };
    if (!(name in map)) throw new Ec2Error('InvalidParameterValue', `The filter '${name}' is invalid`);
    return map[name];
  };
  return { tagSet: rows.filter(row => filters.every(f => f.patterns.some(p => p.test(field(row, f.name))))) };
};
