// isotime's Go reference-time layouts, formatted as Go's time.Format does for a UTC time.
import { formatGoTime, RFC3339 } from '../../src/template/go-time.js';

const morning = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)); // a Tuesday, day 2 of the year
const afternoon = new Date(Date.UTC(2023, 10, 25, 15, 9, 7, 50)); // a Saturday, day 329

describe('formatGoTime', () => {
  it.each([
    ['RFC 3339 (the default layout)', RFC3339, morning, '2024-01-02T03:04:05Z'],
    ['a compact timestamp', '20060102150405', morning, '20240102030405'],
    ['a date', '2006-01-02', morning, '2024-01-02'],
    ['time.Stamp with a space-padded day', 'Jan _2 15:04:05', morning, 'Jan  2 03:04:05'],
    ['time.UnixDate', 'Mon Jan _2 15:04:05 MST 2006', morning, 'Tue Jan  2 03:04:05 UTC 2024'],
    ['time.RFC822Z', '02 Jan 06 15:04 -0700', morning, '02 Jan 24 03:04 +0000'],
    ['time.RFC850', 'Monday, 02-Jan-06 15:04:05 MST', morning, 'Tuesday, 02-Jan-24 03:04:05 UTC'],
    ['time.Kitchen in the morning', '3:04PM', morning, '3:04AM'],
    ['a 12-hour clock in the afternoon', '03:04:05 pm', afternoon, '03:09:07 pm'],
    ['long month and unpadded day', 'January 2, 2006', afternoon, 'November 25, 2023'],
    ['numeric month, day and 2-digit year', '1/2/06', morning, '1/2/24'],
    ['milliseconds, fixed width', '2006-01-02T15:04:05.000Z07:00', morning, '2024-01-02T03:04:05.678Z'],
    ['nanoseconds, fixed width', '.000000000', afternoon, '.050000000'],
    ['fractions with trailing zeros trimmed', '15:04:05.999999999', afternoon, '15:09:07.05'],
    ['a fraction that trims away entirely', '05.9', afternoon, '07'],
    ['a comma as the fraction separator', '05,000', morning, '05,678'],
    ['day of the year', '002 __2', afternoon, '329 329'],
    ['day of the year, padded', '002|__2', morning, '002|  2'],
    ['numeric zones in UTC', '-07:00 -0700 -07 Z07:00 Z0700 Z07', morning, '+00:00 +0000 +00 Z Z Z'],
    ['seconds-precision zones', '-07:00:00 Z07:00:00', morning, '+00:00:00 Z'],
    ['an underscore before the year', '_2006', morning, '_2024'],
    ['text that is not a token', 'build at T', morning, 'build at T'],
    ['a token inside a word, as Go does', 'Monthly', morning, 'Tuethly']
  ])('formats %s', (_name, layout, time, expected) => {
    expect(formatGoTime(time, layout)).toBe(expected);
  });
});
