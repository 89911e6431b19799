// Image references as the Engine's endpoints want them: a tag made explicit, and split from the
// repository at the tag's colon, never at a registry's port.

/** A reference with an explicit tag (`:latest` when it has neither tag nor digest), as the docker CLI pulls. */
export function withDefaultTag(ref: string): string {
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  return name.includes(':') || name.includes('@') ? ref : `${ref}:latest`;
}

/** `repo[:tag]` split at the tag's colon (not a registry port's). */
export function splitTag(ref: string): { repository: string; tag?: string } {
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon <= slash || ref.includes('@')) return { repository: ref };
  return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
}
