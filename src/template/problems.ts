// Every problem one pass over a JSON template finds: readers record an InputError here and go on with a
// stand-in value, so a template with five mistakes reports five (as InputErrors), not the first only.

import { InputError, InputErrors, inputErrors } from '../errors.js';

export class Problems {
  readonly #errors: InputError[] = [];
  readonly #seen = new Set<string>();
  #depth = 0;

  /** Records an input error (the same message once: a provisioner is read once per build). */
  add(error: InputError | InputErrors): void {
    for (const one of error instanceof InputErrors ? error.errors : [error]) {
      if (this.#seen.has(one.message)) continue;
      this.#seen.add(one.message);
      this.#errors.push(one);
    }
  }

  /**
   * Runs `read`; an input error it throws is recorded and `fallback` returned instead. Nested calls let
   * the error through to the outermost one, so one mistake is recorded once.
   */
  attempt<T>(read: () => T, fallback: T): T {
    if (this.#depth > 0) return read();
    this.#depth++;
    try {
      return read();
    } catch (error) {
      if (!(error instanceof InputError || error instanceof InputErrors)) throw error;
      this.add(error);
      return fallback;
    } finally {
      this.#depth--;
    }
  }

  /** Like attempt, for a whole section (a builder, a provisioner) read on its own. */
  section<T>(read: () => T): T | undefined {
    const depth = this.#depth;
    this.#depth = 0;
    try {
      return this.attempt<T | undefined>(read, undefined);
    } finally {
      this.#depth = depth;
    }
  }

  get count(): number {
    return this.#errors.length;
  }

  /** Throws everything recorded, sorted by position (one problem stays a plain InputError). */
  throwIfAny(): void {
    if (this.#errors.length > 0) throw inputErrors(this.#errors);
  }
}
