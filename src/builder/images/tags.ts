// The tags an image and its snapshots carry from the moment they exist (TagSpecifications): the
// template's tags on both (as Packer does), snapshot_tags on the snapshots, and the
// traceability tags. Copies carry the same tags as the original.
import { renderTags, type BuildContext, type BuildState } from '../context.js';

export interface ImageTags {
  image: Record<string, string>;
  snapshot: Record<string, string>;
}

export function imageTags(ctx: BuildContext, buildData: BuildState['buildData']): ImageTags {
  const b = ctx.plan.builder;
  const image = { ...renderTags(b.tags, buildData), ...ctx.traceTags };
  return { image, snapshot: { ...image, ...renderTags(b.snapshotTags, buildData) } };
}
