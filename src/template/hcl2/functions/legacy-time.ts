// legacy_isotime and legacy_strftime: Packer's bridges from JSON templates, formatting the run's one instant
// with a Go layout or with jehiah/go-strftime's subset of strftime.

import { formatGoTime } from '../../go-time.js';
import type { HclFunction } from './types.js';
import { formatRfc3339, type Instant } from './rfc3339.js';
import { callError, goQuote, stringParam } from './support.js';

const instantOfDate = (date: Date): Instant => ({
  seconds: Math.floor(date.getTime() / 1000),
  nanos: 0,
  offset: 0
});

/** legacy_isotime / legacy_strftime: at most one format; none gives RFC 3339. */
function legacy(format: (now: Date, layout: string) => string): HclFunction {
  return {
    params: [],
    variadic: stringParam('format'),
    run: (args, context) => {
      if (args.length > 1)
        throw callError(
          `too many values, 1 needed: [${args.map(arg => `cty.StringVal(${goQuote(arg as string)})`).join(' ')}]`
        );
      if (args.length === 0) return formatRfc3339(instantOfDate(context.now));
      return format(context.now, args[0] as string);
    }
  };
}

/** jehiah/go-strftime: each %x maps to a Go layout; unknown ones are kept as written. */
const STRFTIME: Readonly<Record<string, string>> = {
  B: 'January',
  b: 'Jan',
  m: '01',
  A: 'Monday',
  a: 'Mon',
  d: '02',
  H: '15',
  I: '03',
  M: '04',
  S: '05',
  Y: '2006',
  y: '06',
  p: 'PM',
  Z: 'MST',
  z: '-0700',
  L: '.000'
};
const strftime = (now: Date, format: string): string =>
  format.replace(/%(.?)/gs, (whole, letter: string) => {
    if (letter === '%') return '%';
    const layout = STRFTIME[letter];
    return layout === undefined ? whole : formatGoTime(now, layout);
  });

export const LEGACY_TIME_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  legacy_isotime: legacy(formatGoTime),
  legacy_strftime: legacy(strftime)
};
