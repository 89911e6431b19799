// Go's regexp/syntax error: a code ("missing closing )") and the fragment of the pattern it is about.

export class Re2SyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string
  ) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
    this.name = 'Re2SyntaxError';
  }
}
