// One file of an HCL2 template, parsed and checked against Packer's top-level schema: only the block
// types Packer knows (packer, variable(s), local(s), data, source, build), each with its labels.

import fs from 'node:fs';
import { errorAt, type Diagnostic } from '../diagnostics.js';
import type { Block } from '../syntax/ast.js';
import { parseJsonExpression } from '../syntax/json-parser.js';
import { parseConfig } from '../syntax/parser.js';
import { HCL_JSON_EXTENSION } from './files.js';
import { jsonConfigBody } from './json-body.js';
import { bodyContent, type BodySchema } from './schema.js';

export interface ConfigFile {
  /** The path as messages show it. */
  readonly shown: string;
  readonly absolute: string;
  /** Top-level blocks of known types, in source order. */
  readonly blocks: readonly Block[];
}

export const CONFIG_SCHEMA: BodySchema = {
  blocks: [
    { type: 'packer', labels: [] },
    { type: 'source', labels: ['type', 'name'] },
    { type: 'variables', labels: [] },
    { type: 'variable', labels: ['name'] },
    { type: 'locals', labels: [] },
    { type: 'local', labels: ['name'] },
    { type: 'data', labels: ['type', 'name'] },
    { type: 'build', labels: [] },
    { type: 'hcp_packer_registry', labels: [] },
    { type: 'communicator', labels: ['type', 'name'] }
  ]
};

/** Reads and parses one file; undefined when it cannot be read (the problem is in `diagnostics`). */
export function readConfigFile(
  absolute: string,
  shown: string,
  diagnostics: Diagnostic[]
): ConfigFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const at = { line: 1, column: 1, byte: 0 };
    diagnostics.push(
      errorAt(
        { file: shown, start: at, end: at },
        'Failed to read file',
        code === 'ENOENT' ? `file not found (looked for ${absolute})` : String(error)
      )
    );
    return undefined;
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const body = absolute.endsWith(HCL_JSON_EXTENSION)
    ? jsonFileBody(text, shown, diagnostics)
    : parsedHcl(text, shown, diagnostics);
  if (body === undefined) return undefined;
  const content = bodyContent(body, CONFIG_SCHEMA, diagnostics);
  for (const block of content.blocks) {
    if (block.type === 'communicator')
      diagnostics.push(
        errorAt(block.typeRange, 'Unsupported block type', 'communicator blocks are not supported yet.')
      );
    if (block.type === 'hcp_packer_registry')
      diagnostics.push(
        errorAt(
          block.typeRange,
          'Unsupported block type',
          'hcp_packer_registry is not supported yet: HCP Packer is a hosted service this action does not talk to. Remove the block; the image is tagged with its commit and fingerprint instead.'
        )
      );
  }
  return {
    shown,
    absolute,
    blocks: content.blocks.filter(
      block => block.type !== 'communicator' && block.type !== 'hcp_packer_registry'
    )
  };
}

function parsedHcl(text: string, shown: string, diagnostics: Diagnostic[]) {
  const parsed = parseConfig(text, shown);
  diagnostics.push(...parsed.diagnostics);
  return parsed.body;
}

function jsonFileBody(text: string, shown: string, diagnostics: Diagnostic[]) {
  const parsed = parseJsonExpression(text, shown);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.diagnostics.some(diagnostic => diagnostic.severity === 'error')) return undefined;
  return jsonConfigBody(parsed.expr, diagnostics);
}
