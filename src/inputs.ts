// The action's inputs, parsed and checked once into a read-only settings object. Errors name
// the input and show the expected form.
import type { ReuseMode } from './builder/find-reusable.js';
import { InputError } from './errors.js';
import { booleanInput, inputLocation, list, type GetInput } from './input-reading.js';
import { readLifecycleInputs, type LifecycleInputs } from './lifecycle-inputs.js';

export type { GetInput } from './input-reading.js';

export interface Inputs extends LifecycleInputs {
  readonly template: string;
  /** -var style `name=value` overrides, one per line, in the order given. */
  readonly variables: readonly string[];
  readonly varFiles: readonly string[];
  readonly only: readonly string[];
  readonly except: readonly string[];
  readonly workingDirectory: string;
  readonly githubToken: string;
  /** commit: reuse an image of the same inputs built at this commit; fingerprint: at any commit; never. */
  readonly reuse: ReuseMode;
  /** Keep a comment with the image on the commit's pull requests. */
  readonly commentOnPr: boolean;
  /** Where to ask for the runner's public address (the temporary security group's source). */
  readonly publicIpLookupUrl: string;
}

/** -var style lines, passed on as given: the template layer checks them and names the line in errors. */
function variableLines(raw: string): string[] {
  return raw
    .split('\n')
    .map(l => l.trim())
    .filter(l => l && !l.startsWith('#'));
}

export function readInputs(getInput: GetInput): Inputs {
  const template = getInput('template').trim();
  const lifecycle = readLifecycleInputs(getInput);
  if (!template && lifecycle.mode === 'build') {
    throw new InputError({
      at: inputLocation('template'),
      field: 'template',
      detail: 'required: the path of a Packer template, e.g. packer/web.pkr.json'
    });
  }
  const only = list(getInput('only'));
  const except = list(getInput('except'));
  if (only.length && except.length) {
    throw new InputError({
      at: inputLocation('only'),
      field: 'only',
      detail: 'only and except exclude each other (as in packer build); give one of them'
    });
  }
  const reuse = (getInput('reuse').trim() || 'commit') as ReuseMode;
  if (!['commit', 'fingerprint', 'never'].includes(reuse)) {
    throw new InputError({
      at: inputLocation('reuse'),
      field: 'reuse',
      detail: `expected commit, fingerprint or never, found "${reuse}"`
    });
  }
  return Object.freeze({
    ...lifecycle,
    reuse,
    commentOnPr: booleanInput(getInput, 'comment-on-pr', true),
    publicIpLookupUrl: getInput('public-ip-lookup-url').trim(),
    template,
    variables: variableLines(getInput('variables')),
    varFiles: list(getInput('var-files').replace(/,/g, '\n')),
    only,
    except,
    workingDirectory: getInput('working-directory').trim() || '.',
    githubToken: getInput('github-token').trim()
  });
}
