// Writes the rendered summary to the job summary. The sink is handed in (the caller passes
// `md => core.summary.addRaw(md).write()`, tests a fake), so this module needs no runner.
// Like the PR comment, the summary is a courtesy: failing to write it must not fail a build
// that made its image, so errors come back as a reason to log, not as a throw.
import { messageOf } from '../errors.js';

export type SummarySink = (markdown: string) => Promise<unknown> | unknown;

export type SummaryResult = { written: true } | { written: false; reason: string };

/** Appends `markdown` and a blank line, so a second report (another template) starts cleanly. */
export async function writeSummary(markdown: string, sink: SummarySink): Promise<SummaryResult> {
  try {
    await sink(markdown.endsWith('\n') ? `${markdown}\n` : `${markdown}\n\n`);
    return { written: true };
  } catch (error) {
    const why = messageOf(error);
    return { written: false, reason: `the job summary could not be written: ${why}` };
  }
}
