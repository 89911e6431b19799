// The variables an expression refers to (hclsyntax's Variables()): `local.a`, `var.list[0]`, without
// evaluating anything, so locals can be ordered and a cycle found before any value exists. Names a `for`
// expression or directive declares are its own, not references.

import type { Range } from '../diagnostics.js';
import type { Expression, TemplatePart, TraversalStep } from '../syntax/ast.js';

export interface Traversal {
  readonly root: string;
  /** Attribute names and literal index keys, in order, up to the first step that is not literal. */
  readonly steps: readonly (string | number)[];
  readonly range: Range;
}

export function references(expr: Expression): Traversal[] {
  const found: Traversal[] = [];
  walk(expr, new Set(), found);
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

function walk(expr: Expression, locals: ReadonlySet<string>, found: Traversal[]): void {
  const visit = (child: Expression): void => walk(child, locals, found);
  switch (expr.kind) {
    case 'scopeTraversal':
      if (!locals.has(expr.root))
        found.push({ root: expr.root, steps: staticSteps(expr.steps), range: expr.range });
      return;
    case 'relativeTraversal':
      return visit(expr.source);
    case 'template':
      return walkParts(expr.parts, locals, found);
    case 'functionCall':
      return expr.args.forEach(visit);
    case 'conditional':
      return [expr.condition, expr.trueResult, expr.falseResult].forEach(visit);
    case 'binaryOp':
      return [expr.lhs, expr.rhs].forEach(visit);
    case 'unaryOp':
      return visit(expr.operand);
    case 'tuple':
      return expr.items.forEach(visit);
    case 'object':
      for (const item of expr.items) {
        // A bare name as a key is the key itself, not a reference.
        if (item.forceNonLiteral || !(item.key.kind === 'scopeTraversal' && item.key.steps.length === 0))
          visit(item.key);
        visit(item.value);
      }
      return;
    case 'for': {
      visit(expr.collection);
      const inner = withNames(locals, expr.keyVar, expr.valueVar);
      for (const child of [expr.keyExpr, expr.valueExpr, expr.condition])
        if (child !== undefined) walk(child, inner, found);
      return;
    }
    case 'index':
      return [expr.collection, expr.key].forEach(visit);
    case 'splat':
      return [expr.source, expr.each].forEach(visit);
    case 'parentheses':
      return visit(expr.expr);
    case 'literal':
    case 'splatItem':
    case 'invalid':
      return;
  }
}

function walkParts(parts: readonly TemplatePart[], locals: ReadonlySet<string>, found: Traversal[]): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        break;
      case 'interpolation':
        walk(part.expr, locals, found);
        break;
      case 'if':
        walk(part.condition, locals, found);
        walkParts(part.then, locals, found);
        walkParts(part.else, locals, found);
        break;
      case 'for':
        walk(part.collection, locals, found);
        walkParts(part.body, withNames(locals, part.keyVar, part.valueVar), found);
        break;
    }
  }
}

function withNames(locals: ReadonlySet<string>, keyVar: string | undefined, valueVar: string): Set<string> {
  const inner = new Set(locals);
  if (keyVar !== undefined) inner.add(keyVar);
  inner.add(valueVar);
  return inner;
}
