// The committed image's traceability, as Dockerfile instructions for the commit's `changes`: the OCI
// annotations (revision, source, created) and the action's own keys (build id, fingerprint, the ones
// the AMI carries as tags, spelt with dots as label keys are), each added only when the template's own
// `changes` do not set that label. Also the check Packer documents for `changes`: only the
// instructions a commit can apply.
import type { RunInfo } from '../github/run-info.js';
import { TAGS } from '../tags.js';

/** What `docker commit --change` applies (Packer's docker builder documents the same list). */
export const CHANGE_INSTRUCTIONS = [
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'LABEL',
  'ONBUILD',
  'USER',
  'VOLUME',
  'WORKDIR'
];

/** Why a `changes` entry cannot be applied, or undefined when it can. */
export function changeProblem(change: string): string | undefined {
  const instruction = /^\s*(\S+)/.exec(change)?.[1];
  if (instruction === undefined) return 'an empty instruction';
  if (!CHANGE_INSTRUCTIONS.includes(instruction.toUpperCase())) {
    return `${instruction} cannot be applied to a committed image; expected one of ${CHANGE_INSTRUCTIONS.join(', ')}`;
  }
  return undefined;
}

/** The label keys the build writes: OCI's, and the action's tag keys with `:` spelt `.`. */
export const LABELS = {
  revision: 'org.opencontainers.image.revision',
  source: 'org.opencontainers.image.source',
  created: 'org.opencontainers.image.created',
  buildId: TAGS.buildId.replace(':', '.'),
  fingerprint: TAGS.fingerprint.replace(':', '.'),
  ref: TAGS.ref.replace(':', '.'),
  runUrl: TAGS.runUrl.replace(':', '.')
} as const;

export function traceLabels(
  run: RunInfo,
  build: { buildId: string; fingerprint: string; created: Date }
): Record<string, string> {
  const labels: Record<string, string> = {
    [LABELS.revision]: run.sha,
    [LABELS.source]: run.repository ? `${run.serverUrl}/${run.repository}` : '',
    [LABELS.created]: build.created.toISOString(),
    [LABELS.buildId]: build.buildId,
    [LABELS.fingerprint]: build.fingerprint,
    [LABELS.ref]: run.ref,
    [LABELS.runUrl]: run.runUrl
  };
  return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== ''));
}

/** LABEL instructions for the labels the template's `changes` leave unset (the template's own win). */
export function labelChanges(labels: Record<string, string>, templateChanges: readonly string[]): string[] {
  const set = new Set(templateChanges.flatMap(labelKeysOf));
  const missing = Object.entries(labels).filter(([key]) => !set.has(key));
  if (missing.length === 0) return [];
  return [`LABEL ${missing.map(([k, v]) => `${JSON.stringify(k)}=${JSON.stringify(v)}`).join(' ')}`];
}

/** The keys a LABEL instruction sets (`LABEL a=1 "b c"=2`, or the old `LABEL key value`). */
export function labelKeysOf(change: string): string[] {
  const match = /^\s*LABEL\s+(.*)$/is.exec(change);
  if (!match) return [];
  const words = tokens(match[1]!);
  if (words.length > 0 && !words[0]!.includes('=')) return [words[0]!];
  return words.filter(w => w.includes('=')).map(w => w.slice(0, w.indexOf('=')));
}

/** Whitespace-separated words, with double or single quotes and backslash escapes removed. */
function tokens(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quote !== "'" && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}
