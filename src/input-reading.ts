// How an input's raw text is read: lists, booleans, and where an input error points.
import { InputError } from './errors.js';

export type GetInput = (name: string) => string;

export const inputLocation = (name: string, line = 1) => ({ file: `input ${name}`, line, column: 1 });

export function list(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean);
}

/** YAML 1.2 booleans only (true/false), as the Actions toolkit reads them. */
export function booleanInput(getInput: GetInput, name: string, fallback: boolean): boolean {
  const raw = getInput(name).trim();
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError({
    at: inputLocation(name),
    field: name,
    detail: `expected true or false, found "${raw}"`
  });
}
