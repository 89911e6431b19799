// What the machine being built prints is not ours: a source AMI or a package pulled during
// provisioning can print anything, including workflow commands (`::set-output`, `::add-mask::`,
// `::stop-commands::`, `::error::`), which the runner would obey if they reached the step's
// stdout as they are. Every such line is therefore made plain text before it is written.
//
// The runner reads a command from a line in two forms (actions/runner ActionCommand.cs):
// `::name ...::data` at the start of the line after leading whitespace (String.TrimStart),
// and the legacy `##[name ...]data` anywhere in the line. A zero-width space (U+200B, which
// neither .NET nor JavaScript counts as whitespace) in front of the line and inside every
// `##[` breaks both, and the log viewer shows the line as it was printed.
//
// Why not `::stop-commands::<token>` around the output: the runner's stop state is global to
// the step's stdout, and builds run in parallel with interleaved lines, so our own annotations
// printed while another build's output is wrapped would be swallowed; and output streams for
// as long as a provisioner runs. Line by line there is no state to interleave.
import type { LogSink } from './log.js';

const ZWSP = '\u200B';

/** .NET's TrimStart set (Char.IsWhiteSpace) and JavaScript's \s together, to be safe under either. */
const LEADING_COMMAND = /^[\s\u0085]*::/;

/** One line (or several, split on any line break) as plain text the runner will not read as a command. */
export function asPlainText(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text
    .split(/\r\n|\r|\n/)
    .map(line => {
      const unbracketed = line.replaceAll('##[', `##${ZWSP}[`);
      return LEADING_COMMAND.test(unbracketed) ? ZWSP + unbracketed : unbracketed;
    })
    .join('\n');
}

/**
 * A sink whose plain lines can never be commands: `info` (what core.info writes as is) passes
 * through asPlainText. Annotations, debug lines and group titles are escaped by @actions/core
 * into the data of our own command, so they are safe whatever they carry.
 */
export function plainTextSink(sink: LogSink): LogSink {
  return {
    info: line => sink.info(asPlainText(line)),
    warning: line => sink.warning(line),
    error: line => sink.error(line),
    debug: line => sink.debug(line),
    startGroup: title => sink.startGroup(title),
    endGroup: () => sink.endGroup()
  };
}
