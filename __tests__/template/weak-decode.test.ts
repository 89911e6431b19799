// Options decode weakly, as Packer's mapstructure WeakDecode does: real templates rely on it.
import type { AmazonEbsConfig, ShellProvisioner } from '../../src/template/types.js';
import { loadFixture, tempDirs, templateText } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

function builderWith(
  options: Record<string, string>,
  sections: Record<string, string> = {}
): AmazonEbsConfig {
  const withVariables = { variables: '{"empty": "", "port": "2222", "flag": "true"}', ...sections };
  const text = templateText(options, withVariables);
  return loadFixture(makeDir, { files: { 'packer/web.pkr.json': text } }).builds.map(ebs)[0]!;
}

const ssh = (config: AmazonEbsConfig) =>
  config.communicator.type === 'ssh' ? config.communicator : undefined;

describe('weak decoding of builder options', () => {
  it.each<[string, Record<string, string>, (config: AmazonEbsConfig) => unknown, unknown]>([
    ['a number given as a string', { ssh_port: '"2200"' }, c => ssh(c)?.port, 2200],
    ['a number in Go hex notation', { ssh_port: '"0x16"' }, c => ssh(c)?.port, 22],
    ['a number in Go octal notation', { ssh_port: '"026"' }, c => ssh(c)?.port, 22],
    ['a number in Go binary notation with underscores', { ssh_port: '"0b1_0110"' }, c => ssh(c)?.port, 22],
    ['a number with digit separators', { ssh_port: '"2_222"' }, c => ssh(c)?.port, 2222],
    ['a number from a variable', { ssh_port: '"{{user `port`}}"' }, c => ssh(c)?.port, 2222],
    [
      'a boolean given as "true"',
      { associate_public_ip_address: '"true"' },
      c => c.associatePublicIpAddress,
      true
    ],
    [
      'a boolean given as "False"',
      { associate_public_ip_address: '"False"' },
      c => c.associatePublicIpAddress,
      false
    ],
    ['a boolean given as "1"', { ebs_optimized: '"1"' }, c => c.ebsOptimized, true],
    ['a boolean given as a number', { ssh_pty: '1' }, c => ssh(c)?.pty, true],
    ['a boolean from a variable', { force_deregister: '"{{user `flag`}}"' }, c => c.forceDeregister, true],
    [
      'an empty string as unset',
      { associate_public_ip_address: '""' },
      c => c.associatePublicIpAddress,
      undefined
    ],
    ['null as unset', { subnet_id: 'null' }, c => c.subnetId, undefined],
    ['an empty variable as unset', { subnet_id: '"{{user `empty`}}"' }, c => c.subnetId, undefined],
    ['a string given as a number', { iam_instance_profile: '42' }, c => c.iamInstanceProfile, '42'],
    ['a string given as a boolean', { availability_zone: 'true' }, c => c.availabilityZone, '1'],
    [
      'a single string where a list is expected',
      { ami_regions: '"us-west-2"' },
      c => c.amiRegions,
      ['us-west-2']
    ],
    ['a single empty string as an empty list', { ami_users: '"{{user `empty`}}"' }, c => c.amiUsers, []],
    [
      'a number where a list of strings is expected',
      { ami_users: '123456789012' },
      c => c.amiUsers,
      ['123456789012']
    ],
    [
      'a list of maps merged into a map',
      { tags: '[{"a": "1", "b": "2"}, {"b": "3"}]' },
      c => Object.fromEntries(Object.entries(c.tags).map(([k, v]) => [k, v.render()])),
      { a: '1', b: '3' }
    ],
    ['a tag value given as a number', { tags: '{"Port": 22}' }, c => c.tags.Port!.render(), '22'],
    [
      'a single block where a list is expected',
      { launch_block_device_mappings: '{"device_name": "/dev/sda1", "volume_size": "30"}' },
      c => c.launchBlockDeviceMappings,
      [{ deviceName: '/dev/sda1', volumeSize: 30, deleteOnTermination: false, noDevice: false }]
    ],
    [
      'a block given as a list of one',
      { metadata_options: '[{"http_tokens": "optional"}]' },
      c => c.metadataOptions.httpTokens,
      'optional'
    ],
    ['a Go duration', { ssh_timeout: '"1h2m3s"' }, c => ssh(c)?.timeoutMs, 3_723_000],
    [
      'a duration with a fraction',
      { pause_before_connecting: '"1.5m"' },
      c => ssh(c)?.pauseBeforeConnectingMs,
      90_000
    ],
    ['the old name of ssh_timeout', { ssh_wait_timeout: '"90s"' }, c => ssh(c)?.timeoutMs, 90_000],
    [
      'a source AMI filter with most_recent as a string and one owner',
      {
        source_ami: undefined as unknown as string,
        source_ami_filter:
          '{"filters": {"name": "debian-*"}, "owners": "136693071363", "most_recent": "true"}'
      },
      c => c.sourceAmiFilter,
      { filters: { name: 'debian-*' }, owners: ['136693071363'], mostRecent: true, includeDeprecated: false }
    ]
  ])('accepts %s', (_name, options, pick, expected) => {
    expect(pick(builderWith(options))).toEqual(expected);
  });
});

describe('weak decoding of provisioner options', () => {
  it('accepts a single inline command, exit codes as strings and durations as strings', () => {
    const text = templateText(
      {},
      {
        provisioners:
          '[{"type": "shell", "inline": "echo hi", "valid_exit_codes": ["0", 2300218], "expect_disconnect": "true", ' +
          '"pause_after": "30s", "start_retry_timeout": "10m", "max_retries": "3", "env": [{"A": "1"}, {"B": 2}]}]'
      }
    );
    const shell = loadFixture(makeDir, { files: { 'packer/web.pkr.json': text } }).builds[0]!
      .provisioners[0] as ShellProvisioner;
    expect(shell.inline!.map(command => command.render())).toEqual(['echo hi']);
    expect(shell).toMatchObject({
      validExitCodes: [0, 2300218],
      expectDisconnect: true,
      pauseAfterMs: 30_000,
      startRetryTimeoutMs: 600_000,
      maxRetries: 3
    });
    expect(Object.fromEntries(Object.entries(shell.env).map(([k, v]) => [k, v.render()]))).toEqual({
      A: '1',
      B: '2'
    });
  });
});
