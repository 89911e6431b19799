// Type constraints as variables declare them (`type = list(string)`), read the way HCL's typeexpr reads
// them: keywords string, number, bool, any; constructors list(), set(), map(), tuple([...]) and
// object({...}) whose attributes may be optional(type[, default]). The expression is never evaluated,
// only read; an optional attribute's default is a constant, evaluated with no variables or functions.

import { errorAt, type Diagnostic, type Range } from '../diagnostics.js';
import type { Expression, FunctionCallExpr } from '../syntax/ast.js';
import { parseExpressionText } from '../syntax/parser.js';
import { convert, type HclType, type HclValue } from '../value.js';
import { keyword } from './keyword.js';
import { conversionMessage } from './traverse.js';

const INVALID = 'Invalid type specification';

/** Evaluates an optional attribute's default; supplied by the evaluator. */
export type ConstantEvaluator = (expr: Expression) => { value: HclValue; diagnostics: Diagnostic[] };

export function readTypeConstraint(
  expr: Expression,
  evaluateConstant: ConstantEvaluator
): { type?: HclType; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let source = expr;
  if (expr.kind === 'template' && expr.json !== undefined) {
    // The JSON syntax writes a type as a string: "list(string)".
    const parsed = parseExpressionText(expr.json);
    if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
    source = parsed.expr;
  }
  const type = new TypeReader(diagnostics, evaluateConstant).read(source);
  return diagnostics.some(diagnostic => diagnostic.severity === 'error')
    ? { diagnostics }
    : { type, diagnostics };
}

class TypeReader {
  constructor(
    private readonly diagnostics: Diagnostic[],
    private readonly evaluateConstant: ConstantEvaluator
  ) {}

  private fail(range: Range, detail: string, summary = INVALID): HclType {
    this.diagnostics.push(errorAt(range, summary, detail));
    return { kind: 'any' };
  }

  read(expr: Expression): HclType {
    const word = keyword(expr);
    switch (word) {
      case 'bool':
      case 'string':
      case 'number':
      case 'any':
        return { kind: word };
      case 'list':
      case 'map':
      case 'set':
        return this.fail(
          expr.range,
          `The ${word} type constructor requires one argument specifying the element type.`
        );
      case 'object':
        return this.fail(
          expr.range,
          'The object type constructor requires one argument specifying the attribute types and values as a map.'
        );
      case 'tuple':
        return this.fail(
          expr.range,
          'The tuple type constructor requires one argument specifying the element types as a list.'
        );
      case undefined:
        break;
      default:
        return this.fail(expr.range, `The keyword "${word}" is not a valid type specification.`);
    }
    if (expr.kind !== 'functionCall')
      return this.fail(
        expr.range,
        'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).'
      );
    return this.call(expr);
  }

  private call(call: FunctionCallExpr): HclType {
    const argsRange: Range = {
      file: call.range.file,
      start: call.openParenRange.start,
      end: call.closeParenRange.end
    };
    switch (call.name) {
      case 'bool':
      case 'string':
      case 'number':
        return this.fail(argsRange, `Primitive type keyword "${call.name}" does not expect arguments.`);
      case 'any':
        return this.fail(argsRange, `Type constraint keyword "${call.name}" does not expect arguments.`);
      case 'optional':
        return this.fail(
          call.nameRange,
          `Keyword "${call.name}" is valid only as a modifier for object type attributes.`
        );
      case 'list':
      case 'set':
      case 'map':
      case 'object':
      case 'tuple':
        break;
      default:
        return this.fail(call.range, `Keyword "${call.name}" is not a valid type constructor.`);
    }
    if (call.args.length !== 1) {
      const subject =
        call.args.length > 1
          ? {
              file: call.range.file,
              start: call.args[1]!.range.start,
              end: call.args[call.args.length - 1]!.range.end
            }
          : argsRange;
      const detail =
        call.name === 'object'
          ? 'The object type constructor requires one argument specifying the attribute types and values as a map.'
          : call.name === 'tuple'
            ? 'The tuple type constructor requires one argument specifying the element types as a list.'
            : `The ${call.name} type constructor requires one argument specifying the element type.`;
      return this.fail(subject, detail);
    }
    const argument = call.args[0]!;
    switch (call.name) {
      case 'list':
      case 'set':
      case 'map':
        return { kind: call.name, element: this.read(argument) };
      case 'tuple':
        if (argument.kind !== 'tuple')
          return this.fail(argument.range, 'Tuple type constructor requires a list of element types.');
        return { kind: 'tuple', elements: argument.items.map(item => this.read(item)) };
      default:
        return this.object(argument);
    }
  }

  private object(argument: Expression): HclType {
    if (argument.kind !== 'object')
      return this.fail(
        argument.range,
        'Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.'
      );
    const attributes: Record<string, HclType> = {};
    const optional: Record<string, { default?: HclValue }> = {};
    for (const item of argument.items) {
      const name = item.forceNonLiteral ? undefined : keyword(item.key);
      if (name === undefined) {
        this.fail(item.key.range, 'Object constructor map keys must be attribute names.');
        continue;
      }
      if (Object.hasOwn(attributes, name)) {
        this.fail(item.key.range, 'Object constructor map keys must be unique.');
        continue;
      }
      let typeExpr = item.value;
      let defaultExpr: Expression | undefined;
      let isOptional = false;
      if (typeExpr.kind === 'functionCall' && typeExpr.name === 'optional') {
        const args = typeExpr.args;
        const argsRange = {
          file: typeExpr.range.file,
          start: typeExpr.openParenRange.start,
          end: typeExpr.closeParenRange.end
        };
        if (args.length < 1) {
          this.fail(argsRange, 'Optional attribute modifier requires the attribute type as its argument.');
          continue;
        }
        if (args.length > 2)
          this.fail(
            argsRange,
            'Optional attribute modifier expects at most two arguments: the attribute type, and a default value.'
          );
        else isOptional = true;
        defaultExpr = args.length === 2 ? args[1] : undefined;
        typeExpr = args[0]!;
      }
      const type = this.read(typeExpr);
      attributes[name] = type;
      if (!isOptional) continue;
      if (defaultExpr === undefined) {
        optional[name] = {};
        continue;
      }
      const constant = this.evaluateConstant(defaultExpr);
      this.diagnostics.push(...constant.diagnostics);
      if (constant.diagnostics.some(diagnostic => diagnostic.severity === 'error')) continue;
      try {
        optional[name] = { default: convert(constant.value, type) };
      } catch (error) {
        this.fail(
          defaultExpr.range,
          `This default value is not compatible with the attribute's type constraint: ${conversionMessage(error)}.`,
          'Invalid default value for optional attribute'
        );
      }
    }
    return Object.keys(optional).length === 0
      ? { kind: 'object', attributes }
      : { kind: 'object', attributes, optional };
  }
}
