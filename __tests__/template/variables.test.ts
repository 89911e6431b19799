// User variables as Packer 1.6+ resolves them: defaults < var-files (in order) < vars, each value itself a
// template that may use {{env}} and other variables.
import { loadError, loadFixture, locateMarker, tempDirs, templateText } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

function withVariables(variables: string, extra: Readonly<Record<string, string>> = {}): string {
  return templateText({ ami_name: '"web-{{user `version`}}"' }, { variables, ...extra });
}

const DECLARED = '{\n    "version": "0.0.1",\n    "region": "us-east-1",\n    "owner": null\n  }';

describe('variable values', () => {
  it('take defaults when nothing else is given', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED) },
      options: { vars: ['owner=ops'] }
    });
    expect(loaded.variables).toEqual({ version: '0.0.1', region: 'us-east-1', owner: 'ops' });
    expect(loaded.builds.map(ebs)[0]!.amiName).toBe('web-0.0.1');
  });

  it('follow Packer precedence: defaults < var-files in order < vars in order', () => {
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': withVariables(DECLARED),
        'vars/base.json': '{"version": "1.0.0", "region": "eu-west-1", "owner": "base"}',
        'vars/prod.json': '{"version": "2.0.0"}'
      },
      options: {
        varFiles: ['vars/base.json', 'vars/prod.json'],
        vars: ['version=3.0.0', 'owner=first', 'owner=last']
      }
    });
    expect(loaded.variables).toEqual({ version: '3.0.0', region: 'eu-west-1', owner: 'last' });
  });

  it('let a var-file beat the default when no var overrides it', () => {
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': withVariables(DECLARED),
        'prod.json': '{"version": "2.0.0", "owner": "x"}'
      },
      options: { varFiles: ['prod.json'] }
    });
    expect(loaded.variables.version).toBe('2.0.0');
    expect(loaded.files).toContain(`${loaded.templatePath.replace(/packer\/web\.pkr\.json$/, '')}prod.json`);
  });

  it('keep everything after the first = in a name=value pair', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED) },
      options: { vars: ['owner=a=b'] }
    });
    expect(loaded.variables.owner).toBe('a=b');
  });

  it('read {{env}} in defaults, var-files and vars alike', () => {
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': withVariables(
          '{"version": "{{env `GIT_SHA`}}", "region": "r", "owner": null, "home": "{{ env `HOME` }}"}'
        ),
        'v.json': '{"region": "{{env `GIT_SHA`}}-r"}'
      },
      options: { varFiles: ['v.json'], vars: ['owner={{ env `HOME` | upper }}'] }
    });
    expect(loaded.variables).toEqual({
      version: 'abc123',
      region: 'abc123-r',
      owner: '/HOME/RUNNER',
      home: '/home/runner'
    });
  });

  it('build on other variables in any order, with the other global functions', () => {
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': withVariables(
          '{"name": "{{user `prefix`}}-{{user `version`}}", "prefix": "web-{{ isotime `2006` }}", "version": "1.0"}'
        )
      },
      options: { vars: ['version={{user `prefix`}}.7'] }
    });
    expect(loaded.variables).toEqual({
      name: 'web-2024-web-2024.7',
      prefix: 'web-2024',
      version: 'web-2024.7'
    });
  });

  it('expose the values of sensitive variables, for masking', () => {
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': withVariables('{"version": "1", "token": null, "blank": ""}', {
          'sensitive-variables': '["token", "blank"]'
        })
      },
      options: { vars: ['token=t0ps3cret'] }
    });
    expect(loaded.sensitiveVariables).toEqual(['token', 'blank']);
    expect(loaded.sensitiveValues).toEqual(['t0ps3cret']);
  });
});

describe('variable errors', () => {
  const cases: {
    name: string;
    template?: string;
    files?: Record<string, string>;
    options?: { varFiles?: string[]; vars?: string[]; varsLabel?: string };
    file?: string;
    field: string;
    detail: string;
  }[] = [
    {
      name: 'a required variable nobody sets',
      template: withVariables('{\n    "version": "1",\n    ▶"owner": null\n  }'),
      field: 'variables.owner',
      detail: 'required variable owner is not set; give it a value in the variables input or a var-file'
    },
    {
      name: 'a default that is not a string',
      template: withVariables('{\n    "version": "1",\n    "port": ▶22\n  }'),
      field: 'variables.port',
      detail: 'expected a string default (or null for a required variable), found a number (22)'
    },
    {
      name: 'variables that refer to each other in a loop',
      template: withVariables(
        '{\n    "version": "1",\n    "a": ▶"{{user `b`}}",\n    "b": "{{user `a`}}"\n  }'
      ),
      field: 'variables.a',
      detail: 'variables refer to each other in a loop: a -> b -> a'
    },
    {
      name: 'a default using a variable that is not declared',
      template: withVariables('{\n    "version": ▶"{{user `nope`}}"\n  }'),
      field: 'variables.version',
      detail: 'variable nope is not declared in the template'
    },
    {
      name: 'a default using build data',
      template: withVariables('{\n    "version": ▶"{{ .SourceAMIName }}"\n  }'),
      field: 'variables.version',
      detail: '.SourceAMIName is not available here; build data is not available in variables'
    },
    {
      name: 'a sensitive variable that is not declared',
      template: withVariables('{"version": "1"}', { 'sensitive-variables': '["version", ▶"pasword"]' }),
      field: 'sensitive-variables[1]',
      detail: 'variable pasword is not declared in the template'
    },
    {
      name: 'a variables section that is not an object',
      template: withVariables('▶["version"]'),
      field: 'variables',
      detail: 'expected an object, found a list'
    }
  ];

  it.each(cases)('reports $name at its place in the template', ({ template, field, detail, options }) => {
    const marked = locateMarker(template!);
    const error = loadError(makeDir, { files: { 'packer/web.pkr.json': marked.text }, options });
    expect(error.message).toBe(`packer/web.pkr.json:${marked.line}:${marked.column}: ${field}: ${detail}`);
  });

  it('ignores a var-file setting an undeclared variable, with a warning naming it (as Packer does)', () => {
    const varFile = locateMarker('{\n  "version": "2",\n  "extra": ▶"x"\n}');
    const warnings: string[] = [];
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED), 'packer/prod.json': varFile.text },
      options: { varFiles: ['packer/prod.json'], vars: ['owner=o'], onWarning: line => warnings.push(line) }
    });
    expect(loaded.variables).toEqual({ version: '2', region: 'us-east-1', owner: 'o' });
    expect(warnings).toEqual([
      `packer/prod.json:${varFile.line}:${varFile.column}: variable extra is set by var-file packer/prod.json ` +
        'but not declared in the template; it is unused (as in Packer)'
    ]);
  });

  it('takes a var-file null as the empty string, which sets a required variable (as Packer does)', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED), 'v.json': '{"version": null, "owner": null}' },
      options: { varFiles: ['v.json'] }
    });
    expect(loaded.variables).toEqual({ version: '', region: 'us-east-1', owner: '' });
    expect(loaded.builds.map(ebs)[0]!.amiName).toBe('web-');
  });

  it('renders {{user}} of an undeclared variable as "" outside variables, with a warning (as Packer does)', () => {
    const warnings: string[] = [];
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': templateText({ ami_name: '"web-{{user `nope`}}x"' }) },
      options: { onWarning: line => warnings.push(line) }
    });
    expect(loaded.builds.map(ebs)[0]!.amiName).toBe('web-x');
    expect(warnings).toEqual([
      '{{user `nope`}}: variable nope is not declared in the template; it renders as "" (as in Packer)'
    ]);
  });

  it('still fails on {{user}} of an undeclared variable inside variables, as Packer does', () => {
    const error = loadError(makeDir, {
      files: { 'packer/web.pkr.json': withVariables('{"owner": "{{user `nobody`}}"}') }
    });
    expect(error.message).toMatch(/nobody/);
  });

  it('reports a var-file value that is not a string', () => {
    const varFile = locateMarker('{"version": ▶2}');
    const error = loadError(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED), 'v.json': varFile.text },
      // owner is required: set, so that this is the only problem.
      options: { varFiles: ['v.json'], vars: ['owner=o'] }
    });
    expect(error.message).toBe(`v.json:1:${varFile.column}: version: expected a string, found a number (2)`);
  });

  it('reports broken JSON in a var-file', () => {
    const error = loadError(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED), 'v.json': '{"version": "2",}' },
      options: { varFiles: ['v.json'] }
    });
    expect(error.message).toBe(
      "v.json:1:17: invalid JSON: expected a quoted key, found '}' (a trailing comma is not allowed in JSON)"
    );
  });

  it('reports a var-file that does not exist', () => {
    const error = loadError(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED) },
      options: { varFiles: ['missing.json'] }
    });
    expect(error.message).toBe('missing.json:1:1: cannot read var-file: file not found');
  });

  it('ignores an undeclared variable in vars, warning with its line in the input (blank lines counted)', () => {
    const warnings: string[] = [];
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED) },
      options: {
        vars: ['', 'owner=o', '  ', 'nope=1', ''],
        varsLabel: 'variables',
        onWarning: line => warnings.push(line)
      }
    });
    expect(loaded.variables).toEqual({ version: '0.0.1', region: 'us-east-1', owner: 'o' });
    expect(warnings).toEqual([
      'variables:4:1: variable nope is set by variables but not declared in the template; it is unused (as in Packer)'
    ]);
  });

  it('reports a vars entry without =', () => {
    const error = loadError(makeDir, {
      files: { 'packer/web.pkr.json': withVariables(DECLARED) },
      options: { vars: ['owner'] }
    });
    expect(error.message).toBe(
      'vars:1:1: expected name=value on this line (a value that spans lines must be given through a var-file, with \\n in its JSON string)'
    );
  });
});
