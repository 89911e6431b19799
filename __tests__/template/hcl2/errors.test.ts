// Mistakes in HCL2 text and in what expressions compute: HCL's words, the exact place (▶ marks where the
// range starts, ◀ where it ends), and every mistake of a file reported in one run.
import { evaluate, references } from '../../../src/template/hcl2/eval/index.js';
import {
  parseConfig,
  parseExpression,
  parseJsonExpression,
  parseTemplate
} from '../../../src/template/hcl2/syntax/index.js';
import { context } from './eval-helpers.js';
import { describe1, lines, marked } from './helpers.js';

interface Case {
  readonly name: string;
  /** The file, with ▶ and ◀ around the range the (only) diagnostic must have. */
  readonly text: string;
  readonly summary: string;
  /** The detail, or the start of it. */
  readonly detail: string;
  /** What the evaluation still yields (null unless the failure leaves a value). */
  readonly value?: unknown;
}

describe('syntax errors in a configuration file', () => {
  const cases: Case[] = [
    {
      name: 'an attribute without a value',
      text: 'a = 1\nb = ▶\n◀c = 2\n',
      summary: 'Invalid expression',
      detail: 'Expected the start of an expression, but found a newline.'
    },
    {
      name: 'a stray token where an expression starts',
      text: 'a = ▶)◀\n',
      summary: 'Invalid expression',
      detail: 'Expected the start of an expression, but found ")".'
    },
    {
      name: 'two values on one line',
      text: 'a = 2 ▶3◀\n',
      summary: 'Missing newline after argument',
      detail: 'An argument definition must end with a newline, but found the number 3.'
    },
    {
      name: 'a comma after an argument',
      text: 'a = 2▶,◀\n',
      summary: 'Unexpected comma after argument',
      detail: 'Argument definitions must be separated by newlines, not commas.'
    },
    {
      name: 'a name without a value or block',
      text: 'a = 1\n▶invalid◀\n',
      summary: 'Argument or block definition required',
      detail:
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value; found a newline after "invalid".'
    },
    {
      name: 'a quoted argument name',
      text: '▶"name"◀ = 1\n',
      summary: 'Invalid argument name',
      detail: 'Argument names must not be quoted.'
    },
    {
      name: 'an argument set twice',
      text: 'a = 1\nb = 2\n▶a◀ = 3\n',
      summary: 'Attribute redefined',
      detail: 'The argument "a" was already set at f.pkr.hcl:1:1. Each argument may be set only once.'
    },
    {
      name: 'a block that is never closed',
      text: 'source "amazon-ebs" "x" ▶{◀\n  a = 1\n',
      summary: 'Unclosed configuration block',
      detail: 'There is no closing brace for this block before the end of the file.'
    },
    {
      name: 'a block with an equals sign',
      text: 'source "x" ▶=◀ {\n}\n',
      summary: 'Invalid block definition',
      detail:
        'The equals sign "=" indicates an argument definition, and must not be used when defining a block.'
    },
    {
      name: 'a block label that is a number',
      text: 'source "a" ▶1◀ {\n}\n',
      summary: 'Invalid block definition',
      detail:
        'Either a quoted string block label or an opening brace ("{") is expected here, but found the number 1.'
    },
    {
      name: 'a block whose brace is on the next line',
      text: 'build ▶\n◀{\n  a = 1\n}\n',
      summary: 'Invalid block definition',
      detail:
        'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.'
    },
    {
      name: 'an interpolation in a block label',
      text: 'source "▶${◀x}" {\n}\n',
      summary: 'Invalid string literal',
      detail:
        'Template sequences are not allowed in this string. To include a literal "$", double it (as "$$") to escape it.'
    },
    {
      name: 'two arguments in a one-line block',
      text: 'x { a = 1▶,◀ b = 2 }\n',
      summary: 'Invalid single-argument block definition',
      detail: 'Single-line block syntax can include only one argument definition.'
    },
    {
      name: 'a quoted string over two lines',
      text: 'a = "abc▶\n◀b = 2\n',
      summary: 'Invalid multi-line string',
      detail: 'Quoted strings may not be split over multiple lines.'
    },
    {
      name: 'an unclosed interpolation',
      text: 'a = "▶${◀foo"\n',
      summary: 'Unclosed template interpolation sequence',
      detail:
        'There is no closing brace for this interpolation sequence before the end of the quoted template.'
    },
    {
      name: 'a colon in an interpolation',
      text: 'a = "${a▶:◀b}"\n',
      summary: 'Extra characters after interpolation expression',
      detail: "Template interpolation doesn't expect a colon at this location."
    },
    {
      name: 'an if without endif',
      text: 'a = "%{ if x }y▶"◀\n',
      summary: 'Unexpected end of template',
      detail: 'The if directive at f.pkr.hcl:1:6 is missing its corresponding endif directive.'
    },
    {
      name: 'an endif without if',
      text: 'a = "▶%{ endif }◀"\n',
      summary: 'Unexpected endif directive',
      detail: 'The control directives within this template are unbalanced'
    },
    {
      name: 'an unknown directive',
      text: 'a = "%{ ▶fi◀ x }"\n',
      summary: 'Invalid template control keyword',
      detail: '"fi" is not a valid template control keyword. Did you mean "if"?'
    },
    {
      name: 'a heredoc never closed',
      text: 'a = <<EOT\nfoo\n▶◀',
      summary: 'Unterminated template string',
      detail: 'No closing marker was found for the string.'
    },
    {
      name: 'a heredoc marker at the very end of the file',
      text: 'a = <<EOT\nfoo\n▶EOT◀',
      summary: 'Unterminated template string',
      detail: 'No closing marker was found for the string: the marker "EOT" must be followed by a newline'
    },
    {
      name: 'an unknown escape',
      text: 'a = "x▶\\q◀"\n',
      summary: 'Invalid escape sequence',
      detail: 'The symbol "q" is not a valid escape sequence selector.'
    },
    {
      name: 'a short unicode escape',
      text: 'a = "▶\\u12◀"\n',
      summary: 'Invalid escape sequence',
      detail: 'The \\u escape sequence must be followed by four hexadecimal digits.'
    },
    {
      name: 'single quotes',
      text: "a = ▶'◀x'\n",
      summary: 'Invalid character',
      detail: 'Single quotes are not valid. Use double quotes (") to enclose strings.'
    },
    {
      name: 'a bitwise operator',
      text: 'a = 1 ▶&◀ 2\n',
      summary: 'Unsupported operator',
      detail: 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'
    },
    {
      name: 'a semicolon',
      text: 'a = 1▶;◀\n',
      summary: 'Invalid character',
      detail: 'The ";" character is not valid.'
    },
    {
      name: 'a missing comma in a tuple',
      text: 'a = [1, 2 ▶3◀]\n',
      summary: 'Missing item separator',
      detail: 'Expected a comma to mark the beginning of the next item, but found the number 3.'
    },
    {
      name: 'an unclosed tuple',
      text: 'a = ▶[◀1, 2\n',
      summary: 'Unterminated tuple constructor expression',
      detail: 'There is no corresponding closing bracket before the end of the file.'
    },
    {
      name: 'an object item without a value',
      text: 'a = {\n  b = 1\n  c▶\n◀}\n',
      summary: 'Missing attribute value',
      detail: 'Expected an attribute value, introduced by an equals sign ("=").'
    },
    {
      name: 'an object key with a dot and a digit',
      text: 'a = {\n  foo1.2▶_bar◀ = "baz"\n}\n',
      summary: 'Missing key/value separator',
      detail: 'Expected an equals sign ("=") to mark the beginning of the attribute value.'
    },
    {
      name: 'two object items on one line',
      text: 'a = { b = 1 ▶c◀ = 2 }\n',
      summary: 'Missing attribute separator',
      detail: 'Expected a newline or comma to mark the beginning of the next attribute, but found "c".'
    },
    {
      name: 'a missing argument separator',
      text: 'a = f(1 ▶2◀)\n',
      summary: 'Missing argument separator',
      detail: 'A comma is required to separate each function argument from the next; found the number 2.'
    },
    {
      name: 'a for without a colon',
      text: 'a = [for x in y ▶]◀\n',
      summary: "Invalid 'for' expression",
      detail: 'For expression requires a colon after the collection expression.'
    },
    {
      name: 'an object for without a key',
      text: 'a = {for x in y : ▶x◀}\n',
      summary: "Invalid 'for' expression",
      detail: 'Key expression is required when building an object.'
    },
    {
      name: 'a tuple for with a key',
      text: 'a = [for x in y : ▶x◀ => 1]\n',
      summary: "Invalid 'for' expression",
      detail: 'Key expression is not valid when building a tuple.'
    },
    {
      name: 'a missing false result',
      text: 'a = b ? c ▶\n◀',
      summary: 'Missing false expression in conditional',
      detail:
        'The conditional operator (...?...:...) requires a false expression, delimited by a colon; found a newline.'
    },
    {
      name: 'a malformed number',
      text: 'a = ▶1.2.3◀\n',
      summary: 'Invalid number literal',
      detail: 'Failed to recognize the value of this number literal'
    },
    {
      name: 'chained legacy indexes',
      text: 'a = x.▶0.1◀\n',
      summary: 'Invalid legacy index syntax',
      detail:
        'When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [0][1].'
    },
    {
      name: 'a dot without a name',
      text: 'a = x.▶"◀y"\n',
      summary: 'Invalid attribute name',
      detail: 'An attribute name is required after a dot; found a quoted string.'
    },
    {
      name: 'an unbalanced parenthesis',
      text: 'a = (1 + 2 \n▶◀',
      summary: 'Unbalanced parentheses',
      detail: 'Expected a closing parenthesis to terminate the expression, but found the end of the file.'
    },
    {
      name: 'an unclosed comment',
      text: 'a = 1\n▶/*◀ b = 2\n',
      summary: 'Unterminated comment',
      detail: 'There is no "*/" closing this comment before the end of the file.'
    }
  ];

  it.each(cases)('$name', ({ text: fixture, summary, detail }) => {
    const { text, at } = marked(fixture);
    const { diagnostics } = parseConfig(text, 'f.pkr.hcl');
    expect(diagnostics).toHaveLength(1);
    const [only] = diagnostics;
    expect({ at: describe1(only!).split(' ')[0], summary: only!.summary }).toEqual({ at, summary });
    expect(only!.detail).toContain(detail);
    expect(only!.range.file).toEqual('f.pkr.hcl');
  });

  it('reports three mistakes on three lines, in file order', () => {
    const text = ['a = ', 'b = 1 2', 'c = "ok"', 'd = [1 2]', 'e = 5'].join('\n');
    expect(lines(parseConfig(text, 'f.pkr.hcl').diagnostics)).toEqual([
      '1:5-2:1 Invalid expression; Expected the start of an expression, but found a newline.',
      '2:7-2:8 Missing newline after argument; An argument definition must end with a newline, but found the number 2.',
      '4:8-4:9 Missing item separator; Expected a comma to mark the beginning of the next item, but found the number 2.'
    ]);
  });

  it('keeps parsing a block after a broken line inside it', () => {
    const text = 'source "a" "b" {\n  x = \n  y = 1 }\n\nbuild {\n  z = ]\n}\n';
    const { body, diagnostics } = parseConfig(text, 'f.pkr.hcl');
    expect(lines(diagnostics).map(line => line.split(';')[0])).toEqual([
      '2:7-3:1 Invalid expression',
      '3:9-3:10 Missing newline after argument',
      '6:7-6:8 Invalid expression'
    ]);
    expect(body.blocks.map(block => block.type)).toEqual(['source', 'build']);
    expect(body.blocks[0]!.body.attributes.map(attribute => attribute.name)).toEqual(['x', 'y']);
  });

  it('reports a lone expression with extra characters after it', () => {
    const { diagnostics } = parseExpression('[1, 2] x', 'var.hcl');
    expect(lines(diagnostics)).toEqual([
      '1:8-1:9 Extra characters after expression; An expression was successfully parsed, but extra characters were found after it: "x".'
    ]);
  });
});

describe('errors while evaluating', () => {
  const variables = {
    var: { region: 'us-east-1', list: ['a', 'b'], tags: { Name: 'web' }, nothing: null, objs: [{ id: 1 }] },
    local: { count: 2 }
  };
  const cases: Case[] = [
    {
      name: 'an unknown root',
      text: '"${▶nope◀.x}"',
      summary: 'Unknown variable',
      detail: 'There is no variable named "nope".'
    },
    {
      name: 'a misspelt root, with a suggestion',
      text: '▶locl◀.count',
      summary: 'Unknown variable',
      detail: 'There is no variable named "locl". Did you mean "local"?'
    },
    {
      name: 'a missing attribute',
      text: 'var.tags▶.Owner◀',
      summary: 'Unsupported attribute',
      detail: 'This object does not have an attribute named "Owner".'
    },
    {
      name: 'an attribute of a string',
      text: 'var.region▶.name◀',
      summary: 'Unsupported attribute',
      detail: "Can't access attributes on a primitive-typed value (string)."
    },
    {
      name: 'an attribute of a list of objects',
      text: 'var.objs▶.id◀',
      summary: 'Unsupported attribute',
      detail: `Can't access attributes on a list of objects. Did you mean to access attribute "id" for a specific element of the list, or across all elements of the list?`
    },
    {
      name: 'an attribute of null',
      text: 'var.nothing▶.x◀',
      summary: 'Attempt to get attribute from null value',
      detail: 'This value is null, so it does not have any attributes.'
    },
    {
      name: 'an index past the end',
      text: 'var.list▶[2]◀',
      summary: 'Invalid index',
      detail:
        'The given key does not identify an element in this collection value: the given index is greater than or equal to the length of the collection.'
    },
    {
      name: 'a negative computed index',
      text: 'var.list▶[-1]◀',
      summary: 'Invalid index',
      detail:
        'The given key does not identify an element in this collection value: a negative number is not a valid index for a sequence.'
    },
    {
      name: 'a string index into a list',
      text: 'var.list▶["x"]◀',
      summary: 'Invalid index',
      detail: 'The given key does not identify an element in this collection value: '
    },
    {
      name: 'a missing map key',
      text: 'var.tags▶["Owner"]◀',
      summary: 'Invalid index',
      detail: 'The given key does not identify an element in this collection value.'
    },
    {
      name: 'an index into null',
      text: 'var.nothing▶[0]◀',
      summary: 'Attempt to index null value',
      detail: 'This value is null, so it does not have any indices.'
    },
    {
      name: 'an unknown function',
      text: '▶uper◀("x")',
      summary: 'Call to unknown function',
      detail: 'There is no function named "uper". Did you mean "upper"?'
    },
    {
      name: 'too few arguments',
      text: 'upper(▶)◀',
      summary: 'Not enough function arguments',
      detail: 'Function "upper" expects 1 argument(s). Missing value for "str".'
    },
    {
      name: 'too many arguments',
      text: 'upper("a", ▶"b"◀)',
      summary: 'Too many function arguments',
      detail: 'Function "upper" expects only 1 argument(s).'
    },
    {
      name: 'an argument of the wrong type',
      text: 'upper(▶var.list◀)',
      summary: 'Invalid function argument',
      detail: 'Invalid value for "str" parameter: string required'
    },
    {
      name: 'a null argument',
      text: 'upper(▶var.nothing◀)',
      summary: 'Invalid function argument',
      detail: 'Invalid value for "str" parameter: argument must not be null.'
    },
    {
      name: 'an error a function raises about an argument',
      text: 'file(▶"x.txt"◀)',
      summary: 'Invalid function argument',
      detail: 'Invalid value for "path" parameter: no file exists at "x.txt".'
    },
    {
      name: 'an error a function raises about the call',
      text: '▶max(◀)',
      summary: 'Error in function call',
      detail: 'Call to function "max" failed: must pass at least one number.'
    },
    {
      name: 'expanding something that is not a list',
      text: 'max(▶var.region◀...)',
      summary: 'Invalid expanding argument value',
      detail: 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.'
    },
    {
      name: 'a list in a string template',
      text: '"regions: ${▶var.list◀}"',
      summary: 'Invalid template interpolation value',
      detail: 'Cannot include the given value in a string template: string required'
    },
    {
      name: 'null in a string template',
      text: '"x${▶var.nothing◀}"',
      summary: 'Invalid template interpolation value',
      detail: 'The expression result is null. Cannot include a null value in a string template.'
    },
    {
      name: 'arithmetic on a word',
      text: '▶var.region◀ + 1',
      summary: 'Invalid operand',
      detail: 'Unsuitable value for left operand: a number is required'
    },
    {
      name: 'a condition that is not a bool',
      text: '▶var.region◀ ? 1 : 2',
      summary: 'Incorrect condition type',
      detail: 'The condition expression must be of type bool.'
    },
    {
      name: 'results that do not unify',
      text: 'true ? ▶[1] : {a = 1}◀',
      summary: 'Inconsistent conditional result types',
      detail:
        "The true and false result expressions must have consistent types. The 'true' value is tuple, but the 'false' value is object."
    },
    {
      name: 'a duplicate key in an object for',
      text: '{for s in ["a", "a"] : ▶s◀ => 1}',
      summary: 'Duplicate object key',
      detail: `Two different items produced the key "a" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`,
      value: { a: 1 }
    },
    {
      name: 'a for condition that is not a bool',
      text: '[for s in var.list : s if ▶s◀]',
      summary: "Invalid 'for' condition",
      detail: "The 'if' clause value is invalid: a bool is required"
    },
    {
      name: 'a for over a string',
      text: '[for s in ▶var.region◀ : s]',
      summary: 'Iteration over non-iterable value',
      detail: "A value of type string cannot be used as the collection in a 'for' expression."
    },
    {
      name: 'a for over null',
      text: '[for s in ▶var.nothing◀ : s]',
      summary: 'Iteration over null value',
      detail: "A null value cannot be used as the collection in a 'for' expression."
    },
    {
      name: 'a dotted object key',
      text: '{ ▶a.b◀ = 1 }',
      summary: 'Ambiguous attribute key',
      detail: 'If this expression is intended to be a reference, wrap it in parentheses.'
    },
    {
      name: 'try with nothing that works',
      text: '▶try(◀var.tags.Owner, var.tags.Team)',
      summary: 'Error in function call',
      detail:
        'Call to function "try" failed: no expression succeeded:\n- Unsupported attribute (at f.hcl:1:13)\n  This object does not have an attribute named "Owner".\n- Unsupported attribute (at f.hcl:1:29)\n  This object does not have an attribute named "Team".\n\nAt least one expression must produce a successful result.'
    }
  ];

  it.each(cases)('$name', ({ text: fixture, summary, detail, value: expected = null }) => {
    const { text, at } = marked(fixture);
    const parsed = parseExpression(text, 'f.hcl');
    expect(lines(parsed.diagnostics)).toEqual([]);
    const { value, diagnostics } = evaluate(parsed.expr, context(variables));
    expect(diagnostics).toHaveLength(1);
    const [only] = diagnostics;
    expect({ at: describe1(only!).split(' ')[0], summary: only!.summary }).toEqual({ at, summary });
    expect(only!.detail).toContain(detail);
    expect(value).toEqual(expected);
  });

  it('reports each failure once, not again for what is built on it', () => {
    // The condition fails, so neither result is chosen and their errors do not count (as in HCL).
    const parsed = parseExpression('upper("${nope}-${var.list[5]}") == "X" ? length(nope2) : 1', 'f.hcl');
    const { diagnostics } = evaluate(parsed.expr, context(variables));
    expect(lines(diagnostics).map(line => line.split(';')[0])).toEqual([
      '1:10-1:14 Unknown variable',
      '1:26-1:29 Invalid index'
    ]);
  });
});

describe('input nested beyond reason', () => {
  const deep = 5000;
  it.each([
    [
      'parentheses',
      () => parseExpression(`${'('.repeat(deep)}a${')'.repeat(deep)}`, 'x').diagnostics,
      'Expression too deeply nested'
    ],
    [
      'unary operators',
      () => parseExpression(`${'-'.repeat(deep)}1`, 'x').diagnostics,
      'Expression too deeply nested'
    ],
    [
      'templates in templates',
      () => parseExpression(`${'"${'.repeat(deep)}a${'}"'.repeat(deep)}`, 'x').diagnostics,
      'Expression too deeply nested'
    ],
    [
      'splats of splats',
      () => parseExpression(`a${'[*]'.repeat(deep)}`, 'x').diagnostics,
      'Expression too deeply nested'
    ],
    [
      'blocks',
      () => parseConfig(`${'a {\n'.repeat(deep)}${'}\n'.repeat(deep)}`, 'x').diagnostics,
      'Block too deeply nested'
    ],
    [
      'directives',
      () => parseTemplate(`${'%{ if a }'.repeat(deep)}${'%{ endif }'.repeat(deep)}`, 'x').diagnostics,
      'Directives too deeply nested'
    ],
    [
      'JSON arrays',
      () => parseJsonExpression(`${'['.repeat(deep)}${']'.repeat(deep)}`, 'x').diagnostics,
      'Value too deeply nested'
    ],
    [
      'a chain of ten thousand additions, when evaluated',
      () => evaluate(parseExpression(`a${' + a'.repeat(10000)}`, 'x').expr, context({ a: 1 })).diagnostics,
      'Expression too complex'
    ]
  ])('%s: refused with a diagnostic, not a crash', (_name, run, summary) => {
    const diagnostics = run();
    expect(diagnostics.map(diagnostic => diagnostic.summary)).toContain(summary);
  });

  it('walks the references of a very long chain without running out of stack', () => {
    expect(references(parseExpression(`a${' + a'.repeat(20000)}`, 'x').expr)).toHaveLength(20001);
  });
});
