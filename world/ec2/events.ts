// The simulator's event log: every state transition of an instance, image or snapshot, with
// the moment it happened, so a benchmark can tell how long a client took to notice it (the
// first call after `at` whose answer showed `to`). A resource's birth is recorded from 'none'.

export type StateEventKind = 'instance' | 'image' | 'snapshot';

export interface StateEvent {
  /** Date.now() when the transition happened. */
  at: number;
  /** The resource id (i-..., ami-..., snap-...). */
  resource: string;
  kind: StateEventKind;
  from: string;
  to: string;
}

/** Moves a resource to a new state and records the transition (nothing when the state is unchanged). */
export function transition<S extends string>(
  events: StateEvent[],
  kind: StateEventKind,
  resource: { id: string; state: S },
  to: S
): void {
  const from = resource.state;
  resource.state = to;
  if (from !== to) events.push({ at: Date.now(), resource: resource.id, kind, from, to });
}

/** Records a resource created in its first state. */
export function born(
  events: StateEvent[],
  kind: StateEventKind,
  resource: { id: string; state: string }
): void {
  events.push({ at: Date.now(), resource: resource.id, kind, from: 'none', to: resource.state });
}
