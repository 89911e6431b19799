// The native syntax's three ways in, as hclsyntax offers them: a configuration file (`.pkr.hcl`,
// `.pkrvars.hcl`), a lone expression (a `-var name=value` for a variable that is not a string), and a
// whole file as a template (templatefile()). None throws: every problem is a diagnostic with a range, in
// the order it appears in the file, and a tree is returned whatever was wrong.

import type { Diagnostic, Range } from '../diagnostics.js';
import type { Body, Expression, TemplateExpr } from './ast.js';
import { scanTokens, type ScanMode } from './lexer.js';
import { ExpressionParser } from './parse-expression.js';
import { StructureParser } from './parse-structure.js';
import { parseTemplateTokens } from './parse-template.js';
import { SourceText, type PositionedText } from './source.js';
import { TokenStream } from './token-stream.js';
import { describeToken } from './tokens.js';

export function parseConfig(text: string, file: string): { body: Body; diagnostics: Diagnostic[] } {
  const stream = open(new SourceText(text, file), 'config');
  const body = new StructureParser(stream).parseBody('EOF', startRange(stream));
  return { body, diagnostics: ordered(stream.diagnostics) };
}

export function parseExpression(text: string, file: string): { expr: Expression; diagnostics: Diagnostic[] } {
  const { expr, diagnostics } = parseExpressionText(new SourceText(text, file));
  return { expr, diagnostics: ordered(diagnostics) };
}

/** A text as one expression, wherever its characters sit in a file (a JSON string holding a type). */
export function parseExpressionText(source: PositionedText): { expr: Expression; diagnostics: Diagnostic[] } {
  const stream = open(source, 'config');
  stream.pushNewlines(false);
  const expr = new ExpressionParser(stream).parseExpression();
  const next = stream.peek();
  if (next.type !== 'EOF' && !stream.recovery)
    stream.error(
      next,
      'Extra characters after expression',
      `An expression was successfully parsed, but extra characters were found after it: ${describeToken(next)}.`
    );
  stream.popNewlines();
  return { expr, diagnostics: stream.diagnostics };
}

export function parseTemplate(text: string, file: string): { expr: TemplateExpr; diagnostics: Diagnostic[] } {
  const { expr, diagnostics } = parseTemplateText(new SourceText(text, file));
  return { expr, diagnostics: ordered(diagnostics) };
}

/** A text as a template, wherever its characters sit in a file (the JSON syntax maps a string's characters). */
export function parseTemplateText(source: PositionedText): { expr: TemplateExpr; diagnostics: Diagnostic[] } {
  const stream = open(source, 'template');
  const expressions = new ExpressionParser(stream);
  const { parts, range } = parseTemplateTokens(stream, { end: 'EOF', flush: false }, () =>
    expressions.parseExpression()
  );
  return { expr: { kind: 'template', parts, range }, diagnostics: stream.diagnostics };
}

function open(source: PositionedText, mode: ScanMode): TokenStream {
  const { tokens, diagnostics } = scanTokens(source, mode);
  return new TokenStream(tokens, source, diagnostics);
}

/** An empty range at the start of the text. */
function startRange(stream: TokenStream): Range {
  const start = stream.source.posAt(stream.source.text.startsWith('\uFEFF') ? 1 : 0);
  return { file: stream.source.file, start, end: start };
}

/** Diagnostics in file order (the lexer's and the parser's interleaved), each once. */
function ordered(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => a.diagnostic.range.start.byte - b.diagnostic.range.start.byte || a.index - b.index)
    .map(entry => entry.diagnostic);
}
