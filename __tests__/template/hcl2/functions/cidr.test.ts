// cidrhost, cidrnetmask, cidrsubnet and cidrsubnets against Packer's documentation (functions/ipnet/*.mdx),
// then IPv6 and go-cidr's edges and messages.
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure } from './call.js';

describe('cidr functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['cidrhost', ['10.12.127.0/20', 16], '10.12.112.16'],
    ['cidrhost', ['10.12.127.0/20', 268], '10.12.113.12'],
    ['cidrhost', ['fd00:fd12:3456:7890:00a2::/72', 34], 'fd00:fd12:3456:7890::22'],
    ['cidrnetmask', ['172.16.0.0/12'], '255.240.0.0'],
    ['cidrsubnet', ['172.16.0.0/12', 4, 2], '172.18.0.0/16'],
    ['cidrsubnet', ['10.1.2.0/24', 4, 15], '10.1.2.240/28'],
    ['cidrsubnet', ['fd00:fd12:3456:7890::/56', 16, 162], 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrhost', ['10.1.2.240/28', 1], '10.1.2.241'],
    ['cidrhost', ['10.1.2.240/28', 14], '10.1.2.254'],
    [
      'cidrsubnets',
      ['10.1.0.0/16', 4, 4, 8, 4],
      ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']
    ],
    [
      'cidrsubnets',
      ['fd00:fd12:3456:7890::/56', 16, 16, 16, 32],
      [
        'fd00:fd12:3456:7800::/72',
        'fd00:fd12:3456:7800:100::/72',
        'fd00:fd12:3456:7800:200::/72',
        'fd00:fd12:3456:7800:300::/88'
      ]
    ]
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });

  it("nests cidrsubnets as the documentation's for expression does", () => {
    const blocks = call('cidrsubnets', ['10.0.0.0/8', 8, 8, 8, 8]) as string[];
    expect(blocks.map(block => call('cidrsubnets', [block, 4, 4]))).toEqual([
      ['10.0.0.0/20', '10.0.16.0/20'],
      ['10.1.0.0/20', '10.1.16.0/20'],
      ['10.2.0.0/20', '10.2.16.0/20'],
      ['10.3.0.0/20', '10.3.16.0/20']
    ]);
  });
});

describe('cidr functions: edges', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['cidrhost', ['10.0.0.0/24', -1], '10.0.0.255'],
    ['cidrhost', ['10.0.0.0/24', '5'], '10.0.0.5'],
    ['cidrhost', ['::/0', 1], '::1'],
    ['cidrhost', ['2001:db8::/32', 0], '2001:db8::'],
    ['cidrhost', ['::ffff:10.0.0.0/120', 3], '10.0.0.3'],
    ['cidrnetmask', ['10.0.0.0/0'], '0.0.0.0'],
    ['cidrnetmask', ['10.0.0.0/32'], '255.255.255.255'],
    ['cidrnetmask', ['fd00::/40'], 'ffff:ffff:ff00::'],
    ['cidrsubnet', ['10.0.0.0/8', 0, 0], '10.0.0.0/8'],
    ['cidrsubnet', ['10.1.2.3/8', 8, 1], '10.1.0.0/16'],
    ['cidrsubnets', ['10.0.0.0/16'], []],
    ['cidrsubnets', ['10.0.0.0/24', 1, 1], ['10.0.0.0/25', '10.0.0.128/25']],
    ['cidrsubnets', ['10.0.0.0/24', 2, 1], ['10.0.0.0/26', '10.0.0.128/25']]
  ])('%s, case %#', (name, args, expected) => {
    expect(call(name, args)).toEqual(expected);
  });

  it.each<[string, HclValue[], string]>([
    [
      'cidrhost',
      ['10.0.0.0/33', 1],
      'Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33.'
    ],
    [
      'cidrhost',
      ['010.0.0.0/8', 1],
      'Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 010.0.0.0/8.'
    ],
    [
      'cidrhost',
      ['10.0.0.0', 1],
      'Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0.'
    ],
    [
      'cidrhost',
      ['10.0.0.0/24', 256],
      'Call to function "cidrhost" failed: prefix of 24 does not accommodate a host numbered 256.'
    ],
    [
      'cidrhost',
      ['10.0.0.0/24', -257],
      'Call to function "cidrhost" failed: prefix of 24 does not accommodate a host numbered -1.'
    ],
    [
      'cidrnetmask',
      ['fd00::1::/8'],
      'Call to function "cidrnetmask" failed: invalid CIDR expression: invalid CIDR address: fd00::1::/8.'
    ],
    [
      'cidrsubnet',
      ['10.0.0.0/8', 33, 0],
      'Call to function "cidrsubnet" failed: may not extend prefix by more than 32 bits.'
    ],
    [
      'cidrsubnet',
      ['10.0.0.0/30', 3, 0],
      'Call to function "cidrsubnet" failed: insufficient address space to extend prefix of 30 by 3.'
    ],
    [
      'cidrsubnet',
      ['10.0.0.0/8', 2, 4],
      'Call to function "cidrsubnet" failed: prefix extension of 2 does not accommodate a subnet numbered 4.'
    ],
    [
      'cidrsubnets',
      ['10.0.0.0/8', 0],
      'Invalid value for "newbits" parameter: must extend prefix by at least one bit.'
    ],
    [
      'cidrsubnets',
      ['10.0.0.0/8', 33],
      'Invalid value for "newbits" parameter: may not extend prefix by more than 32 bits.'
    ],
    [
      'cidrsubnets',
      ['10.0.0.0/8', 25],
      'Invalid value for "newbits" parameter: would extend prefix to 33 bits, which is too long for an IPv4 address.'
    ],
    [
      'cidrsubnets',
      ['10.0.0.0/24', 1, 1, 1],
      'Invalid value for "newbits" parameter: not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25.'
    ],
    [
      'cidrsubnets',
      ['nope', 1],
      'Invalid value for "prefix" parameter: invalid CIDR expression: invalid CIDR address: nope.'
    ]
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args)).toBe(detail);
  });
});
