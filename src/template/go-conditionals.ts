// Packer's puppet and chef provisioners write their default commands and chef's solo.rb with Go's
// {{if}} / {{else}} / {{end}}, and users copy those into their own execute_command and config_template.
// The shared renderer refuses control structures, so such a string is split here at its if/else/end
// actions: the text in between renders as any option does (renderDeferred: variables, functions, build
// data, the command's own fields), and each condition is tested when the string renders, on those
// fields. Conditions are the ones these templates use: `.Field`, `not .Field`, and `eq` / `ne` of a
// field and a quoted string (or two of either).

import type { BuildData, Deferred } from './deferred.js';
import type { TemplateScope } from './functions.js';
import { renderDeferred, type DataPolicy } from './interpolate.js';
import { TemplateError } from './template-syntax.js';

type Operand = { readonly field: string } | { readonly text: string };
type Condition =
  | { readonly kind: 'truth'; readonly negate: boolean; readonly operand: Operand }
  | { readonly kind: 'compare'; readonly equal: boolean; readonly left: Operand; readonly right: Operand };
type Node =
  | { readonly kind: 'text'; readonly text: Deferred }
  | {
      readonly kind: 'if';
      readonly source: string;
      readonly condition: Condition;
      readonly then: readonly Node[];
      readonly otherwise: readonly Node[];
    };

/** A template string with Go conditionals, rendered once its fields are known. */
export class GoTemplate {
  readonly source: string;
  readonly #nodes: readonly Node[];
  readonly #booleans: ReadonlySet<string>;

  constructor(source: string, nodes: readonly Node[], booleans: ReadonlySet<string>) {
    this.source = source;
    this.#nodes = nodes;
    this.#booleans = booleans;
    Object.freeze(this);
  }

  /** The final string; `data` holds build data and the fields (booleans as "true" / "false"). */
  render(data: BuildData = {}): string {
    return this.renderNodes(this.#nodes, data);
  }

  /** The text with what is left as template actions: stable, for logs and fingerprints. */
  toString(): string {
    const print = (nodes: readonly Node[]): string =>
      nodes
        .map(node =>
          node.kind === 'text'
            ? node.text.toString()
            : `${node.source}${print(node.then)}${node.otherwise.length > 0 ? `{{else}}${print(node.otherwise)}` : ''}{{end}}`
        )
        .join('');
    return print(this.#nodes);
  }

  toJSON(): string {
    return this.toString();
  }

  private renderNodes(nodes: readonly Node[], data: BuildData): string {
    return nodes
      .map(node => {
        if (node.kind === 'text') return node.text.render(data);
        return this.renderNodes(this.holds(node.condition, data) ? node.then : node.otherwise, data);
      })
      .join('');
  }

  private holds(condition: Condition, data: BuildData): boolean {
    const value = (operand: Operand) => {
      if ('text' in operand) return operand.text;
      const found = data[operand.field];
      if (typeof found !== 'string')
        throw new TemplateError({ message: `build data ${operand.field} is not available` });
      return found;
    };
    if (condition.kind === 'compare')
      return (value(condition.left) === value(condition.right)) === condition.equal;
    const text = value(condition.operand);
    const isField = 'field' in condition.operand;
    // Go's truth: a bool is itself, a string is true when not empty.
    const truth = isField && this.#booleans.has(condition.operand.field) ? text === 'true' : text !== '';
    return truth !== condition.negate;
  }
}

const CONTROL = /\{\{(- )?\s*(if|else|end)\b(.*?)( -)?\}\}/gs;

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'if' | 'else' | 'end'; rest: string; source: string; trimBefore: boolean; trimAfter: boolean };

/**
 * Parses `text`; `policy.fields` are the fields it may use, `booleans` those of them that are Go bools.
 * Throws TemplateError (the caller adds the location).
 */
export function parseGoTemplate(
  text: string,
  scope: TemplateScope,
  policy: DataPolicy,
  booleans: ReadonlySet<string> = new Set()
): GoTemplate {
  const pieces: Piece[] = [];
  let index = 0;
  for (const match of text.matchAll(CONTROL)) {
    pieces.push({ kind: 'text', text: text.slice(index, match.index) });
    pieces.push({
      kind: match[2] as 'if' | 'else' | 'end',
      rest: match[3]!.trim(),
      source: match[0],
      trimBefore: match[1] !== undefined,
      trimAfter: match[4] !== undefined
    });
    index = match.index + match[0].length;
  }
  pieces.push({ kind: 'text', text: text.slice(index) });
  // {{- and -}} trim the white space next to them, as in Go.
  pieces.forEach((piece, i) => {
    if (piece.kind === 'text') return;
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    if (piece.trimBefore && before?.kind === 'text') before.text = before.text.replace(/\s+$/, '');
    if (piece.trimAfter && after?.kind === 'text') after.text = after.text.replace(/^\s+/, '');
  });

  const root: Node[] = [];
  type Open = { source: string; condition: Condition; then: Node[]; otherwise: Node[]; inElse: boolean };
  const stack: Open[] = [];
  const current = () => {
    const top = stack[stack.length - 1];
    return top === undefined ? root : top.inElse ? top.otherwise : top.then;
  };
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      if (piece.text !== '')
        current().push({ kind: 'text', text: renderDeferred(piece.text, scope, policy) });
    } else if (piece.kind === 'if') {
      stack.push({
        source: piece.source,
        condition: parseCondition(piece.rest, policy),
        then: [],
        otherwise: [],
        inElse: false
      });
    } else if (piece.kind === 'else') {
      const top = stack[stack.length - 1];
      if (top === undefined || top.inElse || piece.rest !== '')
        throw new TemplateError({
          message: `unexpected ${piece.source} (only a plain {{else}} inside an {{if}})`
        });
      top.inElse = true;
    } else {
      const top = stack.pop();
      if (top === undefined || piece.rest !== '')
        throw new TemplateError({ message: `unexpected ${piece.source}: no {{if}} is open` });
      current().push({ kind: 'if', ...top });
    }
  }
  if (stack.length > 0) throw new TemplateError({ message: `${stack.at(-1)!.source} has no {{end}}` });
  return new GoTemplate(text, root, booleans);
}

function parseCondition(text: string, policy: DataPolicy): Condition {
  const words = [...text.matchAll(/"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g)].map(match => match[0]);
  const [head, ...args] = words;
  if ((head === 'eq' || head === 'ne') && args.length === 2) {
    return {
      kind: 'compare',
      equal: head === 'eq',
      left: operand(args[0]!, text, policy),
      right: operand(args[1]!, text, policy)
    };
  }
  if (head === 'not' && args.length === 1) {
    return { kind: 'truth', negate: true, operand: operand(args[0]!, text, policy) };
  }
  if (head !== undefined && args.length === 0) {
    return { kind: 'truth', negate: false, operand: operand(head, text, policy) };
  }
  throw new TemplateError({
    message: `{{if ${text}}} is not supported here: use {{if .Field}}, {{if not .Field}} or {{if ne .Field "text"}}`
  });
}

function operand(word: string, condition: string, policy: DataPolicy): Operand {
  if (word.startsWith('`')) return { text: word.slice(1, -1) };
  if (word.startsWith('"')) return { text: JSON.parse(word) as string };
  const field = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(word)?.[1];
  if (field === undefined) {
    throw new TemplateError({
      message: `${word} in {{if ${condition}}} is not supported here: compare fields (.Name) and strings`
    });
  }
  if (!policy.fields.has(field)) {
    const known = [...policy.fields.keys()].map(name => '.' + name).join(', ');
    throw new TemplateError({ message: `.${field} is not available here (known: ${known})` });
  }
  return { field };
}
