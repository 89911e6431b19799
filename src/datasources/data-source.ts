// What every HCL2 data source is, and what resolving one needs. The HCL layer reads a `data` block's
// options with `read` (while validating: no AWS call), uses `mockOutputs` where Packer validates
// without executing data sources, and `resolve` between validation and the build; `secret` receives
// each sensitive value the moment it is known, so the caller masks it before anything can print it.
import type { DataSourceClients, AwsAccess } from '../aws/data-source-clients.js';
import { AwsOperationError } from '../errors.js';
import type { HclType } from '../template/hcl2/value.js';
import type { OptionsReader } from '../template/options-reader.js';

export interface DataSourceContext {
  /** The block as messages name it: `data.amazon-ami.ubuntu`. */
  readonly address: string;
  /** Receives each sensitive value as soon as it is read (SecureString values, secrets). */
  readonly secret?: (value: string) => void;
  /** Receives what deserves a line in the log but does not fail the build. */
  readonly warn?: (line: string) => void;
  /** The run was cancelled: stop waiting for AWS. */
  readonly signal?: AbortSignal;
}

export interface DataSource<Config, Outputs> {
  /** The block's type label: `data "amazon-ami" "ubuntu"`. */
  readonly type: string;
  /** The block's options, checked as Packer's Configure does; refuses unknown and not-yet-supported ones. */
  read(options: OptionsReader): Config;
  /** The outputs' type, Packer's OutputSpec: what `data.<type>.<name>` has. */
  readonly outputType: HclType;
  /**
   * The outputs while validating without executing data sources. Packer makes them unknown values of
   * outputType, which reach a plugin as placeholders: "<unknown>" for strings, empty maps.
   */
  mockOutputs(): Outputs;
  resolve(config: Config, clients: DataSourceClients, context: DataSourceContext): Promise<Outputs>;
}

/** What Packer writes in place of an unknown string when it validates without data sources. */
export const UNKNOWN = '<unknown>';

/** The block's region, else the environment's; neither is an error naming both ways to give one. */
export function regionFor(
  access: AwsAccess,
  clients: DataSourceClients,
  context: DataSourceContext,
  operation: string
): string {
  const region = access.region ?? clients.defaultRegion;
  if (region !== undefined) return region;
  throw new AwsOperationError({
    operation,
    doing: `${context.address}: no region to read from`,
    hint: 'Set region in the data block, or AWS_REGION in the environment'
  });
}

/** A map with no prototype, so a tag or key named `__proto__` is just a key. */
export function plainMap(entries: Iterable<readonly [string, string]>): Readonly<Record<string, string>> {
  const map = Object.create(null) as Record<string, string>;
  for (const [key, value] of entries) map[key] = value;
  return map;
}
