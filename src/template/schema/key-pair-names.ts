// Two builders of one template that name the same temporary key pair in the same region would
// collide: the second's CreateKeyPair meets the first's key. Refused before any cloud call, at
// the second builder's temporary_key_pair_name.
import { InputError } from '../../errors.js';
import { childPath } from '../json-path.js';
import { findEntry } from '../json-positions.js';
import type { BuildPlan } from '../types.js';
import type { BuilderDefinition } from './builders.js';

export function checkTemporaryKeyPairNames(
  definitions: readonly BuilderDefinition[],
  plans: readonly BuildPlan[]
): void {
  const seen = new Map<string, string>();
  plans.forEach((plan, index) => {
    if (plan.type !== 'amazon-ebs') return;
    const key = plan.builder.communicator.type === 'ssh' ? plan.builder.communicator.keyPair : undefined;
    const entry = findEntry(definitions[index].node, 'temporary_key_pair_name');
    if (key?.kind !== 'temporary' || !entry) return;
    const id = `${plan.builder.region}/${key.name}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new InputError({
        at: entry.value.loc,
        field: childPath(definitions[index].path, 'temporary_key_pair_name'),
        detail: `${earlier} already makes a temporary key pair named ${key.name} in ${plan.builder.region}; each builder needs its own name (or leave it out for a unique one)`
      });
    }
    seen.set(id, definitions[index].name);
  });
}
