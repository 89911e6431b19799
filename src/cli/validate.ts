// `build-ami validate`: loads the template exactly as a build does (every problem at once, each at its
// file:line:col), without any AWS call, and prints the plan a build would follow.
import { InputError, InputErrors, messageOf } from '../errors.js';
import { templateDataHooks } from '../action/template-data.js';
import { loadAnyTemplate } from '../template/load-any.js';
import type { BuildPlan, DockerBuildPlan, LoadedTemplate } from '../template/types.js';
import type { CliArgs } from './args.js';
import type { Terminal } from './terminal-runner.js';

const NO_AWS = 'validate makes no AWS call: data sources and aws_secretsmanager() are read by build';

export async function validate(args: CliArgs, env: NodeJS.ProcessEnv, terminal: Terminal): Promise<number> {
  // Data blocks are read and checked as a build reads them; only their AWS lookups are refused.
  const { dataSources } = templateDataHooks(env, { info: terminal.out, warning: terminal.err });
  let template: LoadedTemplate;
  try {
    template = await loadAnyTemplate({
      path: args.template!,
      vars: args.vars,
      varFiles: args.varFiles,
      varsLabel: '-var',
      only: args.only,
      except: args.except,
      env,
      cwd: process.cwd(),
      onSecret: () => undefined,
      onWarning: message => terminal.err(`warning: ${message}`),
      dataSources: {
        ...dataSources,
        resolve: async () => {
          throw new Error(NO_AWS);
        }
      },
      fetchSecret: async () => {
        throw new Error(NO_AWS);
      }
    });
  } catch (error) {
    const problems = error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : [];
    if (problems.length === 0) terminal.err(messageOf(error));
    for (const problem of problems) terminal.err(problem.message);
    terminal.err(
      `${args.template}: ${problems.length > 1 ? `${problems.length} problems` : 'not valid'}; nothing was built.`
    );
    return 1;
  }
  for (const line of planSummary(args.template!, template)) terminal.out(line);
  return 0;
}

/** What a build of `template` would do, build by build. */
export function planSummary(shown: string, template: LoadedTemplate): string[] {
  const n = template.builds.length;
  const lines = [`The template is valid: ${shown}, ${n} build${n === 1 ? '' : 's'}.`];
  if (template.description) lines.push(`description: ${template.description}`);
  for (const build of template.builds) lines.push('', ...buildSummary(build));
  return lines;
}

function buildSummary(plan: BuildPlan): string[] {
  if (plan.type === 'docker') return dockerSummary(plan);
  const b = plan.builder;
  const lines = [`build "${plan.name}" (${plan.type})`, `  region: ${b.region}`];
  if (b.amiRegions.length) lines.push(`  ami_regions: ${b.amiRegions.join(', ')}`);
  if (b.sourceAmi) lines.push(`  source_ami: ${b.sourceAmi}`);
  if (b.sourceAmiFilter) {
    const f = b.sourceAmiFilter;
    const filters = Object.entries(f.filters).map(([k, v]) => `${k}=${v}`);
    lines.push(
      `  source_ami_filter: ${filters.join(', ') || '(no filters)'}; owners ${f.owners.join(', ')}${
        f.mostRecent ? '; most recent' : ''
      }`
    );
  }
  if (b.instanceType) lines.push(`  instance_type: ${b.instanceType}`);
  if (b.spot) {
    const types = b.spot.instanceTypes.length ? `, one of ${b.spot.instanceTypes.join(', ')}` : '';
    lines.push(`  spot: price ${b.spot.price}${types}`);
  }
  lines.push(`  ami_name: ${b.amiName}`);
  lines.push(...stepsSummary(plan));
  return lines;
}

function dockerSummary(plan: DockerBuildPlan): string[] {
  const b = plan.builder;
  const output = b.output.kind === 'export' ? `export_path ${b.output.path}` : b.output.kind;
  return [
    `build "${plan.name}" (docker)`,
    `  image: ${b.image}${b.pull ? '' : ' (pull: false)'}`,
    `  result: ${output}`,
    ...stepsSummary(plan)
  ];
}

function stepsSummary(plan: BuildPlan): string[] {
  const lines = [
    plan.provisioners.length
      ? `  provisioners: ${plan.provisioners.map((p, i) => `${i + 1}. ${p.type}`).join(', ')}`
      : '  provisioners: none'
  ];
  const chains = plan.postProcessors.map(chain => chain.map(p => p.type).join(' -> '));
  lines.push(`  post-processors: ${chains.length ? chains.join(', ') : 'none'}`);
  return lines;
}
