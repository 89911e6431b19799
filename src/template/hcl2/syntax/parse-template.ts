// Templates: the inside of a quoted string, of a heredoc, or a whole template file. First a flat list of
// pieces (text, `${ }`, `%{ if }`, `%{ else }`, ...) with strip markers and the `<<-` indentation rule
// applied, as hclsyntax's parseTemplateParts does; then the directives are matched into a tree.

import { editDistance } from '../../suggest.js';
import type { Range } from '../diagnostics.js';
import type { Expression, TemplatePart } from './ast.js';
import { formatPos, rangeBetween } from './source.js';
import { MAX_NESTING } from './limits.js';
import { decodeLiteral } from './string-literal.js';
import type { TokenStream } from './token-stream.js';
import type { Token, TokenType } from './tokens.js';

/** What a `%{ }` sequence says. */
type Directive =
  | { kind: 'if'; condition: Expression }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expression }
  | { kind: 'else' | 'endif' | 'endfor' };

/** A piece of a template before directives are matched. */
type Piece =
  | { kind: 'text'; value: string; range: Range; start: number; end: number }
  | { kind: 'interpolation'; expr: Expression; range: Range }
  | (Directive & { range: Range })
  | { kind: 'end'; range: Range };

export interface ParsedTemplate {
  readonly parts: TemplatePart[];
  /** From the first token after the opener to the closer. */
  readonly range: Range;
}

/**
 * Parses template tokens up to `end` (the closing quote, the heredoc marker, or the end of the file),
 * with `parseExpression` for what is inside `${ }` and directives. `flush` applies the `<<-` rule.
 */
export function parseTemplateTokens(
  stream: TokenStream,
  { end, flush }: { readonly end: TokenType; readonly flush: boolean },
  parseExpression: () => Expression
): ParsedTemplate {
  const { pieces, range } = readPieces(stream, end, parseExpression);
  if (flush) flushIndentation(stream, pieces);
  const melded = meldText(pieces);
  const builder = new TreeBuilder(stream, melded);
  return { parts: builder.parseRoot(), range };
}

function readPieces(
  stream: TokenStream,
  end: TokenType,
  parseExpression: () => Expression
): { pieces: Piece[]; range: Range } {
  const pieces: Piece[] = [];
  const startRange = stream.peek().range;
  let endRange: Range;
  let trimNextStart = false;
  let canTrimPrevious = false;

  // `${~` and `%{~` strip the spaces (and newlines) ending the text right before them.
  const trimPreviousEnd = (opener: Token, afterText: boolean): void => {
    const previous = pieces[pieces.length - 1];
    if (afterText && opener.text.endsWith('~') && previous?.kind === 'text')
      previous.value = previous.value.trimEnd();
  };
  const closeSequence = (): Token | undefined => {
    const close = stream.peek();
    if (close.type !== 'TemplateSeqEnd') return undefined;
    stream.read();
    trimNextStart = close.text.startsWith('~');
    return close;
  };

  for (;;) {
    const token = stream.read();
    if (token.type === end) {
      endRange = token.range;
      break;
    }
    const trimStart = trimNextStart;
    trimNextStart = false;
    const afterText = canTrimPrevious;
    canTrimPrevious = false;

    if (token.type === 'QuotedLit' || token.type === 'StringLit') {
      let value = decodeLiteral(stream.source, token, {
        quoted: token.type === 'QuotedLit',
        diagnostics: stream.diagnostics
      });
      if (trimStart) value = value.trimStart();
      pieces.push({ kind: 'text', value, range: token.range, start: token.start, end: token.end });
      canTrimPrevious = true;
      continue;
    }
    if (token.type === 'TemplateInterp') {
      trimPreviousEnd(token, afterText);
      stream.pushNewlines(false);
      const expr = parseExpression();
      const close = closeSequence();
      if (close === undefined) reportUnclosedInterpolation(stream, end, startRange);
      stream.popNewlines();
      pieces.push({
        kind: 'interpolation',
        expr,
        range: rangeBetween(token.range, close?.range ?? stream.prevRange())
      });
      continue;
    }
    if (token.type === 'TemplateControl') {
      trimPreviousEnd(token, afterText);
      stream.pushNewlines(false);
      const piece = readDirective(stream, parseExpression);
      if (piece !== undefined) {
        const close = closeSequence();
        if (close === undefined) {
          if (!stream.recovery) {
            const found = stream.peek();
            stream.error(
              found,
              `Extra characters in ${piece.kind} marker`,
              'Expected a closing brace to end the sequence, but found extra characters.'
            );
          }
          stream.recover('TemplateSeqEnd');
        }
        pieces.push({ ...piece, range: rangeBetween(token.range, stream.prevRange()) });
      }
      stream.popNewlines();
      continue;
    }
    if (token.type === 'QuotedNewline') {
      stream.error(
        token,
        'Invalid multi-line string',
        'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.'
      );
      endRange = { file: token.range.file, start: token.range.start, end: token.range.start };
      break;
    }
    if (!stream.recovery) {
      const detail =
        token.type === 'EOF'
          ? 'No closing marker was found for the string.'
          : `No closing marker was found for the string; found ${token.text} instead.`;
      stream.error(token, 'Unterminated template string', detail);
    }
    endRange = (token.type === 'EOF' ? token : stream.recover(end)).range;
    break;
  }

  if (pieces.length === 0) {
    // `""` is an empty string, not nothing.
    const at = { file: startRange.file, start: startRange.start, end: startRange.start };
    pieces.push({ kind: 'text', value: '', range: at, start: 0, end: 0 });
  }
  pieces.push({ kind: 'end', range: endRange });
  return { pieces, range: rangeBetween(startRange, endRange) };
}

function reportUnclosedInterpolation(stream: TokenStream, end: TokenType, startRange: Range): void {
  if (!stream.recovery) {
    const found = stream.peek();
    if (found.type === 'EOF')
      stream.error(
        startRange,
        'Unclosed template interpolation sequence',
        'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.'
      );
    else if (found.type === ':')
      stream.error(
        found,
        'Extra characters after interpolation expression',
        'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".'
      );
    else if (
      (found.type === 'CQuote' || found.type === 'OQuote' || found.type === 'QuotedNewline') &&
      end === 'CQuote'
    )
      stream.error(
        startRange,
        'Unclosed template interpolation sequence',
        'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.'
      );
    else
      stream.error(
        found,
        'Extra characters after interpolation expression',
        `Expected a closing brace to end the interpolation expression, but found ${found.text}.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$\${" instead of just "\${".`
      );
  }
  stream.recover('TemplateSeqEnd');
}

const DIRECTIVES = ['if', 'for', 'else', 'endif', 'endfor'];

/** The directive after `%{`, or undefined when it is broken (reported, and skipped to its `}`). */
function readDirective(stream: TokenStream, parseExpression: () => Expression): Directive | undefined {
  const keyword = stream.peek();
  const fail = (at: Token, summary: string, detail: string): undefined => {
    if (!stream.recovery) stream.error(at, summary, detail);
    stream.recover('TemplateSeqEnd');
    return undefined;
  };
  if (keyword.type !== 'Ident')
    return fail(
      keyword,
      'Invalid template directive',
      'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.'
    );
  stream.read();
  switch (keyword.text) {
    case 'if':
      return { kind: 'if', condition: parseExpression() };
    case 'else':
    case 'endif':
    case 'endfor':
      return { kind: keyword.text };
    case 'for': {
      let name = stream.peek();
      if (name.type !== 'Ident')
        return fail(name, "Invalid 'for' directive", "For directive requires variable name after 'for'.");
      stream.read();
      let keyVar: string | undefined;
      let valueVar = name.text;
      if (stream.peek().type === ',') {
        stream.read();
        keyVar = valueVar;
        name = stream.peek();
        if (name.type !== 'Ident')
          return fail(
            name,
            "Invalid 'for' directive",
            'For directive requires value variable name after comma.'
          );
        stream.read();
        valueVar = name.text;
      }
      const inKeyword = stream.peek();
      if (inKeyword.type !== 'Ident' || inKeyword.text !== 'in')
        return fail(inKeyword, "Invalid 'for' directive", "For directive requires 'in' keyword after names.");
      stream.read();
      const collection = parseExpression();
      return keyVar === undefined
        ? { kind: 'for', valueVar, collection }
        : { kind: 'for', keyVar, valueVar, collection };
    }
    default: {
      // HCL's rule for these short words: any keyword within two edits ("fi" is "if").
      const suggestion = DIRECTIVES.find(word => editDistance(keyword.text, word) < 3);
      return fail(
        keyword,
        'Invalid template control keyword',
        `"${keyword.text}" is not a valid template control keyword.${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`
      );
    }
  }
}

/**
 * The `<<-` rule: the smallest indentation of the lines' leading text (blank lines aside) is removed
 * from every line. It looks at the text as written, so an interpolated value never changes it.
 */
function flushIndentation(stream: TokenStream, pieces: Piece[]): void {
  let smallest = Infinity;
  let atLineStart = true;
  const adjust: Extract<Piece, { kind: 'text' }>[] = [];
  for (const piece of pieces) {
    if (atLineStart) {
      atLineStart = false;
      if (piece.kind === 'end') break;
      let spaces = 0;
      if (piece.kind === 'text') {
        const trimmed = piece.value.trimStart();
        if (trimmed === '' && piece.value.endsWith('\n')) spaces = Infinity;
        else {
          spaces = [...piece.value.slice(0, piece.value.length - trimmed.length)].length;
          adjust.push(piece);
        }
      }
      smallest = Math.min(smallest, spaces);
    }
    if (piece.kind === 'text' && piece.value.endsWith('\n')) atLineStart = true;
  }
  if (smallest === Infinity || smallest === 0) return;
  for (const piece of adjust) {
    const removed = [...piece.value].slice(0, smallest).join('');
    piece.value = piece.value.slice(removed.length);
    piece.start += removed.length;
    piece.range = stream.source.rangeOf(piece.start, piece.end);
  }
}

/** Adjacent text pieces become one. */
function meldText(pieces: Piece[]): Piece[] {
  const melded: Piece[] = [];
  for (const piece of pieces) {
    const previous = melded[melded.length - 1];
    if (piece.kind === 'text' && previous?.kind === 'text') {
      previous.value += piece.value;
      previous.range = rangeBetween(previous.range, piece.range);
      previous.end = piece.end;
    } else melded.push(piece.kind === 'text' ? { ...piece } : piece);
  }
  return melded;
}

/** Matches `if`/`else`/`endif` and `for`/`endfor` pieces into a tree (hclsyntax's templateParser). */
class TreeBuilder {
  private index = 0;
  private depth = 0;
  /** Set when nesting went too deep: the rest is skipped, and its imbalance not reported again. */
  private abandoned = false;

  constructor(
    private readonly stream: TokenStream,
    private readonly pieces: Piece[]
  ) {}

  parseRoot(): TemplatePart[] {
    const parts: TemplatePart[] = [];
    while (this.peek().kind !== 'end') parts.push(this.parsePart());
    return parts;
  }

  private peek(): Piece {
    return this.pieces[this.index]!;
  }

  private read(): Piece {
    const piece = this.peek();
    if (piece.kind !== 'end') this.index++;
    return piece;
  }

  private placeholder(range: Range): TemplatePart {
    return { kind: 'interpolation', expr: { kind: 'invalid', range }, range };
  }

  private report(range: Range, summary: string, detail: string): void {
    if (!this.abandoned) this.stream.error(range, summary, detail);
  }

  private directive(parse: () => TemplatePart, range: Range): TemplatePart {
    if (this.depth >= MAX_NESTING) {
      this.report(
        range,
        'Directives too deeply nested',
        `Template directives may be nested at most ${MAX_NESTING} levels deep.`
      );
      this.abandoned = true;
      this.index = this.pieces.length - 1;
      return this.placeholder(range);
    }
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private parsePart(): TemplatePart {
    const piece = this.read();
    switch (piece.kind) {
      case 'text':
        return { kind: 'text', value: piece.value, range: piece.range };
      case 'interpolation':
        return { kind: 'interpolation', expr: piece.expr, range: piece.range };
      case 'if':
        return this.directive(() => this.parseIf(piece), piece.range);
      case 'for':
        return this.directive(() => this.parseFor(piece), piece.range);
      case 'end':
        this.report(
          piece.range,
          'Unexpected end of template',
          'The control directives within this template are unbalanced.'
        );
        return this.placeholder(piece.range);
      default:
        this.report(
          piece.range,
          `Unexpected ${piece.kind} directive`,
          `The control directives within this template are unbalanced: there is no ${piece.kind === 'endfor' ? 'for' : 'if'} directive for this ${piece.kind} to close.`
        );
        return this.placeholder(piece.range);
    }
  }

  private parseIf(open: Extract<Piece, { kind: 'if' }>): TemplatePart {
    const thenParts: TemplatePart[] = [];
    const elseParts: TemplatePart[] = [];
    let current = thenParts;
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.report(
          next.range,
          'Unexpected end of template',
          `The if directive at ${formatPos(open.range)} is missing its corresponding endif directive.`
        );
        return this.placeholder(next.range);
      }
      if (next.kind === 'else' || next.kind === 'endif' || next.kind === 'endfor') {
        this.read();
        if (next.kind === 'endif')
          return {
            kind: 'if',
            condition: open.condition,
            then: thenParts,
            else: elseParts,
            range: rangeBetween(open.range, next.range)
          };
        if (next.kind === 'else' && current === thenParts) {
          current = elseParts;
          continue;
        }
        if (next.kind === 'else')
          this.report(
            next.range,
            'Unexpected else directive',
            `Already in the else clause for the if started at ${formatPos(open.range)}.`
          );
        else
          this.report(
            next.range,
            'Unexpected endfor directive',
            `Expecting an endif directive for the if started at ${formatPos(open.range)}.`
          );
        return this.placeholder(next.range);
      }
      current.push(this.parsePart());
    }
  }

  private parseFor(open: Extract<Piece, { kind: 'for' }>): TemplatePart {
    const body: TemplatePart[] = [];
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.report(
          next.range,
          'Unexpected end of template',
          `The for directive at ${formatPos(open.range)} is missing its corresponding endfor directive.`
        );
        return this.placeholder(next.range);
      }
      if (next.kind === 'else' || next.kind === 'endif' || next.kind === 'endfor') {
        this.read();
        if (next.kind === 'endfor')
          return {
            kind: 'for',
            ...(open.keyVar === undefined ? {} : { keyVar: open.keyVar }),
            valueVar: open.valueVar,
            collection: open.collection,
            body,
            range: rangeBetween(open.range, next.range)
          };
        if (next.kind === 'else')
          this.report(
            next.range,
            'Unexpected else directive',
            'An else clause is not expected for a for directive.'
          );
        else
          this.report(
            next.range,
            'Unexpected endif directive',
            `Expecting an endfor directive corresponding to the for directive at ${formatPos(open.range)}.`
          );
        return this.placeholder(next.range);
      }
      body.push(this.parsePart());
    }
  }
}
