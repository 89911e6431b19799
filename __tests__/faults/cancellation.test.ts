// A run cancelled in every phase of a build, the two ways it happens on a runner: cancelled from
// the UI (the runner's SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that) and killed
// outright (SIGKILL: a lost runner, an OOM kill). Either way the post step runs next, and
// afterwards nothing of the build may remain. On SIGINT the main step must also start no new
// work and begin its teardown at once.
import { jest } from '@jest/globals';
import type { FaultSpec } from '../../world/ec2/faults.js';
import { build, builder, expectNothingLeft, faultSuite, type BuildRun } from './fault-world.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

interface Phase {
  name: string;
  /** The step (log group) the signal must land in. */
  step: string;
  /** The log line that says the phase is under way. */
  whenLog: RegExp;
  /** What holds the build in the phase long enough for the signal to land in it. */
  faults: FaultSpec[];
  /** Provisioners: a long one for the provisioning phase, a quick one otherwise. */
  provisioners?: object[];
}

const quick = [{ type: 'shell', inline: ['echo provisioned'] }];

const PHASES: Phase[] = [
  {
    name: 'finding the source image',
    step: 'Find source image',
    whenLog: /^::group::Find source image/,
    // Every image lookup answers slowly: the step's two (is ami_name free? which source image?)
    // hold it for 3 s.
    faults: [{ action: 'DescribeImages', kind: 'slow', delayMs: 1500, times: 'always' }]
  },
  {
    // The launch step does not wait for the instance to run: its address is known while it is
    // pending, and SSH is dialled at once, so the signal lands while it is still pending (sent on
    // the dialling's first line: the launch step's own last line could race its end).
    name: 'launching (SSH dialled while the instance is pending)',
    step: 'Connect over SSH',
    whenLog: /^Connecting to \w+@[\d.]+:\d+ \(timeout/,
    faults: [{ timing: { instancePendingMs: 3000 } }]
  },
  {
    name: 'waiting for SSH',
    step: 'Connect over SSH',
    whenLog: /^::group::Connect over SSH/,
    faults: [{ timing: { sshBootMs: 3000 } }]
  },
  {
    name: 'provisioning',
    step: 'Provision',
    whenLog: /^provisioning-started/,
    faults: [],
    provisioners: [{ type: 'shell', inline: ['echo provisioning-started', 'sleep 30'] }]
  },
  {
    name: 'stopping the instance',
    step: 'Stop instance',
    whenLog: /^::group::Stop instance/,
    faults: [{ timing: { instanceStoppingMs: 3000 } }]
  },
  {
    name: 'creating the image',
    step: 'Create image',
    whenLog: /^Creating image ami-/,
    faults: [{ timing: { imagePendingMs: 3000 } }]
  },
  {
    name: 'copying the image to another region',
    step: 'Copy image',
    whenLog: /^Copying ami-\w+ to us-west-2/,
    // Copies take as long as images: the home image has to be available first, so the wait
    // caught here is the copy's.
    faults: [{ timing: { imagePendingMs: 3000 } }]
  },
  {
    // Tags go on with the create calls themselves (TagSpecifications); what follows the copies
    // is sharing the image in every region, held here by a slow ModifyImageAttribute.
    name: 'sharing the image (after the copies, before the artifact is recorded)',
    step: 'Share image',
    whenLog: /^::group::Share image/,
    faults: [{ action: 'ModifyImageAttribute', kind: 'slow', delayMs: 3000 }]
  }
];

function template(phase: Phase) {
  return {
    builders: [builder('web', { ami_regions: ['us-west-2'], ami_users: ['210987654321'] })],
    provisioners: phase.provisioners ?? quick
  };
}

/** Calls that make something new: none of them may start after SIGINT. */
const CREATES = ['CreateKeyPair', 'CreateSecurityGroup', 'RunInstances', 'CreateImage', 'CopyImage'];
/** Calls that take something down. */
const REMOVES = [
  'TerminateInstances',
  'DeleteKeyPair',
  'DeleteSecurityGroup',
  'DeregisterImage',
  'DeleteSnapshot',
  'DeleteVolume'
];

/** The step whose group was open when the main step logged `until` (or ended). */
function stepAt(log: string, until?: RegExp): string | undefined {
  let open: string | undefined;
  for (const line of log.split('\n')) {
    if (until?.test(line)) break;
    if (line.startsWith('::group::')) open = line.slice('::group::'.length);
    if (line.startsWith('::endgroup::')) open = undefined;
  }
  return open;
}

async function runPhase(phase: Phase, how: 'cancel' | 'kill'): Promise<BuildRun> {
  for (const fault of phase.faults) ctx.sim.fault(fault);
  ctx.world.write({ 'web.json': template(phase) });
  return build(ctx, {
    inputs: { template: 'web.json' },
    ...(how === 'cancel'
      ? { cancelLikeRunner: { whenLog: phase.whenLog } }
      : { signals: [{ signal: 'SIGKILL' as const, whenLog: phase.whenLog }] })
  });
}

test.each(PHASES)(
  'cancelled while $name (SIGINT as the runner sends it): teardown at once, nothing left',
  async phase => {
    const run = await runPhase(phase, 'cancel');
    expect(run.signalsAt.map(s => s.signal)).toContain('SIGINT');
    const sigint = run.signalsAt.find(s => s.signal === 'SIGINT')!.at;
    expect(run.main.log).toContain('SIGINT received');
    expect(stepAt(run.main.log, /SIGINT received/)).toBe(phase.step);
    expect(run.main.exitCode).not.toBe(0);
    // The main step cleaned up by itself, before the runner lost patience (SIGTERM after 7.5 s).
    expect(run.signalsAt.map(s => s.signal)).toEqual(['SIGINT']);

    // Calls received after the signal (a call already on the wire may land a few ms later).
    const after = ctx.sim.calls.filter(c => Date.parse(c.time) > sigint + 50);
    expect(
      after
        .filter(c => CREATES.includes(c.action))
        .map(c => `${c.action} at +${Date.parse(c.time) - sigint}ms`)
    ).toEqual([]);
    // If the build had made anything, its removal started at once: not after a wait ended (the shortest
    // poll here is seconds long). The bound leaves room for a loaded 2-core CI machine.
    const made = ctx.sim.calls.some(c => CREATES.includes(c.action) && c.outcome === 'ok');
    if (made) {
      const firstRemoval = ctx.sim.calls.find(
        c => REMOVES.includes(c.action) && Date.parse(c.time) >= sigint
      );
      expect(firstRemoval && Date.parse(firstRemoval.time) - sigint).toBeLessThan(2500);
    }
    expect(run.post.exitCode).toBe(0);
    expectNothingLeft(ctx.sim, run);
  }
);

test.each(PHASES)('killed while $name (SIGKILL): the post step removes everything', async phase => {
  const run = await runPhase(phase, 'kill');
  expect(run.main.signal).toBe('SIGKILL');
  expect(stepAt(run.main.log)).toBe(phase.step);
  expect(run.post.exitCode).toBe(0);
  expectNothingLeft(ctx.sim, run);
});
