// Every problem one pass over a JSON template finds: readers record an InputError here and go on with a
// stand-in value, so a template with five mistakes reports five (as InputErrors), not the first only.

import { InputError, InputErrors, inputErrors } from '../errors.js';

export class Problems {
  readonly #errors: InputError[] = [];
  readonly #seen = new Set<string>();
  #depth = 0;

  /**
   * Records an input error. One per field: a later one about a field already in error is the first one's
   * consequence (a check on the stand-in value), and a provisioner read once per build says the same again.
   */
  add(error: InputError | InputErrors): void {
    for (const one of error instanceof InputErrors ? error.errors : [error]) {
      const key = `${one.file}\0${one.field === '' ? one.message : one.field}`;
      if (this.#seen.has(key) || this.#coversRecorded(one)) continue;
      this.#seen.add(key);
      this.#errors.push(one);
    }
  }

  /** An error about an object ("one of inline or script is required") after one about an option inside it. */
  #coversRecorded(error: InputError): boolean {
    if (error.field === '') return false;
    return this.#errors.some(
      other =>
        other.file === error.file &&
        (other.field.startsWith(`${error.field}.`) || other.field.startsWith(`${error.field}[`))
    );
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

  /**
   * Reads a whole section (a builder, a provisioner) on its own: the options inside record their own
   * problems; one that ends the section's read (a conflict between options) is recorded too.
   */
  section<T>(read: () => T): T | undefined {
    const depth = this.#depth;
    const before = this.#errors.length;
    this.#depth = 0;
    try {
      return read();
    } catch (error) {
      // Anything else thrown after a problem was recorded comes from a stand-in value: the problem says it.
      if (!(error instanceof InputError || error instanceof InputErrors)) {
        if (this.#errors.length > before) return undefined;
        throw error;
      }
      this.add(error);
      return undefined;
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
