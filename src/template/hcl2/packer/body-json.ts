// A plugin's block (a source, a provisioner, a post-processor, a data source) evaluated into the JSON
// shape the template schema readers already know, with every value's position kept: an HCL2 template
// is then read by the same code, with the same rules and messages, as its JSON twin.
//
// Nested blocks become objects (`source_ami_filter { ... }`), or lists of objects for the block types a
// plugin repeats (`launch_block_device_mappings`); `tag { key, value }` blocks join their map (`tags`);
// `dynamic "x" { for_each, iterator, content }` blocks are expanded first, as HCL's dynblock does.

import { errorAt, hasErrors, type Diagnostic, type Range } from '../diagnostics.js';
import { evaluate, keyword, references, type Traversal } from '../eval/index.js';
import type { Attribute, Block, Body } from '../syntax/ast.js';
import type { JsonEntry, JsonNode, JsonObject } from '../../json-positions.js';
import type { SourceLocation } from '../../../errors.js';
import { entriesOf, isList, isObject, numberToString, objectOf, type HclValue } from '../value.js';
import { readsPoisoned, type HclEnvironment } from './environment.js';
import { bodyContent } from './schema.js';

/** Block types every plugin we build with repeats: they are lists in the JSON shape even when written once. */
const REPEATED_BLOCKS = new Set([
  'launch_block_device_mappings',
  'ami_block_device_mappings',
  'block_device_mappings'
]);

/** `tag { key = "a" value = "b" }` blocks and the map each adds to. */
const KEY_VALUE_BLOCKS: Readonly<Record<string, string>> = {
  tag: 'tags',
  run_tag: 'run_tags',
  run_volume_tag: 'run_volume_tags',
  snapshot_tag: 'snapshot_tags',
  spot_tag: 'spot_tags',
  fleet_tag: 'fleet_tags',
  volume_tag: 'volume_tags'
};

export interface BodyEvaluation {
  readonly environment: HclEnvironment;
  /** The root variables of this block's context (var, local, data, source, build, ...). */
  readonly variables: Readonly<Record<string, HclValue>>;
  /** Attributes the caller reads itself (a provisioner's only/except), left out of the result. */
  readonly skip?: readonly string[];
  /** The body's option path (`source.amazon-ebs.web`), to name an option whose expression failed. */
  readonly path: string;
}

export const locationOf = (range: Range): SourceLocation => ({
  file: range.file,
  line: range.start.line,
  column: range.start.column
});

/** Evaluates `body` into an object node located at `at`. */
export function evaluateBody(body: Body, at: Range, evaluation: BodyEvaluation): JsonObject {
  const entries: JsonEntry[] = [];
  const byKey = new Map<string, number>();
  const put = (entry: JsonEntry) => {
    const index = byKey.get(entry.key);
    if (index === undefined) {
      byKey.set(entry.key, entries.length);
      entries.push(entry);
    } else entries[index] = entry;
  };
  for (const attribute of body.attributes) {
    if (evaluation.skip?.includes(attribute.name)) continue;
    const entry = attributeEntry(attribute, evaluation);
    if (entry !== undefined) put(entry);
  }
  const blocks = expandDynamic(body.blocks, evaluation);
  const grouped = new Map<
    string,
    { block: Block; node: JsonObject; variables: Record<string, HclValue> }[]
  >();
  for (const { block, variables } of blocks) {
    const node = evaluateBody(block.body, block.range, {
      ...evaluation,
      variables,
      skip: undefined,
      path: `${evaluation.path}.${block.type}`
    });
    const list = grouped.get(block.type) ?? [];
    list.push({ block, node, variables });
    grouped.set(block.type, list);
  }
  for (const [type, list] of grouped) {
    const first = list[0]!.block;
    const target = KEY_VALUE_BLOCKS[type];
    if (target !== undefined) {
      put(
        mergeKeyValues(
          target,
          byKey.has(target) ? entries[byKey.get(target)!]!.value : undefined,
          list,
          evaluation.environment.diagnostics
        )
      );
      continue;
    }
    if (byKey.has(type)) {
      evaluation.environment.diagnostics.push(
        errorAt(
          first.typeRange,
          'Duplicate argument',
          `${type} is set both as an argument and as a block; use one.`
        )
      );
      continue;
    }
    if (REPEATED_BLOCKS.has(type)) {
      put({
        key: type,
        keyLoc: locationOf(first.typeRange),
        value: { kind: 'array', loc: locationOf(first.range), items: list.map(item => item.node) }
      });
      continue;
    }
    for (const extra of list.slice(1))
      evaluation.environment.diagnostics.push(
        errorAt(
          extra.block.typeRange,
          `Duplicate ${type} block`,
          `Only one ${type} block is allowed here; another was defined at ${first.range.file}:${first.range.start.line}.`
        )
      );
    put({ key: type, keyLoc: locationOf(first.typeRange), value: list[0]!.node });
  }
  return { kind: 'object', loc: locationOf(at), entries };
}

/** The attribute's entry; none when its expression failed (or reads what failed), its path then poisoned. */
function attributeEntry(attribute: Attribute, evaluation: BodyEvaluation): JsonEntry | undefined {
  const { environment } = evaluation;
  const field = `${evaluation.path}.${attribute.name}`;
  if (readsPoisoned(attribute.expr, environment.poisoned)) {
    environment.poisoned.add(field);
    return undefined;
  }
  const result = evaluate(attribute.expr, {
    variables: evaluation.variables,
    functions: environment.functions,
    functionContext: environment.functionContext
  });
  environment.diagnostics.push(...result.diagnostics);
  if (hasErrors(result.diagnostics)) {
    environment.poisoned.add(field);
    return undefined;
  }
  return {
    key: attribute.name,
    keyLoc: locationOf(attribute.nameRange),
    value: toJsonNode(result.value, locationOf(attribute.expr.range))
  };
}

/** A value as a JSON node, every part of it located at `loc` (where its expression starts). */
export function toJsonNode(value: HclValue, loc: SourceLocation): JsonNode {
  if (value === null) return { kind: 'null', loc };
  if (typeof value === 'string') return { kind: 'string', loc, value };
  if (typeof value === 'number') return { kind: 'number', loc, value, raw: numberToString(value) };
  // cty converts a bool to "true" where the plugin takes a string; mapstructure would say "1".
  if (typeof value === 'boolean') return { kind: 'boolean', loc, value, asText: String(value) };
  if (isList(value)) return { kind: 'array', loc, items: value.map(item => toJsonNode(item, loc)) };
  return {
    kind: 'object',
    loc,
    entries: Object.entries(value).map(([key, item]) => ({ key, keyLoc: loc, value: toJsonNode(item, loc) }))
  };
}

function mergeKeyValues(
  target: string,
  existing: JsonNode | undefined,
  list: readonly { block: Block; node: JsonObject }[],
  diagnostics: Diagnostic[]
): JsonEntry {
  const first = list[0]!.block;
  const entries: JsonEntry[] = existing?.kind === 'object' ? [...existing.entries] : [];
  for (const { block, node } of list) {
    const key = node.entries.find(entry => entry.key === 'key')?.value;
    const value = node.entries.find(entry => entry.key === 'value')?.value;
    const unknown = node.entries.find(entry => entry.key !== 'key' && entry.key !== 'value');
    if (key?.kind !== 'string' || value === undefined || unknown !== undefined) {
      diagnostics.push(
        errorAt(
          block.range,
          `Invalid ${block.type} block`,
          `A ${block.type} block takes exactly two arguments: key (a string) and value.`
        )
      );
      continue;
    }
    const index = entries.findIndex(entry => entry.key === key.value);
    const entry = { key: key.value, keyLoc: key.loc, value };
    if (index >= 0) entries[index] = entry;
    else entries.push(entry);
  }
  return {
    key: target,
    keyLoc: locationOf(first.typeRange),
    value: { kind: 'object', loc: existing?.loc ?? locationOf(first.range), entries }
  };
}

const DYNAMIC_SCHEMA = {
  attributes: ['for_each', 'iterator', 'labels'],
  required: ['for_each'],
  blocks: [{ type: 'content', labels: [] }]
};

/** Blocks with every `dynamic` block replaced by the blocks it generates, each with its iterator in scope. */
export function expandDynamic(
  blocks: readonly Block[],
  evaluation: BodyEvaluation
): { block: Block; variables: Record<string, HclValue> }[] {
  const out: { block: Block; variables: Record<string, HclValue> }[] = [];
  for (const block of blocks) {
    if (block.type !== 'dynamic') {
      out.push({ block, variables: { ...evaluation.variables } });
      continue;
    }
    out.push(...expandOne(block, evaluation));
  }
  return out;
}

function expandOne(
  block: Block,
  evaluation: BodyEvaluation
): { block: Block; variables: Record<string, HclValue> }[] {
  const { diagnostics } = evaluation.environment;
  const type = block.labels[0];
  if (type === undefined || block.labels.length !== 1) {
    diagnostics.push(
      errorAt(
        block.typeRange,
        'Invalid dynamic block',
        'A dynamic block takes one label: the type of the blocks it generates.'
      )
    );
    return [];
  }
  const content = bodyContent(block.body, DYNAMIC_SCHEMA, diagnostics);
  const forEach = content.attributes.get('for_each');
  const templates = content.blocks.filter(inner => inner.type === 'content');
  if (forEach === undefined) return [];
  if (templates.length !== 1) {
    diagnostics.push(
      errorAt(
        block.range,
        'Invalid dynamic block',
        `A dynamic block needs exactly one content block, found ${templates.length}.`
      )
    );
    return [];
  }
  const iteratorAttribute = content.attributes.get('iterator');
  const iterator = iteratorAttribute === undefined ? type : keyword(iteratorAttribute.expr);
  if (iterator === undefined) {
    diagnostics.push(
      errorAt(
        iteratorAttribute!.expr.range,
        'Invalid dynamic iterator name',
        'The iterator must be a single name, such as iterator = device.'
      )
    );
    return [];
  }
  const collection = evaluate(forEach.expr, {
    variables: evaluation.variables,
    functions: evaluation.environment.functions,
    functionContext: evaluation.environment.functionContext
  });
  diagnostics.push(...collection.diagnostics);
  const items: [HclValue, HclValue][] = isList(collection.value)
    ? collection.value.map((value, index) => [index, value])
    : isObject(collection.value)
      ? entriesOf(collection.value)
      : [];
  if (!isList(collection.value) && !isObject(collection.value) && collection.diagnostics.length === 0) {
    diagnostics.push(
      errorAt(
        forEach.expr.range,
        'Invalid dynamic for_each value',
        'Cannot use a value that is not a list, set, map or object in for_each.'
      )
    );
  }
  const template = templates[0]!;
  const labelsAttribute = content.attributes.get('labels');
  return items.flatMap(([key, value]) => {
    const variables = {
      ...evaluation.variables,
      [iterator]: objectOf([
        ['key', key],
        ['value', value]
      ])
    };
    let labels: string[] = [];
    if (labelsAttribute !== undefined) {
      const result = evaluate(labelsAttribute.expr, {
        variables,
        functions: evaluation.environment.functions,
        functionContext: evaluation.environment.functionContext
      });
      diagnostics.push(...result.diagnostics);
      if (!isList(result.value) || !result.value.every(label => typeof label === 'string')) {
        if (result.diagnostics.length === 0)
          diagnostics.push(
            errorAt(
              labelsAttribute.expr.range,
              'Invalid dynamic block labels',
              'labels must be a list of strings, such as labels = ["shell"].'
            )
          );
        return [];
      }
      labels = result.value as string[];
    }
    const labelRanges = labels.map(() => block.labelRanges[0]!);
    return [
      {
        block: {
          ...template,
          type,
          labels,
          labelRanges,
          typeRange: block.labelRanges[0]!,
          range: block.range
        },
        variables
      }
    ];
  });
}

/** Every traversal in a body, nested and dynamic blocks included (for ordering data sources). */
export function bodyReferences(body: Body): Traversal[] {
  return [
    ...body.attributes.flatMap(attribute => references(attribute.expr)),
    ...body.blocks.flatMap(block => bodyReferences(block.body))
  ];
}
