// The job summary of a run stopped by mistakes in the user's input: every problem, where it is and what is
// wrong: the same list the annotations show on each line. Pure function of the problems.

import { code, table, text } from './markdown-text.js';

export interface InputProblem {
  /** `path:line:column`, the path relative to the workspace (or an input's name, `variables:1:5`). */
  readonly where: string;
  /** The JSON path of the value (`builders[0].ami_name`); empty for the document itself. */
  readonly field: string;
  readonly detail: string;
}

export function renderProblemsSummary(problems: readonly InputProblem[]): string {
  const count = problems.length === 1 ? 'A problem' : `${problems.length} problems`;
  return [
    `## ❌ ${count} in the template`,
    table(
      ['Where', 'Field', 'Problem'],
      problems.map(p => [code(p.where), p.field === '' ? '' : code(p.field), text(p.detail)])
    ),
    'Each one is also annotated at its line. The build did not start.'
  ].join('\n\n');
}
