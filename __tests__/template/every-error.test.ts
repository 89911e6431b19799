// Packer's rules, exactly, and every problem of a JSON template in one run (issue #9).
import { InputErrors } from '../../src/errors.js';
import { loadFixture, locateMarker, tempDirs, templateText } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

function allProblems(
  files: Record<string, string>,
  options: Parameters<typeof loadFixture>[1]['options'] = {}
) {
  try {
    loadFixture(makeDir, { files, options });
  } catch (error) {
    if (error instanceof InputErrors)
      return error.errors.map(e => `${e.line}:${e.column}: ${e.field}: ${e.detail}`);
    if (error instanceof Error && 'line' in error) return [(error as Error).message];
    throw error;
  }
  throw new Error('expected the template to be refused');
}

// Five independent mistakes, across two builders and a provisioner.
const FIVE = `{
  "builders": [
    {
      "type": "amazon-ebs",
      "region": "us-east-1",
      "source_ami": "ami-0123456789abcdef0",
      "instance_type": "t3.micro",
      "ssh_username": "admin",
      "ami_name": "web",
      "ami_nmae": "typo",
      "ebs_optimized": "maybe"
    },
    {
      "type": "amazon-ebs",
      "name": "second",
      "region": "us-east-1",
      "source_ami": "ami-0123456789abcdef0",
      "ssh_username": "admin",
      "ami_name": "{{ no_such_function }}"
    }
  ],
  "provisioners": [
    { "type": "shell", "inline": ["true"], "script_mode": 3 }
  ]
}
`;

describe('every error in one run', () => {
  it('reports five independent problems together, sorted by position', () => {
    const problems = allProblems({ 'packer/web.pkr.json': FIVE });
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(
      /^10:7: builders\[0\]\.ami_nmae: unknown option ami_nmae for amazon-ebs \(did you mean ami_name\?\)/
    );
    expect(problems[1]).toMatch(/^11:24: builders\[0\]\.ebs_optimized: /);
    expect(problems[2]).toMatch(/^13:5: builders\[1\]\.instance_type: is required/);
    expect(problems[3]).toMatch(/^19:19: builders\[1\]\.ami_name: .*no_such_function/);
    expect(problems[4]).toMatch(/^23:44: provisioners\[0\]\.script_mode: unknown option/);
  });

  it('still reports a single problem as itself', () => {
    const problems = allProblems({ 'packer/web.pkr.json': templateText({ ami_nmae: '"x"' }) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/unknown option ami_nmae/);
  });
});

const TWO_BUILDERS = templateText({ name: '"aws"' }).replace(
  '\n  ]',
  ',\n    { "type": "googlecompute", "name": "gce", "project_id": "p" }\n  ]'
);

describe('only/except before builder types', () => {
  it('builds the amazon-ebs builder with only: its name, ignoring the googlecompute one', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': TWO_BUILDERS },
      options: { only: ['aws'] }
    });
    expect(loaded.builds.map(build => build.name)).toEqual(['aws']);
  });

  it('and with except: the googlecompute one', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': TWO_BUILDERS },
      options: { except: ['gce'] }
    });
    expect(loaded.builds.map(build => build.name)).toEqual(['aws']);
  });

  it('fails without it, naming the unsupported builder and suggesting only:', () => {
    const problems = allProblems({ 'packer/web.pkr.json': TWO_BUILDERS });
    expect(problems).toEqual([
      expect.stringMatching(
        /builders\[1\]\.type: builder type googlecompute is not supported \(only amazon-ebs and docker\); to build the others, set the only input \(like packer build -only\): only: aws$/
      )
    ]);
  });
});

describe('region', () => {
  const withoutRegion = templateText({ region: undefined });

  it('comes from AWS_REGION, then AWS_DEFAULT_REGION, when the builder has none', () => {
    const load = (env: Record<string, string>) =>
      loadFixture(makeDir, { files: { 'packer/web.pkr.json': withoutRegion }, options: { env } }).builds.map(
        ebs
      )[0]!.region;
    expect(load({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' })).toBe('eu-west-1');
    expect(load({ AWS_DEFAULT_REGION: 'us-west-2' })).toBe('us-west-2');
  });

  it('the builder region wins over the environment', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': templateText() },
      options: { env: { AWS_REGION: 'eu-west-1' } }
    });
    expect(loaded.builds.map(ebs)[0]!.region).toBe('us-east-1');
  });

  it('is required, naming the field and both variables', () => {
    expect(allProblems({ 'packer/web.pkr.json': withoutRegion }, { env: {} })).toEqual([
      expect.stringMatching(
        /builders\[0\]\.region: is required: set "region" in the builder, or AWS_REGION or AWS_DEFAULT_REGION in the environment$/
      )
    ]);
  });

  it("refuses an unknown region and ami_regions entry, listing the partition's regions", () => {
    const region = locateMarker(
      templateText({ region: '▶"us-east-9x"', ami_regions: '["us-west-2", "cn-north-7"]' })
    );
    const problems = allProblems({ 'packer/web.pkr.json': region.text });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${region.line}:${region.column}: builders\\[0\\]\\.region: "us-east-9x" is not a known AWS region \\(known in partition aws: af-south-1, .*us-east-1, us-east-2, us-west-1, us-west-2\\); set "skip_region_validation": true`
      )
    );
    expect(problems[1]).toMatch(
      /builders\[0\]\.ami_regions\[1\]: "cn-north-7" is not a known AWS region \(known in partition aws-cn: cn-north-1, cn-northwest-1\)/
    );
  });

  it('skip_region_validation lets any name through, as in Packer', () => {
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': templateText({ region: '"us-east-9x"', skip_region_validation: 'true' })
      }
    });
    expect(loaded.builds.map(ebs)[0]!.region).toBe('us-east-9x');
  });
});

describe('keys Packer ignores or knows', () => {
  it('ignores a top-level push with a warning; other unknown top-level keys stay errors', () => {
    const warnings: string[] = [];
    const text = templateText({}, { push: '{"name": "old/atlas"}' });
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': text },
      options: { onWarning: line => warnings.push(line) }
    });
    expect(loaded.builds).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringMatching(/^packer\/web\.pkr\.json:\d+:3: push: Packer ignores this top-level key/)
    ]);
    expect(allProblems({ 'packer/web.pkr.json': templateText({}, { pushh: '{}' }) })).toEqual([
      expect.stringMatching(/unknown top-level key pushh \(did you mean push\?\)|unknown top-level key pushh/)
    ]);
  });

  it('calls an amazon-ebs option Packer has "not supported yet", never unknown', () => {
    expect(allProblems({ 'packer/web.pkr.json': templateText({ packer_debug: 'true' }) })).toEqual([
      expect.stringMatching(/builders\[0\]\.packer_debug: packer_debug is not supported yet$/)
    ]);
  });
});

describe('variables: every problem in them together', () => {
  const VARIABLES = `{
  "variables": {
    "version": null,
    "count": 3,
    "name": "web-{{user \`count\`}}",
    "loop_a": "{{user \`loop_b\`}}",
    "loop_b": "{{user \`loop_a\`}}",
    "fine": "x"
  },
  "builders": [{ "type": "amazon-ebs", "region": "us-east-1" }]
}
`;

  it('a wrong default, a required variable unset, a loop and a bad var-file entry', () => {
    const problems = allProblems(
      { 'packer/web.pkr.json': VARIABLES, 'packer/v.json': '{"fine": ["x"], "other": "y"}' },
      { varFiles: ['packer/v.json'], vars: ['fine=1'] }
    );
    expect(problems).toEqual([
      // Sorted by file, then position: packer/v.json, then packer/web.pkr.json.
      expect.stringMatching(/^1:10: fine: expected a string, found a list/),
      expect.stringMatching(/^3:5: variables\.version: required variable version is not set/),
      expect.stringMatching(/^4:14: variables\.count: expected a string default/),
      expect.stringMatching(/^6:15: variables\.loop_a: variables refer to each other in a loop/)
    ]);
  });

  it('a line with no name is reported, and no required variable as unset: the line may have set it', () => {
    const problems = allProblems({ 'packer/web.pkr.json': VARIABLES }, { vars: ['fine=1', 'not a pair'] });
    expect(problems).toEqual([
      expect.stringMatching(/^4:14: variables\.count: expected a string default/),
      expect.stringMatching(/^6:15: variables\.loop_a: variables refer to each other in a loop/),
      expect.stringMatching(/^2:1: : expected name=value on this line/)
    ]);
  });

  it('stops there: a builder problem is left for the next run, a variable in error being "" by then', () => {
    const problems = allProblems({ 'packer/web.pkr.json': VARIABLES.replace('"fine": "x"', '"fine": 1') });
    expect(problems.every(p => !p.includes('builders['))).toBe(true);
  });

  it('and with a top-level mistake too', () => {
    const problems = allProblems({
      'packer/web.pkr.json': VARIABLES.replace('"variables"', '"_c": 1, "variables"')
    });
    expect(problems[0]).toMatch(/^2:9: _c: a comment must be a string/);
    expect(problems.length).toBeGreaterThan(2);
  });
});

describe('a misspelt builders section', () => {
  it('reports the unknown key and the missing builders together', () => {
    expect(allProblems({ 'packer/web.pkr.json': '{\n  "buidlers": []\n}\n' })).toEqual([
      expect.stringMatching(/^1:1: builders: at least one builder must be defined/),
      expect.stringMatching(/^2:3: buidlers: unknown top-level key/)
    ]);
  });
});

describe("other amazon builders' options on amazon-ebs", () => {
  it('says boot_mode, tpm_support and uefi_data belong to amazon-ebssurrogate and amazon-chroot', () => {
    const problems = allProblems({
      'packer/web.pkr.json': templateText({
        boot_mode: '"uefi"',
        tpm_support: '"v2.0"',
        uefi_data: '"QU1aTl"'
      })
    });
    expect(problems).toHaveLength(3);
    for (const [problem, name] of problems.map((p, i) => [p, ['boot_mode', 'tpm_support', 'uefi_data'][i]]))
      expect(problem).toMatch(
        new RegExp(
          `builders\\[0\\]\\.${name}: ${name} is an option of amazon-ebssurrogate and amazon-chroot, not amazon-ebs`
        )
      );
  });

  it('reads max_retries (Packer counts retries after the first attempt)', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': templateText({ max_retries: '3' }) }
    });
    expect(loaded.builds.map(ebs)[0]!.maxRetries).toBe(3);
    expect(allProblems({ 'packer/web.pkr.json': templateText({ max_retries: '-1' }) })).toEqual([
      expect.stringMatching(/builders\[0\]\.max_retries: /)
    ]);
  });
});
