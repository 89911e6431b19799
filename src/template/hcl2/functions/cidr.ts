// cidrhost, cidrnetmask, cidrsubnet and cidrsubnets, as go-cty-funcs' cidr package computes them with
// apparentlymart/go-cidr, for IPv4 and IPv6 alike, with their messages.

import { STRING, type HclValue } from '../value.js';
import type { HclFunction } from './types.js';
import { contains, formatIp, formatNetwork, maskOf, parseCidr, type Network } from './ip.js';
import { argumentError, callError, numberParam, stringParam, wholeNumber } from './support.js';

function parse(prefix: string, argument?: number): Network {
  try {
    return parseCidr(prefix);
  } catch (error) {
    const message = `invalid CIDR expression: ${(error as Error).message}`;
    throw argument === undefined ? callError(message) : argumentError(argument, message);
  }
}

function cidrhost(prefix: string, hostArg: number): string {
  let host = wholeNumber(hostArg);
  const network = parse(prefix);
  const max = (1n << BigInt(network.bits - network.prefix)) - 1n;
  let magnitude = BigInt(host);
  if (host < 0) {
    magnitude = -BigInt(host) - 1n;
    host = Number(max - magnitude);
  }
  if (magnitude > max)
    throw callError(`prefix of ${network.prefix} does not accommodate a host numbered ${host}`);
  return formatIp(network.address | BigInt(host), network.bits);
}

function cidrsubnet(prefix: string, newbitsArg: number, netnumArg: number): string {
  const newbits = wholeNumber(newbitsArg);
  const netnum = wholeNumber(netnumArg);
  const network = parse(prefix);
  if (newbits > 32) throw callError('may not extend prefix by more than 32 bits');
  const length = network.prefix + newbits;
  if (length > network.bits || newbits < 0)
    throw callError(`insufficient address space to extend prefix of ${network.prefix} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) > (1n << BigInt(newbits)) - 1n)
    throw callError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  return formatNetwork({
    bits: network.bits,
    prefix: length,
    address: network.address | (BigInt(netnum) << BigInt(network.bits - length))
  });
}

function cidrsubnets(prefix: string, lengths: readonly number[]): HclValue {
  const network = parse(prefix, 0);
  if (lengths.length === 0) return [];
  const size = 1n << BigInt(network.bits);
  const first = wholeNumber(lengths[0]!, { argument: 1 }) + network.prefix;
  // go-cidr's PreviousSubnet: the block of the first length just before the network, wrapping below zero.
  let current: Network = {
    bits: network.bits,
    prefix: first,
    address: ((network.address - 1n + size) % size) & maskOf(Math.min(first, network.bits), network.bits)
  };
  return lengths.map((lengthArg, index) => {
    let length = wholeNumber(lengthArg, { argument: index + 1 });
    if (length < 1) throw argumentError(index + 1, 'must extend prefix by at least one bit');
    if (length > 32) throw argumentError(index + 1, 'may not extend prefix by more than 32 bits');
    length += network.prefix;
    if (length > network.bits)
      throw argumentError(
        index + 1,
        `would extend prefix to ${length} bits, which is too long for an ${network.bits === 32 ? 'IPv4' : 'IPv6'} address`
      );
    // go-cidr's NextSubnet: the block of `length` bits after the one holding the current block's last address.
    const currentLast = current.address | ((1n << BigInt(network.bits - current.prefix)) - 1n);
    const hostBits = (1n << BigInt(network.bits - length)) - 1n;
    const after = ((currentLast | hostBits) + 1n) % size;
    const next: Network = {
      bits: network.bits,
      prefix: length,
      address: after & maskOf(length, network.bits)
    };
    if (after === 0n || !contains(network, next.address))
      throw argumentError(
        index + 1,
        `not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNetwork(current)}`
      );
    current = next;
    return formatNetwork(next);
  });
}

export const CIDR_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  cidrhost: {
    params: [stringParam('prefix'), numberParam('hostnum')],
    run: ([prefix, host]) => cidrhost(prefix as string, host as number)
  },
  cidrnetmask: {
    params: [stringParam('prefix')],
    run: ([prefix]) => {
      const network = parse(prefix as string);
      return formatIp(maskOf(network.prefix, network.bits), network.bits);
    }
  },
  cidrsubnet: {
    params: [stringParam('prefix'), numberParam('newbits'), numberParam('netnum')],
    run: ([prefix, newbits, netnum]) => cidrsubnet(prefix as string, newbits as number, netnum as number)
  },
  cidrsubnets: {
    params: [{ name: 'prefix', type: STRING }],
    variadic: numberParam('newbits'),
    run: ([prefix, ...lengths]) => cidrsubnets(prefix as string, lengths as number[])
  }
};
