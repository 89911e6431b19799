// Go's reference-time layouts ("2006-01-02T15:04:05Z07:00"), as Packer's {{isotime}} takes them. Packer's
// clock is UTC, so only UTC is formatted here: zone names print "UTC", numeric zones "Z" or "+00:00".

/** Go's time.RFC3339, isotime's layout when none is given. */
export const RFC3339 = '2006-01-02T15:04:05Z07:00';

/** English month and day names, as Go's time package prints them (also used by formatdate). */
export const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];
export const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Formatter = (time: Date) => string;

const pad = (value: number, width: number, filler = '0'): string => String(value).padStart(width, filler);
const hour12 = (time: Date): number => time.getUTCHours() % 12 || 12;
const dayOfYear = (time: Date): number =>
  Math.floor((time.getTime() - Date.UTC(time.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;

// Longest first where one token is a prefix of another, as Go's nextStdChunk tries them.
const TOKENS: ReadonlyArray<readonly [string, Formatter]> = [
  ['January', t => LONG_MONTHS[t.getUTCMonth()]!],
  ['Jan', t => LONG_MONTHS[t.getUTCMonth()]!.slice(0, 3)],
  ['Monday', t => LONG_DAYS[t.getUTCDay()]!],
  ['Mon', t => LONG_DAYS[t.getUTCDay()]!.slice(0, 3)],
  ['MST', () => 'UTC'],
  ['2006', t => pad(t.getUTCFullYear(), 4)],
  ['002', t => pad(dayOfYear(t), 3)],
  ['__2', t => pad(dayOfYear(t), 3, ' ')],
  ['01', t => pad(t.getUTCMonth() + 1, 2)],
  ['02', t => pad(t.getUTCDate(), 2)],
  ['03', t => pad(hour12(t), 2)],
  ['04', t => pad(t.getUTCMinutes(), 2)],
  ['05', t => pad(t.getUTCSeconds(), 2)],
  ['06', t => pad(t.getUTCFullYear() % 100, 2)],
  ['15', t => pad(t.getUTCHours(), 2)],
  ['_2', t => pad(t.getUTCDate(), 2, ' ')],
  ['1', t => String(t.getUTCMonth() + 1)],
  ['2', t => String(t.getUTCDate())],
  ['3', t => String(hour12(t))],
  ['4', t => String(t.getUTCMinutes())],
  ['5', t => String(t.getUTCSeconds())],
  ['PM', t => (t.getUTCHours() >= 12 ? 'PM' : 'AM')],
  ['pm', t => (t.getUTCHours() >= 12 ? 'pm' : 'am')],
  ['Z07:00:00', () => 'Z'],
  ['Z070000', () => 'Z'],
  ['Z07:00', () => 'Z'],
  ['Z0700', () => 'Z'],
  ['Z07', () => 'Z'],
  ['-07:00:00', () => '+00:00:00'],
  ['-070000', () => '+000000'],
  ['-07:00', () => '+00:00'],
  ['-0700', () => '+0000'],
  ['-07', () => '+00']
];

/**
 * Formats `time` (in UTC) with a Go layout. Anything that is not a layout token is copied as is, as Go does.
 * Fractional seconds: `.000` (fixed width) and `.999` (trailing zeros trimmed), also with a comma.
 */
export function formatGoTime(time: Date, layout: string): string {
  let out = '';
  let index = 0;
  while (index < layout.length) {
    const fraction = fractionAt(layout, index);
    if (fraction !== undefined) {
      out += formatFraction(time, layout[index]!, fraction);
      index += fraction.length + 1;
      continue;
    }
    // "_2006" is a literal underscore followed by the year, not the space-padded day.
    const token = layout.startsWith('_2006', index)
      ? undefined
      : TOKENS.find(([name]) => layout.startsWith(name, index));
    if (token === undefined) {
      out += layout[index];
      index++;
      continue;
    }
    out += token[1](time);
    index += token[0].length;
  }
  return out;
}

/** The run of 0s or 9s after a '.' or ',' at `index`, if it is a fractional-seconds token. */
function fractionAt(layout: string, index: number): string | undefined {
  const separator = layout[index];
  if (separator !== '.' && separator !== ',') return undefined;
  const match = /^(0+|9+)/.exec(layout.slice(index + 1));
  if (match === null) return undefined;
  const after = layout[index + 1 + match[0].length];
  if (after !== undefined && after >= '0' && after <= '9') return undefined;
  return match[0];
}

function formatFraction(time: Date, separator: string, digits: string): string {
  // Dates carry milliseconds; Go has nanoseconds. Pad with zeros: the clock has no finer reading.
  const nanos = pad(time.getUTCMilliseconds(), 3) + '000000';
  const shown = nanos.slice(0, Math.min(digits.length, 9)).padEnd(digits.length, '0');
  if (digits[0] === '0') return separator + shown;
  const trimmed = shown.replace(/0+$/, '');
  return trimmed === '' ? '' : separator + trimmed;
}
