// A channel version's description: what wrote it, read back exactly, and never mistaken for ours
// when it is not (another tool's text, or an old description kept by a later write of another value).
import {
  readRecord,
  recordDescription,
  MAX_DESCRIPTION,
  type ChannelRecord
} from '../../src/channels/record.js';

const record: ChannelRecord = {
  ami: 'ami-0123456789abcdef0',
  by: 'build',
  key: { commit: 'f'.repeat(40), time: '2026-01-01T10:00:00.000Z', run: 42, attempt: 2, workflow: 'build' },
  regions: ['us-east-1', 'eu-west-1']
};

test('a record reads back as written', () => {
  const text = recordDescription(record);
  expect(text).toMatch(/^build-ami: \{/);
  expect(readRecord(text, record.ami)).toEqual(record);
});

test('a promote keeps where it came from', () => {
  const promote: ChannelRecord = {
    ...record,
    by: 'promote',
    from: 'ami-0fedcba9876543210',
    imageCommit: 'a'.repeat(40)
  };
  expect(readRecord(recordDescription(promote), promote.ami)).toEqual(promote);
});

test.each([
  ['no description', undefined, record.ami],
  ['another tool’s description', 'the prod image', record.ami],
  [
    'our description with another value (a hand write kept the old description)',
    recordDescription(record),
    'ami-0aaaaaaaaaaaaaaaa'
  ],
  ['a broken record', 'build-ami: {"v":1,', record.ami]
])('%s is not a record', (_name, description, value) => {
  expect(readRecord(description, value)).toBeUndefined();
});

test('a description stays within Parameter Store’s 1024 characters', () => {
  const many = { ...record, regions: Array.from({ length: 200 }, (_, i) => `xx-region-${i}`) };
  const text = recordDescription(many);
  expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  expect(readRecord(text, record.ami)?.key).toEqual(record.key);
});
