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

/** Tag values are at most 256 characters and some characters are not allowed: keep them valid. */
const tagValue = (value: string) => value.slice(0, 256);

const present = (tags: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(tags)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, tagValue(v)])
  );

/** On the image and its snapshots: commit, repository, ref, run, fingerprint and build id. */
export function traceTags(run: RunInfo, fingerprint: string, buildId: string): Record<string, string> {
  return present({
    [TAGS.commit]: run.sha,
    [TAGS.repository]: run.repository,
    [TAGS.ref]: run.ref,
    [TAGS.runUrl]: run.runUrl,
    [TAGS.fingerprint]: fingerprint,
    [TAGS.buildId]: buildId
  });
}

/** On every temporary resource: the build id and the run. */
export function temporaryTags(run: RunInfo, buildId: string): Record<string, string> {
  return present({ [TAGS.buildId]: buildId, [TAGS.runUrl]: run.runUrl });
}
