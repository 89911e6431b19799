// Small fixture templates written into temp dirs, and a marker (▶) to say where an error must point.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/errors.js';
import { loadTemplate, type LoadTemplateOptions } from '../../src/template/index.js';
import type { LoadedTemplate } from '../../src/template/types.js';

export const MARKER = '▶';

/** Deterministic stand-ins for everything that varies between runs. */
export const FIXED = {
  clock: () => new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)),
  uuid: () => '0a1b2c3d-0000-4000-8000-000000000001',
  random: () => 0.1234,
  env: { HOME: '/home/runner', GIT_SHA: 'abc123' }
} as const;

/** Temp dirs for this test file, removed after it. */
export function tempDirs(): (files: Readonly<Record<string, string>>) => string {
  const made: string[] = [];
  afterAll(() => made.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));
  return files => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-ami-template-'));
    made.push(dir);
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
  };
}

/** Removes the marker and says where it was (1-based line and column). */
export function locateMarker(text: string): { text: string; line: number; column: number } {
  const index = text.indexOf(MARKER);
  if (index === -1) throw new Error('fixture has no marker');
  const before = text.slice(0, index);
  const lines = before.split('\n');
  return { text: text.replace(MARKER, ''), line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Options for one builder, each `key: raw JSON`, over a valid minimal amazon-ebs builder. */
export const BASE_BUILDER: Readonly<Record<string, string>> = {
  type: '"amazon-ebs"',
  region: '"us-east-1"',
  source_ami: '"ami-0123456789abcdef0"',
  instance_type: '"t3.micro"',
  ssh_username: '"admin"',
  ami_name: '"web-image"'
};

/** A docker builder over BASE_BUILDER with as many option lines, so positions in messages stay put. */
export const DOCKER_BUILDER: Readonly<Record<string, string | undefined>> = {
  type: '"docker"',
  region: undefined,
  source_ami: undefined,
  instance_type: undefined,
  ssh_username: undefined,
  ami_name: undefined,
  image: '"debian:minimal"',
  commit: 'true',
  pull: 'false',
  author: '"ci"',
  message: '"build"'
};

/**
 * A template, one option per line, with `builder` merged over BASE_BUILDER (undefined removes a key) and
 * `sections` (raw JSON per top-level key) added after the builders. A key written with a leading marker
 * gets the marker before its opening quote; `markBuilder` puts one before the builder's `{`.
 */
export function templateText(
  builder: Readonly<Record<string, string | undefined>> = {},
  sections: Readonly<Record<string, string>> = {},
  markBuilder = false
): string {
  const options = Object.entries({ ...BASE_BUILDER, ...builder }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined
  );
  const keyText = (key: string): string =>
    key.startsWith(MARKER) ? `${MARKER}"${key.slice(1)}"` : `"${key}"`;
  const builderLines = options.map(([key, raw]) => `      ${keyText(key)}: ${raw}`).join(',\n');
  const extra = Object.entries(sections).map(([key, raw]) => `,\n  ${keyText(key)}: ${raw}`);
  const open = markBuilder ? `${MARKER}{` : '{';
  return `{\n  "builders": [\n    ${open}\n${builderLines}\n    }\n  ]${extra.join('')}\n}\n`;
}

export interface LoadFixture {
  /** Files to write; the template is `packer/web.pkr.json` unless `templateName` says otherwise. */
  readonly files: Readonly<Record<string, string>>;
  readonly templateName?: string;
  readonly options?: Partial<LoadTemplateOptions>;
}

export function loadFixture(makeDir: ReturnType<typeof tempDirs>, fixture: LoadFixture): LoadedTemplate {
  const dir = makeDir(fixture.files);
  return loadTemplate({
    path: fixture.templateName ?? 'packer/web.pkr.json',
    cwd: dir,
    ...FIXED,
    ...fixture.options
  });
}

/** The InputError a load throws (fails the test when it does not throw one). */
export function loadError(makeDir: ReturnType<typeof tempDirs>, fixture: LoadFixture): InputError {
  try {
    loadFixture(makeDir, fixture);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the template to be refused');
}

/** A key file's text as far as loading checks it (its armour); connecting would need a real key. */
export const FAKE_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nnot a real key\n-----END OPENSSH PRIVATE KEY-----\n';
