// What chef-solo is handed, written as Packer writes it: solo.rb from its default template (or the
// user's config_template) and the node JSON, Go's json.MarshalIndent of json plus run_list.

export interface SoloRbData {
  /** Each path double-quoted, joined with commas: `"/a","/b"`. */
  CookbookPaths: string;
  RolesPath: string;
  DataBagsPath: string;
  EncryptedDataBagSecretPath: string;
  EnvironmentsPath: string;
  ChefEnvironment: string;
  ChefLicense: string;
}

/** Packer's DefaultConfigTemplate, rendered: its tabs and the blank lines its {{if}} lines leave included. */
export function defaultSoloRb(d: SoloRbData): string {
  const block = (value: string, text: string) => (value === '' ? '' : `\n${text}\n`);
  return (
    `\nchef_license \t\t"${d.ChefLicense}"\n` +
    `cookbook_path \t[${d.CookbookPaths}]\n` +
    block(d.RolesPath, `role_path\t\t"${d.RolesPath}"`) +
    '\n' +
    block(d.DataBagsPath, `data_bag_path\t"${d.DataBagsPath}"`) +
    '\n' +
    block(d.EncryptedDataBagSecretPath, `encrypted_data_bag_secret "${d.EncryptedDataBagSecretPath}"`) +
    '\n' +
    block(
      d.EnvironmentsPath,
      `environment_path "${d.EnvironmentsPath}"\nenvironment "${d.ChefEnvironment}"`
    ) +
    '\n'
  );
}

/** The fields a config_template renders with (the Has... booleans as "true" / "false"). */
export function soloRbTemplateData(d: SoloRbData): Record<string, string> {
  return {
    ...d,
    HasRolesPath: String(d.RolesPath !== ''),
    HasDataBagsPath: String(d.DataBagsPath !== ''),
    HasEncryptedDataBagSecretPath: String(d.EncryptedDataBagSecretPath !== ''),
    HasEnvironmentsPath: String(d.EnvironmentsPath !== '')
  };
}

/** json with run_list set when it is not empty, as Go's json.MarshalIndent(v, "", "  ") writes it. */
export function nodeJson(json: Readonly<Record<string, unknown>>, runList: readonly string[]): string {
  const data: Record<string, unknown> = { ...json };
  if (runList.length > 0) data.run_list = runList;
  return goJson(data, '');
}

/** Go's encoding/json: map keys sorted, <, > and & escaped, two-space indent, {} and [] when empty. */
function goJson(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value)
      .replaceAll('<', '\\u003c')
      .replaceAll('>', '\\u003e')
      .replaceAll('&', '\\u0026')
      .replaceAll('\u2028', '\\u2028')
      .replaceAll('\u2029', '\\u2029');
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map(item => inner + goJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(value).sort();
  if (keys.length === 0) return '{}';
  const record = value as Record<string, unknown>;
  return `{\n${keys.map(key => `${inner}${goJson(key, inner)}: ${goJson(record[key], inner)}`).join(',\n')}\n${indent}}`;
}
