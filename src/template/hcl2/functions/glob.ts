// fileset's globbing, as bmatcuk/doublestar (v1) matches: `*` and `?` within one path segment, `**` as a
// whole segment for any number of directories, [classes] (negated with ! or ^), {alternatives}, and `\`
// escapes. Dotfiles are not special. Directories are walked without following symbolic links.

import { readdirSync } from 'node:fs';
import path from 'node:path';

export class GlobSyntaxError extends Error {}

const META = /[*?[{\\]/;

function segmentSource(segment: string): string {
  let out = '';
  let index = 0;
  const alternatives: number[] = []; // nesting of {...}
  while (index < segment.length) {
    const char = segment[index++]!;
    if (char === '\\') {
      if (index >= segment.length) throw new GlobSyntaxError();
      out += escapeChar(segment[index++]!);
    } else if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const close = segment.indexOf(']', index + 1);
      if (close < 0) throw new GlobSyntaxError();
      let body = segment.slice(index, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^/' : ''}${body.replace(/[\\\][^]/g, c => `\\${c}`)}]`;
      index = close + 1;
    } else if (char === '{') {
      alternatives.push(out.length);
      out += '(?:';
    } else if (char === ',' && alternatives.length > 0) out += '|';
    else if (char === '}' && alternatives.length > 0) {
      alternatives.pop();
      out += ')';
    } else out += escapeChar(char);
  }
  if (alternatives.length > 0) throw new GlobSyntaxError();
  return out;
}

const escapeChar = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A matcher for a relative glob (segments joined by '/'). */
export function globMatcher(pattern: string): RegExp {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:[^/]*/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`, 'u');
}

/** The absolute paths (files, directories, links) matching an absolute, cleaned glob `pattern`. */
export function glob(pattern: string): string[] {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex(segment => META.test(segment));
  if (firstGlob < 0) return [pattern];
  const root = segments.slice(0, firstGlob).join('/') || '/';
  const rest = segments.slice(firstGlob);
  const matcher = globMatcher(rest.join('/'));
  const maxDepth = rest.includes('**') ? Infinity : rest.length;
  const found: string[] = [];
  const walk = (directory: string, relative: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const entryRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (matcher.test(entryRelative)) found.push(path.join(root, entryRelative));
      if (entry.isDirectory() && depth + 1 < maxDepth)
        walk(path.join(directory, entry.name), entryRelative, depth + 1);
    }
  };
  walk(root, '', 0);
  return found;
}
