// execute_command's run-time fields ({{.Path}}, {{.Vars}}, {{.EnvVarFile}}, {{.Script}}), filled
// in once the remote path and the variables are known.
import type { CommandTemplate } from './config.js';

/** Replaces `{{.Name}}` / `{{ .Name }}` for each name in data; anything else is left as written. */
export function renderCommand(template: CommandTemplate, data: Readonly<Record<string, string>>): string {
  if (typeof template !== 'string') return template.render(data);
  return template.replace(/\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*-?\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? data[name] : whole
  );
}
