// Retention after a successful build: of each family's images (found by its tags, in every region of
// the build), the newest `keep` builds stay, and so does anything younger than `keep-days`, anything
// a channel, a launch template or an instance uses, and anything under deregistration protection.
// The rest is deregistered with its snapshots (or deprecated), each removal logged with the image,
// its commit, its age and why it could go. Nothing here can fail the build: trouble is a warning, and
// where what uses an image cannot be checked, nothing is removed in that region.
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { messageOf } from '../errors.js';
import { onlyFinished } from '../finished-images.js';
import type { RetentionInputs } from '../lifecycle-inputs.js';
import { familyImages, type Family, type FamilyImage } from './family-images.js';
import { usesOf } from './protections.js';
import { deprecate, deregisterWithSnapshots } from './remove.js';
import { ageOf, select, type Verdict } from './select.js';

export type RetentionAction =
  'kept' | 'removed' | 'deprecated' | 'would-remove' | 'would-deprecate' | 'already-deprecated' | 'failed';

export interface RetentionLine {
  image: FamilyImage;
  action: RetentionAction;
  why: string;
  /** Snapshots deleted with it, or that stayed behind. */
  snapshotsDeleted?: string[];
  snapshotsLeft?: string[];
}

export interface RetentionReport {
  family: string;
  policy: RetentionInputs;
  regions: string[];
  lines: RetentionLine[];
  warnings: string[];
}

export interface RetentionRequest {
  family: Family;
  regions: readonly string[];
  policy: RetentionInputs;
  /** This run's images (region → AMI): never removed. */
  own: Readonly<Record<string, string>>;
  /** This run's channels (region → name → AMI): they protect their images even if listing channels is not allowed. */
  channels?: Readonly<Record<string, ReadonlyMap<string, string>>>;
}

export interface RetentionDeps {
  ec2(region: string): EC2Client;
  ssm(region: string): SSMClient;
  log: { info(line: string): void; warning(line: string): void };
  now: () => number;
}

const short = (commit: string | undefined) => (commit ? commit.slice(0, 7) : 'no commit tag');

function describe(image: FamilyImage, now: number) {
  return `${image.id} in ${image.region} (${image.name}, commit ${short(image.commit)}, ${ageOf(image.created, now)} old)`;
}

async function removeOne(
  deps: RetentionDeps,
  request: RetentionRequest,
  verdict: Verdict
): Promise<RetentionLine> {
  const { image, why } = verdict;
  const now = deps.now();
  const { dryRun, deprecate: deprecateOnly } = request.policy;
  if (deprecateOnly && image.deprecated) return { image, action: 'already-deprecated', why };
  if (dryRun) {
    deps.log.info(
      `Retention (dry run): would ${deprecateOnly ? 'deprecate' : 'deregister'} ${describe(image, now)}${deprecateOnly ? '' : ` and delete ${image.snapshotIds.join(', ') || 'no snapshot'}`}: ${why}`
    );
    return { image, action: deprecateOnly ? 'would-deprecate' : 'would-remove', why };
  }
  try {
    if (deprecateOnly) {
      await deprecate(deps.ec2(image.region), image, now);
      deps.log.info(`Retention: deprecated ${describe(image, now)}: ${why}`);
      return { image, action: 'deprecated', why };
    }
    const removal = await deregisterWithSnapshots(deps.ec2(image.region), image);
    deps.log.info(
      `Retention: deregistered ${describe(image, now)} and deleted ${removal.snapshotsDeleted.join(', ') || 'no snapshot'}: ${why}`
    );
    if (removal.snapshotsLeft.length) {
      deps.log.warning(
        `Retention: ${image.id}'s snapshots ${removal.snapshotsLeft.join(', ')} were not deleted`
      );
    }
    return { image, action: 'removed', why, ...removal };
  } catch (error) {
    deps.log.warning(`Retention: could not remove ${describe(image, now)}: ${messageOf(error)}`);
    return { image, action: 'failed', why: messageOf(error) };
  }
}

export async function applyRetention(
  request: RetentionRequest,
  deps: RetentionDeps
): Promise<RetentionReport> {
  const report: RetentionReport = {
    family: request.family.name,
    policy: request.policy,
    regions: [...request.regions],
    lines: [],
    warnings: []
  };
  const warn = (line: string) => {
    report.warnings.push(line);
    deps.log.warning(`Retention: ${line}`);
  };
  let images: FamilyImage[];
  try {
    const listed = (
      await Promise.all(request.regions.map(r => familyImages(deps.ec2(r), r, request.family)))
    ).flat();
    // A copy counts only once the image it was copied from is a finished build's; an unfinished one is
    // neither a version that pushes older ones out nor a candidate.
    images = await onlyFinished(deps.ec2, listed, image => image);
  } catch (error) {
    warn(`nothing removed: ${messageOf(error)}`);
    return report;
  }
  const { kept, candidates } = select(
    images,
    request.policy,
    deps.now(),
    new Set(Object.values(request.own))
  );
  report.lines.push(...kept.map(v => ({ image: v.image, action: 'kept' as const, why: v.why })));

  const byRegion = new Map<string, Verdict[]>();
  for (const c of candidates) byRegion.set(c.image.region, [...(byRegion.get(c.image.region) ?? []), c]);
  await Promise.all(
    [...byRegion.entries()].map(async ([region, list]) => {
      const protectedByFlag = list.filter(v => v.image.protection);
      for (const v of protectedByFlag) {
        report.lines.push({
          image: v.image,
          action: 'kept',
          why: `deregistration protection (${v.image.protection})`
        });
      }
      const rest = list.filter(v => !v.image.protection);
      if (!rest.length) return;
      let uses;
      try {
        uses = await usesOf(
          { ec2: deps.ec2(region), ssm: deps.ssm(region) },
          region,
          rest.map(v => v.image.id),
          request.channels?.[region] ?? new Map()
        );
      } catch (error) {
        warn(
          `nothing removed in ${region}, since what uses its images could not be checked: ${messageOf(error)}`
        );
        report.lines.push(
          ...rest.map(v => ({ image: v.image, action: 'kept' as const, why: 'could not check what uses it' }))
        );
        return;
      }
      for (const v of rest) {
        const users = uses.get(v.image.id);
        if (users) report.lines.push({ image: v.image, action: 'kept', why: `in use: ${users.join('; ')}` });
      }
      for (const v of rest.filter(v => !uses.get(v.image.id)))
        report.lines.push(await removeOne(deps, request, v));
    })
  );
  const now = deps.now();
  for (const line of report.lines.filter(l => l.action === 'kept')) {
    deps.log.info(`Retention: kept ${describe(line.image, now)}: ${line.why}`);
  }
  return report;
}
