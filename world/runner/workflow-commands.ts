/**
 * Interprets the workflow commands a step prints (`::error file=a.ts,line=3::message`)
 * the way the runner does, so tests can assert on what a user sees in the job log:
 * annotations, groups, debug lines, and which values were masked from that point on.
 */

export interface WorkflowCommand {
  /** Lower-cased command name: group, endgroup, error, warning, notice, debug, add-mask, ... */
  command: string;
  properties: Record<string, string>;
  message: string;
  /** Index of the log line the command was printed on. */
  line: number;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  /** file, line, endLine, col, endColumn, title, as given. */
  properties: Record<string, string>;
}

export interface LogGroup {
  title: string;
  /** The plain lines printed inside the group, masked. */
  lines: string[];
}

export interface WorkflowLog {
  commands: WorkflowCommand[];
  annotations: Annotation[];
  errors: string[];
  warnings: string[];
  notices: string[];
  debug: string[];
  /** Values registered with add-mask, in order. */
  masks: string[];
  groups: LogGroup[];
  /** The plain (non-command) lines as the log viewer shows them: masked values appear as ***. */
  visible: string[];
}

/** Commands the runner acts on; other `::name::` lines are printed as they are. */
const KNOWN_COMMANDS = new Set([
  'group',
  'endgroup',
  'error',
  'warning',
  'notice',
  'debug',
  'add-mask',
  'stop-commands',
  'echo',
  'set-output',
  'save-state',
  'add-matcher',
  'remove-matcher'
]);

function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replaceAll('%3A', ':').replaceAll('%2C', ','));
}

/**
 * Parses one `::name key=value,key=value::message` line, or the legacy `##[name key=value;]message`
 * form, which the runner finds anywhere in a line (ActionCommand.TryParse); undefined if neither.
 */
export function parseCommandLine(text: string, line = 0): WorkflowCommand | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('::')) return parseLegacyCommand(text, line);
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (command === '') return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  return { command, properties, message: unescapeData(trimmed.slice(end + 2)), line };
}

function parseLegacyCommand(text: string, line: number): WorkflowCommand | undefined {
  const start = text.indexOf('##[');
  if (start < 0) return undefined;
  const end = text.indexOf(']', start);
  if (end < 0) return undefined;
  const info = text.slice(start + 3, end);
  const space = info.indexOf(' ');
  const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (command === '') return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(';')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  return { command, properties, message: unescapeData(text.slice(end + 1)), line };
}

export function parseWorkflowCommands(log: string | readonly string[]): WorkflowLog {
  const lines = typeof log === 'string' ? log.split('\n') : log;
  const result: WorkflowLog = {
    commands: [],
    annotations: [],
    errors: [],
    warnings: [],
    notices: [],
    debug: [],
    masks: [],
    groups: [],
    visible: []
  };
  let group: LogGroup | undefined;
  let stopToken: string | undefined;
  const mask = (text: string): string =>
    // Longer secrets first, so a secret containing a shorter one is hidden whole.
    [...result.masks]
      .sort((a, b) => b.length - a.length)
      .reduce((acc, secret) => acc.replaceAll(secret, '***'), text);
  const show = (text: string): void => {
    const masked = mask(text);
    result.visible.push(masked);
    group?.lines.push(masked);
  };

  lines.forEach((text, index) => {
    if (stopToken !== undefined) {
      // While commands are stopped, everything is plain text until `::<token>::`.
      if (text.trim() === `::${stopToken}::`) stopToken = undefined;
      else show(text);
      return;
    }
    const parsed = parseCommandLine(text, index);
    if (!parsed || !KNOWN_COMMANDS.has(parsed.command)) {
      show(text);
      return;
    }
    result.commands.push(parsed);
    const message = mask(parsed.message);
    switch (parsed.command) {
      case 'group':
        group = { title: message, lines: [] };
        result.groups.push(group);
        break;
      case 'endgroup':
        group = undefined;
        break;
      case 'error':
      case 'warning':
      case 'notice':
        result.annotations.push({ level: parsed.command, message, properties: parsed.properties });
        result[`${parsed.command}s`].push(message);
        break;
      case 'debug':
        result.debug.push(message);
        break;
      case 'add-mask':
        if (parsed.message !== '') result.masks.push(parsed.message);
        break;
      case 'stop-commands':
        stopToken = parsed.message;
        break;
    }
  });
  return result;
}
