// Finding one image by filters and owners, as Packer's AmiFilterOptions does for the builder's
// source_ami_filter and for the amazon-ami data source: each filter's value is a comma-separated
// list (a CSV record), owners are required, deprecated images only on request; more than one match
// is an error unless most_recent, which takes the newest by creation date.
import { DescribeImagesCommand, type DescribeImagesCommandOutput, type Image } from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../errors.js';

export interface ImageFilter {
  readonly filters: Readonly<Record<string, string>>;
  readonly owners: readonly string[];
  readonly mostRecent: boolean;
  readonly includeDeprecated: boolean;
}

/** Sends DescribeImages: an EC2 client's send, possibly wrapped (unlessAborted). */
export type DescribeImages = (command: DescribeImagesCommand) => Promise<DescribeImagesCommandOutput>;

/** Where the filter was written, for messages: `source_ami_filter`, `data.amazon-ami.ubuntu`. */
export interface FilterSource {
  readonly what: string;
  readonly region: string;
}

/**
 * One filter value as Go's encoding/csv reads it with TrimLeadingSpace and LazyQuotes (Packer's
 * buildEc2Filters): `a, b` is two values, `"a,b"` one.
 */
export function filterValues(text: string): string[] {
  const line = text.split('\n')[0]!.replace(/\r$/, '');
  const values: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    let value = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"' && (line[i + 1] === ',' || i + 1 === line.length)) {
          i++;
          break;
        } else {
          value += line[i++];
        }
      }
    } else {
      const end = line.indexOf(',', i);
      value = line.slice(i, end === -1 ? line.length : end);
      i = end === -1 ? line.length : end;
    }
    values.push(value);
    if (line[i] !== ',') return values;
    i++;
  }
}

export function describeImagesCommand(filter: ImageFilter): DescribeImagesCommand {
  return new DescribeImagesCommand({
    Owners: filter.owners.length ? [...filter.owners] : undefined,
    Filters: Object.entries(filter.filters).map(([Name, value]) => ({ Name, Values: filterValues(value) })),
    IncludeDeprecated: filter.includeDeprecated
  });
}

/** How the filter reads in a message: `name=ubuntu/*, architecture=x86_64; owners 099720109477`. */
export const describeFilter = (filter: ImageFilter) =>
  `${Object.entries(filter.filters)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ')}; owners ${filter.owners.join(', ') || 'any'}`;

export async function findImageByFilter(
  describeImages: DescribeImages,
  filter: ImageFilter,
  source: FilterSource
): Promise<Image> {
  const where = `${source.what} (${describeFilter(filter)}) in ${source.region}`;
  const { Images = [] } = await describeImages(describeImagesCommand(filter)).catch((error: unknown) => {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `querying the images of ${where}`,
      cause: error
    });
  });
  if (Images.length === 0) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `No AMI was found matching ${where}`,
      hint: 'Check the filters, the owners and the region'
    });
  }
  if (Images.length > 1 && !filter.mostRecent) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `Your query returned more than one result: ${Images.length} images match ${where}`,
      hint: 'Please try a more specific search, or set most_recent to true'
    });
  }
  return newest(Images);
}

/** The image created last (creation dates are ISO 8601, so they sort as text). */
export const newest = (images: readonly Image[]): Image =>
  [...images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0]!;
