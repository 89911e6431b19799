// Function calls (hclsyntax's finishParsingFunctionCall): `name(args)`, namespaced `a::b(args)`, newlines
// allowed between the parentheses, a trailing comma, and `...` expanding the last argument.

import type { Expression } from './ast.js';
import type { ExpressionParsing } from './expression-parsing.js';
import { rangeBetween } from './source.js';
import { describeToken, type Token } from './tokens.js';

export function parseFunctionCall(p: ExpressionParsing, nameToken: Token): Expression {
  const stream = p.stream;
  let open = stream.read();
  let name = nameToken.text;
  let nameRange = nameToken.range;
  while (open.type === '::') {
    const part = stream.read();
    if (part.type !== 'Ident') {
      stream.error(
        part,
        'Missing function name',
        'Function scope resolution symbol :: must be followed by a function name in this scope.'
      );
      stream.recoverOver('(');
      return { kind: 'invalid', range: rangeBetween(nameToken.range, part.range) };
    }
    name = `${name}::${part.text}`;
    nameRange = rangeBetween(nameToken.range, part.range);
    open = stream.read();
  }
  if (open.type !== '(') {
    stream.error(
      open,
      'Missing open parenthesis',
      'Function selector must be followed by an open parenthesis to begin the function call.'
    );
    stream.recoverOver('(');
    return { kind: 'invalid', range: rangeBetween(nameToken.range, open.range) };
  }

  const args: Expression[] = [];
  let expandFinal = false;
  let close: Token = open;
  stream.pushNewlines(false);
  for (;;) {
    if (stream.peek().type === ')') {
      close = stream.read();
      break;
    }
    const before = p.stream.diagnostics.length;
    args.push(p.parseExpression());
    if (p.stream.recovery && p.stream.diagnostics.length > before) {
      const recovered = stream.recover(')');
      if (recovered.type === ')') close = recovered;
      break;
    }
    const separator = stream.read();
    if (separator.type === ')') {
      close = separator;
      break;
    }
    if (separator.type === '...') {
      expandFinal = true;
      if (stream.peek().type !== ')') {
        if (!p.stream.recovery)
          stream.error(
            separator,
            'Missing closing parenthesis',
            'An expanded function argument (with ...) must be immediately followed by closing parentheses.'
          );
        close = stream.recover(')');
      } else close = stream.read();
      break;
    }
    if (separator.type !== ',') {
      if (separator.type === 'EOF')
        stream.error(
          rangeBetween(nameToken.range, open.range),
          'Unterminated function call',
          'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.'
        );
      else
        stream.error(
          separator,
          'Missing argument separator',
          `A comma is required to separate each function argument from the next; found ${describeToken(separator)}.`
        );
      close = stream.recover(')');
      break;
    }
    if (stream.peek().type === ')') {
      close = stream.read();
      break;
    }
  }
  stream.popNewlines();
  return {
    kind: 'functionCall',
    name,
    nameRange,
    args,
    expandFinal,
    openParenRange: open.range,
    closeParenRange: close.range,
    range: rangeBetween(nameRange, close.range)
  };
}
