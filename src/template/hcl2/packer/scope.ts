// The variables an expression sees, by where it stands (Packer's EvalContext per block kind):
// var, local, data, path and packer everywhere after variables; source inside a build's sources and
// provisioners; build inside provisioners and post-processors.

import { PROVISIONER_BUILD_NAMES } from '../../build-data.js';
import { objectOf, type HclObject, type HclValue } from '../value.js';

export interface TemplateValues {
  readonly variables: HclObject;
  readonly locals: Map<string, HclValue>;
  /** data.<type>.<name> */
  readonly data: Map<string, Map<string, HclValue>>;
  readonly path: { readonly root: string; readonly cwd: string };
  readonly packerVersion: string;
}

export function rootVariables(
  values: TemplateValues,
  extra: Record<string, HclValue> = {}
): Record<string, HclValue> {
  return {
    var: values.variables,
    local: objectOf(values.locals),
    data: objectOf([...values.data].map(([type, byName]) => [type, objectOf(byName)])),
    path: objectOf([
      ['root', values.path.root.replaceAll('\\', '/')],
      ['cwd', values.path.cwd.replaceAll('\\', '/')]
    ]),
    packer: objectOf([['version', values.packerVersion]]),
    ...extra
  };
}

/** `source.type` and `source.name` inside a build's use of a source. */
export const sourceValue = (type: string, name: string): HclValue =>
  objectOf([
    ['type', type],
    ['name', name]
  ]);

/**
 * Build data as provisioners see it (`build.ID`, `build.Host`, `build.SourceAMI`, ...): Packer fills these in
 * once the instance exists; here each is the template action that the provisioner renders then.
 */
export function buildValue(name: string): HclValue {
  return objectOf([
    ['name', name],
    ...[...PROVISIONER_BUILD_NAMES].map((key): [string, HclValue] => [key, `{{ build \`${key}\` }}`])
  ]);
}
