// IP networks as Go's net package reads and prints them (ParseCIDR, IP.String), with addresses as BigInt
// so IPv4 and IPv6 share one arithmetic: an address is a number of `bits` bits.

export interface Network {
  /** 32 for IPv4, 128 for IPv6. */
  readonly bits: number;
  readonly prefix: number;
  /** The network address: the given address with its host bits cleared. */
  readonly address: bigint;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some(part => !/^(?:0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255))
    return undefined;
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

function parseIPv6(text: string): bigint | undefined {
  let body = text;
  let tail: bigint[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted !== null) {
    const v4 = parseIPv4(dotted[2]!);
    if (v4 === undefined) return undefined;
    tail = [v4 >> 16n, v4 & 0xffffn];
    body = dotted[1]!.endsWith('::') ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): bigint[] | undefined => {
    if (part === '') return [];
    const pieces = part.split(':');
    if (pieces.some(piece => !/^[0-9a-fA-F]{1,4}$/.test(piece))) return undefined;
    return pieces.map(piece => BigInt(`0x${piece}`));
  };
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === undefined || rest === undefined) return undefined;
  const given = head.length + rest.length + tail.length;
  if (halves.length === 2 ? given > 7 : given !== 8) return undefined;
  const all = [...head, ...Array<bigint>(8 - given).fill(0n), ...rest, ...tail];
  return all.reduce((value, group) => (value << 16n) | group, 0n);
}

export const maskOf = (prefix: number, bits: number): bigint =>
  ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);

/** Go's net.ParseCIDR; the error text is Go's ("invalid CIDR address: 10.0.0.0/33"). */
export function parseCidr(text: string): Network {
  const invalid = new Error(`invalid CIDR address: ${text}`);
  const slash = text.indexOf('/');
  if (slash < 0) throw invalid;
  const [addressText, prefixText] = [text.slice(0, slash), text.slice(slash + 1)];
  const v4 = parseIPv4(addressText);
  const address = v4 ?? (addressText.includes(':') ? parseIPv6(addressText) : undefined);
  if (address === undefined || !/^\d+$/.test(prefixText)) throw invalid;
  const bits = v4 === undefined ? 128 : 32;
  const prefix = Number(prefixText);
  if (prefix > bits) throw invalid;
  return { bits, prefix, address: address & maskOf(prefix, bits) };
}

/** Go's net.IP.String: dotted IPv4 (also for ::ffff:a.b.c.d), IPv6 with the longest zero run as "::". */
export function formatIp(address: bigint, bits: number): string {
  const v4Mapped = bits === 128 && address >> 32n === 0xffffn;
  if (bits === 32 || v4Mapped)
    return [24n, 16n, 8n, 0n].map(shift => String((address >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, index) =>
    Number((address >> BigInt((7 - index) * 16)) & 0xffffn)
  );
  let [bestStart, bestLength] = [-1, 0];
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength && length >= 2) [bestStart, bestLength] = [start, length];
  }
  const hex = (list: number[]): string => list.map(group => group.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

export const formatNetwork = (network: Network): string =>
  `${formatIp(network.address, network.bits)}/${network.prefix}`;

/** Whether `address` lies in `network`. */
export const contains = (network: Network, address: bigint): boolean =>
  (address & maskOf(network.prefix, network.bits)) === network.address;
