// Test helpers for the HCL2 syntax: a compact rendering of expression trees (so precedence
// and structure read at a glance), diagnostics as one line each, and markers that say where a range is.

import type { Diagnostic } from '../../../src/template/hcl2/diagnostics.js';
import type { Expression, TemplatePart, TraversalStep } from '../../../src/template/hcl2/syntax/ast.js';

/** An expression as a short string: binary operations fully parenthesized, templates quoted. */
export function show(expr: Expression): string {
  switch (expr.kind) {
    case 'literal':
      return JSON.stringify(expr.value);
    case 'template':
      return `"${expr.parts.map(showPart).join('')}"`;
    case 'scopeTraversal':
      return expr.root + expr.steps.map(showStep).join('');
    case 'relativeTraversal':
      return show(expr.source) + expr.steps.map(showStep).join('');
    case 'functionCall':
      return `${expr.name}(${expr.args.map(show).join(', ')}${expr.expandFinal ? '...' : ''})`;
    case 'conditional':
      return `(${show(expr.condition)} ? ${show(expr.trueResult)} : ${show(expr.falseResult)})`;
    case 'binaryOp':
      return `(${show(expr.lhs)} ${expr.op} ${show(expr.rhs)})`;
    case 'unaryOp':
      return `(${expr.op}${show(expr.operand)})`;
    case 'tuple':
      return `[${expr.items.map(show).join(', ')}]`;
    case 'object':
      return `{${expr.items.map(item => `${show(item.key)} = ${show(item.value)}`).join(', ')}}`;
    case 'for': {
      const names = expr.keyVar === undefined ? expr.valueVar : `${expr.keyVar}, ${expr.valueVar}`;
      const body =
        expr.keyExpr === undefined
          ? show(expr.valueExpr)
          : `${show(expr.keyExpr)} => ${show(expr.valueExpr)}`;
      const tail = `${expr.group ? '...' : ''}${expr.condition === undefined ? '' : ` if ${show(expr.condition)}`}`;
      return expr.keyExpr === undefined
        ? `[for ${names} in ${show(expr.collection)}: ${body}${tail}]`
        : `{for ${names} in ${show(expr.collection)}: ${body}${tail}}`;
    }
    case 'index':
      return `${show(expr.collection)}[${show(expr.key)}]`;
    case 'splat':
      return `${show(expr.source)}${expr.splat === 'full' ? '[*]' : '.*'}{${show(expr.each)}}`;
    case 'splatItem':
      return '@';
    case 'parentheses':
      return `(${show(expr.expr)})`;
    case 'invalid':
      return '<invalid>';
  }
}

function showStep(step: TraversalStep): string {
  if (step.kind === 'attr') return `.${step.name}`;
  return step.legacy ? `.${String(step.key)}` : `[${JSON.stringify(step.key)}]`;
}

function showPart(part: TemplatePart): string {
  switch (part.kind) {
    case 'text':
      return part.value;
    case 'interpolation':
      return `\${${show(part.expr)}}`;
    case 'if':
      return `%{if ${show(part.condition)}}${part.then.map(showPart).join('')}%{else}${part.else.map(showPart).join('')}%{endif}`;
    case 'for':
      return `%{for ${part.keyVar === undefined ? '' : `${part.keyVar}, `}${part.valueVar} in ${show(part.collection)}}${part.body.map(showPart).join('')}%{endfor}`;
  }
}

/** A diagnostic as `line:column-line:column Summary; detail`. */
export function describe1(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.summary}; ${diagnostic.detail ?? ''}`;
}

export const lines = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map(describe1);

/**
 * Removes the markers ▶ (a range's start) and ◀ (its end) from a fixture and says where they were, as
 * `line:column-line:column`, so a test states a range by pointing at it.
 */
export function marked(text: string): { text: string; at: string } {
  const start = text.indexOf('▶');
  const withoutStart = text.replace('▶', '');
  const end = withoutStart.indexOf('◀');
  const clean = withoutStart.replace('◀', '');
  const position = (index: number): string => {
    const before = [...clean.slice(0, index)];
    const line = before.filter(char => char === '\n').length + 1;
    const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
    return `${line}:${column}`;
  };
  return { text: clean, at: `${position(start)}-${position(end === -1 ? start : end)}` };
}
