// Behind an outbound proxy (a self-hosted runner's HTTPS_PROXY, which the runner passes to every
// step), AWS is reached through it. Packer does the same (Go's http.ProxyFromEnvironment), and so
// does the AWS CLI:
// - HTTPS_PROXY is used for https endpoints, HTTP_PROXY for http ones;
// - NO_PROXY lists the hosts reached directly, read as Go reads it (goNoProxy);
// - each variable is read upper case first, then lower case.
// Node 24 implements these variables in any agent given `proxyEnv`, and the SDK builds its agents
// from the options made here. As in Go, loopback addresses never go through the proxy.
// With no proxy variable set there are no options, so the agents stay the SDK's own. This module
// imports nothing, so the main step's first call waits for nothing it did not wait for before;
// proxy-agent.ts makes the agents for the requests made outside the SDK.

/** Node's own spelling: a name, a `.suffix`, or an address range, comma-separated. */
const LOOPBACK = ['localhost', '127.0.0.1-127.255.255.255', '::1'];

/** The first value set, upper case before lower case, as Go reads them. */
const either = (env: NodeJS.ProcessEnv, name: string): string | undefined =>
  env[name] || env[name.toLowerCase()] || undefined;

/** The proxy variables as Node's agents read them, or undefined when no proxy is set. */
export function proxyEnv(env: NodeJS.ProcessEnv): Record<string, string> | undefined {
  const https = either(env, 'HTTPS_PROXY');
  const http = either(env, 'HTTP_PROXY');
  if (!https && !http) return undefined;
  const noProxy = [...goNoProxy(either(env, 'NO_PROXY') ?? ''), ...LOOPBACK].join(',');
  return {
    ...(https ? { HTTPS_PROXY: https } : {}),
    ...(http ? { HTTP_PROXY: http } : {}),
    NO_PROXY: noProxy
  };
}

/**
 * NO_PROXY as Go reads it, in Node's spelling, so a list written for Packer means the same here:
 * - an IPv4 CIDR (`10.0.0.0/8`), which Node does not read, becomes the address range it covers;
 * - a bare domain (`corp.example`) matches the name and its subdomains, as in Go, where Node would
 *   match only the name.
 * Everything else (`.suffix`, `*`, an address, `host:port`) Node reads as Go does, and is kept.
 */
export function goNoProxy(list: string): string[] {
  return list
    .split(',')
    .map(entry => entry.trim())
    .filter(Boolean)
    .flatMap(entry => {
      const range = ipv4Range(entry);
      if (range) return [range];
      const bareDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(entry) && !/^[\d.]+$/.test(entry);
      return bareDomain ? [entry, `.${entry}`] : [entry];
    });
}

/** `10.1.0.0/16` → `10.1.0.0-10.1.255.255`; anything else → undefined. */
function ipv4Range(entry: string): string | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(entry);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  if (octets.some(octet => octet > 255) || bits > 32) return undefined;
  const address = octets.reduce((value, octet) => value * 256 + octet, 0);
  const size = 2 ** (32 - bits);
  const first = Math.floor(address / size) * size;
  const dotted = (value: number) =>
    [24, 16, 8, 0].map(shift => Math.floor(value / 2 ** shift) % 256).join('.');
  return `${dotted(first)}-${dotted(first + size - 1)}`;
}

/**
 * The agent options for an SDK request handler (`httpAgent`, `httpsAgent`), empty when no proxy is
 * set. The SDK adds its own keep-alive and socket limit to these options.
 */
export function proxyAgentOptions(env: NodeJS.ProcessEnv): {
  httpAgent?: { proxyEnv: Record<string, string> };
  httpsAgent?: { proxyEnv: Record<string, string> };
} {
  const variables = proxyEnv(env);
  return variables ? { httpAgent: { proxyEnv: variables }, httpsAgent: { proxyEnv: variables } } : {};
}

/**
 * The passwords in the proxy URLs (`http://user:password@proxy:3128`), as written and decoded: they
 * are secrets like any other, so an error that quotes a URL cannot show them.
 */
export function proxyPasswords(env: NodeJS.ProcessEnv): string[] {
  const passwords = new Set<string>();
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
    const value = env[name];
    if (!value) continue;
    try {
      const { password } = new URL(value);
      if (password) passwords.add(password).add(decodeURIComponent(password));
    } catch {
      // Not a URL: Node's agent refuses it and says so; there is no password to find.
    }
  }
  return [...passwords];
}
