// The action's one tag vocabulary: every key it writes on a resource or filters by, and the two
// tag sets it writes. Temporary resources carry the build id from the moment they exist (so a
// sweep by tag finds even one whose create call never answered); the image and its snapshots
// carry where they came from, so any instance can be traced to the commit that built it.
import type { RunInfo } from './github/run-info.js';

export const TAGS = {
  /** Every resource the build creates; the post step's sweep searches by it. */
  buildId: 'build-ami:build-id',
  runUrl: 'build-ami:run-url',
  commit: 'build-ami:commit',
  repository: 'build-ami:repository',
  ref: 'build-ami:ref',
  /** A hash of the resolved template, the variables and every file the build reads: the reuse key. */
  fingerprint: 'build-ami:fingerprint',
  /**
   * Which images are versions of one another: `<template path>:<build name>` (familyOf). Retention and
   * promote-by-commit find a family's images by it (with the repository), never by their name.
   */
  family: 'build-ami:family',
  /**
   * Written by the last step, on the image in every region, once copies, sharing and encryption are
   * done: only an image carrying it is reusable (an intermediate or a failed build's image never is).
   */
  complete: 'build-ami:complete'
} as const;

/** An EC2 Describe filter on one of our tags. */
export const tagFilter = (key: string, values: string[]) => ({ Name: `tag:${key}`, Values: values });

/** The value of a tag on anything EC2 describes with a Tags list. */
export const tagOf = (resource: { Tags?: { Key?: string; Value?: string }[] }, key: string) =>
  resource.Tags?.find(t => t.Key === key)?.Value;

export const toTagList = (tags: Record<string, string>) =>
  Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

/** What EC2 accepts, checked on the template before any call (src/template/schema/tag-limits.ts). */
export const EC2_LIMITS = {
  tagKeyLength: 128,
  tagValueLength: 256,
  tagsPerResource: 50,
  descriptionLength: 255
} as const;

/** The keys the action itself writes on the image and its snapshots (traceTags). */
export const TRACE_TAG_KEYS: readonly string[] = [
  TAGS.commit,
  TAGS.repository,
  TAGS.ref,
  TAGS.runUrl,
  TAGS.fingerprint,
  TAGS.buildId,
  TAGS.family
];
/** The keys the action itself writes on every temporary resource (temporaryTags). */
export const TEMPORARY_TAG_KEYS: readonly string[] = [TAGS.buildId, TAGS.runUrl];

const ELLIPSIS = '...';

/**
 * A text cut to `limit` characters the documented way (README "Tags"): the head and the tail are
 * kept with `...` in the middle, so a long ref keeps its `refs/heads/` and the end of the branch name,
 * and a run URL keeps its host and its run id. Texts within the limit are returned as they are.
 */
export function shorten(value: string, limit: number): string {
  const chars = [...value];
  if (chars.length <= limit) return value;
  const keep = limit - ELLIPSIS.length;
  const head = Math.ceil(keep / 2);
  return chars.slice(0, head).join('') + ELLIPSIS + chars.slice(chars.length - (keep - head)).join('');
}

/** A tag value as EC2 accepts it: at most 256 characters, shortened as `shorten` says. */
export const tagValue = (value: string) => shorten(value, EC2_LIMITS.tagValueLength);

/** An image description as EC2 accepts it: at most 255 characters. */
export const imageDescription = (value: string) => shorten(value, EC2_LIMITS.descriptionLength);

/**
 * The one place a template's tags (tags, snapshot_tags, run_tags, run_volume_tags) are rendered with
 * the build's data: a value that only now turns out longer than EC2 allows (it quotes
 * {{ .SourceAMIName }}) is shortened rather than failing the build this late. Everything the template
 * fixes by itself was checked at load time.
 */
export function renderTags<D>(
  tags: Record<string, { render(data: D): string }>,
  data: D
): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, tagValue(v.render(data))]));
}

const present = (tags: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(tags)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, tagValue(v)])
  );

/**
 * An image family: the template (its path in the repository, as the workspace holds it) and the build's
 * name. Two builds of one family are versions of the same image; retention keeps the newest of them.
 */
export const familyOf = (templatePath: string, buildName: string) =>
  `${templatePath.split('\\').join('/')}:${buildName}`;

/** On the image and its snapshots: commit, repository, ref, run, fingerprint, build id and family. */
export function traceTags(
  run: RunInfo,
  fingerprint: string,
  buildId: string,
  family?: string
): Record<string, string> {
  return present({
    [TAGS.commit]: run.sha,
    [TAGS.repository]: run.repository,
    [TAGS.ref]: run.ref,
    [TAGS.runUrl]: run.runUrl,
    [TAGS.fingerprint]: fingerprint,
    [TAGS.buildId]: buildId,
    [TAGS.family]: family ?? ''
  });
}

/** On every temporary resource: the build id and the run. */
export function temporaryTags(run: RunInfo, buildId: string): Record<string, string> {
  return present({ [TAGS.buildId]: buildId, [TAGS.runUrl]: run.runUrl });
}
