// The `only` / `except` inputs for HCL2 templates, as `packer build -only` matches them: glob patterns
// against each build's full name (`amazon-ebs.ubuntu`, or `build-name.amazon-ebs.ubuntu`), applied before
// source types are checked, so a template that mixes builders builds its amazon-ebs part with `only`.

import { errorAt, type Diagnostic } from '../diagnostics.js';
import type { PluginUse, SourceUse } from './builds.js';

const BUILT_TYPES = ['amazon-ebs', 'docker'];

export function selectUses(
  uses: readonly SourceUse[],
  only: readonly string[],
  except: readonly string[],
  diagnostics: Diagnostic[]
): SourceUse[] {
  const onlyGlobs = only.map(globRegExp);
  const exceptGlobs = except.map(globRegExp);
  const selected = uses.filter(
    use =>
      (onlyGlobs.length === 0 || onlyGlobs.some(glob => glob.test(use.fullName))) &&
      !exceptGlobs.some(glob => glob.test(use.fullName))
  );
  const at = uses[0]?.range;
  if (at !== undefined && (only.length > 0 || except.length > 0) && selected.length === 0) {
    diagnostics.push(
      errorAt(
        at,
        'No build selected',
        `only/except leave no build to run; the builds are ${uses.map(use => use.fullName).join(', ')} (patterns such as "amazon-ebs.*" match them)`
      )
    );
  }
  for (const use of selected) {
    if (!BUILT_TYPES.includes(use.type))
      diagnostics.push(
        errorAt(
          use.range,
          'Unsupported source type',
          `source type ${use.type} is not supported yet (only amazon-ebs and docker); build the rest of the template with only = amazon-ebs.*`
        )
      );
  }
  const names = new Map<string, string>();
  for (const use of selected) {
    const earlier = names.get(use.name);
    if (earlier !== undefined)
      diagnostics.push(
        errorAt(
          use.range,
          'Duplicate build name',
          `${earlier} and ${use.fullName} are both called ${use.name}; give one a name in its build-level source block`
        )
      );
    names.set(use.name, use.fullName);
  }
  // Only what can be built goes on to be read.
  return selected.filter(use => BUILT_TYPES.includes(use.type)).map(use => withoutExcepted(use, exceptGlobs));
}

/**
 * `except` also names post-processors (by `name`, else type), as Packer's -except does: the one it names
 * and the rest of its chain are dropped.
 */
function withoutExcepted(use: SourceUse, globs: readonly RegExp[]): SourceUse {
  if (globs.length === 0) return use;
  const nameOf = (plugin: PluginUse) => {
    const entry = plugin.node.entries.find(candidate => candidate.key === 'name');
    return entry?.value.kind === 'string' && entry.value.value !== '' ? entry.value.value : plugin.type;
  };
  const postProcessors = use.postProcessors
    .map(chain => {
      const cut = chain.findIndex(plugin => globs.some(glob => glob.test(nameOf(plugin))));
      return cut < 0 ? chain : chain.slice(0, cut);
    })
    .filter(chain => chain.length > 0);
  return { ...use, postProcessors };
}

/** A gobwas-style glob: `*` any run of characters, `?` one, `[...]` a class, `{a,b}` alternatives. */
export function globRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') out += '.*';
    else if (char === '?') out += '.';
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (char === '{') {
      const end = pattern.indexOf('}', i + 1);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map(escape)
          .join('|')})`;
        i = end;
      }
    } else out += escape(char);
  }
  return new RegExp(`^${out}$`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
