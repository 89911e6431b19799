// Tests of amazon-ebs templates: the plan's builder, narrowed (a plan is a union over builder types).
import type { AmazonEbsConfig, BuildPlan } from '../../src/template/types.js';

export function ebs(plan: BuildPlan): AmazonEbsConfig {
  if (plan.type !== 'amazon-ebs') throw new Error(`expected an amazon-ebs build, found ${plan.type}`);
  return plan.builder;
}
