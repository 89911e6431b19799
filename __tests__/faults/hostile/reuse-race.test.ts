// Reuse never hands out an unfinished image. Two runs race on the same inputs: the first is slow
// (encrypt_boot, images that take seconds to become available), the second starts while the
// first's unencrypted intermediate image is already available. Only an image the last step
// tagged complete is reusable, so the second builds its own, and whatever either run's outputs
// name still exists once both have finished (the first deregisters its intermediate, and its
// rollback would remove only what carries its own build id).
import { jest } from '@jest/globals';
import { actionWorld } from '../../helpers/action.js';
import { eventually } from '../../helpers/ec2.js';
import { build, builder, expectExits, faultSuite, type BuildRun } from '../fault-world.js';

jest.setTimeout(240_000);

const ctx = faultSuite();

const FILES = {
  'web.json': {
    builders: [builder('web', { encrypt_boot: true })],
    provisioners: [{ type: 'shell', inline: ['echo provisioned'] }]
  }
};

const amisOf = (run: BuildRun) =>
  Object.values(JSON.parse(run.main.outputs.amis || '{}') as Record<string, string>);
const imageState = (id: string) => ctx.sim.resources().find(r => r.type === 'image' && r.id === id)?.state;

test.each([
  ['the first run succeeds', [] as const],
  ['the first run is cancelled while its encrypted copy is pending', ['SIGINT'] as const]
])(
  'a second run on the same inputs while the first is still encrypting (%s) never names an image that is later deregistered',
  async (_case, signals) => {
    ctx.sim.fault({ timing: { imagePendingMs: 5000 } });
    ctx.world.write(FILES);
    const first = build(ctx, {
      inputs: { template: 'web.json' },
      signals: signals.map(signal => ({
        signal,
        whenLog: /Copying ami-\w+ to us-east-1 as ami-/,
        afterMs: 1500
      }))
    });
    // The first run's own image is available (and tagged with the fingerprint) before it is encrypted.
    const intermediate = await eventually(
      async () =>
        ctx.sim
          .resources()
          .find(r => r.type === 'image' && r.state === 'available' && r.tags['build-ami:fingerprint']),
      120_000
    );
    const other = actionWorld();
    try {
      other.write(FILES);
      const second = await build({ sim: ctx.sim, world: other }, { inputs: { template: 'web.json' } });
      const firstRun = await first;
      expectExits(second, 0);
      expect(second.main.outputs.reused).toBe('false');
      expect(amisOf(second)).not.toContain(intermediate.id);
      // Both runs are over: what the second one handed out is still there.
      for (const id of amisOf(second)) expect(imageState(id)).toBe('available');
      for (const id of amisOf(firstRun)) expect(imageState(id)).toBe('available');
      expect(imageState(intermediate.id) ?? 'deregistered').toBe('deregistered');
      if (signals.length) expect(amisOf(firstRun)).toEqual([]);
    } finally {
      await first.catch(() => undefined);
      await other.cleanup();
    }
  }
);

test('a third run reuses only the image a finished build tagged complete', async () => {
  ctx.world.write(FILES);
  const first = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(first, 0);
  const [ami] = amisOf(first);
  expect(ctx.sim.resources().find(r => r.id === ami)?.tags['build-ami:complete']).toBe('true');
  const again = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(again, 0);
  expect(again.main.outputs.reused).toBe('true');
  expect(amisOf(again)).toEqual([ami]);
});
