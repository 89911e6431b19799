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
