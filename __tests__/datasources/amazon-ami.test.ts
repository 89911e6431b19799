// data "amazon-ami" against the simulator, through the action's own clients and the real SDK:
// the newest of several matches with most_recent, Packer's errors for several matches and for none,
// owners, tags, regions, and a cancelled run.
import { AwsOperationError } from '../../src/errors.js';
import {
  AMAZON_AMI_OUTPUT_TYPE,
  mockAmazonAmiOutputs,
  readAmazonAmi,
  resolveAmazonAmi
} from '../../src/datasources/amazon-ami.js';
import { AMAZON, CANONICAL } from '../../world/ec2/seed.js';
import { blockOptions, dataSourceWorld, failure, recordingContext } from './world.js';

const world = dataSourceWorld();
const ADDRESS = 'data.amazon-ami.ubuntu';
const JAMMY = 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*';

async function resolve(options: Record<string, unknown>, env?: NodeJS.ProcessEnv) {
  const config = readAmazonAmi(blockOptions(ADDRESS, options).reader);
  return resolveAmazonAmi(config, world.clients(env), recordingContext(ADDRESS).context);
}

const imageNamed = (region: string, name: string) =>
  [...world.sim.world.region(region)!.images.values()].find(image => image.name === name)!;

test('with most_recent, the newest of the images the filters match; every output as Packer names it', async () => {
  const newest = imageNamed('us-east-1', 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301');
  newest.tags.set('Release', '22.04');
  newest.tags.set('Stage', 'stable');
  const outputs = await resolve({ filters: { name: JAMMY }, owners: [CANONICAL], most_recent: true });
  expect(outputs).toEqual({
    id: newest.id,
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301',
    creation_date: '2024-03-01T12:00:00.000Z',
    owner: CANONICAL,
    owner_name: '',
    tags: { Release: '22.04', Stage: 'stable' }
  });
  // The search is one DescribeImages with the filters and owners, and deprecated images left out.
  expect(world.sim.calls).toHaveLength(1);
  expect(world.sim.calls[0]).toMatchObject({
    service: 'ec2',
    action: 'DescribeImages',
    params: { Owner: [CANONICAL], IncludeDeprecated: 'false', Filter: [{ Name: 'name', Value: [JAMMY] }] }
  });
});

test('several matches without most_recent is an error in Packer words, naming the block, filters and region', async () => {
  const error = await failure(resolve({ filters: { name: JAMMY }, owners: [CANONICAL] }));
  expect(error).toBeInstanceOf(AwsOperationError);
  expect(error.message).toBe(
    `DescribeImages: Your query returned more than one result: 2 images match ${ADDRESS} (name=${JAMMY}; owners ${CANONICAL}) in us-east-1. Please try a more specific search, or set most_recent to true`
  );
});

test('no match is an error in Packer words: check the filters, the owners and the region', async () => {
  // Canonical's images are not Amazon's.
  const error = await failure(resolve({ filters: { name: JAMMY }, owners: [AMAZON] }));
  expect(error.message).toBe(
    `DescribeImages: No AMI was found matching ${ADDRESS} (name=${JAMMY}; owners ${AMAZON}) in us-east-1. Check the filters, the owners and the region`
  );
});

test('a filter value with commas is several values (Packer reads it as CSV), and owner aliases work', async () => {
  const outputs = await resolve({
    filters: {
      name: 'al2023-ami-*, amzn2-ami-kernel-5.10-*',
      architecture: 'x86_64',
      'virtualization-type': 'hvm'
    },
    owners: ['amazon'],
    most_recent: true
  });
  expect(outputs).toMatchObject({
    name: 'al2023-ami-2023.5.20240805.0-kernel-6.1-x86_64',
    owner: AMAZON,
    owner_name: 'amazon',
    tags: {}
  });
});

test('the block region wins over the environment one; without either, the error says how to give one', async () => {
  const west = imageNamed('eu-west-1', 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301');
  const filter = { filters: { name: JAMMY }, owners: [CANONICAL], most_recent: true };
  expect((await resolve({ ...filter, region: 'eu-west-1' })).id).toBe(west.id);
  expect((await resolve(filter, { AWS_REGION: 'eu-west-1' })).id).toBe(west.id);
  expect((await resolve(filter, { AWS_REGION: '', AWS_DEFAULT_REGION: 'eu-west-1' })).id).toBe(west.id);
  const error = await failure(resolve(filter, { AWS_REGION: '' }));
  expect(error.message).toBe(
    `DescribeImages: ${ADDRESS}: no region to read from. Set region in the data block, or AWS_REGION in the environment`
  );
});

test("custom_endpoint_ec2 wins over the environment's endpoint", async () => {
  const outputs = await resolve(
    {
      filters: { name: JAMMY },
      owners: [CANONICAL],
      most_recent: true,
      custom_endpoint_ec2: world.sim.endpoint
    },
    // Nothing listens on the discard port: only the block's endpoint can answer.
    { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_EC2: 'http://127.0.0.1:9' }
  );
  expect(outputs.name).toBe('ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301');
});

test('a failed DescribeImages names the block and keeps the cause', async () => {
  world.sim.fault({ action: 'DescribeImages', code: 'UnauthorizedOperation', times: 'always' });
  const error = await failure(resolve({ filters: { name: JAMMY }, owners: [CANONICAL], most_recent: true }));
  expect(error.message).toMatch(
    new RegExp(
      `^DescribeImages: querying the images of ${ADDRESS} \\(.*\\) in us-east-1: UnauthorizedOperation: `
    )
  );
  expect((error as AwsOperationError).cause).toMatchObject({ name: 'UnauthorizedOperation' });
});

test('a cancelled run stops waiting for DescribeImages and ends with the cancellation', async () => {
  world.sim.fault({ action: 'DescribeImages', kind: 'slow', delayMs: 2000 });
  const controller = new AbortController();
  const config = readAmazonAmi(
    blockOptions(ADDRESS, { filters: { name: JAMMY }, owners: [CANONICAL], most_recent: true }).reader
  );
  const started = Date.now();
  const pending = resolveAmazonAmi(
    config,
    world.clients(),
    recordingContext(ADDRESS, controller.signal).context
  );
  setTimeout(() => controller.abort(new Error('cancelled (SIGINT)')), 100);
  expect((await failure(pending)).message).toBe('cancelled (SIGINT)');
  expect(Date.now() - started).toBeLessThan(1500);
});

test('mock outputs are what Packer hands a plugin when it validates without data sources', () => {
  expect(mockAmazonAmiOutputs()).toEqual({
    id: '<unknown>',
    name: '<unknown>',
    creation_date: '<unknown>',
    owner: '<unknown>',
    owner_name: '<unknown>',
    tags: {}
  });
  expect(
    Object.keys(AMAZON_AMI_OUTPUT_TYPE.kind === 'object' ? AMAZON_AMI_OUTPUT_TYPE.attributes : {})
  ).toEqual(Object.keys(mockAmazonAmiOutputs()));
});
