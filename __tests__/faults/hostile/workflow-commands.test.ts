// The instance cannot issue workflow commands: whatever its provisioners print, on stdout or
// stderr, with or without indentation, in the modern `::cmd::` or the legacy `##[cmd]` form,
// reaches the log as text. The outputs, the saved state, the annotations and the masks are the
// action's own, our own annotations still appear, and so it stays with builds in parallel.
import { jest } from '@jest/globals';
import { parseWorkflowCommands } from '../../../world/runner/harness.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite, type BuildRun } from '../fault-world.js';

jest.setTimeout(180_000);

const ctx = faultSuite();

/** What a hostile source image or package prints while it is provisioned. */
const FORGED = [
  '::set-output name=ami-id::ami-evil',
  '::add-mask::web',
  '::add-mask::ami',
  '::save-state name=journal::[]',
  '::save-state name=build-id::nothing-to-clean',
  '  ::error::forged error',
  '\t::warning::forged warning',
  '::notice::forged notice',
  '::group::forged group',
  '::endgroup::',
  '::echo::on',
  '##[error]forged legacy error',
  'progress ##[add-mask]web',
  '##[set-output name=ami-id;]ami-evil',
  '::stop-commands::x',
  '::warning::after stop-commands'
];

/** A shell provisioner printing every forged line on stdout, then on stderr. */
function hostileProvisioner() {
  const printf = (line: string) => `printf '%s\\n' '${line.replaceAll("'", "'\\''")}'`;
  return {
    type: 'shell',
    inline: [...FORGED.map(printf), ...FORGED.map(line => `${printf(line)} >&2`)]
  };
}

/** Every forged line, in the log as a person reads it (the zero-width space is invisible). */
function expectForgedLinesShown(run: BuildRun, prefix = ''): void {
  const visible = parseWorkflowCommands(run.main.log).visible.map(line => line.replaceAll('\u200B', ''));
  for (const line of FORGED) {
    expect(visible.filter(v => v === `${prefix}${line}`)).toHaveLength(2); // stdout and stderr
  }
}

function expectOnlyOurCommands(run: BuildRun, amiIds: string[]): void {
  const log = parseWorkflowCommands(run.main.log);
  const commands = log.commands.map(c => c.command);
  for (const forged of ['set-output', 'save-state', 'stop-commands', 'echo'])
    expect(commands).not.toContain(forged);
  expect(log.masks).not.toContain('web');
  expect(log.masks).not.toContain('ami');
  expect(
    log.annotations.filter(a => a.message.includes('forged') || a.message.includes('stop-commands'))
  ).toEqual([]);
  // Our own notice for each image is still an annotation: commands were never stopped.
  for (const id of amiIds) expect(log.notices.some(n => n.includes(id))).toBe(true);
}

test('one build: forged commands from the instance change no output, state, mask or annotation', async () => {
  ctx.world.write({
    'web.json': { builders: [builder('web')], provisioners: [hostileProvisioner()] }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  expect(run.main.outputs['ami-id']).toMatch(/^ami-[0-9a-f]+$/);
  expect(run.main.outputs['ami-id']).not.toBe('ami-evil');
  expect(run.main.state['build-id']).toBe(run.buildId);
  expect(JSON.parse(run.main.state.journal ?? '[]').length).toBeGreaterThan(0);
  expectForgedLinesShown(run);
  expectOnlyOurCommands(run, [run.main.outputs['ami-id']]);
  // No group was opened by the instance: the only groups are the action's steps.
  expect(parseWorkflowCommands(run.main.log).groups.map(g => g.title)).not.toContain('forged group');
  expectNothingLeft(ctx.sim, run);
});

test('two builds in parallel, lines interleaved and prefixed: still text, our notices still appear', async () => {
  ctx.world.write({
    'web.json': {
      builders: [builder('web'), builder('api', { region: 'eu-west-1' })],
      provisioners: [hostileProvisioner()]
    }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  const amis = Object.values(JSON.parse(run.main.outputs.amis) as Record<string, string>);
  expect(amis).toHaveLength(2);
  expectForgedLinesShown(run, 'web: ');
  expectForgedLinesShown(run, 'api: ');
  const notices = parseWorkflowCommands(run.main.log).notices;
  expect(notices.filter(n => /^(web|api): built ami-/.test(n))).toHaveLength(2);
  expectOnlyOurCommands(run, amis);
  expectNothingLeft(ctx.sim, run);
});
