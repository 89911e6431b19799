// The HCL2 evaluator: values for expressions, and what can be read from an expression without evaluating it.

export type { EvalContext } from './context.js';
export { evaluate, evaluateConstant, typeConstraint } from './evaluator.js';
export { keyword } from './keyword.js';
export { references, type Traversal } from './references.js';
export { renderTemplate } from './render-template.js';
