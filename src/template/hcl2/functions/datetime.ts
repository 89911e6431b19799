// Date and time functions: timestamp (the run's one instant), formatdate and timeadd (cty), legacy_isotime
// and legacy_strftime (Packer, over the same instant), rfc3339_parse and unix_timestamp_parse (Packer).

import { LONG_DAYS as DAYS, LONG_MONTHS as MONTHS } from '../../go-time.js';
import { objectOf, type HclObject, type HclValue } from '../value.js';
import type { HclFunction } from './types.js';
import { formatRfc3339, goParse, localFields, parseTimestamp, type Instant } from './rfc3339.js';
import { argumentError, callError, goQuote, numberParam, stringFunction, wholeNumber } from './support.js';
import { parseDuration } from './duration.js';
import { LEGACY_TIME_FUNCTIONS } from './legacy-time.js';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const instantOfDate = (date: Date): Instant => ({
  seconds: Math.floor(date.getTime() / 1000),
  nanos: (date.getTime() % 1000) * 1e6,
  offset: 0
});

function zone(offset: number, colon: boolean): string {
  const minutes = Math.abs(offset) / 60;
  return `${offset < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${colon ? ':' : ''}${pad(minutes % 60)}`;
}

/** One formatdate verb: a run of one letter. */
function formatVerb(token: string, instant: Instant): string {
  const t = localFields(instant);
  const hour12 = t.getUTCHours() % 12 || 12;
  const bad = (rule: string): never => {
    throw argumentError(0, `invalid date format verb ${goQuote(token)}: ${rule}`);
  };
  const choose = (options: Record<number, () => string>, rule: string): string =>
    (options[token.length] ?? (() => bad(rule)))();
  switch (token[0]) {
    case 'Y':
      return choose(
        { 2: () => pad(t.getUTCFullYear() % 100), 4: () => pad(t.getUTCFullYear(), 4) },
        'year must either be "YY" or "YYYY"'
      );
    case 'M': {
      const month = t.getUTCMonth();
      return choose(
        {
          1: () => String(month + 1),
          2: () => pad(month + 1),
          3: () => MONTHS[month]!.slice(0, 3),
          4: () => MONTHS[month]!
        },
        'month must be "M", "MM", "MMM", or "MMMM"'
      );
    }
    case 'D':
      return choose(
        { 1: () => String(t.getUTCDate()), 2: () => pad(t.getUTCDate()) },
        'day of month must either be "D" or "DD"'
      );
    case 'E':
      return choose(
        { 3: () => DAYS[t.getUTCDay()]!.slice(0, 3), 4: () => DAYS[t.getUTCDay()]! },
        'day of week must either be "EEE" or "EEEE"'
      );
    case 'h':
      return choose(
        { 1: () => String(t.getUTCHours()), 2: () => pad(t.getUTCHours()) },
        '24-hour must either be "h" or "hh"'
      );
    case 'H':
      return choose({ 1: () => String(hour12), 2: () => pad(hour12) }, '12-hour must either be "H" or "HH"');
    case 'A':
    case 'a': {
      if (token.length !== 2) bad(`must be "${token[0]}${token[0]}"`);
      const marker = t.getUTCHours() < 12 ? 'AM' : 'PM';
      return token[0] === 'A' ? marker : marker.toLowerCase();
    }
    case 'm':
      return choose(
        { 1: () => String(t.getUTCMinutes()), 2: () => pad(t.getUTCMinutes()) },
        'minute must either be "m" or "mm"'
      );
    case 's':
      return choose(
        { 1: () => String(t.getUTCSeconds()), 2: () => pad(t.getUTCSeconds()) },
        'second must either be "s" or "ss"'
      );
    case 'Z':
      return choose(
        {
          1: () => (instant.offset === 0 ? 'Z' : zone(instant.offset, true)),
          3: () => (instant.offset === 0 ? 'UTC' : zone(instant.offset, false)),
          4: () => zone(instant.offset, false),
          5: () => zone(instant.offset, true)
        },
        'timezone must be Z, ZZZZ, or ZZZZZ'
      );
    default:
      throw argumentError(0, `invalid date format verb ${goQuote(token)}`);
  }
}

function formatdate(format: string, time: string): string {
  let instant: Instant;
  try {
    instant = parseTimestamp(time);
  } catch (error) {
    throw argumentError(1, (error as Error).message);
  }
  // Tokens: a quoted literal ('' is a quote), a run of one letter (a verb), or anything else up to either.
  const tokens = format.match(/'(?:[^']|'')*'?|([A-Za-z])\1*|[^'A-Za-z]+/g) ?? [];
  return tokens
    .map(token => {
      if (token.startsWith("'")) {
        if (token === "''") return "'";
        if (token.length === 1 || !token.endsWith("'")) throw argumentError(0, "unterminated literal '");
        return token.slice(1, -1).replaceAll("''", "'");
      }
      return /^[A-Za-z]/.test(token) ? formatVerb(token, instant) : token;
    })
    .join('');
}

function timeadd(timestamp: string, duration: string): string {
  let instant: Instant;
  try {
    instant = parseTimestamp(timestamp);
  } catch (error) {
    throw callError((error as Error).message);
  }
  const nanos = BigInt(instant.seconds) * 1_000_000_000n + BigInt(instant.nanos) + parseDuration(duration);
  const seconds = nanos / 1_000_000_000n - (nanos % 1_000_000_000n < 0n ? 1n : 0n);
  return formatRfc3339({
    seconds: Number(seconds),
    nanos: Number(nanos - seconds * 1_000_000_000n),
    offset: instant.offset
  });
}

/** Go's Time.ISOWeek. */
function isoWeek(date: Date): [number, number] {
  const thursday = new Date(date.getTime());
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const firstOfYear = new Date(0);
  firstOfYear.setUTCFullYear(thursday.getUTCFullYear(), 0, 1);
  return [
    thursday.getUTCFullYear(),
    Math.floor((thursday.getTime() - firstOfYear.getTime()) / 86_400_000 / 7) + 1
  ];
}

/** The fields rfc3339_parse and unix_timestamp_parse return, in the instant's own zone. */
function dateFields(instant: Instant): [string, HclValue][] {
  const t = localFields(instant);
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(t.getUTCFullYear(), 0, 1);
  const [isoYear, week] = isoWeek(t);
  return [
    ['year', t.getUTCFullYear()],
    ['year_day', Math.floor((t.getTime() - startOfYear.getTime()) / 86_400_000) + 1],
    ['day', t.getUTCDate()],
    ['month', t.getUTCMonth() + 1],
    ['month_name', MONTHS[t.getUTCMonth()]!],
    ['weekday', t.getUTCDay()],
    ['weekday_name', DAYS[t.getUTCDay()]!],
    ['hour', t.getUTCHours()],
    ['minute', t.getUTCMinutes()],
    ['second', t.getUTCSeconds()],
    ['iso_year', isoYear],
    ['iso_week', week]
  ];
}

function rfc3339Parse(timestamp: string): HclObject {
  const parsed = [goParse(timestamp, 'T'), goParse(timestamp, ' ')].find(result => !('layoutElem' in result));
  if (parsed === undefined) throw argumentError(0, `${goQuote(timestamp)} is not a valid RFC3339 timestamp`);
  const instant = parsed as Instant;
  return objectOf([...dateFields(instant), ['unix', instant.seconds]]);
}

function unixTimestampParse(value: number): HclObject {
  const seconds = wholeNumber(value, {
    argument: 0,
    wrap: 'unix_timestamp must be a whole number of seconds representable as a 64-bit integer: '
  });
  const instant: Instant = { seconds, nanos: 0, offset: 0 };
  return objectOf([...dateFields(instant), ['rfc3339', formatRfc3339(instant)]]);
}

export const DATETIME_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  timestamp: { params: [], run: (_args, context) => formatRfc3339(instantOfDate(context.now)) },
  formatdate: stringFunction(['format', 'time'], formatdate),
  timeadd: stringFunction(['timestamp', 'duration'], timeadd),
  ...LEGACY_TIME_FUNCTIONS,
  rfc3339_parse: stringFunction(['timestamp'], rfc3339Parse),
  unix_timestamp_parse: {
    params: [numberParam('unix_timestamp')],
    run: ([value]) => unixTimestampParse(value as number)
  }
};
