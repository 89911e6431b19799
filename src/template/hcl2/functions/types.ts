// The shape of an HCL2 function (Packer's library: lower, formatdate, cidrsubnet, templatefile, ...).
// The evaluator checks arity and converts each argument to its parameter's type before `run`, as cty
// does, so `upper(5)` sees "5"; a function throws HclFunctionError for what it refuses, and the
// evaluator reports it at the call (or at the argument it names) as "Invalid function argument".

import type { HclObject, HclType, HclValue } from '../value.js';

export interface HclParam {
  readonly name: string;
  /** The argument is converted to this type first; `any` passes it as it is. */
  readonly type: HclType;
  /** Without it a null argument is an error ("argument must not be null"), as in cty. */
  readonly allowNull?: boolean;
}

/** What a function may reach beyond its arguments; everything that varies between runs comes in here. */
export interface HclFunctionContext {
  /** The run's instant (timestamp(), formatdate's callers): one per run, as the JSON front end has it. */
  readonly now: Date;
  readonly uuid: () => string;
  /** Relative paths in file(), fileset(), abspath(), templatefile() start here (Packer: the working directory). */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Records an absolute path the template read (file, templatefile, fileset): it enters the fingerprint. */
  readonly readsFile: (absolutePath: string) => void;
  /** Renders a template file's text with `vars` (templatefile): parsed and evaluated by the caller's evaluator. */
  readonly renderTemplate: (text: string, file: string, vars: HclObject) => HclValue;
  /**
   * aws_secretsmanager(name, key) / aws_secretsmanager_raw(name): the secret's value, fetched before
   * evaluation (the loader collects the calls while it validates, then fetches them). Throws
   * HclFunctionError when the secret is not known.
   */
  readonly awsSecret?: (request: AwsSecretRequest) => string;
}

/** One aws_secretsmanager call: `key` null reads a one-key JSON secret's only value; `raw` the whole string. */
export interface AwsSecretRequest {
  readonly name: string;
  readonly key?: string | null;
  readonly raw?: boolean;
}

export interface HclFunction {
  readonly params: readonly HclParam[];
  /** Parameters beyond `params`, any number of them, each of this type. */
  readonly variadic?: HclParam;
  readonly run: (args: readonly HclValue[], context: HclFunctionContext) => HclValue;
}

export class HclFunctionError extends Error {
  /** Which argument (0-based) the message is about, when it is about one. */
  constructor(
    message: string,
    readonly argument?: number
  ) {
    super(message);
    this.name = 'HclFunctionError';
  }
}
