// RFC 3339 timestamps as cty reads them (datetime.go, datetime_rfc3339.go): strictly, with Go's time.Parse
// run behind to name what is wrong ("not a valid RFC3339 timestamp: cannot use "13" as month"), and an
// instant that keeps its UTC offset, so formatdate and timeadd print the zone they were given.

export interface Instant {
  /** Seconds since the Unix epoch. */
  readonly seconds: number;
  readonly nanos: number;
  /** The zone's offset east of UTC, in seconds. */
  readonly offset: number;
}

/** The clock fields of an instant in its own zone. */
export function localFields(instant: Instant): Date {
  return new Date((instant.seconds + instant.offset) * 1000);
}

export function instantOf(
  year: number,
  month: number,
  day: number,
  time: [number, number, number],
  nanos: number,
  offset: number
): Instant {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(time[0], time[1], time[2], 0);
  return { seconds: date.getTime() / 1000 - offset, nanos, offset };
}

const daysIn = (month: number, year: number): number =>
  new Date(Date.UTC(2000, month, 0)).getUTCDate() -
  (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);

interface ParseError {
  readonly layoutElem: string;
  readonly valueElem: string;
  readonly message: string;
}

const digitsOf = (text: string, count: number): number | undefined =>
  new RegExp(`^\\d{${count}}`).test(text) ? Number(text.slice(0, count)) : undefined;

/** Go's getnum: one or two digits (exactly two when `fixed`). */
function getnum(value: string, fixed: boolean): [number, string] | undefined {
  if (!/^\d/.test(value)) return undefined;
  if (!/^\d\d/.test(value)) return fixed ? undefined : [Number(value[0]), value.slice(1)];
  return [Number(value.slice(0, 2)), value.slice(2)];
}

/** Go's time.Parse with `layout` RFC 3339 (`separator` 'T', or ' ' for Packer's rfc3339_parse): an instant or its ParseError. */
export function goParse(text: string, separator = 'T'): Instant | ParseError {
  let value = text;
  const fields: number[] = [];
  let nanos = 0;
  let offset = 0;
  const steps: [string, string][] = [
    ['', '2006'],
    ['-', '01'],
    ['-', '02'],
    [separator, '15'],
    [':', '04'],
    [':', '05'],
    ['', 'Z07:00']
  ];
  for (const [prefix, element] of steps) {
    if (!value.startsWith(prefix)) return { layoutElem: prefix, valueElem: value, message: '' };
    value = value.slice(prefix.length);
    const hold = value;
    let range = '';
    let parsed: [number, string] | undefined;
    switch (element) {
      case '2006':
        parsed = digitsOf(value, 4) === undefined ? undefined : [Number(value.slice(0, 4)), value.slice(4)];
        break;
      case 'Z07:00':
        if (value.startsWith('Z')) parsed = [0, value.slice(1)];
        else if (/^[+-]\d\d:\d\d/.test(value)) {
          const [hours, minutes] = [Number(value.slice(1, 3)), Number(value.slice(4, 6))];
          if (hours > 24) range = 'time zone offset hour';
          if (minutes > 60) range = 'time zone offset minute';
          parsed = [(value[0] === '-' ? -1 : 1) * (hours * 3600 + minutes * 60), value.slice(6)];
        }
        break;
      default: {
        parsed = getnum(value, element !== '15');
        const limits: Record<string, [number, number, string]> = {
          '01': [1, 12, 'month'],
          '02': [0, 31, 'day'],
          '15': [0, 23, 'hour'],
          '04': [0, 59, 'minute'],
          '05': [0, 59, 'second']
        };
        const [low, high, name] = limits[element]!;
        if (parsed !== undefined && (parsed[0] < low || parsed[0] > high)) range = name;
      }
    }
    if (range !== '')
      return { layoutElem: element, valueElem: parsed![1], message: `: ${range} out of range` };
    if (parsed === undefined) return { layoutElem: element, valueElem: hold, message: '' };
    value = parsed[1];
    if (element === 'Z07:00') offset = parsed[0];
    else fields.push(parsed[0]);
    if (element === '05') {
      const fraction = /^[.,](\d+)/.exec(value);
      if (fraction !== null) {
        nanos = Number(fraction[1]!.slice(0, 9).padEnd(9, '0'));
        value = value.slice(fraction[0].length);
      }
    }
  }
  if (value !== '')
    return { layoutElem: '', valueElem: value, message: `: extra text: ${JSON.stringify(value)}` };
  const [year, month, day, hour, minute, second] = fields as [number, number, number, number, number, number];
  if (day < 1 || day > daysIn(month, year))
    return { layoutElem: '', valueElem: '', message: ': day out of range' };
  return instantOf(year, month, day, [hour, minute, second], nanos, offset);
}

const WHAT: Readonly<Record<string, string>> = {
  '2006': 'year',
  '01': 'month',
  '02': 'day of month',
  '15': 'hour',
  '04': 'minute',
  '05': 'second',
  'Z07:00': 'UTC offset'
};

/** cty's parseTimestamp message for a ParseError. */
function describe(error: ParseError): string {
  const prefix = 'not a valid RFC3339 timestamp';
  if (error.layoutElem === '' && error.valueElem === '' && error.message !== '')
    return prefix + error.message;
  if (error.layoutElem === 'T') return `${prefix}: missing required time introducer 'T'`;
  if (error.layoutElem === ':' || error.layoutElem === '-')
    return error.valueElem === ''
      ? `${prefix}: end of string where ${JSON.stringify(error.layoutElem)} is expected`
      : `${prefix}: found ${JSON.stringify(error.valueElem)} where ${JSON.stringify(error.layoutElem)} is expected`;
  const what = WHAT[error.layoutElem] ?? 'timestamp segment';
  if (error.valueElem === '') return `${prefix}: end of string before ${what}`;
  if (what === 'hour' && error.valueElem.includes(':'))
    return `${prefix}: hour must be between 0 and 23 inclusive`;
  if (what === 'hour' && error.valueElem.length !== 2) return `${prefix}: hour must have exactly two digits`;
  if (what === 'minute' && error.valueElem.length !== 2)
    return `${prefix}: minute must have exactly two digits`;
  return `${prefix}: cannot use ${JSON.stringify(error.valueElem)} as ${what}`;
}

const STRICT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:Z|([+-])(\d\d):(\d\d))$/;

/** cty's parseStrictRFC3339: the instant, or an Error with cty's message. */
export function parseTimestamp(text: string): Instant {
  const strict = STRICT.exec(text);
  if (strict !== null) {
    const [year, month, day, hour, minute, second] = strict.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number
    ];
    const [zoneHours, zoneMinutes] = [Number(strict[9] ?? 0), Number(strict[10] ?? 0)];
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysIn(month, year) &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      zoneHours <= 23 &&
      zoneMinutes <= 59
    ) {
      const offset = (strict[8] === '-' ? -1 : 1) * (zoneHours * 3600 + zoneMinutes * 60);
      return instantOf(
        year,
        month,
        day,
        [hour, minute, second],
        Number((strict[7] ?? '').slice(0, 9).padEnd(9, '0')),
        offset
      );
    }
  }
  const lenient = goParse(text);
  if ('layoutElem' in lenient) throw new Error(describe(lenient));
  // Go accepted what RFC 3339 does not: say which rule it broke, as cty does.
  if (text[12] === ':')
    throw new Error(
      describe({ layoutElem: '15', valueElem: text.slice(11, 12), message: ': hour must have two digits' })
    );
  if (text[19] === ',')
    throw new Error(
      describe({ layoutElem: '.', valueElem: ',', message: ': sub-second separator must be a period' })
    );
  if (!text.endsWith('Z'))
    throw new Error(describe({ layoutElem: 'Z07:00', valueElem: text.slice(-6), message: '' }));
  throw new Error(describe({ layoutElem: 'RFC3339', valueElem: text, message: '' }));
}

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0');

/** Go's time.Format(time.RFC3339): seconds precision, "Z" for a zero offset. */
export function formatRfc3339(instant: Instant): string {
  const local = localFields(instant);
  const zone =
    instant.offset === 0
      ? 'Z'
      : `${instant.offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(instant.offset) / 3600))}:${pad(Math.trunc((Math.abs(instant.offset) % 3600) / 60))}`;
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${zone}`;
}
