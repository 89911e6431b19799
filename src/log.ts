// What the build writes to the run page. One interface, two faces: a single build gets
// collapsible groups per step; builds running in parallel get every line prefixed with the
// build's name instead, since the runner's groups cannot interleave.

export interface Log {
  info(line: string): void;
  warning(line: string): void;
  error(line: string): void;
  debug(line: string): void;
  /** Runs fn inside a titled section of the log. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export interface LogSink {
  info(line: string): void;
  warning(line: string): void;
  error(line: string): void;
  debug(line: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

export function groupedLog(sink: LogSink): Log {
  return {
    info: line => sink.info(line),
    warning: line => sink.warning(line),
    error: line => sink.error(line),
    debug: line => sink.debug(line),
    group: async (title, fn) => {
      sink.startGroup(title);
      try {
        return await fn();
      } finally {
        sink.endGroup();
      }
    }
  };
}

export function prefixedLog(sink: LogSink, prefix: string): Log {
  const p = (line: string) => `${prefix}: ${line}`;
  return {
    info: line => sink.info(p(line)),
    warning: line => sink.warning(p(line)),
    error: line => sink.error(p(line)),
    debug: line => sink.debug(p(line)),
    group: async (title, fn) => {
      sink.info(p(`==> ${title}`));
      return fn();
    }
  };
}

export { secretMasker } from './secrets.js';

/**
 * Replaces secrets in every line before it is written. The runner masks values registered
 * with add-mask too, but only line by line and only in what it displays: a secret that a
 * script prints split across lines, or a log read from the raw output, would still show.
 * `mask` is asked on every line, so a secret that becomes known later is masked from then on.
 */
export function maskingSink(sink: LogSink, mask: (text: string) => string): LogSink {
  return {
    info: line => sink.info(mask(line)),
    warning: line => sink.warning(mask(line)),
    error: line => sink.error(mask(line)),
    debug: line => sink.debug(mask(line)),
    startGroup: title => sink.startGroup(mask(title)),
    endGroup: () => sink.endGroup()
  };
}
