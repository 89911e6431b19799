// The runner's public address, for temporary_security_group_source_public_ip: asked of a
// lookup service over HTTPS (checkip.amazonaws.com unless BUILD_AMI_PUBLIC_IP_URL says
// otherwise), with a short timeout.

export async function lookupPublicIp(
  env: NodeJS.ProcessEnv,
  fetchImpl: typeof fetch = fetch
): Promise<string> {
  const url = env.BUILD_AMI_PUBLIC_IP_URL || 'https://checkip.amazonaws.com';
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) }).catch(error => {
    throw new Error(
      `temporary_security_group_source_public_ip: could not reach ${url} to find this runner's address: ${error.message}`
    );
  });
  const text = (await response.text()).trim();
  if (!response.ok || !/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    throw new Error(
      `temporary_security_group_source_public_ip: ${url} answered ${response.status} "${text.slice(0, 60)}", not an IPv4 address`
    );
  }
  return text;
}
