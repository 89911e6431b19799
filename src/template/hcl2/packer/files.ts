// Which files make up an HCL2 template, as `packer build PATH` finds them: one `.pkr.hcl` or `.pkr.json`
// file, or a folder whose `*.pkr.hcl` files (then `*.pkr.json` files, each group in name order) form one
// template, with the folder's `*.auto.pkrvars.hcl` and `*.auto.pkrvars.json` loaded before any var-file.
// Sub-folders are not read, as in Packer.

import fs from 'node:fs';
import path from 'node:path';

export const HCL_EXTENSION = '.pkr.hcl';
export const HCL_JSON_EXTENSION = '.pkr.json';
const AUTO_VARS_HCL = '.auto.pkrvars.hcl';
const AUTO_VARS_JSON = '.auto.pkrvars.json';

export interface TemplateFiles {
  /** The folder, or the folder of the single file (absolute). */
  readonly root: string;
  /** True in folder mode. */
  readonly folder: boolean;
  /** Absolute paths, HCL files first, each group in name order. */
  readonly configFiles: readonly string[];
  /** Absolute paths of the folder's auto var-files (none in single-file mode, as in Packer). */
  readonly autoVarFiles: readonly string[];
}

/** The files, or a sentence saying why there are none (for the caller's error at the template path). */
export function findTemplateFiles(templatePath: string): TemplateFiles | string {
  const stat = fs.statSync(templatePath, { throwIfNoEntry: false });
  if (stat === undefined) return `file not found (looked for ${templatePath})`;
  if (!stat.isDirectory())
    return { root: path.dirname(templatePath), folder: false, configFiles: [templatePath], autoVarFiles: [] };
  const names = fs
    .readdirSync(templatePath, { withFileTypes: true })
    .filter(entry => !entry.isDirectory())
    .map(entry => entry.name)
    .sort();
  const withExtension = (extension: string) =>
    names.filter(name => name.endsWith(extension)).map(name => path.join(templatePath, name));
  const configFiles = [...withExtension(HCL_EXTENSION), ...withExtension(HCL_JSON_EXTENSION)];
  if (configFiles.length === 0)
    return `could not find any config file in ${templatePath}: a config file must be named *.pkr.hcl or *.pkr.json`;
  return {
    root: templatePath,
    folder: true,
    configFiles,
    autoVarFiles: [...withExtension(AUTO_VARS_HCL), ...withExtension(AUTO_VARS_JSON)]
  };
}
