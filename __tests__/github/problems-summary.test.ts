// The job summary of a run stopped by mistakes in the template: one row per problem, in the order given.
import { renderProblemsSummary } from '../../src/github/problems-summary.js';

test('lists each problem with where, field and what, one row each', () => {
  const summary = renderProblemsSummary([
    { where: 'packer/web.json:4:18', field: 'builders[0].ssh_port', detail: 'expected a number, got "ssh"' },
    { where: 'variables:1:1', field: '', detail: 'expected name=value' }
  ]);
  expect(summary.split('\n')).toEqual(
    expect.arrayContaining([
      '## ❌ 2 problems in the template',
      '| Where | Field | Problem |',
      '| `packer/web.json:4:18` | `builders[0].ssh_port` | expected a number, got "ssh" |',
      '| `variables:1:1` |  | expected name=value |'
    ])
  );
});

test('a problem whose text looks like markdown stays literal text in its cell', () => {
  const summary = renderProblemsSummary([
    { where: 'web.json:2:3', field: 'builders[0].ami_name', detail: 'must not contain | or <b>*</b>' }
  ]);
  expect(summary).toContain('## ❌ A problem in the template');
  // text() escapes the pipe for markdown, table() once more for the row split: GitHub shows one `|`.
  expect(summary).toContain('must not contain \\\\| or &lt;b&gt;\\*&lt;/b&gt;');
});
