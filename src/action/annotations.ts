// Each problem with the user's input as an annotation on its line, so a pull request's "Files changed"
// view shows it where it is; paths are made relative to the workspace, as GitHub matches them.

import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError, InputErrors } from '../errors.js';
import type { InputProblem } from '../github/problems-summary.js';

export interface Annotation {
  readonly message: string;
  readonly properties: { title: string; file?: string; startLine?: number; startColumn?: number };
  /** The same problem for the job summary: where (relative to the workspace), which field, what. */
  readonly problem: InputProblem;
}

/** The problems `error` carries (none when it is not about the user's input), in file and line order. */
export function inputAnnotations(error: unknown, workspace: string, workingDirectory: string): Annotation[] {
  const problems = error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : [];
  return problems.map(problem => {
    const absolute = isAbsolute(problem.file) ? problem.file : resolve(workingDirectory, problem.file);
    // An input's name (variables:2:1) is a place too, but not a file GitHub can show.
    const file = existsSync(absolute) ? relative(workspace, absolute) : undefined;
    const where = file === undefined ? {} : { file, startLine: problem.line, startColumn: problem.column };
    return {
      message: problem.message,
      properties: { title: 'build-ami: template problem', ...where },
      problem: {
        where: `${file ?? problem.file}:${problem.line}:${problem.column}`,
        field: problem.field,
        detail: problem.detail
      }
    };
  });
}
