// amazon-ebs options: defaults, key pairs, secrets, local paths and the rules Packer checks before a build.
import type { AmazonEbsConfig } from '../../src/template/types.js';
import { UNSUPPORTED_AMAZON_EBS_OPTIONS } from '../../src/template/schema/amazon-ebs-options.js';
import { FAKE_KEY, loadError, loadFixture, tempDirs, templateText } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

function load(options: Record<string, string | undefined>, files: Record<string, string> = {}) {
  return loadFixture(makeDir, { files: { 'packer/web.pkr.json': templateText(options), ...files } });
}

function builder(
  options: Record<string, string | undefined>,
  files: Record<string, string> = {}
): AmazonEbsConfig {
  return load(options, files).builds.map(ebs)[0]!;
}

describe('amazon-ebs defaults', () => {
  it('are Packer defaults, except IMDSv2, ed25519 temporary keys and no CIDR (the runner address) for SSH', () => {
    const config = builder({});
    expect(config).toMatchObject({
      sourceAmi: 'ami-0123456789abcdef0',
      shutdownBehavior: 'stop',
      temporarySecurityGroupSourceCidrs: [],
      temporarySecurityGroupSourcePublicIp: false,
      metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
      communicator: {
        type: 'ssh',
        port: 22,
        timeoutMs: 300_000,
        handshakeAttempts: 10,
        keyPair: { kind: 'temporary', type: 'ed25519', name: 'packer_0a1b2c3d-0000-4000-8000-000000000001' }
      }
    });
    expect(config.amiDescription.render()).toBe('');
    expect(config.sourceAmiFilter).toBeUndefined();
  });
});

describe('amazon-ebs key pairs', () => {
  it.each<[string, Record<string, string>, unknown]>([
    [
      'a named temporary RSA key pair',
      {
        temporary_key_pair_name: '"build-{{uuid}}"',
        temporary_key_pair_type: '"rsa"',
        temporary_key_pair_bits: '4096'
      },
      { kind: 'temporary', name: 'build-0a1b2c3d-0000-4000-8000-000000000001', type: 'rsa', rsaBits: 4096 }
    ],
    [
      'an existing key pair with its private key file',
      { ssh_keypair_name: '"deploy"', ssh_private_key_file: '"keys/deploy.pem"' },
      {
        kind: 'private-key-file',
        keyPairName: 'deploy',
        privateKeyFile: expect.stringMatching(/\/keys\/deploy\.pem$/)
      }
    ],
    [
      'a private key file alone (a key baked into the image)',
      { ssh_private_key_file: '"keys/deploy.pem"' },
      { kind: 'private-key-file', privateKeyFile: expect.stringMatching(/\/keys\/deploy\.pem$/) }
    ],
    ['a password only', { ssh_password: '"hunter2"' }, { kind: 'none' }]
  ])('uses %s', (_name, options, keyPair) => {
    const config = builder(options, { 'keys/deploy.pem': FAKE_KEY });
    expect(config.communicator.type === 'ssh' && config.communicator.keyPair).toEqual(keyPair);
  });

  it('needs no SSH settings with the none communicator', () => {
    expect(builder({ communicator: '"none"', ssh_username: undefined }).communicator).toEqual({
      type: 'none'
    });
  });
});

describe('amazon-ebs secrets and files', () => {
  it('lists credentials and the SSH password for masking', () => {
    const loaded = load({
      access_key: '"AKIAEXAMPLE"',
      secret_key: '"wJalrXUtnFEMI"',
      token: '"FwoGZXIvYXdz"',
      ssh_password: '"hunter2"'
    });
    expect(loaded.sensitiveValues).toEqual(['AKIAEXAMPLE', 'wJalrXUtnFEMI', 'FwoGZXIvYXdz', 'hunter2']);
    expect(loaded.builds.map(ebs)[0]!.credentials).toEqual({
      accessKey: 'AKIAEXAMPLE',
      secretKey: 'wJalrXUtnFEMI',
      token: 'FwoGZXIvYXdz'
    });
  });

  it('reads local paths from the working directory, as Packer does, and {{template_dir}} from the template', () => {
    const loaded = load(
      { user_data_file: '"{{template_dir}}/cloud-init.yaml"', ssh_private_key_file: '"keys/id_ed25519"' },
      { 'packer/cloud-init.yaml': '#cloud-config\n', 'keys/id_ed25519': FAKE_KEY }
    );
    const dir = loaded.templatePath.replace(/\/packer\/web\.pkr\.json$/, '');
    expect(loaded.builds.map(ebs)[0]!.userDataFile).toBe(`${dir}/packer/cloud-init.yaml`);
    expect(loaded.files).toEqual([
      `${dir}/keys/id_ed25519`,
      `${dir}/packer/cloud-init.yaml`,
      `${dir}/packer/web.pkr.json`
    ]);
  });

  it('refuses a relative path that exists only next to the template, naming where it looked', () => {
    const error = loadError(makeDir, {
      files: {
        'packer/web.pkr.json': templateText({ user_data_file: '"cloud-init.yaml"' }),
        'packer/cloud-init.yaml': '#cloud-config\n'
      }
    });
    expect(error.field).toBe('builders[0].user_data_file');
    expect(error.detail).toMatch(
      /^cloud-init\.yaml: no such file or directory \(looked for \/\S+\/cloud-init\.yaml; relative paths are read from the working directory, as in Packer: use \{\{template_dir\}\} for paths next to the template\)$/
    );
    expect(error.detail).not.toContain('/packer/cloud-init.yaml');
  });
});

describe('amazon-ebs image options', () => {
  it('deduplicates ami_regions and leaves out the build region, as Packer does', () => {
    expect(
      builder({ ami_regions: '["us-west-2", "us-east-1", "us-west-2", "eu-west-1"]' }).amiRegions
    ).toEqual(['us-west-2', 'eu-west-1']);
  });

  it('takes security_group_id as a list of one', () => {
    expect(builder({ security_group_id: '"sg-1"' }).securityGroupIds).toEqual(['sg-1']);
  });

  it('takes the runner address instead of 0.0.0.0/0 with temporary_security_group_source_public_ip', () => {
    expect(builder({ temporary_security_group_source_public_ip: 'true' })).toMatchObject({
      temporarySecurityGroupSourceCidrs: [],
      temporarySecurityGroupSourcePublicIp: true
    });
  });

  it('accepts encryption with a KMS key per copied region', () => {
    const config = builder({
      encrypt_boot: 'true',
      kms_key_id: '"alias/build"',
      ami_regions: '["us-west-2"]',
      region_kms_key_ids:
        '{"us-west-2": "arn:aws:kms:us-west-2:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666"}',
      ami_users: '["123456789012"]'
    });
    expect(config).toMatchObject({ encryptBoot: true, kmsKeyId: 'alias/build', amiUsers: ['123456789012'] });
  });

  it('accepts deprecate_at and block devices within Packer limits', () => {
    const config = builder({
      deprecate_at: '"2030-01-31T00:00:00Z"',
      ami_block_device_mappings: '[{"device_name": "/dev/sdb", "no_device": true}]',
      launch_block_device_mappings:
        '[{"device_name": "/dev/xvda", "volume_type": "io2", "volume_size": 10, "iops": 5000, "encrypted": true, "kms_key_id": "alias/x"}]'
    });
    expect(config.deprecateAt).toBe('2030-01-31T00:00:00Z');
    expect(config.amiBlockDeviceMappings[0]).toMatchObject({ deviceName: '/dev/sdb', noDevice: true });
    expect(config.launchBlockDeviceMappings[0]).toMatchObject({
      iops: 5000,
      encrypted: true,
      kmsKeyId: 'alias/x'
    });
  });
});

describe('amazon-ebs rules that are not about one value', () => {
  it.each<[string, Record<string, string | undefined>, string]>([
    [
      'a KMS key without encrypt_boot',
      { kms_key_id: '"alias/x"' },
      'encrypt_boot must be true when kms_key_id or region_kms_key_ids is set'
    ],
    [
      'a copied region without its KMS key',
      {
        encrypt_boot: 'true',
        ami_regions: '["us-west-2", "eu-west-1"]',
        region_kms_key_ids: '{"us-west-2": "alias/x"}'
      },
      'region eu-west-1 is in ami_regions but not in region_kms_key_ids'
    ],
    [
      'sharing an image encrypted with the default key',
      { encrypt_boot: 'true', ami_users: '"123456789012"' },
      'an image encrypted with the default KMS key cannot be shared with other accounts'
    ],
    [
      'an invalid KMS key',
      { encrypt_boot: 'true', kms_key_id: '"not a key"' },
      'not a key is not a valid KMS key id'
    ],
    [
      'io1 IOPS beyond 50 per GiB',
      {
        launch_block_device_mappings:
          '[{"device_name": "/dev/xvda", "volume_type": "io1", "volume_size": 10, "iops": 1000}]'
      },
      'the most IOPS per GiB for io1 volumes is 50:1'
    ],
    [
      'gp3 IOPS out of range',
      { launch_block_device_mappings: '[{"device_name": "/dev/xvda", "volume_type": "gp3", "iops": 100}]' },
      'must be between 3000 and 16000 for gp3 volumes'
    ],
    [
      'a temporary key pair name with a key file',
      { temporary_key_pair_name: '"t"', ssh_private_key_file: '"k"' },
      'a temporary key pair is only made when no ssh_keypair_name, ssh_private_key_file or ssh_agent_auth is given'
    ],
    [
      'key bits for an ed25519 key',
      { temporary_key_pair_bits: '2048' },
      'only applies with "temporary_key_pair_type": "rsa"'
    ],
    [
      'both ssh_timeout and ssh_wait_timeout',
      { ssh_timeout: '"1m"', ssh_wait_timeout: '"2m"' },
      'ssh_wait_timeout is the old name of ssh_timeout; set only ssh_timeout'
    ],
    [
      'access_key without secret_key (Packer wants both or neither)',
      { access_key: '"AKIAEXAMPLE"' },
      'is required when access_key or secret_key is set: give both or neither'
    ]
  ])('refuses %s', (_name, options, detail) => {
    const error = loadError(makeDir, {
      files: { 'packer/web.pkr.json': templateText(options), k: FAKE_KEY }
    });
    expect(error.detail).toBe(detail);
  });
});

describe('amazon-ebs options refused as not supported yet', () => {
  // A refused option must not leave a field in the plan: a reader of the plan would take it for a setting
  // the builder honours.
  const camelCase = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const planKeys = (value: unknown, keys = new Set<string>()): Set<string> => {
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        keys.add(key);
        planKeys(inner, keys);
      }
    }
    return keys;
  };

  it.each([...UNSUPPORTED_AMAZON_EBS_OPTIONS])('%s has no field in the plan', option => {
    const keys = planKeys(builder({}));
    // Communicator fields drop the ssh_ prefix (ssh_username is communicator.username).
    for (const name of new Set([camelCase(option), camelCase(option.replace(/^ssh_/, ''))])) {
      expect(keys).not.toContain(name);
    }
  });

  it.each(['fast_launch', 'license_specifications', 'elastic_ip_allocation_id', 'ssh_certificate_file'])(
    '%s fails the template with "not supported yet"',
    option => {
      const error = loadError(makeDir, {
        files: { 'packer/web.pkr.json': templateText({ [option]: 'true' }) }
      });
      expect({ field: error.field, detail: error.detail }).toEqual({
        field: `builders[0].${option}`,
        detail: `${option} is not supported yet`
      });
    }
  );
});
