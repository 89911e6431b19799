// The EC2 actions the simulator serves; anything else answers InvalidAction, as AWS does.
import type { Handler } from './context.js';
import * as protection from './image-protection.js';
import * as fleets from './fleets.js';
import * as images from './images.js';
import * as instanceAttributes from './instance-attributes.js';
import * as instances from './instances.js';
import * as keyPairs from './key-pairs.js';
import * as launchTemplates from './launch-templates.js';
import * as network from './network.js';
import * as groups from './security-groups.js';
import * as storage from './storage.js';
import * as tags from './tags.js';

export const ACTIONS: Record<string, Handler> = {
  DescribeRegions: network.describeRegions,
  DescribeAvailabilityZones: network.describeAvailabilityZones,
  DescribeAccountAttributes: network.describeAccountAttributes,
  DescribeVpcs: network.describeVpcs,
  DescribeSubnets: network.describeSubnets,
  DescribeImages: images.describeImages,
  CreateImage: images.createImage,
  RegisterImage: images.registerImage,
  DeregisterImage: images.deregisterImage,
  CopyImage: images.copyImage,
  ModifyImageAttribute: images.modifyImageAttribute,
  DescribeImageAttribute: images.describeImageAttribute,
  EnableImageDeprecation: images.enableImageDeprecation,
  EnableImageDeregistrationProtection: protection.enableImageDeregistrationProtection,
  DisableImageDeregistrationProtection: protection.disableImageDeregistrationProtection,
  CreateKeyPair: keyPairs.createKeyPair,
  ImportKeyPair: keyPairs.importKeyPair,
  DescribeKeyPairs: keyPairs.describeKeyPairs,
  DeleteKeyPair: keyPairs.deleteKeyPair,
  CreateSecurityGroup: groups.createSecurityGroup,
  AuthorizeSecurityGroupIngress: groups.authorizeSecurityGroupIngress,
  DescribeSecurityGroups: groups.describeSecurityGroups,
  DeleteSecurityGroup: groups.deleteSecurityGroup,
  RunInstances: instances.runInstances,
  CreateFleet: fleets.createFleet,
  DescribeInstances: instances.describeInstances,
  DescribeInstanceStatus: instances.describeInstanceStatus,
  StopInstances: instances.stopInstances,
  StartInstances: instances.startInstances,
  TerminateInstances: instances.terminateInstances,
  GetConsoleOutput: instances.getConsoleOutput,
  ModifyInstanceAttribute: instanceAttributes.modifyInstanceAttribute,
  DescribeInstanceAttribute: instanceAttributes.describeInstanceAttribute,
  DescribeInstanceCreditSpecifications: instanceAttributes.describeInstanceCreditSpecifications,
  DescribeSnapshots: storage.describeSnapshots,
  DeleteSnapshot: storage.deleteSnapshot,
  ModifySnapshotAttribute: storage.modifySnapshotAttribute,
  DescribeVolumes: storage.describeVolumes,
  DeleteVolume: storage.deleteVolume,
  CreateTags: tags.createTags,
  DeleteTags: tags.deleteTags,
  DescribeTags: tags.describeTags,
  CreateLaunchTemplate: launchTemplates.createLaunchTemplate,
  CreateLaunchTemplateVersion: launchTemplates.createLaunchTemplateVersion,
  ModifyLaunchTemplate: launchTemplates.modifyLaunchTemplate,
  DescribeLaunchTemplates: launchTemplates.describeLaunchTemplates,
  DescribeLaunchTemplateVersions: launchTemplates.describeLaunchTemplateVersions,
  DeleteLaunchTemplate: launchTemplates.deleteLaunchTemplate
};
