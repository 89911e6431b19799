// The variables an expression refers to (hclsyntax's Variables()): `local.a`, `var.list[0]`, without
// evaluating anything, so locals can be ordered and a cycle found before any value exists. Names a `for`
// expression or directive declares are its own, not references. The walk keeps its own stack, so even a
// very long chain of operators is walked without recursion.

import type { Range } from '../diagnostics.js';
import type { Expression, TemplatePart, TraversalStep } from '../syntax/ast.js';

export interface Traversal {
  readonly root: string;
  /** Attribute names and literal index keys, in order, up to the first step that is not literal. */
  readonly steps: readonly (string | number)[];
  readonly range: Range;
}

/** Something left to walk, with the names declared around it. */
type Pending = readonly [Expression | TemplatePart, ReadonlySet<string>];

export function references(expr: Expression): Traversal[] {
  const found: Traversal[] = [];
  // Children are pushed in reverse so they come off the stack in source order.
  const stack: Pending[] = [[expr, new Set()]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, locals] = next;
    const traversal = visit(node, locals, children => {
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    });
    if (traversal !== undefined) found.push(traversal);
  }
  return found;
}

function staticSteps(steps: readonly TraversalStep[]): (string | number)[] {
  const result: (string | number)[] = [];
  for (const step of steps) {
    if (step.kind === 'attr') result.push(step.name);
    else if (typeof step.key === 'string' || typeof step.key === 'number') result.push(step.key);
    else break;
  }
  return result;
}

/** A node's own reference, if it is one; its children go to `walk`. */
function visit(
  node: Expression | TemplatePart,
  locals: ReadonlySet<string>,
  walk: (children: Pending[]) => void
): Traversal | undefined {
  const all = (...children: (Expression | TemplatePart | undefined)[]): undefined => {
    walk(children.filter(child => child !== undefined).map(child => [child, locals] as const));
    return undefined;
  };
  switch (node.kind) {
    case 'scopeTraversal':
      return locals.has(node.root)
        ? undefined
        : { root: node.root, steps: staticSteps(node.steps), range: node.range };
    case 'relativeTraversal':
      return all(node.source);
    case 'template':
      return all(...node.parts);
    case 'functionCall':
      return all(...node.args);
    case 'conditional':
      return all(node.condition, node.trueResult, node.falseResult);
    case 'binaryOp':
      return all(node.lhs, node.rhs);
    case 'unaryOp':
      return all(node.operand);
    case 'tuple':
      return all(...node.items);
    case 'object':
      // A bare name as a key is the key itself, not a reference.
      return all(
        ...node.items.flatMap(item => [
          item.forceNonLiteral || !(item.key.kind === 'scopeTraversal' && item.key.steps.length === 0)
            ? item.key
            : undefined,
          item.value
        ])
      );
    case 'for': {
      // A `for` expression or a `for` directive: the collection is outside, the rest sees the names.
      const inner = withNames(locals, node.keyVar, node.valueVar);
      const scoped = 'body' in node ? node.body : [node.keyExpr, node.valueExpr, node.condition];
      walk([
        [node.collection, locals],
        ...scoped.filter(child => child !== undefined).map(child => [child, inner] as const)
      ]);
      return undefined;
    }
    case 'index':
      return all(node.collection, node.key);
    case 'splat':
      return all(node.source, node.each);
    case 'parentheses':
      return all(node.expr);
    case 'interpolation':
      return all(node.expr);
    case 'if':
      return all(node.condition, ...node.then, ...node.else);
    case 'text':
    case 'literal':
    case 'splatItem':
    case 'invalid':
      return undefined;
  }
}

function withNames(locals: ReadonlySet<string>, keyVar: string | undefined, valueVar: string): Set<string> {
  const inner = new Set(locals);
  if (keyVar !== undefined) inner.add(keyVar);
  inner.add(valueVar);
  return inner;
}
