// execute_command's run-time fields ({{.Path}}, {{.Vars}}, {{.EnvVarFile}}, {{.Script}}), filled
// in once the remote path and the variables are known.

/**
 * An option with `{{.Path}}`-style fields filled in at run time (execute_command). A plain string is rendered
 * here; the template layer may instead pass an object that renders itself with the same data (its other
 * template functions already evaluated).
 */
export type CommandTemplate = string | { render(data: Readonly<Record<string, string>>): string };

/** Replaces `{{.Name}}` / `{{ .Name }}` for each name in data; anything else is left as written. */
export function renderCommand(template: CommandTemplate, data: Readonly<Record<string, string>>): string {
  if (typeof template !== 'string') return template.render(data);
  return template.replace(/\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*-?\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? data[name] : whole
  );
}
