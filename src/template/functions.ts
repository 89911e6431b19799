// The functions a Packer JSON template may call inside {{ }}, with Packer's argument order and the same
// per-section availability (env only in variables, clean_resource_name only in the amazon builder).
// Everything that varies between runs (clock, uuid, environment, working directory) comes in via the scope.

import path from 'node:path';
import { formatGoTime, RFC3339 } from './go-time.js';
import { TemplateError } from './template-syntax.js';

/** Which part of the template a string belongs to; some functions exist only in some parts. */
export type Section = 'variables' | 'builder' | 'provisioner' | 'post-processor';

/** Everything a function may read. One per section (and per build), built by the loader. */
export interface TemplateScope {
  readonly section: Section;
  /** The run's instant: every timestamp and isotime in one load shows the same time, as in Packer. */
  readonly now: Date;
  readonly uuid: () => string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Absolute path of the template file. */
  readonly templatePath: string;
  readonly packerVersion: string;
  readonly buildName?: string;
  readonly buildType?: string;
  /** The value of a user variable; throws a TemplateError for a variable that is not declared. */
  readonly user: (name: string) => string;
}

export type ParamType = 'string' | 'int';
export type ArgValue = string | number;

export interface TemplateFunction {
  readonly params: readonly ParamType[];
  /** How many of the trailing params may be left out (isotime's layout). */
  readonly optional?: number;
  /** True when the result depends only on the arguments, so it can run later with build data. */
  readonly pure: boolean;
  readonly run: (scope: TemplateScope, args: readonly ArgValue[]) => string;
}

const str = (value: ArgValue): string => value as string;
const int = (value: ArgValue): number => value as number;

/** Every character outside letters, digits and ()[] ./-'@_ becomes '-', as the amazon plugin does. */
export function cleanResourceName(text: string): string {
  return Array.from(text, char => (/^[A-Za-z0-9()[\] ./\-'@_]$/.test(char) ? char : '-')).join('');
}

function requireSection(
  scope: TemplateScope,
  name: string,
  allowed: readonly Section[],
  where: string
): void {
  if (!allowed.includes(scope.section))
    throw new TemplateError({ message: `function ${name} is only available ${where}` });
}

const FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  timestamp: { params: [], pure: false, run: scope => String(Math.floor(scope.now.getTime() / 1000)) },
  isotime: {
    params: ['string'],
    optional: 1,
    pure: false,
    run: (scope, args) => formatGoTime(scope.now, args.length === 0 ? RFC3339 : str(args[0]!))
  },
  uuid: { params: [], pure: false, run: scope => scope.uuid() },
  user: { params: ['string'], pure: false, run: (scope, args) => scope.user(str(args[0]!)) },
  env: {
    params: ['string'],
    pure: false,
    run: (scope, args) => {
      requireSection(scope, 'env', ['variables'], 'in the variables section (as in Packer)');
      return scope.env[str(args[0]!)] ?? '';
    }
  },
  pwd: { params: [], pure: false, run: scope => scope.cwd },
  template_dir: { params: [], pure: false, run: scope => path.dirname(scope.templatePath) },
  build_name: {
    params: [],
    pure: false,
    run: scope => {
      if (scope.buildName === undefined)
        throw new TemplateError({
          message: 'build_name is not available here (variables and builder names come before any build)'
        });
      return scope.buildName;
    }
  },
  build_type: {
    params: [],
    pure: false,
    run: scope => {
      if (scope.buildType === undefined)
        throw new TemplateError({
          message: 'build_type is not available here (variables and builder names come before any build)'
        });
      return scope.buildType;
    }
  },
  packer_version: { params: [], pure: false, run: scope => scope.packerVersion },
  upper: { params: ['string'], pure: true, run: (_, args) => str(args[0]!).toUpperCase() },
  lower: { params: ['string'], pure: true, run: (_, args) => str(args[0]!).toLowerCase() },
  // Packer's order: replace old new n s, replace_all old new s (the subject comes last, so it can be piped).
  replace: {
    params: ['string', 'string', 'int', 'string'],
    pure: true,
    run: (_, args) => replaceN(str(args[3]!), str(args[0]!), str(args[1]!), int(args[2]!))
  },
  replace_all: {
    params: ['string', 'string', 'string'],
    pure: true,
    run: (_, args) => str(args[2]!).split(str(args[0]!)).join(str(args[1]!))
  },
  split: {
    params: ['string', 'string', 'int'],
    pure: true,
    run: (_, args) => {
      const [text, separator, index] = [str(args[0]!), str(args[1]!), int(args[2]!)];
      const parts = separator === '' ? Array.from(text) : text.split(separator);
      const part = index >= 0 ? parts[index] : undefined;
      if (part === undefined) {
        throw new TemplateError({
          message:
            `split: there is no part ${index} of ${JSON.stringify(text)} split by ${JSON.stringify(separator)} ` +
            `(${parts.length} part${parts.length === 1 ? '' : 's'})`
        });
      }
      return part;
    }
  },
  clean_resource_name: {
    params: ['string'],
    pure: true,
    run: (scope, args) => {
      requireSection(scope, 'clean_resource_name', ['builder'], 'in amazon-ebs builder options');
      return cleanResourceName(str(args[0]!));
    }
  }
};

/** Functions Packer knows that we deliberately do not offer, with what to do instead. */
const NOT_OFFERED: Readonly<Record<string, string>> = {
  consul_key: 'function consul_key is not supported yet',
  vault: 'function vault is not supported yet; pass the secret in through a variable',
  aws_secretsmanager:
    'function aws_secretsmanager is not supported yet; pass the secret in through a variable',
  aws_secretsmanager_raw:
    'function aws_secretsmanager_raw is not supported yet; pass the secret in through a variable',
  strftime: 'function strftime is not supported yet; use isotime with a Go layout',
  sed: 'function sed is deprecated in Packer; use replace or replace_all',
  clean_ami_name: 'function clean_ami_name was renamed clean_resource_name'
};

/** The function called `name`, or a TemplateError saying why there is none. */
export function lookupFunction(name: string): TemplateFunction {
  const found = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (found !== undefined) return found;
  throw new TemplateError({ message: NOT_OFFERED[name] ?? `unknown function ${name}` });
}

function replaceN(text: string, old: string, replacement: string, count: number): string {
  if (old === '') {
    // Go's strings.Replace with an empty `old` inserts before each character and at the end.
    const chars = Array.from(text);
    const limit = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
    let out = '';
    for (let i = 0; i <= chars.length; i++) out += (i < limit ? replacement : '') + (chars[i] ?? '');
    return out;
  }
  if (count < 0) return text.split(old).join(replacement);
  let out = '';
  let rest = text;
  for (let done = 0; done < count; done++) {
    const at = rest.indexOf(old);
    if (at === -1) break;
    out += rest.slice(0, at) + replacement;
    rest = rest.slice(at + old.length);
  }
  return out + rest;
}
