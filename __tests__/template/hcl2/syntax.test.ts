// The HCL2 native syntax parser: structure, expressions with the spec's precedence, templates with strip
// markers and heredocs, and the ranges every node carries.
import type { Attribute, Block, Expression } from '../../../src/template/hcl2/syntax/ast.js';
import { parseConfig, parseExpression, parseTemplate } from '../../../src/template/hcl2/syntax/index.js';
import { lines, marked, show } from './helpers.js';

function expression(text: string): Expression {
  const { expr, diagnostics } = parseExpression(text, 'expr.hcl');
  expect(lines(diagnostics)).toEqual([]);
  return expr;
}

const span = (range: {
  start: { line: number; column: number };
  end: { line: number; column: number };
}): string => `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;

describe('parseConfig structure', () => {
  const text = [
    '# A Packer template',
    'packer {',
    '  required_plugins {',
    '    amazon = {',
    '      version = ">= 1.2.8"',
    '      source  = "github.com/hashicorp/amazon"',
    '    }',
    '  }',
    '}',
    '',
    'variable "region" {',
    '  type    = string // where to build',
    '  default = "us-east-1" /* inline */',
    '}',
    '',
    'source "amazon-ebs" "web" {',
    '  ami_name      = "web-${local.timestamp}"',
    '  instance-type = "t3.micro"',
    '  launch_block_device_mappings { device_name = "/dev/sda1" }',
    '}',
    '',
    'build {',
    '  sources = ["source.amazon-ebs.web"]',
    '  provisioner shell {',
    '    inline = ["echo hi"]',
    '  }',
    '}',
    ''
  ].join('\n');
  const { body, diagnostics } = parseConfig(text, 'web.pkr.hcl');

  it('reads Packer blocks without a diagnostic', () => {
    expect(lines(diagnostics)).toEqual([]);
    expect(
      body.items.map(item => (item.kind === 'block' ? [item.type, ...item.labels] : [item.name]))
    ).toEqual([['packer'], ['variable', 'region'], ['source', 'amazon-ebs', 'web'], ['build']]);
    expect(body.attributes).toEqual([]);
  });

  it('keeps bare and quoted labels, with their ranges', () => {
    const source = body.blocks[2]!;
    expect(source.labelRanges.map(span)).toEqual(['16:8-16:20', '16:21-16:26']);
    expect(span(source.typeRange)).toEqual('16:1-16:7');
    expect(span(source.range)).toEqual('16:1-20:2');
    const provisioner = body.blocks[3]!.body.blocks[0]!;
    expect([provisioner.type, ...provisioner.labels]).toEqual(['provisioner', 'shell']);
  });

  it('reads identifiers with dashes, attributes ended by comments, and one-line blocks', () => {
    const source = body.blocks[2]!.body;
    expect(source.items.map(item => (item.kind === 'attribute' ? item.name : item.type))).toEqual([
      'ami_name',
      'instance-type',
      'launch_block_device_mappings'
    ]);
    const oneLine = source.blocks[0]!;
    expect(oneLine.body.attributes.map(attribute => [attribute.name, show(attribute.expr)])).toEqual([
      ['device_name', '"/dev/sda1"']
    ]);
    const variable = body.blocks[1]!.body;
    expect(variable.attributes.map(attribute => [attribute.name, show(attribute.expr)])).toEqual([
      ['type', 'string'],
      ['default', '"us-east-1"']
    ]);
  });

  it('gives attributes their name range and a range from name to value', () => {
    const attribute = body.blocks[1]!.body.attributes[1]!;
    expect(span(attribute.nameRange)).toEqual('13:3-13:10');
    expect(span(attribute.range)).toEqual('13:3-13:24');
    expect(span(attribute.expr.range)).toEqual('13:13-13:24');
  });

  it('reads an object value spanning lines as an attribute value, not a block', () => {
    const plugins = body.blocks[0]!.body.blocks[0]!.body;
    expect(plugins.attributes.map(attribute => attribute.name)).toEqual(['amazon']);
    expect(show(plugins.attributes[0]!.expr)).toEqual(
      '{version = ">= 1.2.8", source = "github.com/hashicorp/amazon"}'
    );
  });

  it('accepts an empty file, a file of comments, and CRLF line endings', () => {
    expect(parseConfig('', 'empty.pkr.hcl').body.items).toEqual([]);
    expect(lines(parseConfig('# only\n// comments\n/* here */\n', 'c.pkr.hcl').diagnostics)).toEqual([]);
    const crlf = parseConfig('a = 1\r\nb {\r\n  c = "x"\r\n}\r\n', 'crlf.pkr.hcl');
    expect(lines(crlf.diagnostics)).toEqual([]);
    expect(crlf.body.items.map(item => item.kind)).toEqual(['attribute', 'block']);
    expect(span((crlf.body.blocks[0]!.body.items[0] as Attribute).nameRange)).toEqual('3:3-3:4');
  });

  it('keeps items of a block in source order, attributes and blocks mixed', () => {
    const { body: mixed } = parseConfig('b {\n  x = 1\n  c {}\n  y = 2\n  c "l" {}\n}\n', 'm.hcl');
    const block = mixed.blocks[0]!;
    expect(
      block.body.items.map(item => (item.kind === 'attribute' ? item.name : (item as Block).type))
    ).toEqual(['x', 'c', 'y', 'c']);
    expect(block.body.attributes.map(attribute => attribute.name)).toEqual(['x', 'y']);
    expect(block.body.blocks.map(nested => nested.labels)).toEqual([[], ['l']]);
  });
});

describe('parseExpression precedence', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['x / y * z', '((x / y) * z)'],
    ['a - b - c', '((a - b) - c)'],
    ['a % b + c', '((a % b) + c)'],
    ['a + b > c', '((a + b) > c)'],
    ['a > b == c < d', '((a > b) == (c < d))'],
    ['a == b && c != d', '((a == b) && (c != d))'],
    ['a || b && c', '(a || (b && c))'],
    ['a && b || c && d', '((a && b) || (c && d))'],
    ['-46 + 5', '((-46) + 5)'],
    ['!a && b', '((!a) && b)'],
    ['-a.b[0]', '(-a.b[0])'],
    ['!f(x) || y', '((!f(x)) || y)'],
    ['(1 + 2) * 3', '(((1 + 2)) * 3)'],
    ['a ? b : c ? d : e', '(a ? b : (c ? d : e))'],
    ['a || b ? c + 1 : d', '((a || b) ? (c + 1) : d)'],
    ['a >= 1 && a <= 10', '((a >= 1) && (a <= 10))']
  ];
  it.each(cases)('%s parses as %s', (text, expected) => {
    expect(show(expression(text))).toEqual(expected);
  });

  it('does not continue an expression on the next line outside brackets', () => {
    const { body, diagnostics } = parseConfig('a = 1\n+ 2\n', 'x.hcl');
    expect(show(body.attributes[0]!.expr)).toEqual('1');
    expect(lines(diagnostics)).toEqual([
      '2:1-2:2 Argument or block definition required; An argument or block definition is required here, but found "+".'
    ]);
  });

  it('lets an expression span lines inside parentheses, brackets and calls', () => {
    expect(show(expression('(a\n+ b)'))).toEqual('((a + b))');
    expect(show(expression('[\n  1,\n  2,\n]'))).toEqual('[1, 2]');
    expect(show(expression('f(\n  a,\n  b,\n)'))).toEqual('f(a, b)');
  });
});

describe('parseExpression terms', () => {
  const cases: [string, string, string][] = [
    ['integers', '42', '42'],
    ['decimals', '6.283185', '6.283185'],
    ['exponents', '1e3', '1000'],
    ['signed exponents', '2.5E-1', '0.25'],
    ['booleans and null', '[true, false, null]', '[true, false, null]'],
    ['attribute steps', 'var.region', 'var.region'],
    ['index steps with literal keys', 'local.amis["us-east-1"][0]', 'local.amis["us-east-1"][0]'],
    ['computed indexes', 'var.amis[var.region]', 'var.amis[var.region]'],
    ['the legacy index', 'var.list.0.name', 'var.list.0.name'],
    ['steps after a call', 'f(x).a[1]', 'f(x).a[1]'],
    ['steps after parentheses', '(x).a', '(x).a'],
    ['namespaced function names', 'provider::aws::arn(x)', 'provider::aws::arn(x)'],
    ['an expanded last argument', 'max([55, 2453, 2]...)', 'max([55, 2453, 2]...)'],
    ['a trailing comma in a call', 'f(a, b,)', 'f(a, b)'],
    ['a full splat', 'var.list[*].id', 'var.list[*]{@.id}'],
    [
      'a full splat applies every later step',
      'var.list[*].tags["Name"][0]',
      'var.list[*]{@.tags["Name"][0]}'
    ],
    ['an attribute-only splat', 'var.list.*.id', 'var.list.*{@.id}'],
    ['an attribute splat stops at an index', 'var.list.*.id[0]', 'var.list.*{@.id}[0]'],
    ['a splat with nothing after it', 'var.list[*]', 'var.list[*]{@}'],
    ['nested full splats', 'a[*].b[*].c', 'a[*]{@.b[*]{@.c}}'],
    ['tuples', '["us-west-1a", "us-west-1c"]', '["us-west-1a", "us-west-1c"]'],
    ['objects with = and :', '{name = "Mabel", "age" : 52}', '{name = "Mabel", "age" = 52}'],
    ['parenthesized object keys', '{(var.key) = 1}', '{(var.key) = 1}'],
    ['objects over lines without commas', '{\n  a = 1\n  b = 2\n}', '{a = 1, b = 2}'],
    ['a tuple for', '[for s in var.list : upper(s)]', '[for s in var.list: upper(s)]'],
    [
      'a tuple for with key and condition',
      '[for i, v in var.l : v if i < 2]',
      '[for i, v in var.l: v if (i < 2)]'
    ],
    ['an object for', '{for s in var.list : s => upper(s)}', '{for s in var.list: s => upper(s)}'],
    ['a grouping object for', '{for i, v in l : v => i...}', '{for i, v in l: v => i...}'],
    ['a for over lines', '{\n  for k, v in m :\n  k => v\n}', '{for k, v in m: k => v}'],
    ['a parenthesized for variable', '[(for), foo]', '[(for), foo]']
  ];
  it.each(cases)('reads %s', (_name, text, expected) => {
    expect(show(expression(text))).toEqual(expected);
  });

  it('turns a literal index into a traversal step and a computed one into an index expression', () => {
    expect(expression('a[0]')).toMatchObject({ kind: 'scopeTraversal', steps: [{ kind: 'index', key: 0 }] });
    expect(expression('a["k"]')).toMatchObject({
      kind: 'scopeTraversal',
      steps: [{ kind: 'index', key: 'k' }]
    });
    expect(expression('a[b]')).toMatchObject({ kind: 'index' });
    expect(expression('a["${b}"]')).toMatchObject({ kind: 'index' });
  });

  it('marks a parenthesized key as an expression and a bare one as a name', () => {
    const object = expression('{a = 1, (b) = 2, "c" = 3}');
    expect(
      object.kind === 'object' && object.items.map(item => [item.key.kind, item.forceNonLiteral])
    ).toEqual([
      ['scopeTraversal', false],
      ['parentheses', true],
      ['template', false]
    ]);
  });
});

describe('templates', () => {
  const cases: [string, string, string][] = [
    ['escapes', '"a\\nb\\tc\\"d\\\\e\\r"', '"a\nb\tc"d\\e\r"'],
    ['unicode escapes', '"\\u00e9\\U0001F600"', '"é😀"'],
    ['escaped sequence openers', '"$${a} %%{b} $x %y $ %"', '"${a} %{b} $x %y $ %"'],
    ['an interpolation', '"Hello, ${var.name}!"', '"Hello, ${var.name}!"'],
    ['an if directive', '"%{ if x }a%{ else }b%{ endif }"', '"%{if x}a%{else}b%{endif}"'],
    ['an if without else', '"%{ if x }a%{ endif }"', '"%{if x}a%{else}%{endif}"'],
    ['a for directive', '"%{ for i, v in l }${v}%{ endfor }"', '"%{for i, v in l}${v}%{endfor}"'],
    ['a strip marker after', '"${a ~}  b"', '"${a}b"'],
    ['a strip marker before', '"a  ${~ b}"', '"a${b}"'],
    ['strip markers on directives', '"%{ if true ~} hello %{~ endif }"', '"%{if true}hello%{else}%{endif}"'],
    ['stripping is syntax, not values', '"${"hello" ~}${" world"}"', '"${"hello"}${" world"}"'],
    ['nested templates', '"${"${true}"}"', '"${"${true}"}"'],
    ['an empty string', '""', '""'],
    ['a heredoc', '<<EOT\nhello\n  ${x}\nEOT\n', '"hello\n  ${x}\n"'],
    ['an indented heredoc', '<<-EOT\n    hello\n      world\n    EOT\n', '"hello\n  world\n"'],
    ['an indented heredoc ignoring blank lines', '<<-EOT\n    a\n\n    b\n  EOT\n', '"a\n\nb\n"'],
    ['indentation counted on literal text only', '<<-EOT\n  ${x}\n    y\n  EOT\n', '"${x}\n  y\n"'],
    ['a heredoc with CRLF', '<<EOT\r\nhi\r\nEOT\r\n', '"hi\r\n"'],
    [
      'a heredoc with strip markers',
      '<<EOT\n%{ for x in l ~}\n- ${x}\n%{ endfor ~}\nEOT\n',
      '"%{for x in l}- ${x}\n%{endfor}"'
    ],
    ['an empty heredoc', '<<EOT\nEOT\n', '""'],
    ['a heredoc marker among other words', '<<EOT\nEOTX\n EOT \n', '"EOTX\n"']
  ];
  it.each(cases)('reads %s', (_name, text, expected) => {
    expect(show(expression(text))).toEqual(expected);
  });

  it('keeps one interpolation alone as the only part, so its value is not converted', () => {
    expect(expression('"${var.list}"')).toMatchObject({
      kind: 'template',
      parts: [{ kind: 'interpolation' }]
    });
    expect(expression('"${a}${b}"')).toMatchObject({
      parts: [{ kind: 'interpolation' }, { kind: 'interpolation' }]
    });
    expect(expression('"${a} "')).toMatchObject({
      parts: [{ kind: 'interpolation' }, { kind: 'text', value: ' ' }]
    });
  });

  it('parses a whole file as a template, with backslashes kept as written', () => {
    const { expr, diagnostics } = parseTemplate(
      '#!/bin/sh\necho "\\n${name}"\n%{ for p in pkgs ~}\napt install ${p}\n%{ endfor ~}\n',
      'boot.sh.tpl'
    );
    expect(lines(diagnostics)).toEqual([]);
    expect(show(expr)).toEqual('"#!/bin/sh\necho "\\n${name}"\n%{for p in pkgs}apt install ${p}\n%{endfor}"');
  });

  it('gives text parts the ranges of their characters after indentation is removed', () => {
    const { text, at } = marked('<<-EOT\n    ▶a◀\n    EOT\n');
    const expr = expression(text);
    expect(expr.kind === 'template' && span(expr.parts[0]!.range)).toEqual(`${at.split('-')[0]}-3:1`);
  });
});

describe('ranges', () => {
  it.each([
    ['a column after non-ASCII text counts characters', 'x = "héllo😀" + ▶y◀\n'],
    ['a tab is one column', 'x =\t▶y◀\n'],
    ['a position on a later line', 'a = 1\nb = [\n  1,\n  ▶zz◀,\n]\n']
  ])('%s', (_name, fixture) => {
    const { text, at } = marked(fixture);
    const { body } = parseConfig(text, 'r.hcl');
    const attribute = body.items[body.items.length - 1] as Attribute;
    const expr = attribute.expr;
    const target = expr.kind === 'binaryOp' ? expr.rhs : expr.kind === 'tuple' ? expr.items[1]! : expr;
    expect(span(target.range)).toEqual(at);
    expect(target.range.file).toEqual('r.hcl');
  });

  it('does not count a byte order mark as a column, only as bytes', () => {
    const { body } = parseConfig('\uFEFFx = y\n', 'r.hcl');
    const expr = body.attributes[0]!.expr;
    expect(span(expr.range)).toEqual('1:5-1:6');
    expect(expr.range.start.byte).toEqual(7);
  });

  it('counts byte offsets in UTF-8', () => {
    const { body } = parseConfig('x = "é😀" + y\n', 'r.hcl');
    const expr = body.attributes[0]!.expr;
    // x = " (5 bytes), é (2), 😀 (4), " + (4)
    expect(expr.kind === 'binaryOp' && expr.rhs.range.start.byte).toEqual(15);
  });
});

describe('Packer documentation templates', () => {
  it('parses the documented expression forms without diagnostics', () => {
    const text = `
locals {
  # Expressions reference
  availability_zones = ["us-west-1a", "us-west-1c"]
  person             = { name = "Mabel", age = 52 }
  greeting           = "Hello, \${var.name}!"
  salutation         = "Hello, %{ if var.name != "" }\${var.name}%{ else }unnamed%{ endif }!"
  upper_list         = [for s in var.list : upper(s)]
  upper_map          = {for s in var.list : s => upper(s)}
  non_empty          = [for s in var.list : upper(s) if s != ""]
  default_a          = var.a != "" ? var.a : "default-a"
  ids                = var.list[*].id
  interfaces         = var.instances[*].network_interface[0].id
  max_number         = max([55, 2453, 2]...)
  servers            = <<EOT
%{ for ip in var.ips ~}
server \${ip}
%{ endfor ~}
EOT
  script = <<-EOF
    #!/bin/bash
    echo "\${var.message}"
  EOF
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
}

source "amazon-ebs" "example" {
  ami_name      = "packer-example-\${local.timestamp}"
  instance_type = "t2.micro"
  region        = var.region
  source_ami_filter {
    filters = {
      name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    most_recent = true
    owners      = ["099720109477"]
  }
  ssh_username = "ubuntu"
  tags = {
    OS_Version = "Ubuntu"
    Release    = "Latest"
    Base_AMI_Name = "{{ .SourceAMIName }}"
  }
}

build {
  name    = "learn-packer"
  sources = ["source.amazon-ebs.example"]

  provisioner "shell" {
    environment_vars = ["FOO=hello world"]
    inline = [
      "echo Installing Redis",
      "sleep 30",
      "sudo apt-get update",
    ]
  }

  post-processor "manifest" {}
}
`;
    const { body, diagnostics } = parseConfig(text, 'example.pkr.hcl');
    expect(lines(diagnostics)).toEqual([]);
    expect(body.blocks.map(block => block.type)).toEqual(['locals', 'source', 'build']);
    const locals = Object.fromEntries(
      body.blocks[0]!.body.attributes.map(attribute => [attribute.name, show(attribute.expr)])
    );
    expect(locals.salutation).toEqual('"Hello, %{if (var.name != "")}${var.name}%{else}unnamed%{endif}!"');
    expect(locals.interfaces).toEqual('var.instances[*]{@.network_interface[0].id}');
    expect(locals.servers).toEqual('"%{for ip in var.ips}server ${ip}\n%{endfor}"');
    expect(locals.script).toEqual('"#!/bin/bash\necho "${var.message}"\n"');
  });
});
