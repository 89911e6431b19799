// The main step. The amazon-ebs pipeline is not here yet: for now the step checks that the
// template it was given exists and says plainly that building is not implemented, rather
// than pretending to succeed.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export async function run(): Promise<void> {
  try {
    const template = core.getInput('template', { required: true });
    const path = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), template);
    if (!existsSync(path)) throw new Error(`template: no file at ${path} (input template: '${template}')`);
    core.saveState('template', path);
    throw new Error('build-ami: building AMIs is not implemented in this version yet');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
