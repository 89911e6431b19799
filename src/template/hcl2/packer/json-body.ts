// HCL's JSON syntax (`.pkr.json`, `.pkrvars.json`) read into the same bodies the native syntax gives. In
// JSON, whether a property is an attribute or a block is known only from the schema (HCL's json package
// does the same): a block type with N labels nests N objects keyed by label, then a body object (or a list
// of them for several blocks). Plugin bodies (source, provisioner, data, ...) are all attributes here; their
// nested blocks are plain JSON objects and lists, which is what the schema readers take anyway.

import { errorAt, type Diagnostic } from '../diagnostics.js';
import type { Attribute, Block, Body, Expression, ObjectConsExpr } from '../syntax/ast.js';
import { parseExpression } from '../syntax/parser.js';

interface JsonSchema {
  readonly blocks?: Readonly<Record<string, { readonly labels: number; readonly body: JsonSchema }>>;
  /** Attributes whose JSON string holds an expression to parse (a variable's `type = "list(string)"`). */
  readonly expressionStrings?: readonly string[];
}

const PLUGIN: JsonSchema = {};
const CONFIG: JsonSchema = {
  blocks: {
    packer: { labels: 0, body: { blocks: { required_plugins: { labels: 0, body: PLUGIN } } } },
    source: { labels: 2, body: PLUGIN },
    variables: { labels: 0, body: PLUGIN },
    variable: {
      labels: 1,
      body: { blocks: { validation: { labels: 0, body: PLUGIN } }, expressionStrings: ['type'] }
    },
    locals: { labels: 0, body: PLUGIN },
    local: { labels: 1, body: PLUGIN },
    data: { labels: 2, body: PLUGIN },
    hcp_packer_registry: { labels: 0, body: PLUGIN },
    communicator: { labels: 2, body: PLUGIN },
    build: {
      labels: 0,
      body: {
        blocks: {
          source: { labels: 1, body: PLUGIN },
          provisioner: { labels: 1, body: PLUGIN },
          'error-cleanup-provisioner': { labels: 1, body: PLUGIN },
          'post-processor': { labels: 1, body: PLUGIN },
          'post-processors': {
            labels: 0,
            body: { blocks: { 'post-processor': { labels: 1, body: PLUGIN } } }
          },
          hcp_packer_registry: { labels: 0, body: PLUGIN },
          dynamic: { labels: 1, body: { blocks: { content: { labels: 0, body: PLUGIN } } } }
        }
      }
    }
  }
};

/** A `.pkr.json` document as a config body. */
export function jsonConfigBody(expr: Expression, diagnostics: Diagnostic[]): Body | undefined {
  if (expr.kind !== 'object') {
    diagnostics.push(
      errorAt(expr.range, 'Invalid JSON configuration', 'The root of a .pkr.json file must be a JSON object.')
    );
    return undefined;
  }
  return toBody(expr, CONFIG, diagnostics);
}

/** A `.pkrvars.json` document's properties, as attributes. */
export function jsonAttributes(expr: Expression, diagnostics: Diagnostic[]): Attribute[] {
  if (expr.kind !== 'object') {
    diagnostics.push(
      errorAt(
        expr.range,
        'Invalid var file',
        'A .pkrvars.json file must be a JSON object of variable values.'
      )
    );
    return [];
  }
  return toBody(expr, PLUGIN, diagnostics).attributes as Attribute[];
}

function toBody(object: ObjectConsExpr, schema: JsonSchema, diagnostics: Diagnostic[]): Body {
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  const items: (Attribute | Block)[] = [];
  for (const item of object.items) {
    const name = keyText(item.key);
    if (name === undefined || name === '//') continue;
    const blockSchema = schema.blocks?.[name];
    if (blockSchema === undefined) {
      const expr = schema.expressionStrings?.includes(name)
        ? parsedString(item.value, diagnostics)
        : item.value;
      const attribute: Attribute = {
        kind: 'attribute',
        name,
        nameRange: item.key.range,
        expr,
        range: item.range
      };
      attributes.push(attribute);
      items.push(attribute);
      continue;
    }
    for (const block of toBlocks(name, item.key.range, item.value, blockSchema, [], [], diagnostics)) {
      blocks.push(block);
      items.push(block);
    }
  }
  return { attributes, blocks, items, range: object.range };
}

function toBlocks(
  type: string,
  typeRange: Expression['range'],
  value: Expression,
  schema: { readonly labels: number; readonly body: JsonSchema },
  labels: readonly string[],
  labelRanges: readonly Expression['range'][],
  diagnostics: Diagnostic[]
): Block[] {
  if (labels.length < schema.labels) {
    // A list of label objects keeps the blocks' order ("provisioner": [{"shell": {...}}, {"file": {...}}]).
    if (value.kind === 'tuple')
      return value.items.flatMap(item =>
        toBlocks(type, typeRange, item, schema, labels, labelRanges, diagnostics)
      );
    if (value.kind !== 'object') {
      diagnostics.push(
        errorAt(
          value.range,
          `Invalid ${type} block`,
          `Expected a JSON object keyed by the ${type} block's next label.`
        )
      );
      return [];
    }
    return value.items.flatMap(item => {
      const label = keyText(item.key);
      if (label === undefined) return [];
      return toBlocks(
        type,
        typeRange,
        item.value,
        schema,
        [...labels, label],
        [...labelRanges, item.key.range],
        diagnostics
      );
    });
  }
  const bodies = value.kind === 'tuple' ? value.items : [value];
  return bodies.flatMap(body => {
    if (body.kind !== 'object') {
      diagnostics.push(
        errorAt(body.range, `Invalid ${type} block`, `Expected a JSON object for the ${type} block's body.`)
      );
      return [];
    }
    return [
      {
        kind: 'block' as const,
        type,
        typeRange,
        labels,
        labelRanges,
        body: toBody(body, schema.body, diagnostics),
        range: body.range
      }
    ];
  });
}

/** A property name: JSON keys are plain strings (a literal, or a template of one text part). */
function keyText(key: Expression): string | undefined {
  if (key.kind === 'literal' && typeof key.value === 'string') return key.value;
  if (key.kind === 'template' && key.parts.length === 1 && key.parts[0]!.kind === 'text')
    return key.parts[0]!.value;
  if (key.kind === 'template' && key.parts.length === 0) return '';
  return undefined;
}

/** A JSON string holding an expression (`"type": "list(string)"`), parsed. */
function parsedString(value: Expression, diagnostics: Diagnostic[]): Expression {
  const text = keyText(value);
  if (text === undefined) return value;
  const parsed = parseExpression(text, value.range.file);
  diagnostics.push(...parsed.diagnostics.map(diagnostic => ({ ...diagnostic, range: value.range })));
  return parsed.expr;
}
