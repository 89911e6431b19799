// From the sources each build block uses to typed build plans, through the same schema readers the JSON
// front end uses (so an HCL2 template and its JSON twin give the same plan, option by option, with the
// same rules and messages). Every reader's problem is collected, not just the first.

import { InputError } from '../../../errors.js';
import { BUILDER_DATA_HINT, POST_PROCESSOR_DATA_HINT, PROVISIONER_DATA_HINT } from '../../build-data.js';
import type { Section, TemplateScope } from '../../functions.js';
import { OptionsReader, type DecodeContext } from '../../options-reader.js';
import { readBuilder } from '../../schema/read-builder.js';
import { checkTemporaryKeyPairNames } from '../../schema/key-pair-names.js';
import { definePostProcessor, instantiatePostProcessor } from '../../schema/post-processors.js';
import { defineProvisioner, instantiateProvisioner } from '../../schema/provisioners.js';
import { TemplateError } from '../../template-syntax.js';
import type { BuildPlan, PostProcessor, PostProcessorChain, Provisioner } from '../../types.js';
import type { PluginUse, SourceUse } from './builds.js';

export interface PlanContext {
  /** The scope Go-template strings inside HCL values render in (`{{timestamp}}`, `{{ .SourceAMIName }}`). */
  readonly scope: Omit<TemplateScope, 'section' | 'buildName' | 'buildType' | 'user'>;
  readonly readsFile: (absolutePath: string) => void;
  readonly secret: (value: string) => void;
  readonly randomInt: (max: number) => number;
  /** Every problem found: reading goes on past each. */
  readonly errors: InputError[];
}

/** `{{user}}` is the JSON front end's: in HCL2 a variable is `var.name`. */
export const noUserVariables = (name: string): string => {
  throw new TemplateError({
    message: `{{user \`${name}\`}} is for JSON templates; in HCL2, use var.${name}`
  });
};

export function planBuilds(uses: readonly SourceUse[], context: PlanContext): BuildPlan[] {
  const names = uses.map(use => use.name);
  const plans: BuildPlan[] = [];
  const planned: SourceUse[] = [];
  for (const use of uses) {
    const plan = planOne(use, names, context);
    if (plan !== undefined) {
      plans.push(plan);
      planned.push(use);
    }
  }
  collect(context.errors, () =>
    checkTemporaryKeyPairNames(
      planned.map(use => ({
        node: use.builder,
        path: use.builderPath,
        type: use.type,
        name: use.name
      })),
      plans
    )
  );
  return plans;
}

function planOne(use: SourceUse, names: readonly string[], context: PlanContext): BuildPlan | undefined {
  const contextFor = (section: Section, dataHint: string): DecodeContext => ({
    scope: { ...context.scope, section, buildName: use.name, buildType: use.type, user: noUserVariables },
    dataHint,
    readsFile: context.readsFile,
    secret: context.secret,
    randomInt: context.randomInt
  });
  const builder = collect(context.errors, () =>
    readBuilder(
      use.type,
      new OptionsReader(use.builder, use.builderPath, contextFor('builder', BUILDER_DATA_HINT))
    )
  );
  const provisionerContext = contextFor('provisioner', PROVISIONER_DATA_HINT);
  const provision = (plugin: PluginUse): Provisioner | undefined =>
    collect(context.errors, () =>
      instantiateProvisioner(defineProvisioner(plugin.node, plugin.path, names), use.name, provisionerContext)
    );
  const provisioners = use.provisioners.map(provision);
  const errorCleanupProvisioner =
    use.errorCleanupProvisioner === undefined ? undefined : provision(use.errorCleanupProvisioner);
  const postProcessorContext = contextFor('post-processor', POST_PROCESSOR_DATA_HINT);
  const chains = use.postProcessors.map(chain =>
    chain.map(plugin =>
      collect(context.errors, (): PostProcessor =>
        instantiatePostProcessor(definePostProcessor(plugin.node, plugin.path, names), postProcessorContext)
      )
    )
  );
  if (
    builder === undefined ||
    provisioners.includes(undefined) ||
    chains.some(chain => chain.includes(undefined))
  )
    return undefined;
  if (use.errorCleanupProvisioner !== undefined && errorCleanupProvisioner === undefined) return undefined;
  return {
    name: use.name,
    ...builder,
    provisioners: provisioners as Provisioner[],
    ...(errorCleanupProvisioner === undefined ? {} : { errorCleanupProvisioner }),
    postProcessors: chains as PostProcessorChain[]
  };
}

/** Runs a reader; its InputError joins the list instead of ending the load. */
function collect<T>(errors: InputError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors.push(error);
    return undefined;
  }
}
