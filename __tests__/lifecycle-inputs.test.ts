// The inputs of channels, promote and retention: each mistake is named with the input and the rule,
// before any AWS call.
import { readInputs } from '../src/inputs.js';

const read = (inputs: Record<string, string>) => readInputs(name => inputs[name] ?? '');

test('a build with a channel, a launch template and retention', () => {
  const inputs = read({
    template: 'web.json',
    channel: '/images/web/prod\n/images/web/canary',
    'launch-template': 'web',
    keep: '5',
    'keep-days': '30',
    'retention-dry-run': 'true'
  });
  expect(inputs).toMatchObject({
    mode: 'build',
    channels: ['/images/web/prod', '/images/web/canary'],
    launchTemplate: 'web',
    promoteTo: { kind: 'previous' },
    retention: { keep: 5, keepDays: 30, dryRun: true, deprecate: false }
  });
});

test.each([
  ['previous', { kind: 'previous' }],
  ['', { kind: 'previous' }],
  ['ami-0123456789abcdef0', { kind: 'ami', amiId: 'ami-0123456789abcdef0' }],
  ['FFAC537', { kind: 'commit', sha: 'ffac537' }]
])('promote-to %j', (value, target) => {
  expect(read({ mode: 'promote', channel: '/images/web/prod', 'promote-to': value }).promoteTo).toEqual(
    target
  );
});

test('keep-days alone keeps the newest build too', () => {
  expect(read({ template: 'web.json', 'keep-days': '7' }).retention).toMatchObject({ keep: 1, keepDays: 7 });
});

test.each([
  [
    { mode: 'deploy', template: 'web.json' },
    /^input mode:1:1: mode: expected build or promote, found "deploy"$/
  ],
  [
    { template: 'web.json', channel: 'images/web/prod' },
    /input channel:1:1: channel: "images\/web\/prod" is not a Parameter Store name/
  ],
  [{ template: 'web.json', channel: '/aws/service/x' }, /is not a Parameter Store name/],
  [{ template: 'web.json', 'launch-template': 'web' }, /launch-template: needs a channel/],
  [{ template: 'web.json', keep: '0' }, /keep: expected a whole number greater than 0, found "0"/],
  [{ template: 'web.json', keep: '2.5' }, /keep: expected a whole number/],
  [{ template: 'web.json', 'keep-days': 'week' }, /keep-days: expected a number greater than 0/],
  [{ template: 'web.json', 'retention-dry-run': 'true' }, /retention-dry-run: needs keep or keep-days/],
  [{ template: 'web.json', 'promote-to': 'previous' }, /promote-to: only with mode: promote/],
  [{ template: 'web.json', regions: 'us-east-1' }, /regions: only with mode: promote/],
  [{ mode: 'promote' }, /channel: required with mode: promote/],
  [{ mode: 'promote', channel: '/images/web/prod', keep: '2' }, /keep: retention runs after a build/],
  [
    { mode: 'promote', channel: '/images/web/prod', 'promote-to': 'v1.2' },
    /promote-to: expected previous, an AMI id/
  ],
  [
    { mode: 'promote', channel: '/images/web/prod', regions: 'mars-1' },
    /regions: "mars-1" is not a region name/
  ],
  [{ channel: '/images/web/prod' }, /input template:1:1: template: required/]
])('%j is refused', (inputs, message) => {
  expect(() => read(inputs)).toThrow(message);
});

test('promote needs no template', () => {
  expect(read({ mode: 'promote', channel: '/images/web/prod' }).template).toBe('');
});
