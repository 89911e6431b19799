// The structural language (hclsyntax's parser.go, body half): attributes `name = expr` ended by a newline,
// blocks `type "label" label { ... }` and one-line blocks `type { name = expr }`. A broken item is reported
// and skipped to the end of its line (or to the `}` that closes its block), and the body goes on, so
// every mistake in a file is reported in one run.

import type { Range } from '../diagnostics.js';
import type { Attribute, Block, Body } from './ast.js';
import { MAX_NESTING } from './limits.js';
import { ExpressionParser } from './parse-expression.js';
import { decodeLiteral } from './string-literal.js';
import { formatPos, rangeBetween } from './source.js';
import type { TokenStream } from './token-stream.js';
import { describeToken, type Token } from './tokens.js';

export class StructureParser {
  private readonly expressions: ExpressionParser;

  constructor(private readonly stream: TokenStream) {
    this.expressions = new ExpressionParser(stream);
  }

  /** A body up to `end`: the end of the file, or the `}` of a block (consumed). */
  parseBody(end: '}' | 'EOF', startRange: Range): Body {
    const stream = this.stream;
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    const items: (Attribute | Block)[] = [];
    const seen = new Map<string, Attribute>();
    let endRange: Range;
    for (;;) {
      const next = stream.peek();
      if (next.type === end) {
        endRange = stream.read().range;
        break;
      }
      if (next.type === 'Newline') {
        stream.read();
        continue;
      }
      // Each item starts afresh: a mistake on one line does not silence the next line's.
      stream.recovery = false;
      if (next.type === 'Ident') {
        const item = this.parseItem();
        if (item === undefined) continue;
        if (item.kind === 'block') blocks.push(item);
        else {
          const existing = seen.get(item.name);
          if (existing !== undefined) {
            stream.error(
              item.nameRange,
              'Attribute redefined',
              `The argument "${item.name}" was already set at ${formatPos(existing.nameRange)}. Each argument may be set only once.`
            );
            continue;
          }
          seen.set(item.name, item);
          attributes.push(item);
        }
        items.push(item);
        continue;
      }
      if (next.type === 'EOF') {
        stream.error(
          startRange,
          'Unclosed configuration block',
          'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.'
        );
        endRange = stream.prevRange();
        break;
      }
      const bad = stream.read();
      if (bad.type === 'OQuote') {
        const name = stream.recover('CQuote');
        stream.error(
          rangeBetween(bad.range, name.range),
          'Invalid argument name',
          'Argument names must not be quoted.'
        );
        stream.recoverAfterBodyItem();
        continue;
      }
      stream.error(
        bad,
        'Argument or block definition required',
        `An argument or block definition is required here, but found ${describeToken(bad)}.`
      );
      const opens = bad.type === '{' || bad.type === '[' || bad.type === '(';
      stream.recoverAfterBodyItem(opens ? bad.type : undefined);
    }
    return { attributes, blocks, items, range: rangeBetween(startRange, endRange) };
  }

  private parseItem(): Attribute | Block | undefined {
    const stream = this.stream;
    const name = stream.read();
    const next = stream.peek();
    if (next.type === '=') return this.finishAttribute(name, false);
    if (next.type === 'OQuote' || next.type === '{' || next.type === 'Ident') return this.finishBlock(name);
    // `build` with its brace on the next line: a block written wrongly, reported as such.
    if (next.type === 'Newline' && stream.peekPastNewlines().type === '{') return this.finishBlock(name);
    stream.error(
      name,
      'Argument or block definition required',
      `An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value; found ${describeToken(next)} after "${name.text}".`
    );
    stream.recoverAfterBodyItem();
    return undefined;
  }

  private finishAttribute(name: Token, singleLine: boolean): Attribute {
    const stream = this.stream;
    stream.read(); // =
    const before = stream.diagnostics.length;
    const expr = this.expressions.parseExpression();
    let endRange = stream.prevRange();
    if (stream.recovery && stream.diagnostics.length > before) {
      // Recovery inside an expression may have stopped anywhere: start again at the next line.
      stream.recoverAfterBodyItem();
    } else if (!singleLine) {
      const end = stream.peek();
      if (end.type !== 'Newline' && end.type !== 'EOF') {
        if (!stream.recovery) {
          if (end.type === ',')
            stream.error(
              end,
              'Unexpected comma after argument',
              'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.'
            );
          else
            stream.error(
              end,
              'Missing newline after argument',
              `An argument definition must end with a newline, but found ${describeToken(end)}.`
            );
        }
        endRange = stream.prevRange();
        stream.recoverAfterBodyItem();
      } else stream.read();
    }
    return {
      kind: 'attribute',
      name: name.text,
      nameRange: name.range,
      expr,
      range: rangeBetween(name.range, endRange)
    };
  }

  private finishBlock(typeToken: Token): Block {
    const stream = this.stream;
    const labels: string[] = [];
    const labelRanges: Range[] = [];
    let open: Token | undefined;
    while (open === undefined) {
      const token = stream.peek();
      if (token.type === '{') open = stream.read();
      else if (token.type === 'OQuote') {
        const label = this.quotedLabel();
        labels.push(label.value);
        labelRanges.push(label.range);
      } else if (token.type === 'Ident') {
        stream.read();
        labels.push(token.text);
        labelRanges.push(token.range);
      } else {
        if (token.type === '=')
          stream.error(
            token,
            'Invalid block definition',
            'The equals sign "=" indicates an argument definition, and must not be used when defining a block.'
          );
        else if (token.type === 'Newline') {
          stream.error(
            token,
            'Invalid block definition',
            'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.'
          );
          // The brace on the next line: read the block anyway, so its contents are checked too.
          if (stream.peekPastNewlines().type === '{') {
            stream.pushNewlines(false);
            open = stream.read();
            stream.popNewlines();
            continue;
          }
        } else if (!stream.recovery)
          stream.error(
            token,
            'Invalid block definition',
            `Either a quoted string block label or an opening brace ("{") is expected here, but found ${describeToken(token)}.`
          );
        stream.recoverAfterBodyItem();
        const empty: Body = { attributes: [], blocks: [], items: [], range: typeToken.range };
        return {
          kind: 'block',
          type: typeToken.text,
          typeRange: typeToken.range,
          labels,
          labelRanges,
          body: empty,
          range: typeToken.range
        };
      }
    }

    if (stream.blockDepth >= MAX_NESTING) {
      stream.error(
        open,
        'Block too deeply nested',
        `Blocks may be nested at most ${MAX_NESTING} levels deep.`
      );
      stream.recover('}');
      const empty: Body = { attributes: [], blocks: [], items: [], range: open.range };
      return {
        kind: 'block',
        type: typeToken.text,
        typeRange: typeToken.range,
        labels,
        labelRanges,
        body: empty,
        range: typeToken.range
      };
    }
    stream.blockDepth++;
    let body: Body;
    const first = stream.peek().type;
    if (first === 'Newline' || first === 'EOF' || first === '}') body = this.parseBody('}', open.range);
    else body = this.oneLineBody(open);
    stream.blockDepth--;
    const closeRange = stream.prevRange();

    const eol = stream.peek();
    if (eol.type === 'Newline' || eol.type === 'EOF') stream.read();
    else {
      if (!stream.recovery)
        stream.error(
          eol,
          'Missing newline after block definition',
          `A block definition must end with a newline, but found ${describeToken(eol)}.`
        );
      stream.recoverAfterBodyItem();
    }
    return {
      kind: 'block',
      type: typeToken.text,
      typeRange: typeToken.range,
      labels,
      labelRanges,
      body,
      range: rangeBetween(typeToken.range, closeRange)
    };
  }

  /** `type { name = expr }`: one attribute, closed on the same line. */
  private oneLineBody(open: Token): Body {
    const stream = this.stream;
    const empty = (): Body => ({
      attributes: [],
      blocks: [],
      items: [],
      range: rangeBetween(open.range, stream.prevRange())
    });
    const name = stream.read();
    const next = stream.peek();
    let body: Body | undefined;
    if (name.type !== 'Ident') {
      stream.error(
        name,
        'Argument or block definition required',
        `An argument or block definition is required here, but found ${describeToken(name)}.`
      );
      stream.recover('}');
      return empty();
    } else if (next.type === '=') {
      const attribute = this.finishAttribute(name, true);
      body = { attributes: [attribute], blocks: [], items: [attribute], range: attribute.range };
    } else if (next.type === 'OQuote' || next.type === '{' || next.type === 'Ident') {
      stream.error(
        rangeBetween(name.range, next.range),
        'Argument definition required',
        `A single-line block definition can contain only a single argument. If you meant to define argument "${name.text}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`
      );
      stream.recover('}');
      return empty();
    } else {
      stream.error(
        name,
        'Argument or block definition required',
        `An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value; found ${describeToken(next)} after "${name.text}".`
      );
      stream.recover('}');
      return empty();
    }

    const close = stream.peek();
    if (close.type === '}') {
      stream.read();
      return body;
    }
    if (close.type === ',')
      stream.error(
        close,
        'Invalid single-argument block definition',
        'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.'
      );
    else if (close.type === 'Newline')
      stream.error(
        close,
        'Invalid single-argument block definition',
        "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition."
      );
    else if (!stream.recovery) {
      if (close.type === 'EOF')
        stream.error(
          open,
          'Unclosed configuration block',
          'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.'
        );
      else
        stream.error(
          close,
          'Invalid single-argument block definition',
          `A single-line block definition must end with a closing brace immediately after its single argument definition, but found ${describeToken(close)}.`
        );
    }
    stream.recover('}');
    return body;
  }

  /** A block label in quotes: a plain string, no `${}` allowed. */
  private quotedLabel(): { value: string; range: Range } {
    const stream = this.stream;
    const open = stream.read();
    let value = '';
    let endRange: Range;
    for (;;) {
      const token = stream.read();
      if (token.type === 'CQuote') {
        endRange = token.range;
        break;
      }
      if (token.type === 'QuotedLit') {
        value += decodeLiteral(stream.source, token, { quoted: true, diagnostics: stream.diagnostics });
        continue;
      }
      if (token.type === 'TemplateInterp' || token.type === 'TemplateControl') {
        const which = token.type === 'TemplateInterp' ? '$' : '%';
        stream.error(
          token,
          'Invalid string literal',
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`
        );
        value += `${which}{ ... }`;
        stream.recover('TemplateSeqEnd');
        continue;
      }
      if (token.type === 'EOF' || token.type === 'QuotedNewline') {
        stream.error(
          token,
          'Unterminated string literal',
          `Unable to find the closing quote mark before the end of the ${token.type === 'EOF' ? 'file' : 'line'}.`
        );
        endRange = token.range;
        break;
      }
      stream.error(token, 'Invalid string literal', 'This item is not valid in a string literal.');
      stream.recover('CQuote');
      endRange = token.range;
      break;
    }
    return { value, range: rangeBetween(open.range, endRange) };
  }
}
