// JSON paths as users read them in error messages: builders[0].tags.Name, tags["aws:owner"].

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The path of a child: an index appends `[i]`, a key appends `.key` (or `["key"]` when it needs quoting). */
export function childPath(parent: string, step: string | number): string {
  if (typeof step === 'number') return `${parent}[${step}]`;
  if (PLAIN_KEY.test(step)) return parent === '' ? step : `${parent}.${step}`;
  return `${parent}[${JSON.stringify(step)}]`;
}
