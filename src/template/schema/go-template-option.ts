// Options that Packer renders late, with the provisioner's own fields (execute_command and friends of
// puppet-masterless and chef-solo), read as Go templates that may use {{if}}; and local paths that must
// be a directory or a file, as those provisioners check before they start.

import { statSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { executeCommandData } from '../build-data.js';
import { parseGoTemplate, type GoTemplate } from '../go-conditionals.js';
import { childPath } from '../json-path.js';
import type { OptionsReader } from '../options-reader.js';
import { TemplateError } from '../template-syntax.js';
import { weakList, weakString } from '../weak-decode.js';

export interface TemplateFields {
  readonly fields: readonly string[];
  /** Fields that are Go bools ({{if .Sudo}}). */
  readonly booleans: readonly string[];
  /** Packer renders these with `{{ build }}` available. */
  readonly withBuildData: boolean;
}

/** Parses Go template text with `fields`; a TemplateError becomes `fail`'s error. */
export function goTemplate(
  options: OptionsReader,
  text: string,
  fields: TemplateFields,
  fail: (detail: string) => Error
): GoTemplate {
  try {
    return parseGoTemplate(
      text,
      options.context.scope,
      executeCommandData(fields.fields, fields.withBuildData),
      new Set(fields.booleans)
    );
  } catch (error) {
    if (error instanceof TemplateError) throw fail(error.message);
    throw error;
  }
}

export function goTemplateOption(
  options: OptionsReader,
  name: string,
  fields: TemplateFields
): GoTemplate | undefined {
  const entry = options.entry(name);
  if (entry === undefined) return undefined;
  const text = weakString(entry.value, options.field(name));
  if (text === '') return undefined;
  return goTemplate(options, text, fields, detail => options.error(name, detail));
}

export function goTemplateList(options: OptionsReader, name: string, fields: TemplateFields): GoTemplate[] {
  const entry = options.entry(name);
  if (entry === undefined) return [];
  return weakList(entry.value).map((item, index) => {
    const field = entry.value.kind === 'array' ? childPath(options.field(name), index) : options.field(name);
    return goTemplate(
      options,
      weakString(item, field),
      fields,
      detail => new InputError({ at: item.loc, field, detail })
    );
  });
}

/** A local path option that, when given, must exist and be a `kind`; recorded as read (fingerprints). */
export function localPathOf(
  options: OptionsReader,
  name: string,
  kind: 'directory' | 'file'
): string | undefined {
  const path = options.localPath(name, { mustExist: true, reads: true });
  if (path !== undefined) checkKind(options, name, path, kind);
  return path;
}

export function localPathsOf(options: OptionsReader, name: string, kind: 'directory' | 'file'): string[] {
  const paths = options.localPathList(name, { mustExist: true, reads: true });
  paths.forEach((path, index) => checkKind(options, name, path, kind, index));
  return paths;
}

function checkKind(
  options: OptionsReader,
  name: string,
  path: string,
  kind: 'directory' | 'file',
  index?: number
): void {
  const isDirectory = statSync(path).isDirectory();
  if (isDirectory === (kind === 'directory')) return;
  const detail = `must point to a ${kind}: ${path} is ${isDirectory ? 'a directory' : 'not a directory'}`;
  const value = options.entry(name)?.value;
  // A list item is reported at the item itself.
  if (index !== undefined && value?.kind === 'array') {
    throw new InputError({
      at: value.items[index]!.loc,
      field: childPath(options.field(name), index),
      detail
    });
  }
  throw options.error(name, detail);
}
