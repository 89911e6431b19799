// The cold start's floor in this stack: the AWS SDK's EC2 client alone making one call, bundled as
// dist/ is (scripts/bundle.mjs: ncc, the client in a chunk of its own, less the code nothing uses)
// and spawned as the step is. The step cannot start sooner than this.
const { DescribeImagesCommand, EC2Client } = await import('@aws-sdk/client-ec2');
await new EC2Client({ region: 'us-east-1' })
  .send(
    new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'name', Values: ['no-such-image-*'] }] })
  )
  .catch(() => undefined);
console.log('called');
