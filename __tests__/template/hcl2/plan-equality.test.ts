// The promise of the HCL2 front end: an HCL2 template and its legacy JSON twin give identical build plans.
// Each folder of corpus/ holds one pair and a case.json saying how to load each side (path, var-files,
// -var values, environment, only/except); both sides load with the same clock, uuid and random numbers,
// and their build plans and description must match option for option.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAnyTemplate, type LoadAnyTemplateOptions } from '../../../src/template/load-any.js';
import type { DataSourceHooks } from '../../../src/template/hcl2/packer/data-sources.js';
import type { HclObject } from '../../../src/template/hcl2/value.js';
import type { LoadedTemplate } from '../../../src/template/types.js';
import { FIXED } from '../fixtures.js';

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');
const MINIMUM_PAIRS = 24;

/** How to load one side, as `packer build` would be called; paths relative to the pair's folder. */
interface SideOptions {
  readonly path: string;
  readonly varFiles?: readonly string[];
  readonly vars?: readonly string[];
  /** Added to FIXED.env (PKR_VAR_ values on the HCL side, {{env}} sources on the JSON side). */
  readonly env?: Readonly<Record<string, string>>;
  readonly only?: readonly string[];
  readonly except?: readonly string[];
}

interface PairCase {
  readonly hcl: SideOptions;
  readonly json: SideOptions;
  /** The build names both sides must plan, in order: a pair that plans nothing proves nothing. */
  readonly builds: readonly string[];
  /** Values both sides must report as sensitive (masked in logs). */
  readonly secrets?: readonly string[];
  /**
   * Where the HCL2 loader still differs from Packer, what it does wrong: the pair is expected to fail until
   * the loader is fixed (then this test fails, and the note goes).
   */
  readonly loaderBug?: string;
}

/** What the amazon plugin's data sources give, fixed: the JSON twin writes these values out. */
const DATA_SOURCE_OUTPUTS: Readonly<Record<string, HclObject>> = {
  'amazon-ami': {
    id: 'ami-0123456789abcdef0',
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240101',
    creation_date: '2024-01-01T00:00:00.000Z',
    owner: '099720109477',
    owner_name: 'amazon',
    tags: {}
  },
  'amazon-parameterstore': {
    value: 'ami-0fedcba9876543210',
    version: 3,
    arn: 'arn:aws:ssm:us-east-1:111122223333:parameter/golden/base-ami'
  },
  'amazon-secretsmanager': {
    value: 'hunter2-from-secrets-manager',
    secret_string: 'hunter2-from-secrets-manager',
    secret_binary: '',
    version_id: 'v1'
  }
};

const SECRET_FROM_FUNCTION = 'hunter2-from-aws_secretsmanager';

const dataSources: DataSourceHooks = {
  types: Object.keys(DATA_SOURCE_OUTPUTS),
  read: () => ({}),
  resolve: async (type, _config, _address, secret) => {
    const outputs = DATA_SOURCE_OUTPUTS[type] ?? {};
    if (type === 'amazon-secretsmanager') secret(String(outputs.value));
    return outputs;
  }
};

function pairNames(): string[] {
  return fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();
}

function readCase(pair: string): PairCase {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, pair, 'case.json'), 'utf8')) as PairCase;
}

function loadSide(pair: string, side: SideOptions): Promise<LoadedTemplate> {
  const options: LoadAnyTemplateOptions = {
    ...FIXED,
    path: side.path,
    cwd: path.join(CORPUS, pair),
    varFiles: side.varFiles ?? [],
    vars: side.vars ?? [],
    env: { ...FIXED.env, ...side.env },
    only: side.only ?? [],
    except: side.except ?? [],
    dataSources,
    fetchSecret: () => Promise.resolve(SECRET_FROM_FUNCTION)
  };
  return loadAnyTemplate(options);
}

/** The part of a loaded template both sides must agree on, as plain JSON with sorted keys. */
function planOf(template: LoadedTemplate): unknown {
  const plain: unknown = JSON.parse(
    JSON.stringify({ description: template.description, builds: template.builds })
  );
  return sortKeys(plain);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map(key => [key, sortKeys((value as Record<string, unknown>)[key])])
    );
  return value;
}

/** The first place two plans differ, as `path: HCL <value> | JSON <value>`; undefined when they are equal. */
function firstDifference(hcl: unknown, json: unknown, at = ''): string | undefined {
  if (JSON.stringify(hcl) === JSON.stringify(json)) return undefined;
  const bothArrays = Array.isArray(hcl) && Array.isArray(json);
  const bothObjects =
    !bothArrays &&
    hcl !== null &&
    json !== null &&
    typeof hcl === 'object' &&
    typeof json === 'object' &&
    !Array.isArray(hcl) &&
    !Array.isArray(json);
  if (bothArrays) {
    const [left, right] = [hcl as unknown[], json as unknown[]];
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      if (index >= left.length || index >= right.length)
        return `${at}[${index}]: HCL ${show(left[index])} | JSON ${show(right[index])} (HCL has ${left.length} items, JSON ${right.length})`;
      const inner = firstDifference(left[index], right[index], `${at}[${index}]`);
      if (inner !== undefined) return inner;
    }
  }
  if (bothObjects) {
    const [left, right] = [hcl as Record<string, unknown>, json as Record<string, unknown>];
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
    for (const key of keys) {
      const inner = firstDifference(left[key], right[key], at === '' ? key : `${at}.${key}`);
      if (inner !== undefined) return inner;
    }
  }
  return `${at || '(top)'}: HCL ${show(hcl)} | JSON ${show(json)}`;
}

const show = (value: unknown): string => (value === undefined ? '(absent)' : JSON.stringify(value));

describe('the HCL2 / JSON plan-equality corpus', () => {
  test(`holds at least ${MINIMUM_PAIRS} pairs, each with an HCL2 side, a JSON twin and a case`, () => {
    const pairs = pairNames();
    expect(pairs.length).toBeGreaterThanOrEqual(MINIMUM_PAIRS);
    for (const pair of pairs) {
      const spec = readCase(pair);
      expect({ pair, hcl: fs.existsSync(path.join(CORPUS, pair, spec.hcl.path)) }).toEqual({
        pair,
        hcl: true
      });
      expect({ pair, json: spec.json.path }).toEqual({ pair, json: 'template.json' });
      expect({ pair, builds: spec.builds.length > 0 }).toEqual({ pair, builds: true });
    }
  });

  const comparePlans = async (pair: string): Promise<void> => {
    const spec = readCase(pair);
    const [hcl, json] = await Promise.all([loadSide(pair, spec.hcl), loadSide(pair, spec.json)]);

    expect(hcl.builds.map(build => build.name)).toEqual(spec.builds);
    expect(json.builds.map(build => build.name)).toEqual(spec.builds);
    expect(firstDifference(planOf(hcl), planOf(json))).toBeUndefined();
    for (const secret of spec.secrets ?? []) {
      expect(hcl.sensitiveValues).toContain(secret);
      expect(json.sensitiveValues).toContain(secret);
    }
  };
  const pairs = pairNames().map(pair => ({ pair, bug: readCase(pair).loaderBug }));
  const agreeing = pairs.filter(entry => entry.bug === undefined).map(entry => entry.pair);
  const knownBugs = pairs.filter(entry => entry.bug !== undefined).map(entry => entry.pair);

  test.each(agreeing)('%s: the HCL2 template plans what its JSON twin plans', comparePlans);

  // Expected to fail until the loader is fixed; the case.json's loaderBug says how it differs from Packer.
  if (knownBugs.length > 0)
    test.failing.each(knownBugs)('%s still differs: a known loader bug', comparePlans);
});

describe('firstDifference', () => {
  test.each([
    [{ a: 1 }, { a: 1 }, undefined],
    [{ a: { b: [1, 2] } }, { a: { b: [1, 3] } }, 'a.b[1]: HCL 2 | JSON 3'],
    [{ a: [1] }, { a: [1, 2] }, 'a[1]: HCL (absent) | JSON 2 (HCL has 1 items, JSON 2)'],
    [{ a: 'x' }, { b: 'x' }, 'a: HCL "x" | JSON (absent)'],
    [{ a: 'x' }, { a: ['x'] }, 'a: HCL "x" | JSON ["x"]']
  ])('%j vs %j: %s', (hcl, json, expected) => {
    expect(firstDifference(hcl, json)).toEqual(expected);
  });
});
