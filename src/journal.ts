// The resource journal: the single source of truth for cleanup. Every cloud resource the
// build creates is written here the moment its id is known (and, for a create whose answer
// may be lost, the moment we ask for it), and the whole journal is saved to the runner's
// state at once, so the post step can finish the teardown even if the main step was killed.

export type JournalKind =
  | 'key-pair'
  | 'security-group'
  | 'instance'
  | 'image'
  | 'snapshot'
  | 'volume'
  | 'launch-template'
  /** A docker build's container, in the runner's daemon (region "docker"). */
  | 'container';

export interface JournalEntry {
  kind: JournalKind;
  /** The resource id, or for key pairs the name (EC2 deletes key pairs by name). */
  id: string;
  region: string;
  /** The builder that created it (a template may run several). */
  build: string;
  /**
   * created: ours to remove; deleted: removed; kept: the build's artifact, never removed;
   * terminating: an instance whose termination was asked for and not waited for (the post step
   * confirms it).
   */
  status: 'created' | 'deleted' | 'kept' | 'terminating';
}

export type PersistJournal = (entries: readonly JournalEntry[]) => void;

export class Journal {
  private readonly entries: JournalEntry[];

  constructor(
    private readonly persist: PersistJournal,
    entries: readonly JournalEntry[] = []
  ) {
    this.entries = entries.map(e => ({ ...e }));
  }

  created(entry: Omit<JournalEntry, 'status'>): void {
    if (!this.find(entry.kind, entry.id)) this.entries.push({ ...entry, status: 'created' });
    this.save();
  }

  deleted(kind: JournalKind, id: string): void {
    this.mark(kind, id, 'deleted');
  }

  /** Termination was asked for and is under way: the post step confirms it. */
  terminating(kind: JournalKind, id: string): void {
    this.mark(kind, id, 'terminating');
  }

  /** The resource is the build's result: cleanup must leave it alone. */
  kept(kind: JournalKind, id: string): void {
    this.mark(kind, id, 'kept');
  }

  /** What is still ours to remove. */
  outstanding(): JournalEntry[] {
    return this.entries.filter(e => e.status === 'created').map(e => ({ ...e }));
  }

  all(): JournalEntry[] {
    return this.entries.map(e => ({ ...e }));
  }

  private find(kind: JournalKind, id: string): JournalEntry | undefined {
    return this.entries.find(e => e.kind === kind && e.id === id);
  }

  private mark(kind: JournalKind, id: string, status: JournalEntry['status']): void {
    const entry = this.find(kind, id);
    if (entry) entry.status = status;
    this.save();
  }

  private save(): void {
    this.persist(this.entries);
  }
}
