// The per-step timeline of one build, as a table with a bar drawn in text: where each step
// starts and how long it runs, on the scale of the whole build. A text bar, rather than a
// Mermaid chart, stays readable in the summary, in a notification e-mail and in plain text.
import { code, duration, table, text } from './markdown-text.js';
import type { BuildLine, StepLine } from './report.js';

const BAR_WIDTH = 24;
const STEP_ICON: Record<StepLine['status'], string> = { succeeded: '', failed: '❌ ', cancelled: '⚪ ' };

/**
 * `░░░░██████░░…`: the step's share of the build, at its place in it. Both ends are rounded the
 * same way, so back-to-back steps meet without a gap; a short step still gets one cell.
 */
export function bar(offsetMs: number, durationMs: number, totalMs: number, width = BAR_WIDTH): string {
  const scale = totalMs > 0 ? width / totalMs : 0;
  const start = Math.min(width - 1, Math.max(0, Math.round(offsetMs * scale)));
  const end = Math.min(width, Math.max(start + 1, Math.round((offsetMs + durationMs) * scale)));
  return '░'.repeat(start) + '█'.repeat(end - start) + '░'.repeat(width - end);
}

export function renderTimeline(build: BuildLine): string {
  if (build.steps.length === 0) return '_No step ran._';
  const origin = Math.min(build.startedAt, ...build.steps.map(step => step.startedAt));
  const end = Math.max(...build.steps.map(step => step.startedAt + step.durationMs));
  const total = Math.max(end - origin, 1);
  const rows = build.steps.map(step => {
    const offset = step.startedAt - origin;
    return [
      `${STEP_ICON[step.status]}${text(step.title)}`,
      `+${duration(offset)}`,
      duration(step.durationMs),
      // A code span keeps the bar in a monospace font, so the rows line up.
      code(bar(offset, step.durationMs, total))
    ];
  });
  return table(['Step', 'Starts at', 'Took', 'Timeline'], rows);
}
