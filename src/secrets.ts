// The action's one idea of a secret and how it is kept out of sight. A value is registered the
// moment it is known (a sensitive variable read from a var-file, secret_key, ssh_password, ...),
// even while the template is still being validated, so an error that quotes it is already masked.
// Registering tells the runner (core.setSecret, which masks what the run page shows) and feeds the
// action's own masker, which covers what the runner does not: the raw log, the job summary, the pull
// request comment and error messages.

/** Values shorter than this are not masked: masking "a" or "22" would mangle every line. */
export const MIN_SECRET_LENGTH = 3;

/** How long a quoted value may be in a message before it is cut with `…` (see quotePreview). */
const PREVIEW_LENGTH = 40;

/**
 * A value as messages quote it: JSON-quoted, cut after 40 characters with `…`. The masker knows this
 * form, so a quoted secret is masked even when it is escaped or cut.
 */
export function quotePreview(value: string): string {
  return JSON.stringify(value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value);
}

/**
 * What must be registered for one secret: the whole value and, for a multi-line value, each of its
 * lines (but lines too short to mask without mangling the log, like a blank line or `}`), since the
 * runner masks line by line and a script prints a key or a certificate that way.
 */
export function secretParts(value: string): string[] {
  const lines = value.includes('\n') ? value.split('\n').map(line => line.replace(/\r$/, '')) : [];
  return [
    ...(value === '' ? [] : [value]),
    ...lines.filter(line => line !== value && line.trim().length >= MIN_SECRET_LENGTH)
  ];
}

/** Every form in which a secret may appear in text: as is, line by line, and JSON-escaped. */
function maskForms(secrets: Iterable<string>): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    for (const part of secretParts(secret)) {
      forms.add(part);
      forms.add(JSON.stringify(part).slice(1, -1));
    }
  }
  return [...forms].filter(f => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/** A secret cut short before a `…` (a quoted preview) still gives its head away: so much is enough to mask. */
const MIN_CUT_PREFIX = 6;

/** A function that replaces every secret in a text by ***, longest first, in every form maskForms knows. */
export function secretMasker(secrets: Iterable<string>): (text: string) => string {
  const forms = maskForms(secrets);
  if (forms.length === 0) return text => text;
  return text => {
    let masked = forms.reduce((out, form) => out.split(form).join('***'), text);
    if (masked.includes('…')) masked = maskCutHeads(masked, forms);
    return masked;
  };
}

function maskCutHeads(text: string, forms: readonly string[]): string {
  return text.replace(/([^\n]*?)…/g, (whole, before: string) => {
    for (const form of forms) {
      for (let k = Math.min(form.length - 1, before.length); k >= MIN_CUT_PREFIX; k--) {
        if (before.endsWith(form.slice(0, k))) return `${before.slice(0, before.length - k)}***…`;
      }
    }
    return whole;
  });
}

/**
 * The run's secrets, growing as they become known. Each new value (and each line of it) is passed to
 * `register` once; `mask` always uses everything known so far.
 */
export class SecretRegistry {
  private readonly wholes = new Set<string>();
  private readonly registered = new Set<string>();
  private masker: ((text: string) => string) | undefined;

  constructor(private readonly register: (value: string) => void = () => {}) {}

  add(value: string): void {
    if (value === '' || this.wholes.has(value)) return;
    this.wholes.add(value);
    this.masker = undefined;
    for (const part of secretParts(value)) {
      if (this.registered.has(part)) continue;
      this.registered.add(part);
      this.register(part);
    }
  }

  /** The secrets as given (not split), in the order they became known. */
  get values(): string[] {
    return [...this.wholes];
  }

  readonly mask = (text: string): string => (this.masker ??= secretMasker(this.wholes))(text);
}

/**
 * Masks an error's message (and an InputError's field and detail, and its causes') in place, so that
 * whoever prints it, the runner's failure annotation included, prints no secret. Returns the error.
 */
export function maskError<T>(error: T, mask: (text: string) => string): T {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const target = current as Record<string, unknown>;
    for (const key of ['message', 'detail', 'field', 'stack'] as const) {
      const value = target[key];
      if (typeof value === 'string' && mask(value) !== value) {
        Object.defineProperty(target, key, { value: mask(value), writable: true, configurable: true });
      }
    }
    // An InputErrors carries each problem apart, for annotations: mask them too.
    if (Array.isArray(target.errors)) for (const inner of target.errors) maskError(inner as unknown, mask);
    current = target.cause;
  }
  return error;
}

/** A copy of plain data (a report) with every string in it masked; keys are kept as they are. */
export function maskStrings<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map(item => maskStrings(item as unknown, mask)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, maskStrings(item as unknown, mask)])
    ) as T;
  }
  return value;
}
