// The post step: it will finish any cleanup the main step could not. Nothing to clean up
// while the main step creates no resources.
import * as core from '@actions/core';

export async function runPost(): Promise<void> {
  const template = core.getState('template');
  core.debug(`post step for template ${template || '(none)'}: nothing to clean up`);
}
