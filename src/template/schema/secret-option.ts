// Options that are secret by nature (secret_key, token, ssh_password): their text is registered as
// written before it is rendered or decoded, and again as rendered, so no error about them, or about
// anything read after them, can quote the value; the messages about them name the field and the rule.
import type { OptionsReader } from '../options-reader.js';

export function secretString(options: OptionsReader, name: string): string | undefined {
  const written = options.entry(name)?.value;
  if (written?.kind === 'string') options.context.secret(written.value);
  if (written?.kind === 'number') options.context.secret(written.raw);
  const value = options.string(name);
  if (value !== undefined) options.context.secret(value);
  return value;
}
