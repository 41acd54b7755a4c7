// The background sends the seller's token to this URL, so only a bare origin is accepted, and
// plain http only on this machine: over the network it would hand the token to anyone listening.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

export function normalizeServerUrl(unverifiedUrl: string): string | undefined {
  const trimmed = unverifiedUrl.trim();
  if (!URL.canParse(trimmed)) {
    return undefined;
  }

  const url = new URL(trimmed);
  const isSecure = url.protocol === 'https:';
  const isLocalHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (!isSecure && !isLocalHttp) {
    return undefined;
  }

  const hasExtras =
    url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '';
  const hasPath = url.pathname !== '/' && url.pathname !== '';

  return hasExtras || hasPath ? undefined : url.origin;
}
