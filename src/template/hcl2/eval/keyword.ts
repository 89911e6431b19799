// An expression read as a bare word (hcl.ExprAsKeyword): `string` in `type = string`, an object key
// `name` in `{ name = 1 }`. In the JSON syntax a string is read the same way: "string" is the keyword.

import type { Expression } from '../syntax/ast.js';
import { identifierLength } from '../syntax/lexer.js';

/** The word an expression consists of, or undefined when it is anything more than one identifier. */
export function keyword(expr: Expression): string | undefined {
  switch (expr.kind) {
    case 'scopeTraversal':
      return expr.steps.length === 0 ? expr.root : undefined;
    case 'literal':
      // `true`, `false` and `null` are words too (hcl's static traversal of them).
      if (expr.value === null) return 'null';
      return typeof expr.value === 'boolean' ? String(expr.value) : undefined;
    case 'template': {
      if (expr.json === undefined) return undefined;
      const text = expr.json.text.trim();
      return text !== '' && identifierLength(text, 0) === text.length ? text : undefined;
    }
    default:
      return undefined;
  }
}
