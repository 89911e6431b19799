// Durations as Go's time.ParseDuration reads them, in milliseconds.
import { parseGoDuration } from '../../src/template/go-duration.js';

describe('parseGoDuration', () => {
  it.each([
    ['5m', 300_000],
    ['30s', 30_000],
    ['1h2m', 3_720_000],
    ['1h30m15s', 5_415_000],
    ['1.5h', 5_400_000],
    ['.5s', 500],
    ['300ms', 300],
    ['2500us', 2.5],
    ['2500µs', 2.5],
    ['1000000ns', 1],
    ['0', 0],
    ['+10s', 10_000]
  ])('reads %s', (text, milliseconds) => {
    expect(parseGoDuration(text)).toBeCloseTo(milliseconds, 9);
  });

  it.each(['', '5', '5 m', 'm', '1h-2m', '-5m', '5min', '1d', '.s', 'five minutes'])('refuses %j', text => {
    expect(parseGoDuration(text)).toBeUndefined();
  });
});
