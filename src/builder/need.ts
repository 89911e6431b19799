// A step's preconditions, named: what an earlier step must have put in the build state. A step
// run out of order (or a new step put in the wrong place) fails saying what it lacked, not
// with "cannot read properties of undefined".
import { StepOrderError } from '../errors.js';
import type { BuildState } from './context.js';

/** A human name for each piece of state, as the error message shows it. */
const NAMES: Partial<Record<keyof BuildState, string>> = {
  sourceImage: 'source image',
  keyPair: 'key pair',
  instance: 'instance',
  communicator: 'SSH connection',
  reconnect: 'way to dial the instance again',
  image: 'image'
};

export function need<K extends keyof BuildState>(
  state: BuildState,
  key: K,
  step: string
): NonNullable<BuildState[K]> {
  const value = state[key];
  if (value === undefined || value === null) {
    throw new StepOrderError({ step, missing: `${NAMES[key] ?? key} (state.${key})` });
  }
  return value as NonNullable<BuildState[K]>;
}
