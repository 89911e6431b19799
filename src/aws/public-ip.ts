// The runner's public address, for the temporary security group: asked of a lookup service
// over HTTPS (the public-ip-lookup-url input, else BUILD_AMI_PUBLIC_IP_URL, else
// checkip.amazonaws.com), with a short timeout.
import { messageOf } from '../errors.js';

export const DEFAULT_PUBLIC_IP_URL = 'https://checkip.amazonaws.com';

export async function lookupPublicIp(url: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) }).catch(error => {
    throw new Error(`could not reach ${url}: ${messageOf(error)}`);
  });
  const text = (await response.text()).trim();
  if (!response.ok || !/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    throw new Error(`${url} answered ${response.status} "${text.slice(0, 60)}", not an IPv4 address`);
  }
  return text;
}
