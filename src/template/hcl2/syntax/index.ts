// The HCL2 syntax: the tree, and the parsers that build it from native-syntax and JSON-syntax text.

export type * from './ast.js';
export { parseConfig, parseExpression, parseTemplate } from './parser.js';
export { formatPos, rangeBetween } from './source.js';
export { parseJsonExpression } from './json-parser.js';
