// {{.Vars}}: the environment a script runs with, written the way Packer writes it, so templates
// that quote or wrap it in their own execute_command behave the same here.

export interface EnvVarSources {
  buildName: string;
  builderType: string;
  /** "NAME=value" entries. */
  environment_vars?: readonly string[];
  env?: Readonly<Record<string, string>>;
}

/** Every variable with its value: PACKER_BUILD_NAME and PACKER_BUILDER_TYPE, then environment_vars, then env. */
export function envVars(sources: EnvVarSources): Map<string, string> {
  const vars = new Map<string, string>([
    ['PACKER_BUILD_NAME', sources.buildName],
    ['PACKER_BUILDER_TYPE', sources.builderType]
  ]);
  for (const entry of sources.environment_vars ?? []) {
    const equals = entry.indexOf('=');
    if (equals === -1) vars.set(entry, '');
    else vars.set(entry.slice(0, equals), entry.slice(equals + 1));
  }
  for (const [name, value] of Object.entries(sources.env ?? {})) vars.set(name, value);
  return vars;
}

/**
 * The variables in name order, each through `format` (Go's `%s='%s' ` by default) with single quotes in a value
 * written as `'"'"'` (close the quote, a quoted quote, reopen), exactly as Packer does.
 */
export function flattenEnvVars(vars: Map<string, string>, format = "%s='%s' "): string {
  return [...vars.keys()]
    .sort()
    .map(name => goFormat(format, [name, vars.get(name)!.replaceAll("'", `'"'"'`)]))
    .join('');
}

/** Go's Sprintf for %s and %% only, which is all env_var_format uses. */
function goFormat(format: string, args: string[]): string {
  let next = 0;
  return format.replace(/%[s%]/g, verb => (verb === '%%' ? '%' : (args[next++] ?? '%!s(MISSING)')));
}

/** A string as one single-quoted shell word. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}
