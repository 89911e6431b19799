// A template written the way Packer's documentation writes them loads into the plan the builder needs.
import path from 'node:path';
import { loadFixture, tempDirs } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

const DOCUMENTED_TEMPLATE = `{
  "_comment": "The web server image.",
  "description": "Web server",
  "min_packer_version": "1.6.0",
  "variables": {
    "aws_region": "us-east-1",
    "app_version": null,
    "ami_prefix": "web-{{user \`app_version\`}}",
    "db_password": "change-me"
  },
  "sensitive-variables": ["db_password"],
  "builders": [
    {
      "type": "amazon-ebs",
      "region": "{{user \`aws_region\`}}",
      "source_ami_filter": {
        "filters": {
          "virtualization-type": "hvm",
          "name": "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*",
          "root-device-type": "ebs"
        },
        "owners": ["099720109477"],
        "most_recent": true
      },
      "instance_type": "t3.micro",
      "ssh_username": "ubuntu",
      "ami_name": "{{user \`ami_prefix\`}}-{{timestamp}}",
      "ami_description": "Web {{user \`app_version\`}} from {{ .SourceAMIName }}",
      "launch_block_device_mappings": [
        { "device_name": "/dev/sda1", "volume_size": 20, "volume_type": "gp3", "delete_on_termination": true }
      ],
      "tags": {
        "Name": "{{user \`ami_prefix\`}}",
        "Base_AMI_Name": "{{ .SourceAMIName }}",
        "OS_Version": "{{ .SourceAMITags.os_version }}"
      },
      "run_tags": { "Builder": "build-ami {{ packer_version }}" }
    }
  ],
  "provisioners": [
    { "type": "shell", "inline": ["sudo apt-get update", "echo built on {{ build \`ID\` }}"] },
    { "type": "file", "source": "files/app.conf", "destination": "/tmp/app.conf" },
    {
      "type": "shell",
      "script": "scripts/setup.sh",
      "environment_vars": ["APP_VERSION={{user \`app_version\`}}", "DB_PASSWORD={{user \`db_password\`}}"],
      "execute_command": "sudo -E sh -c '{{ .Vars }} {{ .Path }}'"
    }
  ],
  "post-processors": [
    {
      "type": "manifest",
      "output": "manifest.json",
      "strip_path": true,
      "custom_data": { "version": "{{user \`app_version\`}}" }
    }
  ]
}
`;

describe('loading a documented-style template', () => {
  const dir = makeDir({
    'packer/web.pkr.json': DOCUMENTED_TEMPLATE,
    'packer/prod.json': '{ "aws_region": "eu-west-1", "db_password": "s3cret" }',
    'files/app.conf': 'listen 80\n',
    'scripts/setup.sh': '#!/bin/sh\necho setup\n'
  });
  const loaded = loadFixture(() => dir, {
    files: {},
    options: { varFiles: ['packer/prod.json'], vars: ['app_version=1.4.2'] }
  });
  const at = (relative: string): string => path.join(dir, relative);

  it('produces the expected plan', () => {
    expect(JSON.parse(JSON.stringify(loaded))).toEqual({
      templatePath: at('packer/web.pkr.json'),
      description: 'Web server',
      builds: [
        {
          name: 'amazon-ebs',
          type: 'amazon-ebs',
          builder: {
            type: 'amazon-ebs',
            region: 'eu-west-1',
            credentials: {},
            skipRegionValidation: false,
            skipCredentialValidation: false,
            skipMetadataApiCheck: false,
            polling: {},
            sourceAmiFilter: {
              filters: {
                'virtualization-type': 'hvm',
                name: 'ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*',
                'root-device-type': 'ebs'
              },
              owners: ['099720109477'],
              mostRecent: true,
              includeDeprecated: false
            },
            instanceType: 't3.micro',
            securityGroupIds: [],
            temporarySecurityGroupSourceCidrs: [],
            temporarySecurityGroupSourcePublicIp: false,
            metadataOptions: {
              httpEndpoint: 'enabled',
              httpTokens: 'required',
              httpPutResponseHopLimit: 1,
              instanceMetadataTags: 'disabled'
            },
            shutdownBehavior: 'stop',
            launchBlockDeviceMappings: [
              {
                deviceName: '/dev/sda1',
                deleteOnTermination: true,
                noDevice: false,
                volumeSize: 20,
                volumeType: 'gp3'
              }
            ],
            runTags: { Builder: 'build-ami 1.11.0' },
            runVolumeTags: {},
            ebsOptimized: false,
            enableUnlimitedCredits: false,
            disableStopInstance: false,
            skipProfileValidation: false,
            sshClearAuthorizedKeys: false,
            sriovSupport: false,
            amiOrgArns: [],
            amiOuArns: [],
            amiProductCodes: [],
            deregistrationProtection: { enabled: false, withCooldown: false },
            communicator: {
              type: 'ssh',
              username: 'ubuntu',
              port: 22,
              timeoutMs: 300_000,
              connection: { agentAuth: false, keepAliveIntervalMs: 5000 },
              handshakeAttempts: 10,
              pty: false,
              keyPair: {
                kind: 'temporary',
                name: 'packer_0a1b2c3d-0000-4000-8000-000000000001',
                type: 'ed25519'
              },
              pauseBeforeConnectingMs: 0,
              pauseBeforeSsmMs: 0
            },
            amiName: 'web-1.4.2-1704164645',
            amiDescription: 'Web 1.4.2 from {{ .SourceAMIName }}',
            amiBlockDeviceMappings: [],
            amiRegions: [],
            amiUsers: [],
            amiGroups: [],
            snapshotUsers: [],
            snapshotGroups: [],
            tags: {
              Name: 'web-1.4.2',
              Base_AMI_Name: '{{ .SourceAMIName }}',
              OS_Version: '{{ .SourceAMITags.os_version }}'
            },
            snapshotTags: {},
            forceDeregister: false,
            forceDeleteSnapshot: false,
            regionKmsKeyIds: {},
            skipCreateAmi: false
          },
          provisioners: [
            {
              type: 'shell',
              pauseBeforeMs: 0,
              maxRetries: 0,
              inline: ['sudo apt-get update', 'echo built on {{ build "ID" }}'],
              scripts: [],
              environmentVars: [],
              env: {},
              executeCommand: 'chmod +x {{ .Path }}; {{ .Vars }} {{ .Path }}',
              inlineShebang: '/bin/sh -e',
              remoteFolder: '/tmp',
              remoteFile: 'script_1234.sh',
              remotePath: '/tmp/script_1234.sh',
              expectDisconnect: false,
              validExitCodes: [0],
              skipClean: false,
              startRetryTimeoutMs: 300_000,
              pauseAfterMs: 0,
              binary: false
            },
            {
              type: 'file',
              pauseBeforeMs: 0,
              maxRetries: 0,
              direction: 'upload',
              sources: [at('files/app.conf')],
              destination: '/tmp/app.conf',
              generated: false
            },
            {
              type: 'shell',
              pauseBeforeMs: 0,
              maxRetries: 0,
              scripts: [at('scripts/setup.sh')],
              environmentVars: ['APP_VERSION=1.4.2', 'DB_PASSWORD=s3cret'],
              env: {},
              executeCommand: "sudo -E sh -c '{{ .Vars }} {{ .Path }}'",
              inlineShebang: '/bin/sh -e',
              remoteFolder: '/tmp',
              remoteFile: 'script_1234.sh',
              remotePath: '/tmp/script_1234.sh',
              expectDisconnect: false,
              validExitCodes: [0],
              skipClean: false,
              startRetryTimeoutMs: 300_000,
              pauseAfterMs: 0,
              binary: false
            }
          ],
          postProcessors: [
            [
              {
                type: 'manifest',
                name: 'manifest',
                output: at('manifest.json'),
                stripPath: true,
                stripTime: false,
                customData: { version: '1.4.2' }
              }
            ]
          ]
        }
      ],
      variables: {
        aws_region: 'eu-west-1',
        app_version: '1.4.2',
        ami_prefix: 'web-1.4.2',
        db_password: 's3cret'
      },
      sensitiveVariables: ['db_password'],
      // Every value a sensitive variable took, in the order each became known: the default is
      // registered as soon as it is read, before the var-file overrides it.
      sensitiveValues: ['change-me', 's3cret'],
      files: [
        at('files/app.conf'),
        at('packer/prod.json'),
        at('packer/web.pkr.json'),
        at('scripts/setup.sh')
      ],
      templateFiles: [at('packer/prod.json'), at('packer/web.pkr.json')],
      planIdentities: { 'amazon-ebs': expect.any(String) }
    });
  });

  it('identifies the build by its plan for a fixed instant, with secrets masked and paths relative', () => {
    const identity = loaded.planIdentities['amazon-ebs']!;
    expect(identity).toContain('"amiName":"web-1.4.2-0"');
    expect(identity).toContain('"sources":["./files/app.conf"]');
    expect(identity).toContain('DB_PASSWORD=***');
    expect(identity).not.toContain('s3cret');
    expect(identity).not.toContain(dir);
  });

  it('leaves build data for the builder to render once the source image is known', () => {
    const { provisioners } = loaded.builds[0]!;
    const builder = ebs(loaded.builds[0]!);
    const source = { SourceAMIName: 'ubuntu-jammy-22.04-20240101', SourceAMITags: { os_version: '22.04' } };
    expect(builder.amiDescription.render(source)).toBe('Web 1.4.2 from ubuntu-jammy-22.04-20240101');
    expect(builder.tags.Base_AMI_Name!.render(source)).toBe('ubuntu-jammy-22.04-20240101');
    expect(builder.tags.OS_Version!.render(source)).toBe('22.04');
    expect(builder.tags.Name!.isStatic).toBe(true);
    const inline = provisioners[0]!.type === 'shell' ? provisioners[0]!.inline : undefined;
    expect(inline?.[1]!.render({ ID: 'i-0abc' })).toBe('echo built on i-0abc');
    const command = provisioners[2]!.type === 'shell' ? provisioners[2]!.executeCommand : undefined;
    expect(command?.render({ Vars: "A='1' ", Path: '/tmp/script_1234.sh' })).toBe(
      "sudo -E sh -c 'A='1'  /tmp/script_1234.sh'"
    );
  });

  it('is frozen all the way down', () => {
    const builder = loaded.builds.map(ebs)[0]!;
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded.builds)).toBe(true);
    expect(Object.isFrozen(builder)).toBe(true);
    expect(Object.isFrozen(builder.sourceAmiFilter!.owners)).toBe(true);
    expect(Object.isFrozen(builder.tags)).toBe(true);
    expect(Object.isFrozen(builder.tags.Name)).toBe(true);
    expect(Object.isFrozen(loaded.builds[0]!.provisioners[1])).toBe(true);
    expect(() => {
      (builder as { amiName: string }).amiName = 'changed';
    }).toThrow(TypeError);
  });
});
