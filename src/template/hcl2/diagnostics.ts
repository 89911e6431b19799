// What the HCL2 front end reports instead of throwing: every problem of every file, each with the
// range it is about, so one run shows them all (a user fixes five mistakes, not one per run).

/** A place in a file: 1-based line and column (in characters), 0-based byte offset. */
export interface Pos {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

/** A span of a file; `file` as the user named it (relative paths stay relative, for messages). */
export interface Range {
  readonly file: string;
  readonly start: Pos;
  readonly end: Pos;
}

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** One line, as HCL words it: "Unsupported argument", "Invalid function argument". */
  readonly summary: string;
  /** What was expected and what was found; what to do next. */
  readonly detail?: string;
  readonly range: Range;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some(diagnostic => diagnostic.severity === 'error');

export function errorAt(range: Range, summary: string, detail?: string): Diagnostic {
  return { severity: 'error', summary, ...(detail === undefined ? {} : { detail }), range };
}
