// The simulator's whole state: regions and their resources, the clock-driven lifecycle
// (timers that move instances, images and snapshots through their states), loopback
// addresses for instances, and the directory that holds instance and image filesystems; and the
// other services on the same endpoint: Parameter Store and Secrets Manager, with the methods tests
// seed them through.
import { born as recordBirth, type StateEvent } from './events.js';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { notFound } from './errors.js';
import type { Image, Region, Resource, ResourceKind } from './model.js';
import { seedRegion } from './seed.js';
import { SecretStore, type CreateSecretInput, type PutSecretValueInput } from '../secretsmanager/secrets.js';
import { ParameterStore } from '../ssm/parameters.js';
import { seedPublicParameters } from '../ssm/public-parameters.js';
import { putParameter, type PutParameterInput } from '../ssm/put-parameter.js';

export const ACCOUNT_ID = '123456789012';

/** Shared by every simulator in this process, so none reuses another's instance address. */
let nextAddress = 0;

export interface Timing {
  instancePendingMs: number;
  instanceStoppingMs: number;
  instanceShuttingDownMs: number;
  imagePendingMs: number;
  snapshotPendingMs: number;
  /** How long a terminated instance stays visible to DescribeInstances, as on AWS. */
  terminatedVisibleMs: number;
  /** Time from "running" until sshd accepts connections (a machine booting). */
  sshBootMs: number;
  /** How long Parameter Store takes to validate an aws:ec2:image value before the version exists. */
  parameterValidationMs: number;
}

export const FAST_TIMING: Timing = {
  instancePendingMs: 300,
  instanceStoppingMs: 300,
  instanceShuttingDownMs: 300,
  imagePendingMs: 600,
  snapshotPendingMs: 300,
  terminatedVisibleMs: 60_000,
  sshBootMs: 0,
  parameterValidationMs: 200
};

/** Where a seeded parameter or secret lives: region us-east-1 and the default account unless named. */
export interface SeedScope {
  region?: string;
  account?: string;
}

export const DEFAULT_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1'
];

export interface WorldOptions {
  regions?: string[];
  timing?: Partial<Timing>;
  /** Back instances with real sshd processes (needs root). Off: instances have no SSH. */
  ssh?: boolean;
  /** Port sshd listens on at each instance's address. */
  sshPort?: number;
  /** Instance types that have no (spot) capacity: CreateFleet skips them with InsufficientInstanceCapacity. */
  outOfCapacity?: string[];
}

type KindMap = {
  image: 'images';
  instance: 'instances';
  'key-pair': 'keyPairs';
  'security-group': 'securityGroups';
  volume: 'volumes';
  snapshot: 'snapshots';
  vpc: 'vpcs';
  subnet: 'subnets';
  'launch-template': 'launchTemplates';
};
const COLLECTION: KindMap = {
  image: 'images',
  instance: 'instances',
  'key-pair': 'keyPairs',
  'security-group': 'securityGroups',
  volume: 'volumes',
  snapshot: 'snapshots',
  vpc: 'vpcs',
  subnet: 'subnets',
  'launch-template': 'launchTemplates'
};

export class World {
  readonly regions = new Map<string, Region>();
  timing: Timing;
  readonly ssh: boolean;
  readonly sshPort: number;
  /** Eventual consistency: how long a new resource of a kind stays invisible. */
  consistencyMs: Partial<Record<ResourceKind, number>> = {};
  /**
   * What GetConsoleOutput prints as an instance's host key fingerprint: its real key ('true'), or
   * another key's ('wrong': a console that lies, or a machine in the middle), for host-key tests.
   */
  consoleHostKey: 'true' | 'wrong' = 'true';
  /** Instance types with no capacity: CreateFleet reports InsufficientInstanceCapacity for them. */
  readonly outOfCapacity: Set<string>;
  /** Instant fleets launched (CreateFleet), with their tags. */
  readonly fleets: { id: string; region: string; instanceId: string; tags: Map<string, string> }[] = [];
  /** Private keys CreateKeyPair handed out, so tests can check a client never writes or prints them. */
  readonly issuedPrivateKeys: string[] = [];
  readonly dataDir: string;
  /** Every state transition of an instance, image or snapshot, oldest first (events.ts). */
  readonly events: StateEvent[] = [];
  /** Parameter Store, per account and region. */
  readonly parameters = new ParameterStore();
  /** Secrets Manager, per account and region. */
  readonly secrets = new SecretStore();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(options: WorldOptions = {}) {
    this.timing = { ...FAST_TIMING, ...options.timing };
    this.ssh = options.ssh ?? true;
    this.sshPort = options.sshPort ?? 22;
    this.outOfCapacity = new Set(options.outOfCapacity);
    this.dataDir = mkdtempSync(join(tmpdir(), 'ec2sim-'));
    for (const name of options.regions ?? DEFAULT_REGIONS) this.regions.set(name, seedRegion(name));
    for (const region of this.regions.values()) seedPublicParameters(this.parameters, region);
  }

  /**
   * Puts a parameter as PutParameter would (the same checks; an aws:ec2:image value is checked at
   * once), as a seed: it is never a leftover. Throws the service's error when AWS would refuse it.
   */
  putParameter(input: PutParameterInput & SeedScope): { version: number; arn: string } {
    const { region, account } = this.seedScope(input);
    const { version } = putParameter(
      this,
      { region, account, user: `arn:aws:iam::${account}:user/seed`, seed: true },
      input
    );
    return { version, arn: this.parameters.find(account, region, input.name)!.arn };
  }

  /** Creates a secret as CreateSecret would, as a seed: it is never a leftover. */
  createSecret(input: CreateSecretInput & SeedScope): { arn: string; versionId?: string } {
    const { secret, version } = this.secrets.create({ ...this.seedScope(input), seed: true }, input);
    return { arn: secret.arn, versionId: version?.id };
  }

  /** A new version of a secret, as PutSecretValue would make it. */
  putSecretValue(input: PutSecretValueInput & SeedScope): { versionId: string; versionStages: string[] } {
    const { version } = this.secrets.putValue(this.seedScope(input), input);
    return { versionId: version.id, versionStages: [...version.stages] };
  }

  private seedScope(scope: SeedScope): { region: string; account: string } {
    const region = scope.region ?? 'us-east-1';
    if (!this.regions.has(region)) throw new Error(`no region ${region} in this world`);
    return { region, account: scope.account ?? ACCOUNT_ID };
  }

  region(name: string): Region | undefined {
    return this.regions.get(name);
  }

  /** Runs fn after ms, unless the world is stopped first. */
  later(ms: number, fn: () => void | Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.track(Promise.resolve().then(fn));
    }, ms);
    this.timers.add(timer);
  }

  /** Keeps track of background work so stop() can wait for it. */
  track<T>(p: Promise<T>): Promise<T> {
    const tracked = p.catch(err => {
      console.error('[ec2-sim] background work failed:', err);
    }) as Promise<unknown>;
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
    return p;
  }

  /**
   * A fresh loopback address per instance. Simulators in other processes (jest runs test files in
   * parallel) must not hand out the same address, or one file's client reaches another file's sshd:
   * the second octet comes from the process id, the rest counts up across every simulator here.
   */
  allocateAddress(): string {
    const n = nextAddress++;
    return `127.${1 + (process.pid % 254)}.${Math.floor(n / 254) % 256}.${1 + (n % 254)}`;
  }

  /** Marks a new resource, applying the eventual-consistency delay of its kind. */
  born<T extends Resource>(kind: ResourceKind, resource: Omit<T, 'visibleAt'>): T {
    const made = { ...resource, visibleAt: Date.now() + (this.consistencyMs[kind] ?? 0) } as T;
    const state = (made as { state?: unknown }).state;
    if ((kind === 'instance' || kind === 'image' || kind === 'snapshot') && typeof state === 'string')
      recordBirth(this.events, kind, { id: made.id, state });
    return made;
  }

  visible(resource: Resource): boolean {
    return resource.visibleAt <= Date.now();
  }

  /** Looks a resource up by id the way a client sees it, or throws AWS's NotFound error. */
  get<K extends ResourceKind>(
    region: Region,
    kind: K,
    id: string
  ): Region[KindMap[K]] extends Map<string, infer V> ? V : never {
    const resource = (region[COLLECTION[kind]] as Map<string, Resource>).get(id);
    if (!resource || !this.visible(resource) || isGone(resource)) throw notFoundError(kind, id);
    return resource as never;
  }

  find<K extends ResourceKind>(region: Region, kind: K, id: string) {
    try {
      return this.get(region, kind, id);
    } catch {
      return undefined;
    }
  }

  /** Every resource, visible or not, in every region: for state dumps and tagging. */
  *allResources(): Generator<{ kind: ResourceKind; region: Region; resource: Resource }> {
    for (const region of this.regions.values()) {
      for (const [kind, key] of Object.entries(COLLECTION) as [ResourceKind, keyof Region][]) {
        for (const resource of (region[key] as Map<string, Resource>).values())
          yield { kind, region, resource };
      }
    }
  }

  /**
   * Bakes extra files into an image, as if its maker had installed them: a new newest layer holding
   * them (absolute path → content, mode default 0644), so instances launched from the image
   * afterwards, and images made from those instances, have them. For tools an image ships that this
   * machine does not (a test's stand-in program), without touching this machine's own files.
   */
  addImageFiles(
    regionName: string,
    imageId: string,
    files: Readonly<Record<string, { content: string; mode?: number }>>
  ): void {
    const region = this.region(regionName);
    if (!region) throw new Error(`no region ${regionName}`);
    const image = this.get(region, 'image', imageId);
    const layer = mkdtempSync(join(this.dataDir, 'image-files-'));
    // The layer's own mode becomes the instance's root directory's when it is copied in.
    chmodSync(layer, 0o755);
    for (const [path, file] of Object.entries(files)) {
      if (!path.startsWith('/')) throw new Error(`image file paths are absolute, got ${path}`);
      const target = join(layer, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      chmodSync(target, file.mode ?? 0o644);
    }
    image.layers = [layer, ...image.layers];
  }

  collection(region: Region, kind: ResourceKind): Map<string, Resource> {
    return region[COLLECTION[kind]] as Map<string, Resource>;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.pending]);
    const hosts = [];
    for (const region of this.regions.values()) {
      for (const instance of region.instances.values()) if (instance.host) hosts.push(instance.host.stop());
    }
    await Promise.allSettled(hosts);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function isGone(resource: Resource): boolean {
  const state = (resource as { state?: string }).state;
  return state === 'deregistered' || state === 'deleted';
}

const NOT_FOUND: Record<ResourceKind, [string, string]> = {
  image: ['InvalidAMIID.NotFound', 'image id'],
  instance: ['InvalidInstanceID.NotFound', 'instance ID'],
  'key-pair': ['InvalidKeyPair.NotFound', 'key pair'],
  'security-group': ['InvalidGroup.NotFound', 'security group'],
  volume: ['InvalidVolume.NotFound', 'volume'],
  snapshot: ['InvalidSnapshot.NotFound', 'snapshot'],
  vpc: ['InvalidVpcID.NotFound', 'vpc ID'],
  subnet: ['InvalidSubnetID.NotFound', 'subnet ID'],
  'launch-template': ['InvalidLaunchTemplateId.NotFound', 'launch template ID']
};

export function notFoundError(kind: ResourceKind, id: string) {
  const [code, what] = NOT_FOUND[kind];
  return notFound(code, what, id);
}

export function imageVisibleTo(image: Image, account: string): boolean {
  return (
    image.ownerId === account ||
    image.isPublic ||
    image.launchUsers.has(account) ||
    image.launchGroups.has('all')
  );
}
