// Several builders: selection like `packer build -only/-except`, provisioners filtered and overridden per
// builder, post-processors in all three of Packer's forms.
import type { LoadTemplateOptions } from '../../src/template/index.js';
import type { FileProvisioner, LoadedTemplate, ShellProvisioner } from '../../src/template/types.js';
import { loadFixture, tempDirs } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

function builder(name: string): object {
  return {
    type: 'amazon-ebs',
    name,
    region: 'us-east-1',
    source_ami: 'ami-0123456789abcdef0',
    instance_type: 't3.micro',
    ssh_username: 'admin',
    ami_name: `${name}-{{timestamp}}`
  };
}

const TWO_BUILDERS = {
  builders: [builder('web'), builder('worker')],
  provisioners: [
    { type: 'shell', inline: ['echo everyone'] },
    { type: 'shell', inline: ['echo web only'], only: ['web'] },
    { type: 'shell', inline: 'echo not web', except: 'web' },
    {
      type: 'shell',
      inline: ['echo default'],
      pause_before: '10s',
      max_retries: '2',
      timeout: '5m',
      override: { worker: { inline: ['echo overridden for {{build_name}}'], skip_clean: true } }
    }
  ],
  'error-cleanup-provisioner': { type: 'shell-local', inline: ['echo cleanup {{build_name}}'] },
  'post-processors': [
    'manifest',
    { type: 'manifest', name: 'web-manifest', output: 'web.json', only: ['web'] },
    [
      { type: 'shell-local', name: 'first', inline: 'echo first' },
      { type: 'manifest', name: 'second', output: 'chained.json', keep_input_artifact: true }
    ]
  ]
};

function load(options: Partial<LoadTemplateOptions> = {}): LoadedTemplate {
  return loadFixture(makeDir, {
    files: { 'packer/web.pkr.json': JSON.stringify(TWO_BUILDERS, null, 2) },
    options
  });
}

const inlineOf = (provisioner: unknown): string[] =>
  ((provisioner as ShellProvisioner).inline ?? []).map(command => command.render());

describe('builds', () => {
  it('makes one plan per builder, in template order, named by name', () => {
    const loaded = load();
    expect(loaded.builds.map(build => [build.name, ebs(build).amiName])).toEqual([
      ['web', 'web-1704164645'],
      ['worker', 'worker-1704164645']
    ]);
  });

  it('filters provisioners by only and except', () => {
    const [web, worker] = load().builds;
    expect(web!.provisioners.map(inlineOf)).toEqual([['echo everyone'], ['echo web only'], ['echo default']]);
    expect(worker!.provisioners.map(inlineOf)).toEqual([
      ['echo everyone'],
      ['echo not web'],
      ['echo overridden for worker']
    ]);
  });

  it("merges a builder's override over the provisioner's options and keeps the core options", () => {
    const [web, worker] = load().builds;
    const common = { pauseBeforeMs: 10_000, maxRetries: 2, timeoutMs: 300_000 };
    expect(web!.provisioners[2]).toMatchObject({ ...common, skipClean: false });
    expect(worker!.provisioners[2]).toMatchObject({ ...common, skipClean: true });
  });

  it('gives each build its error-cleanup-provisioner', () => {
    const [web, worker] = load().builds;
    expect(web!.errorCleanupProvisioner).toMatchObject({ type: 'shell-local' });
    expect(inlineOf(web!.errorCleanupProvisioner)).toEqual(['echo cleanup web']);
    expect(inlineOf(worker!.errorCleanupProvisioner)).toEqual(['echo cleanup worker']);
  });

  it('reads post-processors as a name, an object or a chain, filtered by only', () => {
    const [web, worker] = load().builds;
    const shape = (chains: LoadedTemplate['builds'][number]['postProcessors']): string[][] =>
      chains.map(chain => chain.map(pp => `${pp.type}:${pp.name}`));
    expect(shape(web!.postProcessors)).toEqual([
      ['manifest:manifest'],
      ['manifest:web-manifest'],
      ['shell-local:first', 'manifest:second']
    ]);
    expect(shape(worker!.postProcessors)).toEqual([
      ['manifest:manifest'],
      ['shell-local:first', 'manifest:second']
    ]);
    expect(web!.postProcessors[2]![1]).toMatchObject({
      keepInputArtifact: true,
      output: expect.stringMatching(/\/chained\.json$/)
    });
  });

  it('selects builders like packer build -only', () => {
    expect(load({ only: ['worker'] }).builds.map(build => build.name)).toEqual(['worker']);
  });

  it('skips builders like packer build -except', () => {
    expect(load({ except: ['worker'] }).builds.map(build => build.name)).toEqual(['web']);
  });

  it('drops a post-processor named in except, and the rest of its chain', () => {
    const [web] = load({ except: ['first'] }).builds;
    expect(web!.postProcessors.map(chain => chain.map(pp => pp.name))).toEqual([
      ['manifest'],
      ['web-manifest']
    ]);
  });
});

describe('file provisioner forms', () => {
  it('uploads sources then source, keeps trailing slashes, downloads to local paths, uploads content', () => {
    const template = {
      builders: [builder('web')],
      provisioners: [
        { type: 'file', sources: ['files/a.txt', 'files/'], source: 'files/b.txt', destination: '/opt/app/' },
        { type: 'file', source: '/var/log/cloud-init.log', destination: 'logs/', direction: 'download' },
        { type: 'file', content: 'hello {{user `who`}}', destination: '/etc/motd' },
        { type: 'file', source: 'build/output.tar', destination: '/tmp/', generated: 'true' }
      ],
      variables: { who: 'world' }
    };
    const dir = makeDir({
      'packer/web.pkr.json': JSON.stringify(template),
      'files/a.txt': 'a',
      'files/b.txt': 'b'
    });
    const loaded = loadFixture(() => dir, { files: {} });
    const [upload, download, content, generated] = loaded.builds[0]!.provisioners as FileProvisioner[];
    expect(upload).toMatchObject({
      direction: 'upload',
      sources: [`${dir}/files/a.txt`, `${dir}/files/`, `${dir}/files/b.txt`],
      destination: '/opt/app/'
    });
    expect(download).toMatchObject({
      direction: 'download',
      sources: ['/var/log/cloud-init.log'],
      destination: `${dir}/logs/`
    });
    expect(content).toMatchObject({ content: 'hello world', sources: [], destination: '/etc/motd' });
    expect(generated).toMatchObject({ generated: true, sources: [`${dir}/build/output.tar`] });
    expect(loaded.files).toEqual([
      `${dir}/files`,
      `${dir}/files/a.txt`,
      `${dir}/files/b.txt`,
      `${dir}/packer/web.pkr.json`
    ]);
  });
});

describe('shell-local', () => {
  it('folds command into inline and defaults the execute_command for Linux', () => {
    const template = {
      builders: [builder('web')],
      provisioners: [{ type: 'shell-local', command: 'echo {{ build `ID` }}', only_on: ['linux', 'darwin'] }],
      'post-processors': [
        {
          type: 'shell-local',
          script: 'scripts/after.sh',
          execute_command: ['bash', '{{.Script}}'],
          env: { A: 'b' }
        }
      ]
    };
    const dir = makeDir({ 'packer/web.pkr.json': JSON.stringify(template), 'scripts/after.sh': 'echo' });
    const build = loadFixture(() => dir, { files: {} }).builds[0]!;
    const local = build.provisioners[0]!;
    expect(local.type).toBe('shell-local');
    if (local.type !== 'shell-local') return;
    expect(local.inline!.map(String)).toEqual(['echo {{ build "ID" }}']);
    expect(local.executeCommand.map(String)).toEqual(['/bin/sh', '-c', '{{ .Vars }} {{ .Script }}']);
    expect(local.onlyOn).toEqual(['linux', 'darwin']);
    const after = build.postProcessors[0]![0]!;
    expect(after).toMatchObject({ type: 'shell-local', scripts: [`${dir}/scripts/after.sh`] });
    if (after.type !== 'shell-local') return;
    expect(after.executeCommand.map(part => part.render({ Script: '/tmp/x.sh' }))).toEqual([
      'bash',
      '/tmp/x.sh'
    ]);
    expect(after.env.A!.render()).toBe('b');
  });
});
