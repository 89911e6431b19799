// Everywhere a secret could surface after a run, for the hostile cases: the log (raw, and as the
// runner shows it), the outputs, the job summary, the saved state, the exported environment, the
// pull request comments, and every file left in the workspace or the runner's temp directory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubStub } from '../../../world/github/server.js';
import { parseWorkflowCommands, type StepResult } from '../../../world/runner/harness.js';
import type { FaultContext } from '../fault-world.js';

/** Every file under a directory, with its text (binary files are read as latin1, which keeps ASCII). */
export function filesUnder(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (stat.isFile()) out.push({ path, text: readFileSync(path, 'latin1') });
  }
  return out;
}

/** What a step left where a secret could show, by name; the ::add-mask:: commands are the runner's, never shown. */
export function places(
  ctx: FaultContext,
  steps: { main: StepResult; post?: StepResult },
  options: { github?: GitHubStub; skipFiles?: string[] } = {}
): Record<string, string> {
  const raw = (log: string) =>
    log
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n');
  const { main, post } = steps;
  const result: Record<string, string> = {
    'main log (raw)': raw(main.log),
    'main log (as shown)': parseWorkflowCommands(main.log).visible.join('\n'),
    'main errors (as shown)': parseWorkflowCommands(main.log).errors.join('\n'),
    summary: main.summary + (post?.summary ?? ''),
    'saved state (GITHUB_STATE)': JSON.stringify(main.state) + JSON.stringify(post?.state ?? {}),
    'exported env (GITHUB_ENV)': JSON.stringify(main.exportedEnv)
  };
  if (post) result['post log (raw)'] = raw(post.log);
  if (options.github) {
    for (const request of options.github.requests) {
      if (request.method === 'POST' || request.method === 'PATCH')
        result[`comment ${request.method} ${request.path}`] = JSON.stringify(request.body);
    }
  }
  for (const file of [...filesUnder(ctx.world.workspace), ...filesUnder(main.tempDir)]) {
    if (options.skipFiles?.some(skip => file.path.includes(skip))) continue;
    result[`file ${file.path}`] = file.text;
  }
  return result;
}

/** The places (by name) where any of the texts appears. */
export function whereSeen(where: Record<string, string>, texts: string[]): string[] {
  return Object.entries(where)
    .filter(([, text]) => texts.some(t => text.includes(t)))
    .map(([name]) => name);
}
