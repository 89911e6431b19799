import { commentMarker, MAX_COMMENT_CHARS, renderComment, renderSummary } from '../../src/github/markdown.js';
import { code, codeBlock, duration, table, text } from '../../src/github/markdown-text.js';
import type { BuildLine, BuildReport } from '../../src/github/report.js';
import { bar } from '../../src/github/timeline.js';

const SHA = '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345';
const T0 = Date.UTC(2024, 4, 1, 12, 0, 0);

function build(overrides: Partial<BuildLine> = {}): BuildLine {
  return {
    name: 'amazon-ebs',
    region: 'us-east-1',
    outcome: 'succeeded',
    amis: { 'us-east-1': 'ami-0123456789abcdef0', 'eu-west-1': 'ami-0fedcba9876543210' },
    amiName: 'web-1714564800',
    sourceAmi: 'ami-0aaaabbbbccccdddd',
    sourceAmiName: 'ubuntu/images/jammy-22.04-amd64-server',
    startedAt: T0,
    durationMs: 252_000,
    steps: [
      { title: 'Find source image', startedAt: T0, durationMs: 1_000, status: 'succeeded' },
      { title: 'Launch instance', startedAt: T0 + 1_000, durationMs: 59_000, status: 'succeeded' },
      { title: 'Provision', startedAt: T0 + 60_000, durationMs: 120_000, status: 'succeeded' },
      { title: 'Create image', startedAt: T0 + 180_000, durationMs: 72_000, status: 'succeeded' }
    ],
    ...overrides
  };
}

function report(overrides: Partial<BuildReport> = {}): BuildReport {
  return {
    templatePath: 'packer/web.json',
    buildId: 'b-7f3a',
    sha: SHA,
    repository: 'octo-org/octo-repo',
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/99',
    builds: [build()],
    ec2Calls: 41,
    outputs: { 'ami-id': 'ami-0123456789abcdef0', region: 'us-east-1', 'build-id': 'b-7f3a' },
    ...overrides
  };
}

const failed = (overrides: Partial<BuildLine> = {}) =>
  build({
    outcome: 'failed',
    amis: {},
    durationMs: 95_000,
    steps: [
      { title: 'Launch instance', startedAt: T0, durationMs: 60_000, status: 'succeeded' },
      { title: 'Provision', startedAt: T0 + 60_000, durationMs: 35_000, status: 'failed' }
    ],
    error: 'script install.sh exited with code 2',
    lastOutput: ['Reading package lists...', 'E: Unable to locate package nginx-ful'],
    cleanedUp: ['instance i-0abc', 'security group sg-0def', 'key pair packer_b-7f3a'],
    ...overrides
  });

/** The table row of a build, found by its name cell. */
const rowOf = (markdown: string, name: string) =>
  markdown.split('\n').find(line => line.startsWith(`| \`${name}\` |`));

describe('the pull request comment', () => {
  it('starts with the hidden marker that names the template', () => {
    const body = renderComment(report());

    expect(body.split('\n')[0]).toBe('<!-- build-ami:packer/web.json -->');
    expect(body.startsWith(commentMarker('packer/web.json'))).toBe(true);
  });

  it('links every AMI to its EC2 console page in its own region', () => {
    const row = rowOf(renderComment(report()), 'amazon-ebs');

    expect(row).toContain(
      'us-east-1 → [`ami-0123456789abcdef0`](https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#ImageDetails:imageId=ami-0123456789abcdef0)'
    );
    expect(row).toContain(
      'eu-west-1 → [`ami-0fedcba9876543210`](https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#ImageDetails:imageId=ami-0fedcba9876543210)'
    );
  });

  it('shows status, AMI name, source image, linked commit and duration in the build row', () => {
    const body = renderComment(report());

    expect(body).toContain('### ✅ Image ready: `packer/web.json`');
    expect(body).toContain('| Build | Status | Region → AMI | AMI name | Source AMI | Commit | Duration |');
    const cells = rowOf(body, 'amazon-ebs')!.split(' | ');
    expect(cells[1]).toBe('✅ built');
    expect(cells[3]).toBe('`web-1714564800`');
    expect(cells[4]).toBe(
      '[`ami-0aaaabbbbccccdddd`](https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#ImageDetails:imageId=ami-0aaaabbbbccccdddd)<br>ubuntu/images/jammy-22.04-amd64-server'
    );
    expect(cells[5]).toBe(`[\`3f9c2a1\`](https://github.com/octo-org/octo-repo/commit/${SHA})`);
    expect(cells[6]).toBe('4m 12s |');
  });

  it('links the workflow run and names the build id', () => {
    expect(renderComment(report())).toContain(
      'Build id `b-7f3a` · [workflow run](https://github.com/octo-org/octo-repo/actions/runs/99)'
    );
  });

  it('says which step failed, shows its last output in a fenced block and what was cleaned up', () => {
    const body = renderComment(report({ builds: [failed()] }));

    expect(body).toContain('### ❌ 1 of 1 build failed: `packer/web.json`');
    expect(rowOf(body, 'amazon-ebs')).toContain('| ❌ failed | — |');
    expect(body).toContain('#### `amazon-ebs` ❌ failed at step **Provision**');
    expect(body).toContain('**Error:** script install.sh exited with code 2');
    expect(body).toContain(
      'Last 2 lines of output:\n\n```text\nReading package lists...\nE: Unable to locate package nginx-ful\n```'
    );
    expect(body).toContain(
      '**Cleaned up:** instance i-0abc, security group sg-0def, key pair packer\\_b-7f3a'
    );
  });

  it('asks for a hand clean-up of what the cleanup could not delete', () => {
    const body = renderComment(report({ builds: [failed({ leftBehind: ['snapshot snap-0123'] })] }));

    expect(body).toContain('⚠️ **Could not clean up, delete by hand:** snapshot snap-0123');
  });

  it('shows only the end of a long output, without terminal colour codes', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `\u001b[32mline ${i + 1}\u001b[0m`);
    const body = renderComment(report({ builds: [failed({ lastOutput: lines })] }));

    expect(body).toContain('Last 30 lines of output:');
    expect(body).toContain('line 21\n');
    expect(body).not.toContain('line 20\n');
    expect(body).toContain('line 50\n```');
    expect(body).not.toContain('\u001b');
  });

  it('says the build was cancelled, and during which step', () => {
    const body = renderComment(
      report({
        builds: [
          failed({
            outcome: 'cancelled',
            error: undefined,
            lastOutput: undefined,
            steps: [{ title: 'Connect SSH', startedAt: T0, durationMs: 5_000, status: 'cancelled' }]
          })
        ]
      })
    );

    expect(body).toContain('### ⚪ 1 of 1 build cancelled');
    expect(body).toContain('#### `amazon-ebs` ⚪ was cancelled at step **Connect SSH**');
  });

  it('says an image was reused, and links the run that built it', () => {
    const reused = build({
      outcome: 'reused',
      amis: {},
      steps: [],
      reusedFrom: {
        amiId: 'ami-0aaa1111bbbb2222c',
        buildId: 'b-old',
        runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/41'
      }
    });
    const body = renderComment(report({ builds: [reused] }));

    expect(rowOf(body, 'amazon-ebs')).toContain('| ♻️ reused | us-east-1 → [`ami-0aaa1111bbbb2222c`](');
    expect(body).toContain(
      '♻️ `amazon-ebs` reused [`ami-0aaa1111bbbb2222c`](https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#ImageDetails:imageId=ami-0aaa1111bbbb2222c), built by [an earlier run](https://github.com/octo-org/octo-repo/actions/runs/41) (build id `b-old`), instead of building it again.'
    );
  });

  it('counts a mix of builds in the headline, one row each', () => {
    const body = renderComment(report({ builds: [build({ name: 'web' }), failed({ name: 'db' })] }));

    expect(body).toContain('### ❌ 1 of 2 builds failed');
    expect(rowOf(body, 'web')).toContain('✅ built');
    expect(rowOf(body, 'db')).toContain('❌ failed');
  });

  it('keeps pipes and backticks in names from breaking the table or the code span', () => {
    const body = renderComment(
      report({
        builds: [failed({ name: 'web|prod', amiName: 'web `v1` | x', error: 'bad | `thing` *now*' })]
      })
    );
    const row = body.split('\n').find(line => line.includes('web\\|prod'))!;

    expect(row.startsWith('| `web\\|prod` | ❌ failed |')).toBe(true);
    expect(row).toContain('| ``web `v1` \\| x`` |');
    // Unescaped pipes are exactly the cell borders: 7 cells, 8 borders.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(8);
    expect(body).toContain('**Error:** bad \\| \\`thing\\` \\*now\\*');
  });

  it('neutralises HTML in user text, so no name can hide the comment or forge a marker', () => {
    const body = renderComment(
      report({ builds: [failed({ error: '<!-- build-ami:other.json --> <b>x</b>' })] })
    );

    expect(body).toContain('**Error:** &lt;\\!-- build-ami:other.json --&gt; &lt;b&gt;x&lt;/b&gt;');
    expect(body.match(/<!--/g)).toHaveLength(1);
  });

  it('fences output that itself contains a code fence with a longer fence', () => {
    const body = renderComment(report({ builds: [failed({ lastOutput: ['```', 'inside'] })] }));

    expect(body).toContain('````text\n```\ninside\n````');
  });

  it('stays under the size GitHub accepts, leaving out output first', () => {
    const huge = Array.from({ length: 30 }, () => 'x'.repeat(400));
    const builds = Array.from({ length: 8 }, (_, i) => failed({ name: `b${i}`, lastOutput: huge }));
    const body = renderComment(report({ builds }));

    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toContain('_Output left out to fit in a comment: see the job summary._');
    expect(body).toContain('#### `b7` ❌ failed at step **Provision**');
  });
});

describe('the comment marker', () => {
  it.each([
    ['templates/web.pkr.json', '<!-- build-ami:templates/web.pkr.json -->'],
    ['a--b.json', '<!-- build-ami:a%2D-b.json -->'],
    ['x-->y.json', '<!-- build-ami:x%2D-%3Ey.json -->'],
    ['my template.json', '<!-- build-ami:my%20template.json -->']
  ])('keeps %s inside one HTML comment', (path, marker) => {
    expect(commentMarker(path)).toBe(marker);
  });
});

describe('the job summary', () => {
  it('has the same table as the comment, without the marker', () => {
    const summary = renderSummary(report());

    expect(summary.startsWith('## ✅ Image ready: `packer/web.json`')).toBe(true);
    expect(summary).not.toContain('<!--');
    expect(rowOf(summary, 'amazon-ebs')).toBe(rowOf(renderComment(report()), 'amazon-ebs'));
  });

  it('draws a timeline row per step: start offset, duration and a bar on the build scale', () => {
    const summary = renderSummary(report());

    expect(summary).toContain('### Timeline: `amazon-ebs`');
    expect(summary).toContain('| Step | Starts at | Took | Timeline |');
    expect(summary).toContain('| Find source image | +0.0s | 1.0s | `█░░░░░░░░░░░░░░░░░░░░░░░` |');
    expect(summary).toContain('| Launch instance | +1.0s | 59s | `██████░░░░░░░░░░░░░░░░░░` |');
    expect(summary).toContain('| Provision | +1m 00s | 2m 00s | `░░░░░░███████████░░░░░░░` |');
    expect(summary).toContain('| Create image | +3m 00s | 1m 12s | `░░░░░░░░░░░░░░░░░███████` |');
  });

  it('marks the failed step in the timeline and explains the failure', () => {
    const summary = renderSummary(report({ builds: [failed()], outputs: { 'build-id': 'b-7f3a' } }));

    expect(summary).toMatch(/\| ❌ Provision \| \+1m 00s \| 35s \| `░+█+` \|/);
    expect(summary).toContain('#### `amazon-ebs` ❌ failed at step **Provision**');
    expect(summary).toContain('**Cleaned up:** instance i-0abc');
  });

  it('counts the EC2 calls', () => {
    expect(renderSummary(report())).toContain('EC2 API calls: **41**');
    expect(renderSummary(report({ ec2Calls: undefined }))).not.toContain('EC2 API calls');
  });

  it('lists the outputs and shows a deploy job reading ami-id through needs', () => {
    const summary = renderSummary(report({ jobId: 'bake', stepId: 'image' }));

    expect(summary).toContain(
      [
        '| Output | Value |',
        '|---|---|',
        '| `ami-id` | `ami-0123456789abcdef0` |',
        '| `region` | `us-east-1` |',
        '| `build-id` | `b-7f3a` |'
      ].join('\n')
    );
    expect(summary).toContain('      ami-id: ${{ steps.image.outputs.ami-id }}');
    expect(summary).toContain('    needs: bake');
    expect(summary).toContain('./deploy.sh "${{ needs.bake.outputs.ami-id }}"');
  });

  it('uses placeholders for a step id GitHub made up', () => {
    const summary = renderSummary(report({ jobId: 'build', stepId: '__octo-org_build-ami' }));

    expect(summary).toContain('${{ steps.ami.outputs.ami-id }}');
    expect(summary).toContain('needs.build.outputs.ami-id');
  });

  it('shows no deploy snippet when no image was made', () => {
    const summary = renderSummary(
      report({ builds: [failed()], outputs: { 'build-id': 'b-7f3a', 'ami-id': '' } })
    );

    expect(summary).toContain('| `build-id` | `b-7f3a` |');
    expect(summary).not.toContain('needs.');
  });
});

describe('markdown text helpers', () => {
  it.each([
    [870, '0.9s'],
    [42_000, '42s'],
    [245_000, '4m 05s'],
    [3_720_000, '1h 02m']
  ])('formats %i ms as %s', (ms, shown) => {
    expect(duration(ms)).toBe(shown);
  });

  it('escapes markdown and HTML in plain text, on one line', () => {
    expect(text('a_b *c* [d](e) <f> & #1\nnext')).toBe('a\\_b \\*c\\* \\[d\\](e) &lt;f&gt; &amp; \\#1 next');
  });

  it('fences a code span with more backticks than it contains', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a ``b`` c')).toBe('```a ``b`` c```');
    expect(code('`edge`')).toBe('`` `edge` ``');
  });

  it('escapes every pipe inside table cells once', () => {
    expect(table(['a'], [['x|y']])).toBe('| a |\n|---|\n| x\\|y |');
  });

  it('opens a code block with a fence longer than any backtick run inside', () => {
    expect(codeBlock(['`````'])).toBe('``````text\n`````\n``````');
  });

  it.each([
    [0, 10, 100, '█░░░░░░░░░'],
    [50, 50, 100, '░░░░░█████'],
    [99, 0, 100, '░░░░░░░░░█']
  ])('draws a step at %i for %i of %i as %s', (offset, length, total, drawn) => {
    expect(bar(offset, length, total, 10)).toBe(drawn);
  });
});

describe('a docker build beside an AMI', () => {
  const dockerBuild = (docker: BuildLine['docker']) =>
    build({ name: 'app', region: '', amis: {}, amiName: '', sourceAmi: undefined, docker });

  it('shows the committed image (short id) and the image it started from, in the comment and the summary', () => {
    const r = report({
      builds: [build(), dockerBuild({ imageId: `sha256:${'9f2c'.repeat(16)}`, sourceImage: 'ubuntu:22.04' })]
    });
    for (const markdown of [renderComment(r), renderSummary(r)]) {
      const row = rowOf(markdown, 'app')!;
      expect(row).toContain('🐳 image `9f2c9f2c9f2c`');
      expect(row).toContain('`ubuntu:22.04`');
      expect(rowOf(markdown, 'amazon-ebs')).toContain('ami-0123456789abcdef0');
    }
  });

  it('shows an exported tar by its path', () => {
    const row = rowOf(
      renderComment(report({ builds: [dockerBuild({ file: 'out/app.tar', sourceImage: 'debian' })] })),
      'app'
    );
    expect(row).toContain('🐳 file `out/app.tar`');
  });
});
