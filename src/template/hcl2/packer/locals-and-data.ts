// Locals and data sources, evaluated in the order their references ask for (Packer builds one graph of
// both: a data source may read a local and a local may read a data source). A reference to a local or
// data source that does not exist, or a cycle, is an error naming it; everything else goes on.

import { errorAt, hasErrors, type Diagnostic, type Range } from '../diagnostics.js';
import { evaluate, references } from '../eval/index.js';
import type { Block, Expression } from '../syntax/ast.js';
import type { HclObject, HclValue } from '../value.js';
import type { ConfigFile } from './config-file.js';
import { readsPoisoned, reportSecrets, type HclEnvironment } from './environment.js';
import { bodyContent, checkNameLabel } from './schema.js';
import { bodyReferences } from './body-json.js';
import { rootVariables, type TemplateValues } from './scope.js';

interface LocalNode {
  readonly kind: 'local';
  readonly key: string;
  readonly name: string;
  readonly expr: Expression;
  readonly sensitive: boolean;
  readonly range: Range;
  readonly dependencies: readonly { key: string; range: Range }[];
}

interface DataNode {
  readonly kind: 'data';
  readonly key: string;
  readonly type: string;
  readonly name: string;
  readonly block: Block;
  readonly range: Range;
  readonly dependencies: readonly { key: string; range: Range }[];
}

type Node = LocalNode | DataNode;

/** How a data block becomes its outputs: mocked while validating, resolved through AWS when building. */
export type DataSourceEvaluator = (block: Block, values: TemplateValues) => Promise<HclObject | undefined>;

const LOCAL_SCHEMA = { attributes: ['expression', 'sensitive'], required: ['expression'] };

/** Fills `values.locals` and `values.data`, in dependency order. */
export async function evaluateLocalsAndData(
  files: readonly ConfigFile[],
  values: TemplateValues,
  environment: HclEnvironment,
  evaluateData: DataSourceEvaluator
): Promise<void> {
  const nodes = collectNodes(files, environment.diagnostics, environment);
  const ordered = order(nodes, environment.diagnostics);
  // What a cycle left out has no value: what reads it must not report that again.
  for (const key of nodes.keys()) if (!ordered.some(node => node.key === key)) environment.poisoned.add(key);
  for (const node of ordered) {
    if (node.kind === 'local') {
      if (readsPoisoned(node.expr, environment.poisoned)) {
        environment.poisoned.add(node.key);
        continue;
      }
      const result = evaluate(node.expr, {
        variables: rootVariables(values),
        functions: environment.functions,
        functionContext: environment.functionContext
      });
      environment.diagnostics.push(...result.diagnostics);
      if (hasErrors(result.diagnostics)) {
        environment.poisoned.add(node.key);
        continue;
      }
      if (node.sensitive) reportSecrets(result.value, environment.secret);
      values.locals.set(node.name, result.value);
    } else {
      const outputs = await evaluateData(node.block, values);
      if (outputs === undefined) {
        environment.poisoned.add(node.key);
        continue;
      }
      const byName = values.data.get(node.type) ?? new Map<string, HclValue>();
      byName.set(node.name, outputs);
      values.data.set(node.type, byName);
    }
  }
}

function collectNodes(
  files: readonly ConfigFile[],
  diagnostics: Diagnostic[],
  environment: HclEnvironment
): Map<string, Node> {
  const nodes = new Map<string, Node>();
  const add = (node: Node) => {
    const earlier = nodes.get(node.key);
    if (earlier !== undefined) {
      const where = `${earlier.range.file}:${earlier.range.start.line}`;
      diagnostics.push(
        errorAt(
          node.range,
          node.kind === 'local' ? 'Duplicate local definition' : 'Duplicate data source',
          node.kind === 'local'
            ? `Local variable "${node.name}" is defined twice (first at ${where}); local names must be unique.`
            : `data "${node.type}" "${node.name}" is defined twice (first at ${where}).`
        )
      );
      return;
    }
    nodes.set(node.key, node);
  };
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.type === 'locals') {
        const { attributes } = bodyContent(block.body, { anyAttributes: true }, diagnostics);
        for (const attribute of attributes.values())
          add(localNode(attribute.name, attribute.expr, false, attribute.nameRange));
      } else if (block.type === 'local') {
        const name = block.labels[0]!;
        checkNameLabel(block, 'local', diagnostics);
        const content = bodyContent(block.body, LOCAL_SCHEMA, diagnostics);
        const expression = content.attributes.get('expression');
        if (expression === undefined) continue;
        const sensitiveAttribute = content.attributes.get('sensitive');
        const sensitive =
          sensitiveAttribute !== undefined &&
          evaluate(sensitiveAttribute.expr, {
            variables: {},
            functions: {},
            functionContext: environment.functionContext
          }).value === true;
        add(localNode(name, expression.expr, sensitive, block.labelRanges[0]!));
      } else if (block.type === 'data') {
        const [type, name] = block.labels as [string, string];
        add({
          kind: 'data',
          key: `data.${type}.${name}`,
          type,
          name,
          block,
          range: block.typeRange,
          dependencies: dependenciesOf(bodyReferences(block.body))
        });
      }
    }
  }
  return nodes;
}

function localNode(name: string, expr: Expression, sensitive: boolean, range: Range): LocalNode {
  return {
    kind: 'local',
    key: `local.${name}`,
    name,
    expr,
    sensitive,
    range,
    dependencies: dependenciesOf(references(expr))
  };
}

function dependenciesOf(
  traversals: readonly { root: string; steps: readonly (string | number)[]; range: Range }[]
) {
  return traversals.flatMap(traversal => {
    if (traversal.root === 'local' && typeof traversal.steps[0] === 'string')
      return [{ key: `local.${traversal.steps[0]}`, range: traversal.range }];
    if (
      traversal.root === 'data' &&
      typeof traversal.steps[0] === 'string' &&
      typeof traversal.steps[1] === 'string'
    )
      return [{ key: `data.${traversal.steps[0]}.${traversal.steps[1]}`, range: traversal.range }];
    return [];
  });
}

/**
 * The nodes in an order where each comes after what it reads. A reference to a missing node is reported
 * (and the node still evaluated, so its own expression's problems show too); a node on a cycle is
 * reported once with the cycle spelled out, and left out.
 */
function order(nodes: ReadonlyMap<string, Node>, diagnostics: Diagnostic[]): Node[] {
  const sorted: Node[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: Node, path: readonly string[]): boolean => {
    const seen = state.get(node.key);
    if (seen === 'done') return true;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(node.key)), node.key];
      diagnostics.push(
        errorAt(
          node.range,
          'Cycle in locals and data sources',
          `These refer to each other in a circle: ${cycle.join(' -> ')}.`
        )
      );
      return false;
    }
    state.set(node.key, 'visiting');
    let ok = true;
    for (const dependency of node.dependencies) {
      const target = nodes.get(dependency.key);
      if (target === undefined) {
        const [kind] = dependency.key.split('.');
        diagnostics.push(
          errorAt(
            dependency.range,
            kind === 'local' ? 'Reference to undeclared local value' : 'Reference to undeclared data source',
            `${dependency.key} is not declared.${kind === 'local' ? ' Declare it in a locals block.' : ' Declare it with a data block.'}`
          )
        );
        continue;
      }
      if (!visit(target, [...path, node.key])) ok = false;
    }
    state.set(node.key, 'done');
    if (ok) sorted.push(node);
    return ok;
  };
  for (const node of nodes.values()) visit(node, []);
  return sorted;
}
