// The manifest post-processor, in Packer's packer-manifest.json format: each run appends its
// builds to the file (creating it if needed) and sets last_run_uuid, so tools that read
// `.builds[-1].artifact_id` keep working.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export interface ManifestConfig {
  output?: string;
  strip_path?: boolean;
  strip_time?: boolean;
  custom_data?: Record<string, string>;
}

export interface ManifestBuild {
  name: string;
  builder_type: string;
  build_time?: number;
  files: { name: string; size: number }[] | null;
  artifact_id: string;
  packer_run_uuid: string;
  custom_data: Record<string, string> | null;
}

export interface ManifestFile {
  builds: ManifestBuild[];
  last_run_uuid: string;
}

export interface ManifestEntry {
  buildName: string;
  /** Default amazon-ebs. */
  builderType?: string;
  /** region:ami-id pairs, comma-joined, as Packer's amazon artifact id; a docker image's id, or an export's path. */
  artifactId: string;
  files?: { name: string; size: number }[];
}

export function writeManifest(
  config: ManifestConfig,
  entry: ManifestEntry,
  run: { uuid: string; time: Date; cwd: string }
): string {
  const path = resolve(run.cwd, config.output || 'packer-manifest.json');
  const existing: ManifestFile = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as ManifestFile)
    : { builds: [], last_run_uuid: '' };
  const build: ManifestBuild = {
    name: entry.buildName,
    builder_type: entry.builderType ?? 'amazon-ebs',
    build_time: config.strip_time ? undefined : Math.floor(run.time.getTime() / 1000),
    files: entry.files?.length
      ? entry.files.map(f => ({ ...f, name: config.strip_path ? basename(f.name) : f.name }))
      : null,
    artifact_id: entry.artifactId,
    packer_run_uuid: run.uuid,
    custom_data:
      config.custom_data && Object.keys(config.custom_data).length ? { ...config.custom_data } : null
  };
  const manifest: ManifestFile = { builds: [...(existing.builds ?? []), build], last_run_uuid: run.uuid };
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
  return path;
}

export function artifactId(amis: Record<string, string>): string {
  return Object.entries(amis)
    .map(([region, id]) => `${region}:${id}`)
    .join(',');
}
