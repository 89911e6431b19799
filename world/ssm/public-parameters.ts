// AWS's public parameters that name the newest images of the seeded distributions, as real
// templates read them (`data "amazon-parameterstore"` with /aws/service/...): every account reads
// them, none writes them, and each region's point at that region's seeded images.
import type { Region } from '../ec2/model.js';
import { PUBLIC_ACCOUNT, type ParameterStore } from './parameters.js';

const PUBLIC_PARAMETERS: Record<string, string> = {
  '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64':
    'al2023-ami-2023.5.20240805.0-kernel-6.1-x86_64',
  '/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2':
    'amzn2-ami-kernel-5.10-hvm-2.0.20240719.0-x86_64-gp2',
  '/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id':
    'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301',
  '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id':
    'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240801',
  '/aws/service/canonical/ubuntu/server/24.04/stable/current/arm64/hvm/ebs-gp3/ami-id':
    'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20240801'
};

export const PUBLIC_PARAMETER_NAMES = Object.keys(PUBLIC_PARAMETERS);

export function seedPublicParameters(store: ParameterStore, region: Region): void {
  for (const [name, imageName] of Object.entries(PUBLIC_PARAMETERS)) {
    const image = [...region.images.values()].find(i => i.name === imageName);
    if (!image) continue;
    const parameter = store.entry(PUBLIC_ACCOUNT, region.name, name);
    parameter.seed = true;
    parameter.lastVersion = 1;
    parameter.versions.push({
      version: 1,
      value: image.id,
      type: 'String',
      dataType: 'text',
      tier: 'Standard',
      labels: [],
      lastModified: image.creationDate,
      lastModifiedUser: 'arn:aws:iam::aws:root'
    });
  }
}
