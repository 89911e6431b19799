// The HCL2 syntax tree, as the native syntax (and the JSON syntax, for expressions) produces it. Every
// node carries the range it was read from, so a later complaint (an unknown variable, a wrong type) can
// point at the exact characters. Nothing here is evaluated: expressions are kept as written, and the
// evaluator (../eval/) gives them values later, in a context the Packer layer builds.

import type { Range } from '../diagnostics.js';
import type { HclValue } from '../value.js';
import type { PositionedText } from './source.js';

// ---- Structure: bodies, attributes, blocks ----

export interface Body {
  /** Attributes in source order; a name set twice is reported once and kept only the first time. */
  readonly attributes: readonly Attribute[];
  readonly blocks: readonly Block[];
  /** Attributes and blocks together, in source order. */
  readonly items: readonly (Attribute | Block)[];
  readonly range: Range;
}

export interface Attribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly nameRange: Range;
  readonly expr: Expression;
  /** From the name to the end of the value. */
  readonly range: Range;
}

export interface Block {
  readonly kind: 'block';
  readonly type: string;
  readonly typeRange: Range;
  /** Quoted or bare labels, as written: `source "amazon-ebs" "web"` has ["amazon-ebs", "web"]. */
  readonly labels: readonly string[];
  readonly labelRanges: readonly Range[];
  readonly body: Body;
  /** From the type to the closing brace. */
  readonly range: Range;
}

// ---- Expressions ----

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | ScopeTraversalExpr
  | RelativeTraversalExpr
  | FunctionCallExpr
  | ConditionalExpr
  | BinaryOpExpr
  | UnaryOpExpr
  | TupleConsExpr
  | ObjectConsExpr
  | ForExpr
  | IndexExpr
  | SplatExpr
  | SplatItemExpr
  | ParenthesesExpr
  | InvalidExpr;

/** A number, `true`, `false` or `null` (and, from the JSON syntax, a key string). */
export interface LiteralExpr {
  readonly kind: 'literal';
  readonly value: HclValue;
  readonly range: Range;
}

/**
 * A quoted string, a heredoc, or a whole template file. Strip markers (`~`) and the `<<-` indentation
 * rule are already applied to the text parts. A template of exactly one interpolation and nothing else
 * (`"${var.list}"`) evaluates to that value unconverted, as HCL unwraps it.
 */
export interface TemplateExpr {
  readonly kind: 'template';
  readonly parts: readonly TemplatePart[];
  readonly range: Range;
  /**
   * Set for a string of the JSON syntax: its text and where each character sits. Static analysis reads
   * such a string as HCL's JSON syntax does: "string" is a keyword, "list(string)" a type expression.
   */
  readonly json?: PositionedText;
}

export type TemplatePart = TemplateText | TemplateInterpolation | TemplateIf | TemplateFor;

export interface TemplateText {
  readonly kind: 'text';
  /** Escapes decoded (`\n`, `$${` to `${`), strip markers applied. */
  readonly value: string;
  readonly range: Range;
}

export interface TemplateInterpolation {
  readonly kind: 'interpolation';
  readonly expr: Expression;
  /** From `${` to `}`. */
  readonly range: Range;
}

/** `%{ if cond }...%{ else }...%{ endif }`; `else` is empty when the directive has none. */
export interface TemplateIf {
  readonly kind: 'if';
  readonly condition: Expression;
  readonly then: readonly TemplatePart[];
  readonly else: readonly TemplatePart[];
  /** From `%{ if` to the closing `}` of `%{ endif }`. */
  readonly range: Range;
}

/** `%{ for k, v in coll }...%{ endfor }`: the body rendered once per element, joined. */
export interface TemplateFor {
  readonly kind: 'for';
  readonly keyVar?: string;
  readonly valueVar: string;
  readonly collection: Expression;
  readonly body: readonly TemplatePart[];
  readonly range: Range;
}

/** One step after a name: `.attr`, `[0]` / `["key"]` with a literal key, or the legacy `.0`. */
export type TraversalStep =
  | { readonly kind: 'attr'; readonly name: string; readonly range: Range }
  | { readonly kind: 'index'; readonly key: HclValue; readonly range: Range; readonly legacy?: boolean };

/** `var.region`, `local.tags["Name"]`, `each.value.0`: a variable and literal steps into it. */
export interface ScopeTraversalExpr {
  readonly kind: 'scopeTraversal';
  readonly root: string;
  readonly rootRange: Range;
  readonly steps: readonly TraversalStep[];
  readonly range: Range;
}

/** Literal steps applied to some other expression's value: `func().a`, `(x)[0]`, `[*].name` inside a splat. */
export interface RelativeTraversalExpr {
  readonly kind: 'relativeTraversal';
  readonly source: Expression;
  readonly steps: readonly TraversalStep[];
  readonly range: Range;
}

export interface FunctionCallExpr {
  readonly kind: 'functionCall';
  readonly name: string;
  readonly nameRange: Range;
  readonly args: readonly Expression[];
  /** The last argument was followed by `...`: its elements are the remaining arguments. */
  readonly expandFinal: boolean;
  readonly openParenRange: Range;
  readonly closeParenRange: Range;
  readonly range: Range;
}

export interface ConditionalExpr {
  readonly kind: 'conditional';
  readonly condition: Expression;
  readonly trueResult: Expression;
  readonly falseResult: Expression;
  readonly range: Range;
}

export type BinaryOperator =
  '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryOpExpr {
  readonly kind: 'binaryOp';
  readonly op: BinaryOperator;
  readonly lhs: Expression;
  readonly rhs: Expression;
  readonly range: Range;
}

export interface UnaryOpExpr {
  readonly kind: 'unaryOp';
  readonly op: '-' | '!';
  readonly operand: Expression;
  readonly symbolRange: Range;
  readonly range: Range;
}

export interface TupleConsExpr {
  readonly kind: 'tuple';
  readonly items: readonly Expression[];
  readonly range: Range;
}

export interface ObjectConsItem {
  /**
   * The key as written. A bare identifier (`name = ...`) is a literal key, read with keyword();
   * anything else (a quoted template, `(var.key)`) is evaluated and converted to a string.
   */
  readonly key: Expression;
  /** The key was parenthesized: always an expression, never a literal name. */
  readonly forceNonLiteral: boolean;
  readonly value: Expression;
  readonly range: Range;
}

export interface ObjectConsExpr {
  readonly kind: 'object';
  readonly items: readonly ObjectConsItem[];
  readonly range: Range;
  /**
   * From the JSON syntax: a key given twice is an error when the object is evaluated as a value (the
   * native syntax lets the later one win). The Packer layer reading blocks sees every item regardless.
   */
  readonly uniqueKeys?: true;
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface ForExpr {
  readonly kind: 'for';
  readonly keyVar?: string;
  readonly valueVar: string;
  readonly collection: Expression;
  /** Present for the object form. */
  readonly keyExpr?: Expression;
  readonly valueExpr: Expression;
  readonly condition?: Expression;
  /** `...` after the value: values with the same key are grouped into a tuple. */
  readonly group: boolean;
  readonly range: Range;
}

/** An index whose key is computed: `var.amis[var.region]`. */
export interface IndexExpr {
  readonly kind: 'index';
  readonly collection: Expression;
  readonly key: Expression;
  /** From `[` to `]`. */
  readonly bracketRange: Range;
  readonly range: Range;
}

/**
 * `source[*].a[0]` (full: every step after `[*]` applies to each element) or `source.*.a` (attribute-only:
 * only the `.attr` steps right after `.*` do). `each` is evaluated once per element with `item` standing
 * for the element.
 */
export interface SplatExpr {
  readonly kind: 'splat';
  readonly splat: 'full' | 'attribute';
  readonly source: Expression;
  readonly each: Expression;
  readonly item: SplatItemExpr;
  /** `[*]` or `.*`. */
  readonly markerRange: Range;
  readonly range: Range;
}

/** The element a splat is working on; only meaningful inside its SplatExpr's `each`. */
export interface SplatItemExpr {
  readonly kind: 'splatItem';
  readonly range: Range;
}

export interface ParenthesesExpr {
  readonly kind: 'parentheses';
  readonly expr: Expression;
  readonly range: Range;
}

/** Stands where a syntax error left no expression; its diagnostic was already reported by the parser. */
export interface InvalidExpr {
  readonly kind: 'invalid';
  readonly range: Range;
}
