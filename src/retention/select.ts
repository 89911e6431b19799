// Which of a family's images retention may remove, before anything in the account is asked about
// them: images are grouped by the build that made them (a build's ami_regions copies share its build
// id, so "the newest N" counts builds, not regional copies), ranked newest first, and each build
// beyond the newest `keep` and older than `keep-days` is a candidate. The run's own images never are.
import type { FamilyImage } from './family-images.js';

export interface Generation {
  buildId: string;
  /** When its first image was made. */
  created: Date;
  images: FamilyImage[];
  /** 1 for the newest. */
  rank: number;
}

export interface Verdict {
  image: FamilyImage;
  /** Why it stays, or why it may go. */
  why: string;
}

export interface Policy {
  keep?: number;
  keepDays?: number;
}

const DAY_MS = 24 * 3600 * 1000;

export function generations(images: readonly FamilyImage[]): Generation[] {
  const byBuild = new Map<string, FamilyImage[]>();
  for (const image of images) {
    const key = image.buildId ?? image.id;
    byBuild.set(key, [...(byBuild.get(key) ?? []), image]);
  }
  return [...byBuild.entries()]
    .map(([buildId, list]) => ({
      buildId,
      images: list,
      created: new Date(Math.min(...list.map(i => i.created.getTime()))),
      rank: 0
    }))
    .sort((a, b) => b.created.getTime() - a.created.getTime() || b.buildId.localeCompare(a.buildId))
    .map((generation, index) => ({ ...generation, rank: index + 1 }));
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const ageOf = (created: Date, now: number) => {
  const days = (now - created.getTime()) / DAY_MS;
  return days >= 1 ? `${days.toFixed(1)} days` : `${((now - created.getTime()) / 3600_000).toFixed(1)} hours`;
};

export function select(
  images: readonly FamilyImage[],
  policy: Policy,
  now: number,
  /** This run's images: kept whatever their age or rank (a reused image may be an old one). */
  own: ReadonlySet<string>
): { kept: Verdict[]; candidates: Verdict[] } {
  const kept: Verdict[] = [];
  const candidates: Verdict[] = [];
  const keep = policy.keep ?? 1;
  for (const generation of generations(images)) {
    const young =
      policy.keepDays !== undefined && now - generation.created.getTime() < policy.keepDays * DAY_MS;
    for (const image of generation.images) {
      if (own.has(image.id)) kept.push({ image, why: "this run's image" });
      else if (generation.rank <= keep)
        kept.push({ image, why: `one of the newest ${keep} (${ordinal(generation.rank)})` });
      else if (young)
        kept.push({
          image,
          why: `younger than ${policy.keepDays} days (${ageOf(generation.created, now)} old)`
        });
      else {
        const reasons = [
          `beyond the newest ${keep} (${ordinal(generation.rank)} newest)`,
          ...(policy.keepDays !== undefined
            ? [`older than ${policy.keepDays} days (${ageOf(generation.created, now)} old)`]
            : [])
        ];
        candidates.push({ image, why: reasons.join(', ') });
      }
    }
  }
  return { kept, candidates };
}
