// EC2's limits on tags and descriptions, checked on the template before any AWS call, so a build
// does not launch an instance and provision it for twenty minutes only to have CreateImage refuse a
// tag. The counts include the tags the action adds itself (src/tags.ts). A value that needs build
// data ({{ .SourceAMIName }}) can only be measured once rendered: src/tags.ts shortens it then.

import { InputError } from '../../errors.js';
import { EC2_LIMITS, TAGS, TEMPORARY_TAG_KEYS, TRACE_TAG_KEYS } from '../../tags.js';
import { childPath } from '../json-path.js';
import type { Deferred } from '../deferred.js';
import type { OptionsReader } from '../options-reader.js';
import type { AmazonEbsConfig } from '../types.js';
import { weakMapEntries } from '../weak-decode.js';

type TagOption = 'tags' | 'snapshot_tags' | 'run_tags' | 'run_volume_tags';

/** What each resource carries: the template's tag options plus the action's own keys. */
const RESOURCES: readonly { what: string; options: readonly TagOption[]; ours: readonly string[] }[] = [
  // The image also gets TAGS.complete from the last step (complete-image.ts).
  { what: 'the image', options: ['tags'], ours: [...TRACE_TAG_KEYS, TAGS.complete] },
  { what: 'each snapshot', options: ['tags', 'snapshot_tags'], ours: TRACE_TAG_KEYS },
  { what: 'the instance', options: ['run_tags'], ours: [...TEMPORARY_TAG_KEYS, 'Name'] },
  { what: 'each launch volume', options: ['run_volume_tags'], ours: TEMPORARY_TAG_KEYS }
];

export function checkTagLimits(options: OptionsReader, config: AmazonEbsConfig): void {
  const values: Record<TagOption, Record<string, Deferred>> = {
    tags: config.tags,
    snapshot_tags: config.snapshotTags,
    run_tags: config.runTags,
    run_volume_tags: config.runVolumeTags
  };
  for (const name of ['tags', 'snapshot_tags', 'run_tags', 'run_volume_tags'] as const) {
    checkEntries(options, name, values[name]);
  }
  for (const resource of RESOURCES) {
    const keys = new Set([...resource.options.flatMap(name => Object.keys(values[name])), ...resource.ours]);
    if (keys.size <= EC2_LIMITS.tagsPerResource) continue;
    const name = resource.options.findLast(option => Object.keys(values[option]).length > 0)!;
    throw options.error(
      name,
      `${resource.what} would carry ${keys.size} tags (${resource.options.join(' + ')}, plus the action's own ` +
        `${resource.ours.length}: ${resource.ours.join(', ')}); EC2 allows ${EC2_LIMITS.tagsPerResource} per resource`
    );
  }
  const description = config.amiDescription;
  if (description.isStatic && [...description.render()].length > EC2_LIMITS.descriptionLength) {
    throw options.error(
      'ami_description',
      `is ${[...description.render()].length} characters long; EC2 allows at most ${EC2_LIMITS.descriptionLength}`
    );
  }
}

function checkEntries(options: OptionsReader, name: TagOption, tags: Record<string, Deferred>): void {
  const entry = options.entry(name);
  if (entry === undefined) return;
  const items = weakMapEntries(entry.value, options.field(name));
  // The keys as rendered, in the order written (a key may use {{user}}); the same count unless two collide.
  const rendered = Object.keys(tags);
  items.forEach((item, index) => {
    const field = childPath(options.field(name), item.key);
    const key = rendered.length === items.length ? rendered[index]! : item.key;
    const keyError = (detail: string) => new InputError({ at: item.keyLoc, field, detail });
    if (key.trim() === '') throw keyError('a tag key may not be empty');
    if ([...key].length > EC2_LIMITS.tagKeyLength) {
      throw keyError(
        `the tag key is ${[...key].length} characters long; EC2 allows at most ${EC2_LIMITS.tagKeyLength}`
      );
    }
    if (/^aws:/i.test(key))
      throw keyError('a tag key may not start with "aws:", which AWS reserves for itself');
    const value = tags[key];
    if (value?.isStatic && [...value.render()].length > EC2_LIMITS.tagValueLength) {
      throw new InputError({
        at: item.value.loc,
        field,
        detail: `the tag value is ${[...value.render()].length} characters long; EC2 allows at most ${EC2_LIMITS.tagValueLength}`
      });
    }
  });
}
