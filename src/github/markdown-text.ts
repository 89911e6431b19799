// Building blocks for GitHub-flavoured markdown built from text we do not control (build names,
// error messages, a script's output). Each helper makes its input render as the literal text
// it is: no accidental emphasis, links, HTML (a stray `<!--` would hide the rest of a comment,
// or forge the comment's marker), broken tables or code fences closed early.

// Terminal colour codes and other control characters, which a provisioner's output is full of.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*(?:\x07|\x1b\\)/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

export function stripControl(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '');
}

/** One line of text: line breaks and tabs become spaces (a newline would end a table row). */
function oneLine(text: string): string {
  return stripControl(text).replace(/\r\n|[\r\n\t]/g, ' ');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Plain text, shown as written. */
export function text(value: string): string {
  return oneLine(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_~[\]#|!]/g, '\\$&');
}

/** An inline code span, fenced with more backticks than the value holds in a row. */
export function code(value: string): string {
  const line = oneLine(value);
  if (line === '') return '';
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick needs a space so the fence stays separate.
  const pad = /^`|`$/.test(line) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A fenced code block that no line of `lines` can close early. */
export function codeBlock(lines: readonly string[], info = 'text'): string {
  const clean = lines.map(line => stripControl(line).replace(/\r$/, ''));
  const longest = Math.max(0, ...clean.flatMap(line => line.match(/`+/g) ?? []).map(run => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...clean, fence].join('\n');
}

/** A link; `label` is markdown already. Characters that would end the URL early are encoded. */
export function link(label: string, url: string): string {
  return `[${label}](${url.replace(/[\s()<>]/g, encodeURIComponent)})`;
}

/**
 * A table. Cells are markdown; their pipes are escaped here, once, because GitHub splits rows
 * on `|` before it reads code spans: `\|` is the only way to keep one, even inside code.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[]) =>
    `| ${cells.map(cell => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [row(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');
}

/** 850 → 0.9s, 42_000 → 42s, 245_000 → 4m 05s, 3_720_000 → 1h 02m. */
export function duration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  if (seconds < 60) return `${Math.floor(seconds)}s`;
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${two(seconds % 60)}s`;
  return `${Math.floor(seconds / 3600)}h ${two((seconds % 3600) / 60)}m`;
}
