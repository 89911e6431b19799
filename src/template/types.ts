// The typed, frozen build plan the template layer hands to the builder. Names are the camelCase of
// Packer's option names (ami_name -> amiName); durations are milliseconds (…Ms); local paths are absolute.
// Options that can use build data are Deferred: call render(buildData) once the source AMI is known.

import type { Deferred } from './deferred.js';
import type { GoTemplate } from './go-conditionals.js';
import type { EcrAccess } from './schema/ecr-access.js';
import type { DockerConfig } from './schema/docker.js';
import type { SshConnection } from './schema/ssh-connection.js';

export type { DockerConfig } from './schema/docker.js';

export type DeferredMap = Readonly<Record<string, Deferred>>;
export type StringMap = Readonly<Record<string, string>>;

// ---------------------------------------------------------------------------------------------- builder

export interface SourceAmiFilter {
  readonly filters: StringMap;
  /** Required (Packer requires an owner for safety). */
  readonly owners: readonly string[];
  readonly mostRecent: boolean;
  readonly includeDeprecated: boolean;
}

export interface MetadataOptions {
  readonly httpEndpoint: 'enabled' | 'disabled';
  /** Defaults to "required" (IMDSv2), stricter than Packer's "optional". */
  readonly httpTokens: 'optional' | 'required';
  readonly httpPutResponseHopLimit: number;
  readonly instanceMetadataTags: 'enabled' | 'disabled';
}

export interface BlockDeviceMapping {
  readonly deviceName: string;
  readonly deleteOnTermination: boolean;
  /** Unset keeps the source image's setting. */
  readonly encrypted?: boolean;
  readonly iops?: number;
  readonly kmsKeyId?: string;
  readonly noDevice: boolean;
  readonly snapshotId?: string;
  readonly throughput?: number;
  readonly virtualName?: string;
  readonly volumeSize?: number;
  readonly volumeType?: string;
}

/** vpc_filter and security_group_filter: DescribeVpcs / DescribeSecurityGroups filters. */
export interface NetworkFilter {
  readonly filters: StringMap;
}

/** subnet_filter: several matches need most_free (most free addresses wins) or random. */
export interface SubnetFilter extends NetworkFilter {
  readonly mostFree: boolean;
  readonly random: boolean;
}

/** A spot instance, launched through an instant EC2 Fleet from a temporary launch template. */
export interface SpotOptions {
  /** The maximum price ("0.05"), or "auto": no maximum (the on-demand price caps it). */
  readonly price: string;
  /** spot_instance_types; empty: the build's instance_type only. */
  readonly instanceTypes: readonly string[];
  readonly allocationStrategy?: string;
  /** On the launch template and the spot request. */
  readonly tags: DeferredMap;
  /** On the fleet. */
  readonly fleetTags: DeferredMap;
}

export interface AwsPolling {
  readonly delaySeconds?: number;
  readonly maxAttempts?: number;
}

export interface AwsCredentials {
  readonly accessKey?: string;
  /** Secret: its value is in LoadedTemplate.sensitiveValues. */
  readonly secretKey?: string;
  /** Secret: its value is in LoadedTemplate.sensitiveValues. */
  readonly token?: string;
  /** `profile`: the named profile of the shared credentials/config files. */
  readonly profile?: string;
  /** `shared_credentials_file`: absolute path. */
  readonly sharedCredentialsFile?: string;
  /** `assume_role` with a role_arn: the credentials above (or the chain's) assume this role through STS. */
  readonly assumeRole?: AssumeRole;
}

/** Packer's AssumeRoleConfig. */
export interface AssumeRole {
  readonly roleArn: string;
  readonly sessionName?: string;
  readonly externalId?: string;
  readonly durationSeconds?: number;
  readonly policy?: string;
  readonly policyArns: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
  readonly transitiveTagKeys: readonly string[];
}

/** How the builder gets a key to log in with. */
export type SshKeyPair =
  /** Create a key pair for this build and delete it afterwards (Packer's default). */
  | {
      readonly kind: 'temporary';
      readonly name: string;
      readonly type: 'rsa' | 'ed25519';
      readonly rsaBits?: number;
    }
  /** Use this private key; launch with `keyPairName` when given (ssh_keypair_name). */
  | { readonly kind: 'private-key-file'; readonly privateKeyFile: string; readonly keyPairName?: string }
  /** Use the SSH agent's keys (ssh_agent_auth); launch with `keyPairName` when given, else the AMI's own key. */
  | { readonly kind: 'agent'; readonly keyPairName?: string }
  /** No key at all: ssh_password only. */
  | { readonly kind: 'none' };

export interface SshCommunicator {
  readonly type: 'ssh';
  readonly username: string;
  readonly port: number;
  readonly timeoutMs: number;
  readonly handshakeAttempts: number;
  /** Which address of the instance to connect to; unset lets the builder choose (public, else private). */
  readonly interface?: 'public_ip' | 'private_ip' | 'public_dns' | 'private_dns' | 'session_manager';
  /** Connect here instead of an address of the instance. */
  readonly host?: string;
  /** Secret: its value is in LoadedTemplate.sensitiveValues. */
  readonly password?: string;
  readonly pty: boolean;
  readonly keyPair: SshKeyPair;
  readonly pauseBeforeConnectingMs: number;
  /** ssh_agent_auth, ssh_bastion_*, keep-alive and algorithms (schema/ssh-connection.ts). */
  readonly connection?: SshConnection;
  /** ssh_interface session_manager: wait this long before starting the session (pause_before_ssm). */
  readonly pauseBeforeSsmMs: number;
  /** session_manager_port: passed on as the session's localPortNumber; no local port is opened. */
  readonly sessionManagerPort?: number;
}

export interface NoCommunicator {
  readonly type: 'none';
}

/** Image attributes beyond the image itself (schema/image-attributes.ts). */
export interface ImageAttributes {
  /** Unset leaves the instance's ENA setting; set: ModifyInstanceAttribute on the stopped instance. */
  readonly enaSupport?: boolean;
  /** SriovNetSupport "simple" on the stopped instance. */
  readonly sriovSupport: boolean;
  /** Checked against enhanced networking only (an amazon-ebs image takes its instance's type). */
  readonly amiVirtualizationType?: 'hvm' | 'paravirtual';
  readonly imdsSupport?: 'v2.0';
  readonly deregistrationProtection: { readonly enabled: boolean; readonly withCooldown: boolean };
  /** Time-based copies to ami_regions (CopyImage SnapshotCopyCompletionDurationMinutes). */
  readonly snapshotCopyDurationMinutes?: number;
  readonly amiOrgArns: readonly string[];
  readonly amiOuArns: readonly string[];
  readonly amiProductCodes: readonly string[];
}

export type CapacityReservation =
  | { readonly kind: 'preference'; readonly preference: 'none' | 'open' }
  | { readonly kind: 'target'; readonly id?: string; readonly groupArn?: string };

/** How the instance is launched and stopped (schema/launch-options.ts). */
export interface LaunchOptions {
  /** CreditSpecification "unlimited" (enable_unlimited_credits, or the deprecated enable_t2_unlimited). */
  readonly enableUnlimitedCredits: boolean;
  /** placement.tenancy, or the deprecated top-level tenancy. */
  readonly tenancy?: 'default' | 'dedicated' | 'host';
  readonly hostId?: string;
  readonly hostResourceGroupArn?: string;
  /** Unset: nothing is sent (EC2's default, open). */
  readonly capacityReservation?: CapacityReservation;
  /** The instance stops itself; the builder only waits for it to stop. */
  readonly disableStopInstance: boolean;
  readonly skipProfileValidation: boolean;
  /** After provisioning, remove the temporary key pair's line from ~/.ssh and /root/.ssh authorized_keys. */
  readonly sshClearAuthorizedKeys: boolean;
}

export interface AmazonEbsConfig extends ImageAttributes, LaunchOptions {
  readonly type: 'amazon-ebs';
  // Access
  readonly region: string;
  readonly credentials: AwsCredentials;
  readonly customEndpointEc2?: string;
  readonly skipRegionValidation: boolean;
  readonly skipCredentialValidation: boolean;
  readonly skipMetadataApiCheck: boolean;
  readonly polling: AwsPolling;
  /** max_retries: unset keeps the client's default (7 retries with jittered backoff). */
  readonly maxRetries?: number;
  // Source image: exactly one of the two.
  readonly sourceAmi?: string;
  readonly sourceAmiFilter?: SourceAmiFilter;
  // Instance
  /** Empty when spot_instance_types is given instead. */
  readonly instanceType: string;
  readonly subnetId?: string;
  /** Used when subnet_id is not given; resolved before launch. */
  readonly subnetFilter?: SubnetFilter;
  /** Used when vpc_id is not given: exactly one VPC must match. */
  readonly vpcFilter?: NetworkFilter;
  /** Used when no security group id is given: every matching group is attached. */
  readonly securityGroupFilter?: NetworkFilter;
  /** Set when spot_price asks for a spot instance (not empty, not "0"). */
  readonly spot?: SpotOptions;
  readonly vpcId?: string;
  /** security_group_id and security_group_ids, whichever was given. */
  readonly securityGroupIds: readonly string[];
  readonly temporarySecurityGroupSourceCidrs: readonly string[];
  readonly temporarySecurityGroupSourcePublicIp: boolean;
  /** Unset leaves the subnet's default. */
  readonly associatePublicIpAddress?: boolean;
  readonly availabilityZone?: string;
  readonly iamInstanceProfile?: string;
  readonly userData?: string;
  /** Absolute path; the builder reads it at launch. */
  readonly userDataFile?: string;
  readonly metadataOptions: MetadataOptions;
  readonly shutdownBehavior: 'stop' | 'terminate';
  readonly launchBlockDeviceMappings: readonly BlockDeviceMapping[];
  readonly runTags: DeferredMap;
  readonly runVolumeTags: DeferredMap;
  readonly ebsOptimized: boolean;
  readonly communicator: SshCommunicator | NoCommunicator;
  // Image
  readonly amiName: string;
  readonly amiDescription: Deferred;
  readonly amiBlockDeviceMappings: readonly BlockDeviceMapping[];
  /** Deduplicated, without the build region (Packer drops it too). */
  readonly amiRegions: readonly string[];
  readonly amiUsers: readonly string[];
  readonly amiGroups: readonly string[];
  readonly snapshotUsers: readonly string[];
  readonly snapshotGroups: readonly string[];
  readonly tags: DeferredMap;
  readonly snapshotTags: DeferredMap;
  readonly forceDeregister: boolean;
  readonly forceDeleteSnapshot: boolean;
  /** Unset keeps the source image's encryption. */
  readonly encryptBoot?: boolean;
  readonly kmsKeyId?: string;
  readonly regionKmsKeyIds: StringMap;
  readonly skipCreateAmi: boolean;
  /** ISO 8601 UTC instant, as given. */
  readonly deprecateAt?: string;
}

// ---------------------------------------------------------------------------------------------- provisioners

/** Options Packer's core applies to any provisioner. */
export interface ProvisionerCommon {
  readonly pauseBeforeMs: number;
  /** Extra attempts after a failure (0: none). */
  readonly maxRetries: number;
  /** Unset: no limit. */
  readonly timeoutMs?: number;
}

export interface ShellProvisioner extends ProvisionerCommon {
  readonly type: 'shell';
  /** Commands run as one script; exactly one of `inline` and `scripts` is non-empty. */
  readonly inline?: readonly Deferred[];
  /** Absolute local paths. */
  readonly scripts: readonly string[];
  /** `NAME=value` strings, then `env` (which wins on duplicates). */
  readonly environmentVars: readonly Deferred[];
  readonly env: DeferredMap;
  /** Renders with build data plus `Path` and `Vars`. */
  readonly executeCommand: Deferred;
  readonly inlineShebang: string;
  readonly remoteFolder: string;
  readonly remoteFile: string;
  /** Where each script is uploaded: remote_path, or remote_folder/remote_file. */
  readonly remotePath: string;
  readonly expectDisconnect: boolean;
  readonly validExitCodes: readonly number[];
  readonly skipClean: boolean;
  readonly startRetryTimeoutMs: number;
  readonly pauseAfterMs: number;
  readonly binary: boolean;
}

export interface FileProvisioner extends ProvisionerCommon {
  readonly type: 'file';
  readonly direction: 'upload' | 'download';
  /** Upload: absolute local paths (a trailing '/' kept: upload the directory's contents). Download: remote paths. */
  readonly sources: readonly string[];
  /** Text to upload as the destination file, instead of sources. */
  readonly content?: string;
  /** Upload: a remote path. Download: an absolute local path. A trailing '/' means a directory. */
  readonly destination: string;
  /** Sources may appear during the build, so they were not checked at load time. */
  readonly generated: boolean;
}

/** Options shared by the shell-local provisioner and post-processor. */
export interface ShellLocalOptions {
  readonly inline?: readonly Deferred[];
  /** Absolute local paths. */
  readonly scripts: readonly string[];
  readonly environmentVars: readonly Deferred[];
  readonly env: DeferredMap;
  /** argv; each element renders with `Vars` and `Script`. */
  readonly executeCommand: readonly Deferred[];
  readonly inlineShebang: string;
  /** Run only on these operating systems (Go names: linux, darwin, ...); empty: everywhere. */
  readonly onlyOn: readonly string[];
  readonly tempfileExtension: string;
  readonly validExitCodes: readonly number[];
}

export interface ShellLocalProvisioner extends ProvisionerCommon, ShellLocalOptions {
  readonly type: 'shell-local';
}

/** puppet-masterless (packer-plugin-puppet): upload manifests and modules, run `puppet apply`. */
export interface PuppetMasterlessProvisioner extends ProvisionerCommon {
  readonly type: 'puppet-masterless';
  /** Absolute local path: a manifest file, or a directory of them. */
  readonly manifestFile: string;
  /** Absolute local directory. */
  readonly manifestDir?: string;
  /** Absolute local directories. */
  readonly modulePaths: readonly string[];
  /** Absolute local file. */
  readonly hieraConfigPath?: string;
  /** The template's facts; the provisioner adds packer_build_name and packer_builder_type. */
  readonly facter: Readonly<Record<string, string>>;
  /** Each renders with the execute_command fields, and they join with spaces into `.ExtraArguments`. */
  readonly extraArguments: readonly GoTemplate[];
  /** Unset: Packer's default command. */
  readonly executeCommand?: GoTemplate;
  readonly ignoreExitCodes: boolean;
  readonly preventSudo: boolean;
  readonly puppetBinDir?: string;
  readonly stagingDirectory: string;
  readonly workingDirectory: string;
  readonly cleanStagingDirectory: boolean;
}

/** chef-solo (packer-plugin-chef): upload cookbooks, write solo.rb and the node JSON, run `chef-solo`. */
export interface ChefSoloProvisioner extends ProvisionerCommon {
  readonly type: 'chef-solo';
  /** Absolute local directories, uploaded as cookbooks-0, cookbooks-1, ... */
  readonly cookbookPaths: readonly string[];
  /** Paths already on the machine, put first in cookbook_path. */
  readonly remoteCookbookPaths: readonly string[];
  /** Absolute local directories / file. */
  readonly rolesPath?: string;
  readonly dataBagsPath?: string;
  readonly environmentsPath?: string;
  readonly encryptedDataBagSecretPath?: string;
  readonly chefEnvironment?: string;
  /** Unset: "accept-silent" when Chef is installed by the default install_command, else empty. */
  readonly chefLicense?: string;
  /** The config_template file's content; unset: Packer's solo.rb. */
  readonly configTemplate?: GoTemplate;
  /** The node's attributes (json, then json_string), user variables rendered. */
  readonly json: Readonly<Record<string, unknown>>;
  readonly runList: readonly string[];
  /** Unset: Packer's defaults. */
  readonly executeCommand?: GoTemplate;
  readonly installCommand?: GoTemplate;
  readonly skipInstall: boolean;
  readonly preventSudo: boolean;
  readonly stagingDirectory: string;
  readonly version?: string;
}

/** Local paths are absolute, checked to exist (a file, or a directory) when the template loaded. */
export interface AnsibleLocalProvisioner extends ProvisionerCommon {
  readonly type: 'ansible-local';
  /** Default `ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook`. */
  readonly command: string;
  /** Joined with spaces into the remote command line, as Packer does (the remote shell splits them). */
  readonly extraArguments: readonly Deferred[];
  /** Exactly one of playbookFile and playbookFiles is given. */
  readonly playbookFile?: string;
  readonly playbookFiles: readonly string[];
  readonly playbookDir?: string;
  readonly playbookPaths: readonly string[];
  readonly rolePaths: readonly string[];
  readonly collectionPaths: readonly string[];
  readonly groupVars?: string;
  readonly hostVars?: string;
  readonly inventoryFile?: string;
  readonly inventoryGroups: readonly string[];
  readonly galaxyFile?: string;
  /** Default `ansible-galaxy`. */
  readonly galaxyCommand: string;
  readonly galaxyForceInstall: boolean;
  /** Remote; unset: `<staging>/galaxy_roles`. */
  readonly galaxyRolesPath?: string;
  /** Remote; unset: `<staging>/galaxy_collections`. */
  readonly galaxyCollectionsPath?: string;
  /** Remote; unset: `/tmp/packer-provisioner-ansible-local/<time-ordered uuid>`, chosen when it runs. */
  readonly stagingDirectory?: string;
  readonly cleanStagingDirectory: boolean;
}

export interface BreakpointProvisioner extends ProvisionerCommon {
  readonly type: 'breakpoint';
  readonly note?: Deferred;
  readonly disable: boolean;
}

export type Provisioner =
  | ShellProvisioner
  | FileProvisioner
  | ShellLocalProvisioner
  | AnsibleLocalProvisioner
  | PuppetMasterlessProvisioner
  | ChefSoloProvisioner
  | BreakpointProvisioner
  | AnsibleProvisioner;

/** The remote ansible provisioner: ansible-playbook on the runner (packer-plugin-ansible). */
export interface AnsibleProvisioner extends ProvisionerCommon {
  readonly type: 'ansible';
  /** Absolute local paths from here on. */
  readonly playbookFile: string;
  readonly command: string;
  readonly extraArguments: readonly Deferred[];
  readonly ansibleEnvVars: readonly Deferred[];
  readonly ansibleSshExtraArgs: readonly string[];
  readonly groups: readonly string[];
  readonly emptyGroups: readonly string[];
  readonly hostAlias: string;
  /** Unset: the runner's user with the proxy, the communicator's without it. */
  readonly user?: string;
  readonly inventoryFile?: string;
  readonly inventoryDirectory?: string;
  readonly keepInventoryFile: boolean;
  readonly galaxyFile?: string;
  readonly galaxyCommand: string;
  readonly galaxyForceInstall: boolean;
  readonly galaxyForceWithDeps: boolean;
  /** As written: ansible-galaxy runs in the working directory. */
  readonly rolesPath?: string;
  readonly collectionsPath?: string;
  readonly useProxy: boolean;
  readonly useSftp: boolean;
  readonly sftpCommand?: string;
  readonly localPort?: number;
  readonly sshHostKeyFile?: string;
  readonly sshAuthorizedKeyFile?: string;
  readonly skipVersionCheck: boolean;
}

// ---------------------------------------------------------------------------------------------- post-processors

export interface PostProcessorCommon {
  readonly name: string;
  readonly keepInputArtifact?: boolean;
}

export interface ManifestPostProcessor extends PostProcessorCommon {
  readonly type: 'manifest';
  /** Absolute path of the manifest file. */
  readonly output: string;
  readonly stripPath: boolean;
  readonly stripTime: boolean;
  /** Rendered after the build, with its data (`{{ build `SourceAMIName` }}`), as Packer's manifest does. */
  readonly customData: DeferredMap;
}

export interface ShellLocalPostProcessor extends PostProcessorCommon, ShellLocalOptions {
  readonly type: 'shell-local';
}

/** docker-tag: tags the image as repository:tag for each tag (repository:latest when there is none). */
export interface DockerTagPostProcessor extends PostProcessorCommon {
  readonly type: 'docker-tag';
  readonly repository: string;
  /** `tags`, then the deprecated `tag`, as Packer combines them. */
  readonly tags: readonly string[];
  /** The deprecated `tag` was given: Packer warns when it runs. */
  readonly deprecatedTag: boolean;
  /** Packer's `force` (a no-op since Docker 1.12: a tag always moves to the new image). */
  readonly force: boolean;
}

/** docker-push: pushes every repository:tag of its input, logging in first when `login` is set. */
export interface DockerPushPostProcessor extends PostProcessorCommon {
  readonly type: 'docker-push';
  readonly login: boolean;
  /** The registry `login` is for (host[:port]); Docker Hub when unset. */
  readonly loginServer?: string;
  readonly loginUsername?: string;
  /** Registered as a secret when read: never in a log or an error. */
  readonly loginPassword?: string;
  /** ecr_login: the login for loginServer (an ECR URL) comes from ECR's GetAuthorizationToken. */
  readonly ecr?: EcrAccess;
}

/** docker-save: writes the image (`docker save`) to `path`, a tar. */
export interface DockerSavePostProcessor extends PostProcessorCommon {
  readonly type: 'docker-save';
  /** Absolute. */
  readonly path: string;
}

/** docker-import: imports a container's filesystem tar as repository[:tag], with Dockerfile `changes`. */
export interface DockerImportPostProcessor extends PostProcessorCommon {
  readonly type: 'docker-import';
  readonly repository: string;
  readonly tag?: string;
  readonly changes: readonly string[];
  readonly platform?: string;
}

export type DockerPostProcessor =
  DockerTagPostProcessor | DockerPushPostProcessor | DockerSavePostProcessor | DockerImportPostProcessor;

export type PostProcessor = ManifestPostProcessor | ShellLocalPostProcessor | DockerPostProcessor;

/** Post-processors that run in sequence, each on the artifact of the one before. */
export type PostProcessorChain = readonly PostProcessor[];

// ---------------------------------------------------------------------------------------------- plan

interface PlanCommon {
  /** The builder's name (`name`, or its type). */
  readonly name: string;
  /** Already filtered by only/except, with overrides for this builder applied. */
  readonly provisioners: readonly Provisioner[];
  readonly errorCleanupProvisioner?: Provisioner;
  readonly postProcessors: readonly PostProcessorChain[];
}

export interface AmazonEbsBuildPlan extends PlanCommon {
  readonly type: 'amazon-ebs';
  readonly builder: AmazonEbsConfig;
}

/** The docker builder (schema/docker.ts): a container from an image, committed, exported or discarded. */
export interface DockerBuildPlan extends PlanCommon {
  readonly type: 'docker';
  readonly builder: DockerConfig;
}

/** One build: each builder type has its own plan; `type` tells them apart. */
export type BuildPlan = AmazonEbsBuildPlan | DockerBuildPlan;

export interface LoadedTemplate {
  /** Absolute path of the template. */
  readonly templatePath: string;
  readonly description?: string;
  /** One per selected builder, in template order. */
  readonly builds: readonly BuildPlan[];
  /** Every declared variable's final value, in declaration order (for fingerprints). */
  readonly variables: StringMap;
  readonly sensitiveVariables: readonly string[];
  /** Values to mask in logs (core.setSecret): sensitive variables, secret_key, token, ssh_password, ... */
  readonly sensitiveValues: readonly string[];
  /** Absolute paths of every local file the build reads, sorted: template, var-files, scripts, ... */
  readonly files: readonly string[];
  /** Of `files`, those whose meaning is in the plans already: the template's own files and the var-files. */
  readonly templateFiles: readonly string[];
  /** Per build name: the plan as loaded for a fixed instant, secrets masked (see plan-identity.ts). */
  readonly planIdentities: Readonly<Record<string, string>>;
}
