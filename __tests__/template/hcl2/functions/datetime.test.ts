// Date and time functions against Packer's documentation (functions/datetime/*.mdx), with the run's fixed
// clock (2024-03-05T06:07:08Z), then cty's RFC 3339 strictness and Go's duration syntax.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure, makeContext } from './call.js';

describe('datetime functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['formatdate', ['DD MMM YYYY hh:mm ZZZ', '2018-01-02T23:12:01Z'], '02 Jan 2018 23:12 UTC'],
    [
      'formatdate',
      ['EEEE, DD-MMM-YY hh:mm:ss ZZZ', '2018-01-02T23:12:01Z'],
      'Tuesday, 02-Jan-18 23:12:01 UTC'
    ],
    [
      'formatdate',
      ['EEE, DD MMM YYYY hh:mm:ss ZZZ', '2018-01-02T23:12:01-08:00'],
      'Tue, 02 Jan 2018 23:12:01 -0800'
    ],
    ['formatdate', ['MMM DD, YYYY', '2018-01-02T23:12:01Z'], 'Jan 02, 2018'],
    ['formatdate', ['HH:mmaa', '2018-01-02T23:12:01Z'], '11:12pm'],
    ['formatdate', ["h'h'mm", '2018-01-02T23:12:01-08:00'], '23h12'],
    ['formatdate', ["H 'o''clock'", '2018-01-02T23:12:01-08:00'], "11 o'clock"],
    ['timeadd', ['2017-11-22T00:00:00Z', '10m'], '2017-11-22T00:10:00Z'],
    // The documented outputs (2018-05-13T07:44:12Z, 2021-04-19, 2021-08) are other days: the run's clock decides.
    ['timestamp', [], '2024-03-05T06:07:08Z'],
    ['legacy_isotime', ['2006-01-02'], '2024-03-05'],
    ['legacy_strftime', ['%Y-%m'], '2024-03']
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toBe(expected);
  });
});

describe('datetime functions: every verb and zone', () => {
  it.each<[string, string, string]>([
    ["YYYY-MM-DD'T'hh:mm:ssZ", '2018-01-02T03:04:05Z', '2018-01-02T03:04:05Z'],
    ['M/D h:m:s', '2018-01-02T03:04:05Z', '1/2 3:4:5'],
    ['MMMM EEEE H AA', '2018-12-30T00:04:05Z', 'December Sunday 12 AM'],
    ['Z ZZZ ZZZZ ZZZZZ', '2018-01-02T03:04:05+05:30', '+05:30 +0530 +0530 +05:30'],
    ['Z ZZZ', '2018-01-02T03:04:05+00:00', 'Z UTC'],
    ['YY', '2009-01-02T03:04:05.123456789Z', '09'],
    ['DD.MM.YYYY ☃', '0099-01-02T03:04:05Z', '02.01.0099 ☃'],
    ["''", '2018-01-02T03:04:05Z', "'"]
  ])('formatdate(%j, %j)', (format, time, expected) => {
    expect(call('formatdate', [format, time])).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['2017-11-22T00:00:00Z', '-1h30m', '2017-11-21T22:30:00Z'],
    ['2017-11-22T00:00:00+01:00', '1.5h', '2017-11-22T01:30:00+01:00'],
    ['2017-11-22T23:59:59.9Z', '100ms', '2017-11-23T00:00:00Z'],
    ['2020-02-28T12:00:00Z', '24h', '2020-02-29T12:00:00Z'],
    ['2017-11-22T00:00:00Z', '0', '2017-11-22T00:00:00Z'],
    ['2017-11-22T00:00:00Z', '1µs', '2017-11-22T00:00:00Z']
  ])('timeadd(%j, %j) is %j', (time, duration, expected) => {
    expect(call('timeadd', [time, duration])).toBe(expected);
  });

  it('rfc3339_parse splits a timestamp in its own zone', () => {
    expect(call('rfc3339_parse', ['2023-07-25T23:43:16-07:00'])).toEqual({
      year: 2023,
      year_day: 206,
      day: 25,
      month: 7,
      month_name: 'July',
      weekday: 2,
      weekday_name: 'Tuesday',
      hour: 23,
      minute: 43,
      second: 16,
      unix: 1690353796,
      iso_year: 2023,
      iso_week: 30
    });
    expect(call('rfc3339_parse', ['2021-01-03 10:00:00.5Z'])).toMatchObject({ iso_year: 2020, iso_week: 53 });
  });

  it('unix_timestamp_parse reads seconds in UTC', () => {
    expect(call('unix_timestamp_parse', [1690328596])).toEqual({
      year: 2023,
      year_day: 206,
      day: 25,
      month: 7,
      month_name: 'July',
      weekday: 2,
      weekday_name: 'Tuesday',
      hour: 23,
      minute: 43,
      second: 16,
      rfc3339: '2023-07-25T23:43:16Z',
      iso_year: 2023,
      iso_week: 30
    });
  });

  it("timestamp, legacy_isotime and legacy_strftime share the run's one instant", () => {
    const context = makeContext({ now: new Date(Date.UTC(2021, 3, 19, 8, 9, 10, 123)) });
    expect(call('timestamp', [], context)).toBe('2021-04-19T08:09:10Z');
    expect(call('legacy_isotime', [], context)).toBe('2021-04-19T08:09:10Z');
    expect(call('legacy_isotime', ['Jan 2 15:04:05.000'], context)).toBe('Apr 19 08:09:10.123');
    expect(call('legacy_strftime', ['%a %A %b %B %d %H:%M:%S%L %I%p %y %Z %z %% %q %'], context)).toBe(
      'Mon Monday Apr April 19 08:09:10.123 08AM 21 UTC +0000 % %q %'
    );
  });
});

describe('datetime functions: errors', () => {
  it.each<[string, HclValue[], string]>([
    [
      'formatdate',
      ['YYY', '2018-01-02T23:12:01Z'],
      'Invalid value for "format" parameter: invalid date format verb "YYY": year must either be "YY" or "YYYY".'
    ],
    [
      'formatdate',
      ['MMMMM', '2018-01-02T23:12:01Z'],
      'Invalid value for "format" parameter: invalid date format verb "MMMMM": month must be "M", "MM", "MMM", or "MMMM".'
    ],
    [
      'formatdate',
      ['A', '2018-01-02T23:12:01Z'],
      'Invalid value for "format" parameter: invalid date format verb "A": must be "AA".'
    ],
    [
      'formatdate',
      ['ZZ', '2018-01-02T23:12:01Z'],
      'Invalid value for "format" parameter: invalid date format verb "ZZ": timezone must be Z, ZZZZ, or ZZZZZ.'
    ],
    [
      'formatdate',
      ['q', '2018-01-02T23:12:01Z'],
      'Invalid value for "format" parameter: invalid date format verb "q".'
    ],
    [
      'formatdate',
      ["'abc", '2018-01-02T23:12:01Z'],
      'Invalid value for "format" parameter: unterminated literal \'.'
    ],
    [
      'formatdate',
      ['YYYY', '2018-01-02 23:12:01Z'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: missing required time introducer \'T\'.'
    ],
    [
      'formatdate',
      ['YYYY', '2018-01-02'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: missing required time introducer \'T\'.'
    ],
    [
      'formatdate',
      ['YYYY', '2018/01/02T23:12:01Z'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: found "/01/02T23:12:01Z" where "-" is expected.'
    ],
    [
      'formatdate',
      ['YYYY', '18-01-02T23:12:01Z'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "18-01-02T23:12:01Z" as year.'
    ],
    [
      'formatdate',
      ['YYYY', '2018-02-30T23:12:01Z'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: day out of range.'
    ],
    [
      'formatdate',
      ['YYYY', '2018-01-02T3:12:01Z'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: hour must have exactly two digits.'
    ],
    [
      'formatdate',
      ['YYYY', '2018-01-02T23:12:01'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: end of string before UTC offset.'
    ],
    [
      'formatdate',
      ['YYYY', '2018-01-02T23:12:01Zjunk'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "junk" as timestamp segment.'
    ],
    [
      'formatdate',
      ['YYYY', '2018-01-02T23:12'],
      'Invalid value for "time" parameter: not a valid RFC3339 timestamp: end of string where ":" is expected.'
    ],
    [
      'timeadd',
      ['2017-11-22', '1h'],
      'Call to function "timeadd" failed: not a valid RFC3339 timestamp: missing required time introducer \'T\'.'
    ],
    [
      'timeadd',
      ['2017-11-22T00:00:00Z', '1'],
      'Call to function "timeadd" failed: time: missing unit in duration "1".'
    ],
    [
      'timeadd',
      ['2017-11-22T00:00:00Z', '1d'],
      'Call to function "timeadd" failed: time: unknown unit "d" in duration "1d".'
    ],
    [
      'timeadd',
      ['2017-11-22T00:00:00Z', 'soon'],
      'Call to function "timeadd" failed: time: invalid duration "soon".'
    ],
    [
      'timeadd',
      ['2017-11-22T00:00:00Z', ''],
      'Call to function "timeadd" failed: time: invalid duration "".'
    ],
    [
      'rfc3339_parse',
      ['yesterday'],
      'Invalid value for "timestamp" parameter: "yesterday" is not a valid RFC3339 timestamp.'
    ],
    [
      'unix_timestamp_parse',
      [1.5],
      'Invalid value for "unix_timestamp" parameter: unix_timestamp must be a whole number of seconds representable as a 64-bit integer: value must be a whole number, between -9223372036854775808 and 9223372036854775807.'
    ],
    [
      'legacy_isotime',
      ['a', 'b'],
      'Call to function "legacy_isotime" failed: too many values, 1 needed: [cty.StringVal("a") cty.StringVal("b")].'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });
});
