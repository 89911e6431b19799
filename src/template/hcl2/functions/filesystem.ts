// File functions, as go-cty-funcs' filesystem package defines them (file, fileexists, fileset, abspath,
// basename, dirname, pathexpand) and Packer's own (filebase64, templatefile). Relative paths start at the
// context's working directory; every file read is reported through context.readsFile.

import { readFileSync, statSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isObject, type HclValue } from '../value.js';
import { glob, GlobSyntaxError } from './glob.js';
import type { HclFunction, HclFunctionContext } from './types.js';
import { anyParam, argumentError, callError, goQuote, stringFunction, stringParam } from './support.js';

/** Go's filepath.Clean (POSIX): no trailing slash, no dot segments, "." for nothing. */
export function goClean(text: string): string {
  if (text === '') return '.';
  const normal = path.posix.normalize(text);
  return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}

const goBase = (text: string): string => {
  if (text === '') return '.';
  const trimmed = text.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
};
const goDir = (text: string): string => goClean(text.slice(0, text.lastIndexOf('/') + 1));

/** mitchellh/go-homedir's Expand: a leading ~ (alone or before a slash) becomes the home directory. */
function expandHome(text: string, context: HclFunctionContext): string {
  if (!text.startsWith('~')) return text;
  if (text.length > 1 && text[1] !== '/' && text[1] !== '\\')
    throw callError('cannot expand user-specific home dir');
  return (context.env.HOME ?? os.homedir()) + text.slice(1);
}

function resolve(text: string, context: HclFunctionContext): string {
  let expanded: string;
  try {
    expanded = expandHome(text, context);
  } catch (error) {
    throw callError(`failed to expand ~: ${(error as Error).message}`);
  }
  return goClean(path.isAbsolute(expanded) ? expanded : path.join(context.cwd, expanded));
}

/** readFileBytes: the file's bytes, or cty's "no file exists at ..." / "failed to read ...". */
function readBytes(text: string, context: HclFunctionContext): Buffer {
  const absolute = resolve(text, context);
  try {
    const bytes = readFileSync(absolute);
    context.readsFile(absolute);
    return bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw callError(
      code === 'ENOENT' || code === 'ENOTDIR' ? `no file exists at ${absolute}` : `failed to read ${absolute}`
    );
  }
}

function readText(text: string, context: HclFunctionContext): string {
  const bytes = readBytes(text, context);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw callError(
      `contents of ${text} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`
    );
  }
}

/** Go's FileMode.String for the kinds a path can be: "drwxr-xr-x", "prw-r--r--", ... */
function goMode(stats: Stats): string {
  const kind = stats.isDirectory()
    ? 'd'
    : stats.isFIFO()
      ? 'p'
      : stats.isSocket()
        ? 'S'
        : stats.isCharacterDevice()
          ? 'Dc'
          : stats.isBlockDevice()
            ? 'D'
            : '';
  const bits = 'rwxrwxrwx'.replace(/./g, (letter, index: number) =>
    stats.mode & (1 << (8 - index)) ? letter : '-'
  );
  return (kind === '' ? '-' : kind) + bits;
}

function fileexists(text: string, context: HclFunctionContext): boolean {
  const absolute = resolve(text, context);
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw callError(`failed to stat ${absolute}`);
  }
  if (stats.isFile()) return true;
  throw callError(`${absolute} is not a regular file, but ${goQuote(goMode(stats))}`);
}

function fileset(base: string, pattern: string, context: HclFunctionContext): string[] {
  const root = path.isAbsolute(base) ? base : path.join(context.cwd, base);
  const fullPattern = goClean(path.join(root, pattern));
  let matches: string[];
  try {
    matches = glob(fullPattern);
  } catch (error) {
    if (error instanceof GlobSyntaxError)
      throw callError(`failed to glob pattern (${fullPattern}): syntax error in pattern`);
    throw error;
  }
  const files = matches.filter(match => {
    try {
      return statSync(match).isFile();
    } catch {
      return false;
    }
  });
  files.forEach(file => context.readsFile(file));
  return [...new Set(files.map(file => path.relative(root, file).split(path.sep).join('/')))].sort();
}

/** Packer's filebase64: the path as given, read from the working directory, errors as Go's os.ReadFile words them. */
function filebase64(text: string, context: HclFunctionContext): string {
  const absolute = path.resolve(context.cwd, text);
  try {
    const bytes = readFileSync(absolute);
    context.readsFile(absolute);
    return bytes.toString('base64');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EISDIR'
        ? `read ${text}: is a directory`
        : `open ${text}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`;
    throw callError(`failed to read file ${goQuote(text)}: ${reason}`);
  }
}

/** HCL's identifier: a letter, then letters, digits, underscores and dashes. */
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;

function templatefile(file: string, vars: HclValue, context: HclFunctionContext): HclValue {
  const text = readText(file, context);
  // "map" also covers objects: the value model does not tell them apart, and neither does Packer's message.
  if (!isObject(vars)) throw argumentError(1, 'invalid vars value: must be a map');
  for (const name of Object.keys(vars))
    if (!IDENTIFIER.test(name))
      throw argumentError(
        1,
        `invalid template variable name ${goQuote(name)}: must start with a letter, followed by zero or more letters, digits, and underscores`
      );
  return context.renderTemplate(text, file, vars);
}

export const FILESYSTEM_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  file: { params: [stringParam('path')], run: ([file], context) => readText(file as string, context) },
  filebase64: {
    params: [stringParam('path')],
    run: ([file], context) => filebase64(file as string, context)
  },
  fileexists: {
    params: [stringParam('path')],
    run: ([file], context) => fileexists(file as string, context)
  },
  fileset: {
    params: [stringParam('path'), stringParam('pattern')],
    run: ([base, pattern], context) => fileset(base as string, pattern as string, context)
  },
  templatefile: {
    params: [stringParam('path'), anyParam('vars')],
    run: ([file, vars], context) => templatefile(file as string, vars!, context)
  },
  abspath: {
    params: [stringParam('path')],
    run: ([file], context) =>
      goClean(path.resolve(context.cwd, file as string))
        .split(path.sep)
        .join('/')
  },
  basename: stringFunction(['path'], goBase),
  dirname: stringFunction(['path'], goDir),
  pathexpand: { params: [stringParam('path')], run: ([file], context) => expandHome(file as string, context) }
};
