// Version constraints as Packer writes them (hashicorp/go-version): ">= 1.7.0, < 2", "~> 1.2", "!= 1.5.0".

/** Whether `version` meets every constraint in `text`, or a sentence saying why `text` cannot be read. */
export function satisfies(version: string, text: string): boolean | string {
  const have = parse(version);
  if (have === undefined) return `cannot read the version ${JSON.stringify(version)}`;
  for (const part of text.split(',')) {
    const match = /^\s*(>=|<=|!=|~>|=|>|<)?\s*v?(\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?)\s*$/.exec(part);
    if (match === null) return `malformed constraint: ${part.trim()}`;
    const operator = match[1] ?? '=';
    const want = parse(match[2]!)!;
    const order = compare(have.numbers, want.numbers);
    const ok =
      operator === '='
        ? order === 0
        : operator === '!='
          ? order !== 0
          : operator === '>'
            ? order > 0
            : operator === '>='
              ? order >= 0
              : operator === '<'
                ? order < 0
                : operator === '<='
                  ? order <= 0
                  : pessimistic(have.numbers, want.numbers);
    if (!ok) return false;
  }
  return true;
}

function parse(text: string): { numbers: number[] } | undefined {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(text.trim());
  return match === null ? undefined : { numbers: match[1]!.split('.').map(Number) };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length, 3); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** `~> 1.2.3` is >= 1.2.3 and < 1.3; `~> 1.2` is >= 1.2 and < 2. */
function pessimistic(have: readonly number[], want: readonly number[]): boolean {
  if (compare(have, want) < 0) return false;
  const fixed = Math.max(1, want.length - 1);
  return want.slice(0, fixed).every((number, index) => (have[index] ?? 0) === number);
}
