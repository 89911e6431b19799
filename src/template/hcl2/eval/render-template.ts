// What templatefile() needs from the language, as Packer's templatefile does it: the file parsed as a
// template and evaluated with only the given variables (whose names must be identifiers, and which must
// cover every reference), with every function but templatefile itself. The caller wires this in as the
// function context's renderTemplate.

import { HclFunctionError, type HclFunction } from '../functions/types.js';
import { identifierLength } from '../syntax/lexer.js';
import { parseTemplate } from '../syntax/parser.js';
import { formatPos } from '../syntax/source.js';
import type { Diagnostic } from '../diagnostics.js';
import type { HclObject, HclValue } from '../value.js';
import type { EvalContext } from './context.js';
import { evaluate } from './evaluator.js';
import { references } from './references.js';

const RECURSION: HclFunction = {
  params: [],
  variadic: { name: 'args', type: { kind: 'any' }, allowNull: true },
  run: () => {
    throw new HclFunctionError('cannot recursively call templatefile from inside templatefile call');
  }
};

/**
 * Renders a template file's text with `vars`, calling the functions of `context` (but templatefile);
 * throws HclFunctionError for anything wrong in it, as a function does.
 */
export function renderTemplate(
  { text, file }: { readonly text: string; readonly file: string },
  vars: HclObject,
  context: Pick<EvalContext, 'functions' | 'functionContext'>
): HclValue {
  const { expr, diagnostics } = parseTemplate(text, file);
  if (diagnostics.length > 0) throw new HclFunctionError(describe(diagnostics));
  for (const name of Object.keys(vars))
    if (identifierLength(name, 0) !== name.length)
      throw new HclFunctionError(
        `invalid template variable name "${name}": must start with a letter, followed by zero or more letters, digits, and underscores`,
        1
      );
  for (const reference of references(expr))
    if (!Object.hasOwn(vars, reference.root))
      throw new HclFunctionError(
        `vars map does not contain key "${reference.root}", referenced at ${formatPos(reference.range)}`,
        1
      );
  const result = evaluate(expr, {
    variables: vars,
    functions: { ...context.functions, templatefile: RECURSION },
    functionContext: context.functionContext
  });
  if (result.diagnostics.some(diagnostic => diagnostic.severity === 'error'))
    throw new HclFunctionError(describe(result.diagnostics));
  return result.value;
}

function describe(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map(diagnostic => `${formatPos(diagnostic.range)}: ${diagnostic.summary}; ${diagnostic.detail ?? ''}`)
    .join('\n');
}
