// Go duration strings ("5m", "30s", "1h2m", "1.5h", "300ms"), as Packer's time.Duration options take them.

const UNIT_MILLISECONDS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000
};

/**
 * Milliseconds in a Go duration string, or undefined when it is not one. Negative durations are refused:
 * no option here has a use for them. Like Go, a bare "0" is accepted and any other number needs a unit.
 */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0' || text === '+0') return 0;
  const body = text.startsWith('+') ? text.slice(1) : text;
  if (body === '') return undefined;
  const part = /([0-9]*(?:\.[0-9]*)?)([a-zµμ]+)/y;
  let total = 0;
  let index = 0;
  while (index < body.length) {
    part.lastIndex = index;
    const match = part.exec(body);
    const [whole, number, unit] = match ?? [];
    const scale = unit === undefined ? undefined : UNIT_MILLISECONDS[unit];
    if (
      whole === undefined ||
      number === undefined ||
      scale === undefined ||
      number === '' ||
      number === '.'
    ) {
      return undefined;
    }
    total += Number(number) * scale;
    index += whole.length;
  }
  return total;
}
