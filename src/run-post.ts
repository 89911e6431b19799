// The post step (post-if: always()): finishes the teardown the main step could not, from the
// journal and the build's tag. It warns about what it could not remove; it never fails the job.
import * as core from '@actions/core';
import { createEc2Client, type Ec2ClientFactory } from './aws/client.js';
import { finishCleanup } from './cleanup/finish.js';
import { readSavedState } from './state.js';
import { messageOf } from './errors.js';
import { removeBuildTempDir } from './temp-files.js';

export async function runPost(): Promise<void> {
  try {
    const saved = readSavedState({ get: core.getState });
    if (!saved.buildId) {
      core.info('build-ami: the main step created nothing; nothing to clean up.');
      return;
    }
    await removeBuildTempDir(saved.buildId);
    const clients = new Map<string, ReturnType<Ec2ClientFactory>>();
    const ec2: Ec2ClientFactory = region => {
      if (!clients.has(region))
        clients.set(region, createEc2Client({ region, endpoint: saved.endpoints[region] }));
      return clients.get(region)!;
    };
    const result = await finishCleanup({
      saved,
      ec2,
      info: core.info,
      warning: core.warning
    });
    if (result.removed.length)
      core.info(`build-ami: removed ${result.removed.length} resource(s) the main step left behind.`);
  } catch (error) {
    core.warning(`build-ami cleanup: ${messageOf(error)}`);
  }
  process.exit(0);
}
