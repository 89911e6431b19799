// The inputs of what happens around the build: channels (SSM parameters a deploy reads), the launch
// template that follows them, promote (pointing a channel at an existing image: a rollback) and
// retention (keeping the newest images of a family). Parsed and checked once, with the rule named.
import { InputError } from './errors.js';
import { booleanInput, inputLocation, list, type GetInput } from './input-reading.js';

export type Mode = 'build' | 'promote';

/** What `mode: promote` points the channel at. */
export type PromoteTarget =
  | { kind: 'previous' }
  | { kind: 'ami'; amiId: string }
  /** A commit SHA, whole or its first 7 or more hex digits. */
  | { kind: 'commit'; sha: string };

export interface RetentionInputs {
  /** Keep the newest N images of each family. */
  readonly keep?: number;
  /** Keep every image younger than this many days, whatever keep says. */
  readonly keepDays?: number;
  /** Log what would go, remove nothing. */
  readonly dryRun: boolean;
  /** Deprecate instead of deregistering. */
  readonly deprecate: boolean;
}

export interface LifecycleInputs {
  readonly mode: Mode;
  /** SSM parameter names, e.g. /images/web/prod. */
  readonly channels: readonly string[];
  /** A launch template name or id (lt-...) that gets a new default version with the image. */
  readonly launchTemplate?: string;
  readonly promoteTo: PromoteTarget;
  /** Where promote acts; empty: the regions recorded on the channel. */
  readonly regions: readonly string[];
  /** Undefined: no retention. */
  readonly retention?: RetentionInputs;
}

const fail = (name: string, detail: string) =>
  new InputError({ at: inputLocation(name), field: name, detail });

/** Parameter Store's naming rule, as PutParameter enforces it. */
function checkChannel(name: string): void {
  const bare = name.startsWith('/') ? name.slice(1) : name;
  if (
    !/^[a-zA-Z0-9_.\-/]+$/.test(name) ||
    name.includes('//') ||
    name.endsWith('/') ||
    /^(aws|ssm)/i.test(bare) ||
    name.length > 1011 ||
    (bare.includes('/') && !name.startsWith('/'))
  ) {
    throw fail(
      'channel',
      `"${name}" is not a Parameter Store name: letters, digits and . - _, levels separated by / (starting with /), not starting with aws or ssm, e.g. /images/web/prod`
    );
  }
}

function positive(getInput: GetInput, name: string, integer: boolean): number | undefined {
  const raw = getInput(name).trim();
  if (raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw fail(name, `expected a ${integer ? 'whole number' : 'number'} greater than 0, found "${raw}"`);
  }
  return value;
}

function readPromoteTarget(raw: string): PromoteTarget {
  const value = raw.trim();
  if (value === '' || value === 'previous') return { kind: 'previous' };
  if (/^ami-([0-9a-f]{8}|[0-9a-f]{17})$/.test(value)) return { kind: 'ami', amiId: value };
  if (/^[0-9a-f]{7,40}$/i.test(value)) return { kind: 'commit', sha: value.toLowerCase() };
  throw fail(
    'promote-to',
    `expected previous, an AMI id (ami-0abc...) or a commit SHA (7 to 40 hex digits), found "${value}"`
  );
}

export function readLifecycleInputs(getInput: GetInput): LifecycleInputs {
  const mode = (getInput('mode').trim() || 'build') as Mode;
  if (mode !== 'build' && mode !== 'promote')
    throw fail('mode', `expected build or promote, found "${mode}"`);
  const channels = list(getInput('channel'));
  channels.forEach(checkChannel);
  const launchTemplate = getInput('launch-template').trim() || undefined;
  if (launchTemplate && !/^(lt-[0-9a-f]{17}|[a-zA-Z0-9().\-/_]{3,128})$/.test(launchTemplate)) {
    throw fail(
      'launch-template',
      `expected a launch template name or id (lt-...), found "${launchTemplate}"`
    );
  }
  if (launchTemplate && !channels.length) {
    throw fail(
      'launch-template',
      'needs a channel: the channel records which build is newest and what a rollback returns to'
    );
  }
  const regions = list(getInput('regions'));
  for (const region of regions) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
      throw fail('regions', `"${region}" is not a region name (e.g. eu-west-1)`);
  }
  const promoteRaw = getInput('promote-to');
  const keep = positive(getInput, 'keep', true);
  const keepDays = positive(getInput, 'keep-days', false);
  const dryRun = booleanInput(getInput, 'retention-dry-run', false);
  const deprecate = booleanInput(getInput, 'deprecate-older', false);

  if (mode === 'promote') {
    if (!channels.length)
      throw fail('channel', 'required with mode: promote: the channel to point at another image');
    for (const name of ['keep', 'keep-days']) {
      if (getInput(name).trim())
        throw fail(name, 'retention runs after a build; it does nothing with mode: promote');
    }
  } else {
    if (promoteRaw.trim()) throw fail('promote-to', 'only with mode: promote');
    if (regions.length)
      throw fail('regions', 'only with mode: promote (a build acts in the regions its image is in)');
  }
  if ((dryRun || deprecate) && keep === undefined && keepDays === undefined) {
    throw fail(
      dryRun ? 'retention-dry-run' : 'deprecate-older',
      'needs keep or keep-days: there is no retention without them'
    );
  }
  return {
    mode,
    channels,
    launchTemplate,
    promoteTo: readPromoteTarget(promoteRaw),
    regions,
    retention:
      keep === undefined && keepDays === undefined
        ? undefined
        : Object.freeze({
            keep: keep ?? (keepDays === undefined ? undefined : 1),
            keepDays,
            dryRun,
            deprecate
          })
  };
}
