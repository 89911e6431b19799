// Parameter Store's state: each account and region has its own parameters, each parameter its
// versions (oldest first, at most 100) with their labels. AWS's public parameters (/aws/service/...)
// live in a scope of their own that every account reads and none writes.

export type ParameterType = 'String' | 'StringList' | 'SecureString';
export const PARAMETER_TYPES: readonly ParameterType[] = ['SecureString', 'StringList', 'String'];

export interface ParameterVersion {
  version: number;
  value: string;
  type: ParameterType;
  /** text or aws:ec2:image. */
  dataType: string;
  description?: string;
  /** The KMS key of a SecureString. */
  keyId?: string;
  allowedPattern?: string;
  tier: 'Standard' | 'Advanced';
  labels: string[];
  lastModified: Date;
  lastModifiedUser: string;
}

export interface Parameter {
  /** As first written: `/app/ami` or `app-ami`. */
  name: string;
  region: string;
  /** Empty for AWS's public parameters. */
  account: string;
  arn: string;
  /** Committed versions, oldest first. Empty while the first one is still being validated. */
  versions: ParameterVersion[];
  /** The last version number handed out: a version under validation has its number already. */
  lastVersion: number;
  tags: Map<string, string>;
  /** Put by a test's seeding or the world itself, not by a client: never a leftover. */
  seed?: boolean;
}

/** An aws:ec2:image value that failed its validation: what EventBridge would have delivered. */
export interface ValidationFailure {
  time: string;
  region: string;
  account: string;
  name: string;
  version: number;
  value: string;
  reason: string;
}

export const PUBLIC_ACCOUNT = '';
export const MAX_VERSIONS = 100;

/** AWS's own parameters: read by every account, written by none. */
export const isPublicName = (name: string) => /^\/aws\//i.test(name);

/**
 * Parameter Store treats `/name` and `name` as one parameter when there is no further level (the
 * ARN is `parameter/name` for both); hierarchical names are taken as written.
 */
export function parameterKey(name: string): string {
  const stripped = name.startsWith('/') ? name.slice(1) : name;
  return stripped.includes('/') ? name : stripped;
}

export function parameterArn(region: string, account: string, name: string): string {
  return `arn:aws:ssm:${region}:${account}:parameter${name.startsWith('/') ? '' : '/'}${name}`;
}

export class ParameterStore {
  private readonly scopes = new Map<string, Map<string, Parameter>>();
  readonly validationFailures: ValidationFailure[] = [];

  /** The parameters one account has in one region (the public ones: account PUBLIC_ACCOUNT). */
  scope(account: string, region: string): Map<string, Parameter> {
    const key = `${account}/${region}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new Map();
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /** The parameter as a client in `account` sees it: with at least one version, else undefined. */
  find(account: string, region: string, name: string): Parameter | undefined {
    const owner = isPublicName(name) ? PUBLIC_ACCOUNT : account;
    const parameter = this.scope(owner, region).get(parameterKey(name));
    return parameter && parameter.versions.length > 0 ? parameter : undefined;
  }

  /** The record to write a new version into, made when the name is new. */
  entry(account: string, region: string, name: string): Parameter {
    const scope = this.scope(account, region);
    const key = parameterKey(name);
    let parameter = scope.get(key);
    if (!parameter) {
      parameter = {
        name,
        region,
        account,
        arn: parameterArn(region, account, name),
        versions: [],
        lastVersion: 0,
        tags: new Map()
      };
      scope.set(key, parameter);
    }
    return parameter;
  }

  delete(account: string, region: string, name: string): boolean {
    const scope = this.scope(account, region);
    const key = parameterKey(name);
    const parameter = scope.get(key);
    if (!parameter || parameter.versions.length === 0) return false;
    scope.delete(key);
    return true;
  }

  /** Every parameter with a version, in every account and region. */
  all(): Parameter[] {
    return [...this.scopes.values()].flatMap(scope => [...scope.values()]).filter(p => p.versions.length > 0);
  }
}
