// data "amazon-ami": the one image that filters and owners select (the newest with most_recent),
// found the way the builder finds its source image (aws/find-image.ts). Outputs as Packer's
// datasource/ami: id, name, creation_date, owner, owner_name, tags.
import type { DataSourceClients } from '../aws/data-source-clients.js';
import { findImageByFilter } from '../aws/find-image.js';
import { unlessAborted } from '../aws/retry.js';
import { STRING, type HclType } from '../template/hcl2/value.js';
import type { OptionsReader } from '../template/options-reader.js';
import {
  ACCESS_OPTIONS,
  readAccessConfig,
  UNSUPPORTED_ACCESS_OPTIONS,
  type AwsAccessConfig
} from '../template/schema/access-options.js';
import { IMAGE_FILTER_OPTIONS, readImageFilter } from '../template/schema/image-filter.js';
import type { SourceAmiFilter } from '../template/types.js';
import { plainMap, regionFor, UNKNOWN, type DataSource, type DataSourceContext } from './data-source.js';

export interface AmazonAmiConfig extends SourceAmiFilter {
  readonly access: AwsAccessConfig;
}

export type AmazonAmiOutputs = {
  readonly id: string;
  readonly name: string;
  readonly creation_date: string;
  readonly owner: string;
  readonly owner_name: string;
  readonly tags: Readonly<Record<string, string>>;
};

export const AMAZON_AMI_OUTPUT_TYPE: HclType = {
  kind: 'object',
  attributes: {
    id: STRING,
    name: STRING,
    creation_date: STRING,
    owner: STRING,
    owner_name: STRING,
    tags: { kind: 'map', element: STRING }
  }
};

export function readAmazonAmi(options: OptionsReader): AmazonAmiConfig {
  options.checkKeys(
    [...ACCESS_OPTIONS, ...IMAGE_FILTER_OPTIONS],
    UNSUPPORTED_ACCESS_OPTIONS,
    'amazon-ami data source'
  );
  return { access: readAccessConfig(options), ...readImageFilter(options) };
}

export function mockAmazonAmiOutputs(): AmazonAmiOutputs {
  return {
    id: UNKNOWN,
    name: UNKNOWN,
    creation_date: UNKNOWN,
    owner: UNKNOWN,
    owner_name: UNKNOWN,
    tags: plainMap([])
  };
}

export async function resolveAmazonAmi(
  config: AmazonAmiConfig,
  clients: DataSourceClients,
  context: DataSourceContext
): Promise<AmazonAmiOutputs> {
  const region = regionFor(config.access, clients, context, 'DescribeImages');
  const ec2 = clients.ec2(region, config.access);
  const image = await findImageByFilter(
    command => unlessAborted(ec2.send(command, { abortSignal: context.signal }), context.signal),
    config,
    { what: context.address, region }
  ).catch((error: unknown) => {
    // A cancelled run ends with the cancellation, not with a lookup error.
    throw context.signal?.aborted ? context.signal.reason : error;
  });
  return {
    id: image.ImageId ?? '',
    name: image.Name ?? '',
    creation_date: image.CreationDate ?? '',
    owner: image.OwnerId ?? '',
    owner_name: image.ImageOwnerAlias ?? '',
    tags: plainMap((image.Tags ?? []).map(tag => [tag.Key ?? '', tag.Value ?? '']))
  };
}

export const amazonAmi: DataSource<AmazonAmiConfig, AmazonAmiOutputs> = {
  type: 'amazon-ami',
  read: readAmazonAmi,
  outputType: AMAZON_AMI_OUTPUT_TYPE,
  mockOutputs: mockAmazonAmiOutputs,
  resolve: resolveAmazonAmi
};
