import { isIPv4, isIPv6 } from 'node:net';

/**
 * The unit an address throttle counts. One IPv6 customer is usually given a whole /64, so
 * counting single IPv6 addresses would hand a guesser 2^64 fresh counters; the /64 is the
 * smallest block one party reliably controls. IPv4 (also when IPv6-mapped) counts per address.
 */
export function addressBucketOf(address: string): string {
  const mappedIpv4 = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];

  if (mappedIpv4 && isIPv4(mappedIpv4)) {
    return mappedIpv4;
  }

  if (!isIPv6(address)) {
    return address;
  }

  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, '::' filled in and zone id dropped. */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];

  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
