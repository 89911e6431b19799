// The one rule for a relative local path in a template (script, scripts, source, user_data_file,
// ssh_private_key_file, ...), used when the template is validated and again when a provisioner runs:
// it starts at the working directory, as Packer's does ("If it is relative, it is relative to the
// working directory when Packer is executed": the shell provisioner's `script`, and likewise the file
// provisioner's `source`, which Packer os.Stat()s as given). Never next to the template: a template
// that wants that says so with {{template_dir}}, as it must for Packer. The action's working directory
// is its `working-directory` input.
import os from 'node:os';
import path from 'node:path';

/** Absolute; a trailing slash is kept (the file provisioner gives it a meaning). */
export function resolveLocalPath(cwd: string, text: string, options: { expandHome?: boolean } = {}): string {
  const home = options.expandHome && /^~(\/|$)/.test(text) ? os.homedir() + text.slice(1) : text;
  const trailingSlash = /[/\\]$/.test(home) ? '/' : '';
  const absolute = path.resolve(cwd, home);
  return absolute === '/' ? absolute : absolute + trailingSlash;
}

/** What to tell the user when a path given as `text` is not at `resolved`. */
export function missingLocalPath(text: string, resolved: string): string {
  return (
    `${text}: no such file or directory (looked for ${withoutTrailingSlash(resolved)}; relative paths ` +
    'are read from the working directory, as in Packer: use {{template_dir}} for paths next to the template)'
  );
}

export const withoutTrailingSlash = (resolved: string): string =>
  resolved.length > 1 ? resolved.replace(/\/$/, '') : resolved;
