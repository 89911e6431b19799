// The resource journal: what the build created, removed and kept, saved whole on every change so
// the post step can finish the cleanup from the last saved copy.
import { Journal, type JournalEntry } from '../src/journal.js';

const key = { kind: 'key-pair', id: 'packer_1', region: 'us-east-1', build: 'web' } as const;
const group = { kind: 'security-group', id: 'sg-1', region: 'us-east-1', build: 'web' } as const;
const image = { kind: 'image', id: 'ami-1', region: 'us-east-1', build: 'web' } as const;

/** A journal whose every save is kept, as the runner's state file keeps the last one. */
function recorded(entries: readonly JournalEntry[] = []) {
  const saves: JournalEntry[][] = [];
  const journal = new Journal(saved => saves.push(JSON.parse(JSON.stringify(saved))), entries);
  return { journal, saves, last: () => saves.at(-1) };
}

describe('what each change records', () => {
  it.each<[string, (journal: Journal) => void, Pick<JournalEntry, 'id' | 'status'>[]]>([
    ['created: ours to remove', j => j.created(key), [{ id: 'packer_1', status: 'created' }]],
    [
      'deleted: removed, no longer outstanding',
      j => {
        j.created(key);
        j.deleted('key-pair', 'packer_1');
      },
      [{ id: 'packer_1', status: 'deleted' }]
    ],
    [
      'kept: the artifact, never to be removed',
      j => {
        j.created(image);
        j.kept('image', 'ami-1');
      },
      [{ id: 'ami-1', status: 'kept' }]
    ],
    [
      'created twice: one entry',
      j => {
        j.created(key);
        j.created(key);
      },
      [{ id: 'packer_1', status: 'created' }]
    ],
    [
      'created again after deletion: stays deleted (a retried create answered twice)',
      j => {
        j.created(key);
        j.deleted('key-pair', 'packer_1');
        j.created(key);
      },
      [{ id: 'packer_1', status: 'deleted' }]
    ],
    [
      'the same id under another kind: its own entry',
      j => {
        j.created(key);
        j.created({ ...key, kind: 'instance' });
      },
      [
        { id: 'packer_1', status: 'created' },
        { id: 'packer_1', status: 'created' }
      ]
    ],
    ['marking what was never created: records nothing', j => j.deleted('volume', 'vol-9'), []]
  ])('%s', (_name, change, expected) => {
    const { journal } = recorded();
    change(journal);
    expect(journal.all().map(({ id, status }) => ({ id, status }))).toEqual(expected);
  });
});

describe('outstanding', () => {
  it('lists only what was created and is neither deleted nor kept, in creation order', () => {
    const { journal } = recorded();
    journal.created(key);
    journal.created(group);
    journal.created(image);
    journal.deleted('key-pair', 'packer_1');
    journal.kept('image', 'ami-1');
    expect(journal.outstanding()).toEqual([{ ...group, status: 'created' }]);
  });

  it('hands out copies: changing one does not change the journal', () => {
    const { journal } = recorded();
    journal.created(key);
    journal.outstanding()[0]!.status = 'deleted';
    journal.all()[0]!.id = 'changed';
    expect(journal.outstanding()).toEqual([{ ...key, status: 'created' }]);
  });
});

describe('persistence', () => {
  it('saves the whole journal on every change, so the last save is always the full picture', () => {
    const { journal, saves } = recorded();
    journal.created(key);
    journal.created(group);
    journal.deleted('key-pair', 'packer_1');
    journal.kept('security-group', 'sg-1');
    expect(saves).toEqual([
      [{ ...key, status: 'created' }],
      [
        { ...key, status: 'created' },
        { ...group, status: 'created' }
      ],
      [
        { ...key, status: 'deleted' },
        { ...group, status: 'created' }
      ],
      [
        { ...key, status: 'deleted' },
        { ...group, status: 'kept' }
      ]
    ]);
  });

  it('saves a repeated create too (the state file then says the same again)', () => {
    const { journal, saves } = recorded();
    journal.created(key);
    journal.created(key);
    expect(saves).toHaveLength(2);
    expect(saves[1]).toEqual([{ ...key, status: 'created' }]);
  });

  it('picks up from saved entries (the post step), without sharing them', () => {
    const saved: JournalEntry[] = [{ ...key, status: 'created' }];
    const { journal, last } = recorded(saved);
    journal.deleted('key-pair', 'packer_1');
    expect(last()).toEqual([{ ...key, status: 'deleted' }]);
    expect(saved).toEqual([{ ...key, status: 'created' }]);
    expect(journal.outstanding()).toEqual([]);
  });
});
