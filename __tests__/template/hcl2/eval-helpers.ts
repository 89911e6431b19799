// The evaluator tests' context: a stub function table (the real library lives elsewhere) and fixed
// values for everything a function may reach.

import type { EvalContext } from '../../../src/template/hcl2/eval/context.js';
import { HclFunctionError, type HclFunction } from '../../../src/template/hcl2/functions/types.js';
import { ANY, NUMBER, STRING, isList, isObject, type HclValue } from '../../../src/template/hcl2/value.js';

/** The stub function table the evaluator tests use (the real library lives elsewhere). */
export const FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  upper: { params: [{ name: 'str', type: STRING }], run: ([text]) => (text as string).toUpperCase() },
  lower: { params: [{ name: 'str', type: STRING }], run: ([text]) => (text as string).toLowerCase() },
  length: {
    params: [{ name: 'value', type: ANY }],
    run: ([value]) => {
      if (typeof value === 'string') return [...value].length;
      if (isList(value)) return value.length;
      if (isObject(value)) return Object.keys(value).length;
      throw new HclFunctionError('argument must be a string, a collection type, or a structural type', 0);
    }
  },
  max: {
    params: [],
    variadic: { name: 'numbers', type: NUMBER },
    run: numbers => {
      if (numbers.length === 0) throw new HclFunctionError('must pass at least one number');
      return Math.max(...(numbers as number[]));
    }
  },
  join: {
    params: [{ name: 'separator', type: STRING }],
    variadic: { name: 'lists', type: { kind: 'list', element: STRING } },
    run: ([separator, ...lists]) => (lists as string[][]).flat().join(separator as string)
  },
  coalesce: {
    params: [],
    variadic: { name: 'vals', type: ANY, allowNull: true },
    run: values => values.find(value => value !== null) ?? null
  },
  file: {
    params: [{ name: 'path', type: STRING }],
    run: ([path]) => {
      throw new HclFunctionError(`no file exists at "${path as string}"`, 0);
    }
  }
};

export function context(variables: Readonly<Record<string, HclValue>>): EvalContext {
  return {
    variables,
    functions: FUNCTIONS,
    functionContext: {
      now: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
      uuid: () => '00000000-0000-4000-8000-000000000000',
      cwd: '/home/runner/project',
      env: {},
      readsFile: () => undefined,
      renderTemplate: () => ''
    }
  };
}
