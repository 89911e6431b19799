/**
 * Reads the files a step writes its results to (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV,
 * GITHUB_PATH) with the rules of the Actions runner's FileCommandManager on Linux:
 * lines end at "\n" only, blank lines are skipped, `name=value` splits at the first "=",
 * `name<<DELIMITER` takes every following line up to a line that is exactly DELIMITER,
 * and a later value for a name replaces an earlier one.
 */

export class CommandFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandFileError';
  }
}

export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  // A final "\n" ends the last line rather than starting an empty one.
  if (lines.at(-1) === '') lines.pop();

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');

    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      // The runner means to reject this too (its check tests the whole line by mistake).
      if (name === '') throw new CommandFileError(`Invalid format '${line}'. Name must not be empty`);
      values[name] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        throw new CommandFileError(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`
        );
      }
      const end = lines.indexOf(delimiter, index + 1);
      if (end < 0) throw new CommandFileError(`Invalid value. Matching delimiter not found '${delimiter}'`);
      values[name] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else {
      throw new CommandFileError(`Invalid format '${line}'`);
    }
  }
  return values;
}

/** GITHUB_PATH: one directory per line; the runner prepends them, the latest first. */
export function parsePathFile(text: string): string[] {
  return text.split('\n').filter(line => line !== '');
}
