// How deeply the syntax may nest. Real templates stay far below; deeper input is refused with a
// diagnostic before the recursive parser and evaluator could exhaust the stack and throw.

/** Expressions inside expressions (parentheses, brackets, calls, templates in templates), blocks in blocks, directives in directives. */
export const MAX_NESTING = 200;

/** Objects and arrays inside each other in a JSON document. */
export const MAX_JSON_NESTING = 1000;
