// One builder's options, read by its type's schema: the part of a build plan that differs by builder.
import type { OptionsReader } from '../options-reader.js';
import type { AmazonEbsBuildPlan, DockerBuildPlan } from '../types.js';
import { readAmazonEbs } from './amazon-ebs.js';
import { readDocker } from './docker.js';

export type BuilderPart =
  Pick<AmazonEbsBuildPlan, 'type' | 'builder'> | Pick<DockerBuildPlan, 'type' | 'builder'>;

/** `type` was checked already (checkBuilderType, selectUses): amazon-ebs or docker. */
export function readBuilder(type: string, options: OptionsReader): BuilderPart {
  if (type === 'docker') return { type: 'docker', builder: readDocker(options) };
  return { type: 'amazon-ebs', builder: readAmazonEbs(options) };
}
