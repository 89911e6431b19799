// The proxy variables as the agents get them: Go's reading (upper case before lower case, HTTPS_PROXY
// for https and HTTP_PROXY for http, NO_PROXY's hosts direct), loopback always direct as in Go, and
// nothing at all when no proxy is set, so the SDK keeps its own agents.
import { goNoProxy, proxyAgentOptions, proxyEnv, proxyPasswords } from '../../src/aws/env-proxy.js';

const LOOPBACK = 'localhost,127.0.0.1-127.255.255.255,::1';

test('no proxy variable: no options, the SDK keeps its own agents', () => {
  expect(proxyEnv({ NO_PROXY: 'example.com', HTTPS_PROXY: '' })).toBeUndefined();
  expect(proxyAgentOptions({})).toEqual({});
});

test('upper case wins over lower case, each variable on its own, as Go reads them', () => {
  expect(
    proxyEnv({
      HTTPS_PROXY: 'http://upper:3128',
      https_proxy: 'http://lower:3128',
      http_proxy: 'http://plain:3128',
      no_proxy: '.internal.example'
    })
  ).toEqual({
    HTTPS_PROXY: 'http://upper:3128',
    HTTP_PROXY: 'http://plain:3128',
    NO_PROXY: `.internal.example,${LOOPBACK}`
  });
});

test('a runner with only https_proxy: https goes through it, loopback does not', () => {
  const options = proxyAgentOptions({ https_proxy: 'http://proxy.corp:3128' });
  const expected = { proxyEnv: { HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: LOOPBACK } };
  expect(options).toEqual({ httpAgent: expected, httpsAgent: expected });
});

test("the proxy URLs' passwords are secrets, as written and decoded", () => {
  expect(
    proxyPasswords({
      HTTPS_PROXY: 'http://builder:p%40ss-word@proxy.corp:3128',
      http_proxy: 'http://proxy.corp:3128',
      HTTP_PROXY: 'not a url'
    })
  ).toEqual(['p%40ss-word', 'p@ss-word']);
});

test("NO_PROXY as Go reads it, in Node's spelling: CIDRs as ranges, a bare domain with its subdomains", () => {
  expect(
    goNoProxy(
      ' 10.0.0.0/8, corp.example ,.svc.example,169.254.169.254,*.internal,git.example:8443,10.1.2.3/33,'
    )
  ).toEqual([
    '10.0.0.0-10.255.255.255',
    'corp.example',
    '.corp.example',
    '.svc.example',
    '169.254.169.254',
    '*.internal',
    'git.example:8443',
    '10.1.2.3/33'
  ]);
  expect(goNoProxy('192.168.1.77/28,172.16.0.0/12,1.2.3.4/32')).toEqual([
    '192.168.1.64-192.168.1.79',
    '172.16.0.0-172.31.255.255',
    '1.2.3.4-1.2.3.4'
  ]);
  expect(goNoProxy('')).toEqual([]);
});
