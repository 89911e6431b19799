// Calls a library function the way the evaluator does: each argument converted to its parameter's type
// first (cty's conversion), then `run` with a fixed context (clock, uuid, environment, working directory).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  functionErrorDetail,
  HclFunctionError,
  packerFunctions,
  type HclFunctionContext
} from '../../../../src/template/hcl2/functions/index.js';
import {
  ConversionError,
  convert,
  type HclObject,
  type HclValue
} from '../../../../src/template/hcl2/value.js';

/** 2024-03-05T06:07:08Z, a Tuesday. */
export const NOW = new Date(Date.UTC(2024, 2, 5, 6, 7, 8));
export const FIXED_UUID = '8f6b0bd4-3a2e-4c6e-9c8e-2b1f0e7c9d11';

export interface RecordingContext extends HclFunctionContext {
  readonly filesRead: string[];
  readonly rendered: { text: string; file: string; vars: HclObject }[];
}

export function makeContext(overrides: Partial<HclFunctionContext> = {}): RecordingContext {
  const filesRead: string[] = [];
  const rendered: { text: string; file: string; vars: HclObject }[] = [];
  return {
    now: NOW,
    uuid: () => FIXED_UUID,
    cwd: overrides.cwd ?? mkdtempSync(join(tmpdir(), 'hcl-functions-')),
    env: { HOME: '/home/builder' },
    readsFile: path => filesRead.push(path),
    renderTemplate: (text, file, vars) => {
      rendered.push({ text, file, vars });
      return text;
    },
    filesRead,
    rendered,
    ...overrides
  };
}

/** The arguments as the evaluator hands them over: converted to each parameter's type. */
export function convertArguments(name: string, args: readonly HclValue[]): HclValue[] {
  const fn = packerFunctions()[name];
  if (fn === undefined) throw new Error(`no function ${name}`);
  return args.map((arg, index) => {
    const param = fn.params[index] ?? fn.variadic;
    if (param === undefined) throw new Error(`${name} takes ${fn.params.length} arguments`);
    return convert(arg, param.type);
  });
}

export function call(
  name: string,
  args: readonly HclValue[],
  context: HclFunctionContext = makeContext()
): HclValue {
  return packerFunctions()[name]!.run(convertArguments(name, args), context);
}

/**
 * The detail HCL shows for the call's error; fails the test when the call succeeds. An argument that does not
 * convert is reported as the evaluator does (cty: "Invalid value for "list" parameter: ...").
 */
export function failure(
  name: string,
  args: readonly HclValue[],
  context: HclFunctionContext = makeContext()
): string {
  const fn = packerFunctions()[name]!;
  for (const [index, arg] of args.entries()) {
    const param = (fn.params[index] ?? fn.variadic)!;
    try {
      convert(arg, param.type);
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      return `Invalid value for "${param.name}" parameter: ${error.message}.`;
    }
  }
  try {
    const result = call(name, args, context);
    throw new Error(`${name} returned ${JSON.stringify(result)} instead of failing`);
  } catch (error) {
    if (!(error instanceof HclFunctionError)) throw error;
    return functionErrorDetail(name, fn, error);
  }
}
