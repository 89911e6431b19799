// CreateFleet of type "instant", as Packer's spot step uses it: one launch template config whose
// overrides list instance types; EC2 launches the target capacity (one instance here) on a type
// that has capacity and reports the others in the answer's error set (InsufficientInstanceCapacity).
// Types listed in world.outOfCapacity have none. The instance is launched as RunInstances would
// launch the template's data, as a spot instance with its own spot request id when asked for spot.
import { randomUUID } from 'node:crypto';
import { Ec2Error } from '../errors.js';
import { newId } from '../ids.js';
import type { Instance, LaunchTemplate } from '../model.js';
import { Params, type QueryObject } from '../query.js';
import type { XmlObject } from '../xml.js';
import type { Handler } from './context.js';
import { checkDryRun, tagsFor } from './context.js';
import { runInstances } from './instances.js';

export const createFleet: Handler = async ctx => {
  const { world, region, params } = ctx;
  checkDryRun(params);
  const type = params.str('Type') ?? 'maintain';
  if (type !== 'instant') {
    throw new Ec2Error(
      'InvalidParameterValue',
      `The simulator only launches fleets of type instant, not ${type}`
    );
  }
  const target = params.obj('TargetCapacitySpecification');
  const total = target?.int('TotalTargetCapacity');
  if (total === undefined)
    throw new Ec2Error(
      'MissingParameter',
      'The request must contain the parameter TargetCapacitySpecification.TotalTargetCapacity'
    );
  const lifecycle = target?.str('DefaultTargetCapacityType') === 'spot' ? 'spot' : 'on-demand';
  const configs = params.objects('LaunchTemplateConfigs');
  if (configs.length === 0)
    throw new Ec2Error('MissingParameter', 'The request must contain the parameter LaunchTemplateConfigs');
  const fleetId = `fleet-${randomUUID()}`;
  const errors: XmlObject[] = [];
  const launched: XmlObject[] = [];
  for (const config of configs) {
    const spec = config.obj('LaunchTemplateSpecification');
    const template = findTemplate(world, region, spec);
    const version = spec?.str('Version') ?? '$Default';
    const wanted =
      version === '$Latest'
        ? template.versions.at(-1)!.number
        : version === '$Default'
          ? template.defaultVersion
          : Number(version);
    const data = template.versions.find(v => v.number === wanted)?.data as QueryObject | undefined;
    if (!data)
      throw new Ec2Error(
        'InvalidLaunchTemplateId.VersionNotFound',
        `Could not find launch template version ${version} for template ${template.id}.`
      );
    const overrides = config.objects('Overrides');
    const types = overrides.length
      ? overrides.map(o => o.str('InstanceType') ?? (data.InstanceType as string))
      : [data.InstanceType as string];
    const templateAnswer = (instanceType: string) => ({
      launchTemplateSpecification: { launchTemplateId: template.id, version: String(wanted) },
      overrides: { instanceType }
    });
    for (const instanceType of types) {
      if (launched.length >= total) break;
      if (world.outOfCapacity.has(instanceType)) {
        errors.push({
          launchTemplateAndOverrides: templateAnswer(instanceType),
          lifecycle,
          errorCode: 'InsufficientInstanceCapacity',
          errorMessage: `There is no Spot capacity available that matches your request (${instanceType}).`
        });
        continue;
      }
      const before = new Set(region.instances.keys());
      try {
        await runInstances({
          ...ctx,
          params: new Params({ ...data, InstanceType: instanceType, MinCount: '1', MaxCount: '1' })
        });
      } catch (error) {
        if (!(error instanceof Ec2Error)) throw error;
        errors.push({
          launchTemplateAndOverrides: templateAnswer(instanceType),
          lifecycle,
          errorCode: error.code,
          errorMessage: error.message
        });
        continue;
      }
      const instance = [...region.instances.values()].find(i => !before.has(i.id)) as Instance;
      if (lifecycle === 'spot') instance.spotRequest = { id: newId('sir'), tags: new Map() };
      world.fleets.push({
        id: fleetId,
        region: region.name,
        instanceId: instance.id,
        tags: tagsFor(params, 'fleet', ['fleet'])
      });
      launched.push({
        launchTemplateAndOverrides: templateAnswer(instanceType),
        lifecycle,
        instanceIds: [instance.id],
        instanceType
      });
    }
  }
  return { fleetId, errorSet: errors, fleetInstanceSet: launched };
};

function findTemplate(
  world: Parameters<Handler>[0]['world'],
  region: Parameters<Handler>[0]['region'],
  spec: Params | undefined
): LaunchTemplate {
  const id = spec?.str('LaunchTemplateId');
  const name = spec?.str('LaunchTemplateName');
  const found = id
    ? world.find(region, 'launch-template', id)
    : [...region.launchTemplates.values()].find(t => t.name === name && world.visible(t));
  if (!found) {
    throw new Ec2Error(
      'InvalidLaunchTemplateId.NotFound',
      `The specified launch template, with template ID ${id ?? name}, does not exist.`
    );
  }
  return found;
}
