// What the summary and the PR comment say about channels, the launch template and retention, and
// what a promote's summary says: rendered from plain data, checked on the text.
import { renderComment, renderSummary } from '../../src/github/markdown.js';
import { renderPromoteSummary } from '../../src/github/promote-summary.js';
import type { BuildReport, ChannelSection, RetentionSection } from '../../src/github/report.js';

const base: BuildReport = {
  templatePath: 'packer/web.json',
  buildId: 'b-1',
  sha: 'a'.repeat(40),
  repository: 'octo-org/octo-repo',
  serverUrl: 'https://github.com',
  builds: [
    {
      name: 'web',
      region: 'us-east-1',
      outcome: 'succeeded',
      amis: { 'us-east-1': 'ami-0000000000000000b' },
      amiName: 'web-2',
      startedAt: 0,
      durationMs: 1000,
      steps: []
    }
  ],
  outputs: { 'ami-id': 'ami-0000000000000000b' }
};

const channels: ChannelSection = {
  channels: [
    {
      channel: '/images/web/prod',
      region: 'us-east-1',
      now: 'ami-0000000000000000b',
      before: 'ami-0000000000000000a',
      outcome: 'moved',
      note: 'commit bbbbbbb is newer than aaaaaaa',
      version: 7
    },
    {
      channel: '/images/web/prod',
      region: 'eu-west-1',
      now: 'ami-0000000000000000c',
      outcome: 'held',
      note: 'a newer commit holds it: ccccccc | <b>not html</b>'
    }
  ],
  launchTemplates: [
    { region: 'us-east-1', name: 'web', id: 'lt-0123456789abcdef0', version: 5, previousVersion: 4 },
    { region: 'eu-west-1', name: 'web', note: 'none by that name or id there' }
  ]
};

const row = (markdown: string, start: string) => markdown.split('\n').find(line => line.startsWith(start));

test('the summary and the comment show each channel, the image it points to now and the one before', () => {
  for (const markdown of [renderSummary({ ...base, channels }), renderComment({ ...base, channels })]) {
    expect(markdown).toMatch(/^#{3,4} Channels$/m);
    const moved = row(markdown, '| `/images/web/prod` | us-east-1 |')!;
    expect(moved).toContain('[`ami-0000000000000000b`]');
    expect(moved).toContain('[`ami-0000000000000000a`]');
    expect(moved).toContain('✅ moved (version 7)');
    const held = row(markdown, '| `/images/web/prod` | eu-west-1 |')!;
    expect(held).toContain('⏸️ kept');
    // A note is text: a pipe cannot split the row (6 cells), HTML does not render.
    expect(held.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(held).toContain('&lt;b&gt;not html&lt;/b&gt;');
    expect(markdown).toContain(
      'Launch template `web` (`lt-0123456789abcdef0`) in us-east-1: version **5** is the default (was 4).'
    );
    expect(markdown).toContain('Launch template `web` in eu-west-1: none by that name or id there.');
  }
});

test('a run that did not succeed says the channel was not moved', () => {
  const summary = renderSummary({
    ...base,
    channels: { channels: [], launchTemplates: [], skipped: 'web did not succeed' }
  });
  expect(summary).toContain('### Channels\n\nNot moved: web did not succeed.');
});

const retention: RetentionSection = {
  family: 'packer/web.json:web',
  keep: 2,
  dryRun: true,
  deprecate: false,
  images: [
    {
      id: 'ami-0000000000000000a',
      region: 'us-east-1',
      name: 'web-1',
      commit: '1'.repeat(40),
      createdAt: Date.UTC(2026, 0, 1, 9, 30),
      action: 'would-remove',
      why: 'beyond the newest 2 (3rd newest)'
    },
    {
      id: 'ami-0000000000000000b',
      region: 'us-east-1',
      name: 'web-2',
      createdAt: Date.UTC(2026, 0, 2),
      action: 'kept',
      why: 'in use: channel /images/web/canary'
    }
  ],
  warnings: ['nothing removed in eu-west-1, since what uses its images could not be checked']
};

test('the summary lists what retention kept and would remove, and why; the comment leaves it out', () => {
  const summary = renderSummary({ ...base, retention: [retention] });
  expect(summary).toContain('### Retention: `packer/web.json:web`');
  expect(summary).toContain('**Dry run: nothing was removed.**');
  const removed = row(summary, '| [`ami-0000000000000000a`]')!;
  expect(removed).toContain(
    '[`1111111`](https://github.com/octo-org/octo-repo/commit/1111111111111111111111111111111111111111)'
  );
  expect(removed).toContain('| 2026-01-01 09:30 | would remove | beyond the newest 2 (3rd newest) |');
  expect(row(summary, '| [`ami-0000000000000000b`]')).toContain(
    '| kept | in use: channel /images/web/canary |'
  );
  expect(summary).toContain('⚠️ nothing removed in eu-west-1');
  expect(renderComment({ ...base, retention: [retention] })).not.toContain('Retention');
});

test('a promote’s summary: where the channel points now and before, and what it cost', () => {
  const summary = renderPromoteSummary({
    ...base,
    builds: [],
    channels: {
      channels: [
        {
          ...channels.channels[0]!,
          imageCommit: 'b'.repeat(40),
          note: 'version 6, before ami-0000000000000000c'
        }
      ],
      launchTemplates: []
    },
    promote: { target: 'the previous image' },
    ec2Calls: 4,
    ssmCalls: 6,
    durationMs: 1200
  });
  expect(summary.split('\n')[0]).toBe('## ⏪ `/images/web/prod` promoted to the previous image');
  expect(summary).toContain('| Channel | Region | Now | Before | Image commit | Outcome | Why |');
  expect(summary).toContain(
    'EC2 API calls: **4** · Parameter Store API calls: **6** · in 1.2s · no instance started'
  );
  expect(summary).toContain('### Outputs');
});
