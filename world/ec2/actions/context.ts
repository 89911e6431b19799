// What every action handler receives, and the helpers they share.
import { Ec2Error } from '../errors.js';
import type { Tags } from '../model.js';
import { tagList } from '../model.js';
import type { Params } from '../query.js';
import type { World } from '../world.js';
import type { Region } from '../model.js';
import type { XmlObject } from '../xml.js';

export interface ActionContext {
  world: World;
  region: Region;
  params: Params;
  requestId: string;
  account: string;
}

export type Handler = (ctx: ActionContext) => XmlObject | Promise<XmlObject>;

const TAGGABLE = new Set([
  'instance',
  'volume',
  'image',
  'snapshot',
  'key-pair',
  'security-group',
  'network-interface',
  'spot-instances-request',
  'launch-template'
]);

/** Tags from TagSpecification.N for one resource type; rejects unknown types as AWS does. */
export function tagsFor(params: Params, resourceType: string, allowed: string[]): Tags {
  const tags: Tags = new Map();
  for (const spec of params.objects('TagSpecification')) {
    const type = spec.required('ResourceType');
    if (!TAGGABLE.has(type) || !allowed.includes(type)) {
      throw new Ec2Error(
        'InvalidParameterValue',
        `'${type}' is not a valid taggable resource type for this operation.`
      );
    }
    if (type !== resourceType) continue;
    for (const tag of spec.objects('Tag')) addTag(tags, tag.required('Key'), tag.str('Value') ?? '');
  }
  return tags;
}

export function addTag(tags: Tags, key: string, value: string): void {
  if (key.startsWith('aws:')) {
    throw new Ec2Error(
      'InvalidParameterValue',
      `Tag keys starting with 'aws:' are reserved for internal use`
    );
  }
  if (key.length > 128 || value.length > 256) {
    throw new Ec2Error('InvalidParameterValue', `Tag key or value too long: '${key.slice(0, 40)}'`);
  }
  tags.set(key, value);
  if (tags.size > 50)
    throw new Ec2Error('TagLimitExceeded', 'The maximum number of tags for a resource (50) has been reached');
}

export const tagSet = (tags: Tags) => (tags.size ? tagList(tags) : undefined);

/** DryRun=true answers DryRunOperation, as AWS does when the caller is allowed. */
export function checkDryRun(params: Params): void {
  if (params.bool('DryRun')) {
    throw new Ec2Error('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
  }
}

export const ok = (): XmlObject => ({ return: true });

export interface PermissionChange {
  op: 'add' | 'remove';
  users: string[];
  groups: string[];
}

/**
 * Launch and create-volume permissions arrive in two forms: the structured one
 * (LaunchPermission.Add.1.UserId) and the flat one (OperationType=add&UserId.1=...).
 */
export function readPermissionChanges(
  params: Params,
  structName: string,
  flatGroupName: string
): PermissionChange[] {
  const changes: PermissionChange[] = [];
  const struct = params.obj(structName);
  for (const [op, key] of [
    ['add', 'Add'],
    ['remove', 'Remove']
  ] as const) {
    const items = struct?.objects(key) ?? [];
    const users = items.map(i => i.str('UserId')).filter((x): x is string => !!x);
    const groups = items.map(i => i.str('Group')).filter((x): x is string => !!x);
    if (users.length || groups.length) changes.push({ op, users, groups });
  }
  const op = params.str('OperationType');
  if (op === 'add' || op === 'remove') {
    changes.push({ op, users: params.list('UserId'), groups: params.list(flatGroupName) });
  }
  return changes;
}

export function applyPermissionChange(
  users: Set<string>,
  groups: Set<string>,
  change: PermissionChange
): void {
  for (const u of change.users) {
    if (change.op === 'add') users.add(u);
    else users.delete(u);
  }
  for (const g of change.groups) {
    if (change.op === 'add') groups.add(g);
    else groups.delete(g);
  }
}
