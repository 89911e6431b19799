// The image attributes ModifyImageAttribute sets besides user/group launch permissions and the
// description: launch permissions for organizations and organizational units (by ARN), product
// codes, and ImdsSupport (only "v2.0", and never back). DescribeImageAttribute reads them back.
import { Ec2Error } from '../errors.js';
import type { Image } from '../model.js';
import type { Params } from '../query.js';
import type { XmlObject } from '../xml.js';

const ORG_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/;
const OU_ARN =
  /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;

/** Applies what it finds; true when there was anything to apply. */
export function modifyOtherAttributes(image: Image, params: Params): boolean {
  let changed = false;
  const permission = params.obj('LaunchPermission');
  for (const [op, key] of [
    ['add', 'Add'],
    ['remove', 'Remove']
  ] as const) {
    for (const item of permission?.objects(key) ?? []) {
      changed = applyArn(image, op, item.str('OrganizationArn'), 'launchOrgArns', ORG_ARN) || changed;
      changed = applyArn(image, op, item.str('OrganizationalUnitArn'), 'launchOuArns', OU_ARN) || changed;
    }
  }
  // The flat form: OperationType with OrganizationArn.N / OrganizationalUnitArn.N.
  const op = params.str('OperationType');
  if (op === 'add' || op === 'remove') {
    for (const arn of params.list('OrganizationArn'))
      changed = applyArn(image, op, arn, 'launchOrgArns', ORG_ARN) || changed;
    for (const arn of params.list('OrganizationalUnitArn'))
      changed = applyArn(image, op, arn, 'launchOuArns', OU_ARN) || changed;
  }
  const codes = params.list('ProductCode');
  if (codes.length) {
    const bad = codes.find(code => !/^[a-z0-9]{1,64}$/.test(code));
    if (bad) throw new Ec2Error('InvalidProductCode', `The product code '${bad}' is not valid.`);
    image.productCodes = [...new Set([...(image.productCodes ?? []), ...codes])];
    changed = true;
  }
  const imds = params.obj('ImdsSupport')?.str('Value');
  if (imds !== undefined) {
    if (imds !== 'v2.0') {
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value (${imds}) for parameter imdsSupport is invalid. Valid values: v2.0`
      );
    }
    image.imdsSupport = imds;
    changed = true;
  }
  return changed;
}

function applyArn(
  image: Image,
  op: 'add' | 'remove',
  arn: string | undefined,
  set: 'launchOrgArns' | 'launchOuArns',
  pattern: RegExp
): boolean {
  if (arn === undefined) return false;
  if (!pattern.test(arn)) {
    throw new Ec2Error(
      'InvalidParameterValue',
      `Invalid ${set === 'launchOrgArns' ? 'organization' : 'organizational unit'} ARN: ${arn}`
    );
  }
  const arns = (image[set] ??= new Set());
  if (op === 'add') arns.add(arn);
  else arns.delete(arn);
  return true;
}

export function describeOtherAttribute(
  image: Image,
  attribute: 'productCodes' | 'imdsSupport' | 'sriovNetSupport'
): XmlObject {
  switch (attribute) {
    case 'productCodes':
      return {
        imageId: image.id,
        productCodes: (image.productCodes ?? []).map(productCode => ({ productCode, type: 'marketplace' }))
      };
    case 'imdsSupport':
      return { imageId: image.id, imdsSupport: image.imdsSupport ? { value: image.imdsSupport } : {} };
    case 'sriovNetSupport':
      return {
        imageId: image.id,
        sriovNetSupport: image.sriovNetSupport ? { value: image.sriovNetSupport } : {}
      };
  }
}
