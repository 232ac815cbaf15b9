import { BlockList, isIP } from "node:net";

// Every block of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890, as updated
// through 2025), whatever their "globally reachable" column says, plus multicast and the
// deprecated blocks: a webhook is an ordinary HTTPS server on a unicast address, and each of these
// either isn't one or tunnels to an address that could be private.

export const SPECIAL_PURPOSE_IPV4: readonly (readonly [string, number, string])[] = [
  ["0.0.0.0", 8, "this network"],
  ["10.0.0.0", 8, "private use"],
  ["100.64.0.0", 10, "shared address space (carrier-grade NAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local, cloud metadata"],
  ["172.16.0.0", 12, "private use"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.0.2.0", 24, "documentation (TEST-NET-1)"],
  ["192.31.196.0", 24, "AS112-v4"],
  ["192.52.193.0", 24, "AMT"],
  ["192.88.99.0", 24, "deprecated 6to4 relay anycast"],
  ["192.168.0.0", 16, "private use"],
  ["192.175.48.0", 24, "direct delegation AS112 service"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation (TEST-NET-2)"],
  ["203.0.113.0", 24, "documentation (TEST-NET-3)"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved, limited broadcast"],
];

export const SPECIAL_PURPOSE_IPV6: readonly (readonly [string, number, string])[] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["::", 96, "IPv4-compatible (deprecated)"],
  ["::ffff:0:0", 96, "IPv4-mapped"],
  ["::ffff:0:0:0", 96, "IPv4-translated (SIIT)"],
  ["64:ff9b::", 96, "IPv4-IPv6 translation (NAT64 reaches any IPv4 address)"],
  ["64:ff9b:1::", 48, "local-use IPv4-IPv6 translation"],
  ["100::", 64, "discard-only"],
  ["100:0:0:1::", 64, "dummy prefix"],
  [
    "2001::",
    23,
    "IETF protocol assignments (Teredo, PCP/TURN anycast, benchmarking, AMT, AS112, ORCHID, DETs)",
  ],
  ["2001:db8::", 32, "documentation"],
  ["2002::", 16, "6to4 (embeds any IPv4 address)"],
  ["2620:4f:8000::", 48, "direct delegation AS112 service"],
  ["3fff::", 20, "documentation"],
  ["5f00::", 16, "segment routing (SRv6) SIDs"],
  ["fc00::", 7, "unique local"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local (deprecated)"],
  ["ff00::", 8, "multicast"],
];

// Two lists: Node checks an IPv4 address against IPv6 rules too, as its IPv4-mapped form, so one
// list holding ::ffff:0:0/96 would refuse every IPv4 address.
const blockedV4 = new BlockList();
for (const [network, prefix] of SPECIAL_PURPOSE_IPV4) blockedV4.addSubnet(network, prefix, "ipv4");
const blockedV6 = new BlockList();
for (const [network, prefix] of SPECIAL_PURPOSE_IPV6) blockedV6.addSubnet(network, prefix, "ipv6");

/** True for an address outside every special-purpose block: ordinary public unicast. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return family === 6 ? !blockedV6.check(address, "ipv6") : !blockedV4.check(address, "ipv4");
}
