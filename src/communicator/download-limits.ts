// How much one download may bring to the runner: a directory tree the instance controls could
// otherwise fill the runner's disk. Shared by the transfer code (which enforces the limits) and the
// communicator interface (which takes them), so neither has to import the other.
import { BuildAmiError } from '../errors.js';

export interface DownloadLimits {
  /** Entries (files, directories, symlinks) listed in one download. */
  maxFiles: number;
  maxBytes: number;
}

/** Generous for logs, reports and build outputs; far from what fills a runner's disk (14 GB free on GitHub's). */
export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = { maxFiles: 100_000, maxBytes: 10 * 1024 ** 3 };

export interface DownloadResult {
  files: number;
  bytes: number;
  /** Paths (relative to the tree) of symlinks and special files that were not downloaded. */
  skipped: string[];
}

/** A download that went past one of its limits (the file provisioner says how to raise it). */
export class DownloadLimitError extends BuildAmiError {
  readonly limit: keyof DownloadLimits;
  readonly value: number;

  constructor(details: { limit: keyof DownloadLimits; value: number; message: string }) {
    super(details.message);
    this.limit = details.limit;
    this.value = details.value;
  }
}

export function describeLimit(limit: keyof DownloadLimits, value: number): string {
  return limit === 'maxFiles' ? `${value} entries` : `${value} bytes`;
}
