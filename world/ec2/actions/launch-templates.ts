// Launch templates: create one, add versions (each inheriting its source version's data, as EC2
// does), choose the default, and describe templates and versions (by template, or the $Latest and
// $Default versions of every template in the account) with filters and pagination.
import { Ec2Error } from '../errors.js';
import { applyFilters, readFilters } from '../filters.js';
import { newId } from '../ids.js';
import type { LaunchTemplate, LaunchTemplateVersion, Region } from '../model.js';
import type { Params, QueryObject, QueryValue } from '../query.js';
import type { World } from '../world.js';
import type { XmlObject, XmlValue } from '../xml.js';
import type { Handler } from './context.js';
import { checkDryRun, tagSet, tagsFor } from './context.js';

const NAME = /^[a-zA-Z0-9().\-/_]{3,128}$/;
const IMAGE_ID = /^(ami-[0-9a-f]{8}([0-9a-f]{9})?|resolve:ssm:.+)$/;

const createdBy = (account: string) => `arn:aws:iam::${account}:user/simulator`;

const nameNotFound = () =>
  new Ec2Error(
    'InvalidLaunchTemplateName.NotFoundException',
    'At least one of the launch templates specified in the request does not exist.'
  );

function idNotFound(id: string) {
  if (!/^lt-[0-9a-f]{17}$/.test(id)) {
    return new Ec2Error('InvalidLaunchTemplateId.Malformed', `The launch template ID '${id}' is malformed.`);
  }
  return new Ec2Error(
    'InvalidLaunchTemplateId.NotFound',
    `The specified launch template, with template ID ${id}, does not exist.`
  );
}

const versionNotFound = (template: LaunchTemplate, version: string) =>
  new Ec2Error(
    'InvalidLaunchTemplateId.VersionNotFound',
    `Could not find launch template version ${version} for template ${template.id}.`
  );

function byName(region: Region, name: string): LaunchTemplate | undefined {
  return [...region.launchTemplates.values()].find(t => t.name === name);
}

/** The template a request names by LaunchTemplateId or LaunchTemplateName (exactly one of them). */
function namedTemplate(world: World, region: Region, params: Params): LaunchTemplate {
  const id = params.str('LaunchTemplateId');
  const name = params.str('LaunchTemplateName');
  if (id && name) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'The parameters LaunchTemplateId and LaunchTemplateName cannot be used together.'
    );
  }
  if (id) {
    const template = world.find(region, 'launch-template', id);
    if (!template) throw idNotFound(id);
    return template;
  }
  if (name) {
    const template = byName(region, name);
    if (!template || !world.visible(template)) throw nameNotFound();
    return template;
  }
  throw new Ec2Error(
    'MissingParameter',
    'The request must contain the parameter LaunchTemplateId or LaunchTemplateName'
  );
}

function readData(params: Params): QueryObject {
  const data = (params.raw.LaunchTemplateData ?? {}) as QueryValue;
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Ec2Error('InvalidParameterValue', 'LaunchTemplateData is malformed');
  const imageId = data.ImageId;
  if (typeof imageId === 'string' && !IMAGE_ID.test(imageId)) {
    throw new Ec2Error('InvalidAMIID.Malformed', `Invalid id: "${imageId}" (expecting "ami-...")`);
  }
  return data;
}

function latest(template: LaunchTemplate): LaunchTemplateVersion {
  return template.versions.at(-1)!;
}

/** `$Latest`, `$Default` or a number, as the Versions, SourceVersion and SetDefaultVersion members take it. */
function version(template: LaunchTemplate, selector: string): LaunchTemplateVersion {
  const wanted =
    selector === '$Latest'
      ? latest(template).number
      : selector === '$Default'
        ? template.defaultVersion
        : /^\d+$/.test(selector)
          ? Number(selector)
          : NaN;
  const found = template.versions.find(v => v.number === wanted);
  if (!found) throw versionNotFound(template, selector);
  return found;
}

const lowerFirst = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/** Request lists (`SecurityGroupId.1`) and their names in the answer (`securityGroupIdSet`). */
const LIST_NAMES: Record<string, string> = {
  SecurityGroupId: 'securityGroupIdSet',
  SecurityGroup: 'securityGroupSet',
  BlockDeviceMapping: 'blockDeviceMappingSet',
  NetworkInterface: 'networkInterfaceSet',
  TagSpecification: 'tagSpecificationSet',
  Tag: 'tagSet'
};

function renderData(value: QueryValue): XmlValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(renderData);
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [LIST_NAMES[key] ?? lowerFirst(key), renderData(inner)])
  );
}

function renderTemplate(t: LaunchTemplate): XmlObject {
  return {
    launchTemplateId: t.id,
    launchTemplateName: t.name,
    createTime: t.createTime,
    createdBy: t.createdBy,
    defaultVersionNumber: t.defaultVersion,
    latestVersionNumber: latest(t).number,
    tagSet: tagSet(t.tags)
  };
}

function renderVersion(t: LaunchTemplate, v: LaunchTemplateVersion): XmlObject {
  return {
    launchTemplateId: t.id,
    launchTemplateName: t.name,
    versionNumber: v.number,
    versionDescription: v.description,
    createTime: v.createTime,
    createdBy: v.createdBy,
    defaultVersion: t.defaultVersion === v.number,
    launchTemplateData: renderData(v.data as QueryObject)
  };
}

/** One page of `items` and the token for the next, as MaxResults and NextToken ask. */
function page<T>(items: T[], params: Params, max: number): { items: T[]; nextToken?: string } {
  const size = params.int('MaxResults') ?? max;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new Ec2Error('InvalidParameterValue', `MaxResults must be between 1 and ${max}`);
  }
  const token = params.str('NextToken');
  const start = token === undefined ? 0 : Number(Buffer.from(token, 'base64').toString('utf8'));
  if (!Number.isInteger(start) || start < 0) throw new Ec2Error('InvalidNextToken', 'The token is not valid');
  const end = start + size;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(String(end)).toString('base64') : undefined
  };
}

export const createLaunchTemplate: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const name = params.required('LaunchTemplateName');
  if (!NAME.test(name)) {
    throw new Ec2Error(
      'InvalidLaunchTemplateName.MalformedException',
      'A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _.'
    );
  }
  const token = params.str('ClientToken');
  const earlier = token
    ? [...region.launchTemplates.values()].find(t => t.versions[0]?.clientToken === token)
    : undefined;
  if (earlier) return { launchTemplate: renderTemplate(earlier) };
  if (byName(region, name)) {
    throw new Ec2Error(
      'InvalidLaunchTemplateName.AlreadyExistsException',
      'Launch template name already in use.'
    );
  }
  const now = new Date();
  const template = world.born<LaunchTemplate>('launch-template', {
    id: newId('lt'),
    region: region.name,
    tags: tagsFor(params, 'launch-template', ['launch-template', 'instance', 'volume', 'network-interface']),
    name,
    createTime: now,
    createdBy: createdBy(account),
    defaultVersion: 1,
    versions: [
      {
        number: 1,
        description: params.str('VersionDescription'),
        createTime: now,
        createdBy: createdBy(account),
        data: readData(params),
        clientToken: token
      }
    ]
  });
  region.launchTemplates.set(template.id, template);
  return { launchTemplate: renderTemplate(template) };
};

export const createLaunchTemplateVersion: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const template = namedTemplate(world, region, params);
  const token = params.str('ClientToken');
  const earlier = token ? template.versions.find(v => v.clientToken === token) : undefined;
  if (earlier) return { launchTemplateVersion: renderVersion(template, earlier) };
  const source = params.str('SourceVersion');
  // A new version starts from its source's data; what the request gives replaces it, member by member.
  const inherited = source === undefined ? {} : (version(template, source).data as QueryObject);
  const created: LaunchTemplateVersion = {
    number: latest(template).number + 1,
    description: params.str('VersionDescription'),
    createTime: new Date(),
    createdBy: createdBy(account),
    data: { ...inherited, ...readData(params) },
    clientToken: token
  };
  template.versions.push(created);
  return { launchTemplateVersion: renderVersion(template, created) };
};

export const modifyLaunchTemplate: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const template = namedTemplate(world, region, params);
  const wanted = params.str('SetDefaultVersion');
  if (wanted !== undefined) template.defaultVersion = version(template, wanted).number;
  return { launchTemplate: renderTemplate(template) };
};

function templateFields(t: LaunchTemplate, name: string) {
  const fields: Record<string, string[]> = {
    'launch-template-name': [t.name],
    'create-time': [t.createTime.toISOString()]
  };
  return fields[name];
}

export const describeLaunchTemplates: Handler = ({ world, region, params }) => {
  const ids = params.list('LaunchTemplateId');
  const names = params.list('LaunchTemplateName');
  let templates: LaunchTemplate[];
  if (ids.length || names.length) {
    templates = [
      ...ids.map(id => {
        const found = world.find(region, 'launch-template', id);
        if (!found) throw idNotFound(id);
        return found;
      }),
      ...names.map(name => {
        const found = byName(region, name);
        if (!found || !world.visible(found)) throw nameNotFound();
        return found;
      })
    ];
  } else {
    templates = [...region.launchTemplates.values()].filter(t => world.visible(t));
  }
  const { items, nextToken } = page(
    applyFilters(templates, readFilters(params), templateFields),
    params,
    200
  );
  return { launchTemplates: items.map(renderTemplate), nextToken };
};

interface VersionRow {
  template: LaunchTemplate;
  version: LaunchTemplateVersion;
}

function versionFields(row: VersionRow, name: string): (string | undefined)[] | undefined {
  const data = row.version.data as QueryObject;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const fields: Record<string, (string | undefined)[]> = {
    'image-id': [text('ImageId')],
    'instance-type': [text('InstanceType')],
    'kernel-id': [text('KernelId')],
    'ram-disk-id': [text('RamDiskId')],
    'is-default-version': [String(row.template.defaultVersion === row.version.number)],
    'create-time': [row.version.createTime.toISOString()]
  };
  return fields[name];
}

export const describeLaunchTemplateVersions: Handler = ({ world, region, params }) => {
  const selectors = params.list('LaunchTemplateVersion');
  let rows: VersionRow[];
  if (params.str('LaunchTemplateId') || params.str('LaunchTemplateName')) {
    const template = namedTemplate(world, region, params);
    const min = params.int('MinVersion');
    const max = params.int('MaxVersion');
    const versions = selectors.length
      ? selectors.map(s => version(template, s))
      : template.versions.filter(
          v => (min === undefined || v.number >= min) && (max === undefined || v.number <= max)
        );
    rows = [...new Set(versions)].map(v => ({ template, version: v }));
  } else {
    // Every template in the account: only $Latest and $Default make sense without naming one.
    if (!selectors.length || selectors.some(s => s !== '$Latest' && s !== '$Default')) {
      throw new Ec2Error(
        'InvalidParameterValue',
        'To describe the versions of all launch templates, specify $Latest, $Default, or both, and no version numbers.'
      );
    }
    rows = [...region.launchTemplates.values()]
      .filter(t => world.visible(t))
      .flatMap(template =>
        [...new Set(selectors.map(s => version(template, s)))].map(v => ({ template, version: v }))
      );
  }
  const wrapped = rows.map(row => ({
    ...row,
    id: row.template.id,
    region: row.template.region,
    tags: row.template.tags,
    visibleAt: 0
  }));
  const { items, nextToken } = page(applyFilters(wrapped, readFilters(params), versionFields), params, 200);
  return { launchTemplateVersionSet: items.map(row => renderVersion(row.template, row.version)), nextToken };
};

export const deleteLaunchTemplate: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const template = namedTemplate(world, region, params);
  region.launchTemplates.delete(template.id);
  return { launchTemplate: renderTemplate(template) };
};
