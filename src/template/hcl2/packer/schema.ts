// What a block may contain, checked the way HCL's Body.Content does it: every attribute and nested
// block is one the schema names, labels are as many as the block type takes, required attributes are
// there. Problems become diagnostics worded as HCL words them, and checking goes on past each.

import { errorAt, type Diagnostic } from '../diagnostics.js';
import { closestName } from '../../suggest.js';
import type { Attribute, Block, Body } from '../syntax/ast.js';

export interface BlockSchema {
  readonly type: string;
  /** Label names, for "Missing name for ..." messages: ['type', 'name'] for a source. */
  readonly labels: readonly string[];
}

export interface BodySchema {
  readonly attributes?: readonly string[];
  readonly required?: readonly string[];
  readonly blocks?: readonly BlockSchema[];
  /** Accept any attribute (a `locals` block, a plugin's body decoded elsewhere). */
  readonly anyAttributes?: boolean;
}

export interface BodyContent {
  readonly attributes: ReadonlyMap<string, Attribute>;
  /** Blocks of known types with the right number of labels, in source order. */
  readonly blocks: readonly Block[];
}

export function bodyContent(body: Body, schema: BodySchema, diagnostics: Diagnostic[]): BodyContent {
  const attributes = new Map<string, Attribute>();
  const blocks: Block[] = [];
  const knownBlocks = schema.blocks ?? [];
  for (const attribute of body.attributes) {
    if (!schema.anyAttributes && !(schema.attributes ?? []).includes(attribute.name)) {
      const isBlock = knownBlocks.some(block => block.type === attribute.name);
      diagnostics.push(
        errorAt(
          attribute.nameRange,
          'Unsupported argument',
          isBlock
            ? `An argument named "${attribute.name}" is not expected here. Did you mean to define a block of type "${attribute.name}"?`
            : `An argument named "${attribute.name}" is not expected here.${suggestion(attribute.name, schema.attributes ?? [])}`
        )
      );
      continue;
    }
    attributes.set(attribute.name, attribute);
  }
  for (const block of body.blocks) {
    const known = knownBlocks.find(candidate => candidate.type === block.type);
    if (known === undefined) {
      const isAttribute = (schema.attributes ?? []).includes(block.type);
      diagnostics.push(
        errorAt(
          block.typeRange,
          'Unsupported block type',
          isAttribute
            ? `Blocks of type "${block.type}" are not expected here. Did you mean to define argument "${block.type}"? If so, use the equals sign to assign it a value.`
            : `Blocks of type "${block.type}" are not expected here.${suggestion(
                block.type,
                knownBlocks.map(candidate => candidate.type)
              )}`
        )
      );
      continue;
    }
    if (block.labels.length < known.labels.length) {
      const missing = known.labels[block.labels.length]!;
      diagnostics.push(
        errorAt(
          block.typeRange,
          `Missing ${missing} for ${block.type}`,
          `All ${block.type} blocks must have ${known.labels.length} labels (${known.labels.join(', ')}).`
        )
      );
      continue;
    }
    if (block.labels.length > known.labels.length) {
      diagnostics.push(
        errorAt(
          block.labelRanges[known.labels.length]!,
          'Extraneous label for ' + block.type,
          known.labels.length === 0
            ? `No labels are expected for ${block.type} blocks.`
            : `Only ${known.labels.length} labels (${known.labels.join(', ')}) are expected for ${block.type} blocks.`
        )
      );
      continue;
    }
    blocks.push(block);
  }
  for (const name of schema.required ?? []) {
    if (!attributes.has(name))
      diagnostics.push(
        errorAt(
          body.range,
          'Missing required argument',
          `The argument "${name}" is required, but no definition was found.`
        )
      );
  }
  return { attributes, blocks };
}

/** " Did you mean "x"?" for a name close to a known one, as HCL suggests. */
function suggestion(name: string, known: readonly string[]): string {
  const closest = closestName(name, known);
  return closest === undefined ? '' : ` Did you mean "${closest}"?`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A block's name label (`variable "x"`, `local "y"`) must be an identifier, as HCL requires. */
export function checkNameLabel(block: Block, what: 'variable' | 'local', diagnostics: Diagnostic[]): void {
  if (IDENTIFIER.test(block.labels[0]!)) return;
  diagnostics.push(
    errorAt(
      block.labelRanges[0]!,
      `Invalid ${what} name`,
      'A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.'
    )
  );
}
