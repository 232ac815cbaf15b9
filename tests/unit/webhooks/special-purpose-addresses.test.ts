import { isIPv4 } from "node:net";
import { describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/webhooks/special-purpose-addresses";

// The IANA IPv4 and IPv6 Special-Purpose Address Registries, copied here block by block (not read
// from the code under test), plus multicast and the deprecated blocks a webhook must not reach.
const IPV4_REGISTRY = [
  "0.0.0.0/8",
  "0.0.0.0/32",
  "10.0.0.0/8",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "172.16.0.0/12",
  "192.0.0.0/24",
  "192.0.0.0/29",
  "192.0.0.8/32",
  "192.0.0.9/32",
  "192.0.0.10/32",
  "192.0.0.170/32",
  "192.0.0.171/32",
  "192.0.2.0/24",
  "192.31.196.0/24",
  "192.52.193.0/24",
  "192.88.99.0/24",
  "192.168.0.0/16",
  "192.175.48.0/24",
  "198.18.0.0/15",
  "198.51.100.0/24",
  "203.0.113.0/24",
  "240.0.0.0/4",
  "255.255.255.255/32",
  "224.0.0.0/4", // multicast (its own registry)
];

const IPV6_REGISTRY = [
  "::1/128",
  "::/128",
  "::ffff:0:0/96",
  "64:ff9b::/96",
  "64:ff9b:1::/48",
  "100::/64",
  "100:0:0:1::/64",
  "2001::/23",
  "2001::/32",
  "2001:1::1/128",
  "2001:1::2/128",
  "2001:1::3/128",
  "2001:2::/48",
  "2001:3::/32",
  "2001:4:112::/48",
  "2001:10::/28",
  "2001:20::/28",
  "2001:30::/28",
  "2001:db8::/32",
  "2002::/16",
  "2620:4f:8000::/48",
  "3fff::/20",
  "5f00::/16",
  "fc00::/7",
  "fe80::/10",
  "::/96", // IPv4-compatible (deprecated)
  "fec0::/10", // site-local (deprecated)
  "ff00::/8", // multicast (its own registry)
];

function ipv6ToBigInt(address: string): bigint {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const missing = 8 - groups(head).length - groups(tail ?? "").length;
  const all = [...groups(head), ...Array(tail === undefined ? 0 : missing).fill("0"), ...groups(tail ?? "")];
  return all.reduce((value, group) => (value << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}

function bigIntToIpv6(value: bigint): string {
  const groups: string[] = [];
  for (let index = 7; index >= 0; index--)
    groups.push(((value >> BigInt(index * 16)) & 0xffffn).toString(16));
  return groups.join(":");
}

function ipv4ToNumber(address: string): number {
  return address.split(".").reduce((value, octet) => value * 256 + Number(octet), 0);
}

function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** The first, a middle and the last address of a block. */
function samples(block: string): string[] {
  const [network = "", bits = ""] = block.split("/");
  const prefix = Number(bits);
  if (isIPv4(network)) {
    const first = ipv4ToNumber(network);
    const size = 2 ** (32 - prefix);
    return [first, first + Math.floor(size / 2), first + size - 1].map(numberToIpv4);
  }
  const first = ipv6ToBigInt(network);
  const size = 1n << BigInt(128 - prefix);
  return [first, first + size / 2n, first + size - 1n].map(bigIntToIpv6);
}

describe("special-purpose addresses", () => {
  describe.each(IPV4_REGISTRY)("IPv4 %s", (block) => {
    it.each(samples(block))("refuses %s", (address) => {
      expect(isPublicAddress(address)).toBe(false);
    });
  });

  describe.each(IPV6_REGISTRY)("IPv6 %s", (block) => {
    it.each(samples(block))("refuses %s", (address) => {
      expect(isPublicAddress(address)).toBe(false);
    });
  });

  it.each([
    "::ffff:808:808", // a public IPv4 address, IPv4-mapped
    "::ffff:93.184.216.34",
    "::ffff:0:808:808", // IPv4-translated
    "2001:db8::1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
  ])("refuses the tunnelled or embedded form %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    "8.8.8.8",
    "93.184.216.34",
    "1.1.1.1",
    "192.0.1.255", // just below 192.0.2.0/24
    "198.20.0.1", // just above 198.18.0.0/15
    "2606:4700:4700::1111",
    "2001:4860:4860::8888", // outside 2001::/23
    "2001:200::1", // the first address after 2001::/23
    "2a00:1450:4001:80b::200e",
  ])("accepts the public unicast address %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it("refuses what isn't an address", () => {
    expect(isPublicAddress("example.com")).toBe(false);
  });
});
