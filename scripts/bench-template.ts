// How long loading a template takes, in-process: a generated 300-line HCL2 template (variables, locals,
// a data source, three sources, a build with a dozen provisioners, a dynamic block, post-processors),
// parsed alone, then
// parsed, evaluated and turned into build plans, against the JSON front end loading a template of the
// same plans. Prints the median and the spread over many runs after a warm-up.
//
//   npm run bench:template            (200 runs)
//   npm run bench:template -- 1000

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAnyTemplate } from '../src/template/load-any.js';
import { parseConfig } from '../src/template/hcl2/syntax/parser.js';
import type { DataSourceHooks } from '../src/template/hcl2/packer/data-sources.js';

const runs = Number(process.argv[2] ?? 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-template-'));

const hooks: DataSourceHooks = {
  types: ['amazon-ami'],
  read: () => ({}),
  resolve: async () => ({
    id: 'ami-0123456789abcdef0',
    name: 'ubuntu',
    creation_date: '',
    owner: '',
    owner_name: '',
    tags: {}
  })
};

function hclTemplate(): string {
  const lines: string[] = [];
  for (let i = 0; i < 20; i++)
    lines.push(
      `variable "v${i}" {`,
      `  type        = string`,
      `  default     = "value-${i}"`,
      `  description = "variable ${i}"`,
      `}`,
      ''
    );
  lines.push(
    'variable "regions" {',
    '  type    = list(string)',
    '  default = ["us-west-2", "eu-west-1"]',
    '}',
    ''
  );
  lines.push(
    'locals {',
    '  stamp = regex_replace(timestamp(), "[- TZ:]", "")',
    '  day   = formatdate("YYYY-MM-DD", timestamp())'
  );
  for (let i = 0; i < 12; i++) lines.push(`  l${i} = upper(join("-", [var.v${i}, local.day, "${i}"]))`);
  lines.push('  tags = merge({ Team = "infra" }, { for k, v in { a = 1, b = 2 } : k => "${v}" })', '}', '');
  lines.push(
    'data "amazon-ami" "base" {',
    '  filters = { name = "ubuntu/*" }',
    '  owners = ["099720109477"]',
    '  most_recent = true',
    '}',
    ''
  );
  for (const name of ['web', 'api', 'worker'])
    lines.push(
      `source "amazon-ebs" "${name}" {`,
      '  region        = "us-east-1"',
      '  source_ami    = data.amazon-ami.base.id',
      '  instance_type = "t3.micro"',
      '  ssh_username  = "ubuntu"',
      `  ami_name      = "${name}-\${local.stamp}"`,
      '  ami_regions   = var.regions',
      '  tags          = merge(local.tags, { Name = "' + name + '", Day = local.day })',
      '  launch_block_device_mappings {',
      '    device_name = "/dev/sda1"',
      '    volume_size = 20',
      '    volume_type = "gp3"',
      '    delete_on_termination = true',
      '  }',
      '}',
      ''
    );
  lines.push(
    'build {',
    '  sources = ["source.amazon-ebs.web", "source.amazon-ebs.api", "source.amazon-ebs.worker"]',
    ''
  );
  for (let i = 0; i < 12; i++)
    lines.push(
      '  provisioner "shell" {',
      `    environment_vars = ["V=\${var.v${i}}", "L=\${local.l${i}}"]`,
      '    inline = [',
      `      "echo step ${i} on \${source.name}",`,
      `      "echo \${build.ID}",`,
      '    ]',
      '  }',
      ''
    );
  lines.push(
    '  dynamic "provisioner" {',
    '    for_each = ["a", "b", "c"]',
    '    labels   = ["shell"]',
    '    content {',
    '      inline = ["echo ${provisioner.value}"]',
    '    }',
    '  }',
    ''
  );
  lines.push('  post-processor "manifest" {', '    output = "manifest.json"', '  }', '}');
  return lines.join('\n') + '\n';
}

async function time(label: string, load: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 20; i++) await load();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await load();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
  console.log(
    `${label.padEnd(44)} median ${at(0.5)} ms   min ${at(0)} ms   p90 ${at(0.9)} ms   (${runs} runs)`
  );
}

const hcl = hclTemplate();
fs.writeFileSync(path.join(dir, 'big.pkr.hcl'), hcl);
const base = { cwd: dir, env: {}, dataSources: hooks, fetchSecret: async () => '' };
const loaded = await loadAnyTemplate({ ...base, path: 'big.pkr.hcl' });
const json = {
  builders: loaded.builds.map(build => ({
    type: 'amazon-ebs',
    name: build.name,
    region: 'us-east-1',
    source_ami: 'ami-0123456789abcdef0',
    instance_type: 't3.micro',
    ssh_username: 'ubuntu',
    ami_name: `${build.name}-{{timestamp}}`,
    ami_regions: ['us-west-2', 'eu-west-1'],
    launch_block_device_mappings: [
      { device_name: '/dev/sda1', volume_size: 20, volume_type: 'gp3', delete_on_termination: true }
    ]
  })),
  provisioners: Array.from({ length: 15 }, (_, i) => ({
    type: 'shell',
    inline: [`echo step ${i}`, 'echo {{ build `ID` }}']
  })),
  'post-processors': [{ type: 'manifest', output: 'manifest.json' }]
};
fs.writeFileSync(path.join(dir, 'big.json'), JSON.stringify(json, null, 2));

console.log(
  `HCL2 template: ${hcl.split('\n').length} lines, ${loaded.builds.length} builds, ${loaded.builds[0]!.provisioners.length} provisioners each`
);
await time('HCL2: parse only', async () => parseConfig(hcl, 'big.pkr.hcl'));
await time('HCL2: parse + evaluate + plan (load)', () => loadAnyTemplate({ ...base, path: 'big.pkr.hcl' }));
await time('JSON: the same plans from a JSON template', () => loadAnyTemplate({ ...base, path: 'big.json' }));
fs.rmSync(dir, { recursive: true, force: true });
