import { lookup as dnsLookup } from 'node:dns';
import { lookup as resolveAll } from 'node:dns/promises';
import { BlockList, isIP, isIPv4, type LookupFunction } from 'node:net';

/** The error an attempt records when its host resolves to an address that is refused. */
export const ADDRESS_NOT_ALLOWED = 'address not allowed';

// Where a webhook must not go: this machine, the networks behind it, and addresses that are
// no single host. A platform's endpoint is on the public internet (WEBHOOK_ALLOW_PRIVATE
// lifts this for tests and for platforms on the same network).
const refused = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // unspecified, "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private
  ['192.168.0.0', 16], // private
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) {
  refused.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
  ['ff00::', 8], // multicast
] as const) {
  refused.addSubnet(network, prefix, 'ipv6');
}

/** An IPv4 address written inside an IPv6 one (`::ffff:127.0.0.1`), which reaches it. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match) return match[1];
  // The hexadecimal spelling, as URL parsers write it: ::ffff:7f00:1.
  const hex = /^::ffff:(?:0:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether a webhook may be sent to this IP address (v4 or v6). */
export function isAllowedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !refused.check(address, 'ipv4');
  const v4 = embeddedIpv4(address);
  if (v4) return isIPv4(v4) && !refused.check(v4, 'ipv4');
  return !refused.check(address, 'ipv6');
}

/** A URL's host as an address or a name: `[::1]` is `::1`. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Why a URL may not receive webhooks, or undefined when it may: every address its host
 * resolves to (all of them, as a client may connect to any) must be a public one.
 */
export async function refusedUrl(url: string): Promise<string | undefined> {
  const host = hostOf(new URL(url));
  if (isIP(host)) {
    return isAllowedAddress(host) ? undefined : `${host} is not a public address`;
  }
  let addresses: { address: string }[];
  try {
    addresses = await resolveAll(host, { all: true });
  } catch {
    return `${host} does not resolve`;
  }
  if (addresses.length === 0) return `${host} does not resolve`;
  const inside = addresses.find((a) => !isAllowedAddress(a.address));
  return inside ? `${host} resolves to ${inside.address}, not a public address` : undefined;
}

/** Thrown through a connection whose host resolved to a refused address. */
export class AddressNotAllowedError extends Error {
  override name = 'AddressNotAllowedError';
  constructor(host: string) {
    super(`${ADDRESS_NOT_ALLOWED}: ${host}`);
  }
}

/**
 * A `lookup` for `http.request` that resolves the host as usual and refuses the connection
 * when any of its addresses is not public. Checking the addresses the socket then connects
 * to (not a lookup made earlier) leaves no window for the name to change in between.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) {
      callback(err, '', 4);
      return;
    }
    if (addresses.length === 0 || addresses.some((a) => !isAllowedAddress(a.address))) {
      callback(new AddressNotAllowedError(hostname), '', 4);
      return;
    }
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
