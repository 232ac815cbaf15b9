import { type Env, env } from "@/lib/kernel/env";

/**
 * Whose word about the client's address counts (TRUST_PROXY): the number of reverse proxies in
 * front of the server that append to X-Forwarded-For, or Vercel's edge. Default: Vercel on Vercel,
 * else none, so a client can't pick its own address by sending X-Forwarded-For.
 */
export type ProxyTrust = { kind: "vercel" } | { kind: "hops"; hops: number };

export function proxyTrust(source: Partial<Pick<Env, "TRUST_PROXY" | "VERCEL">> = env()): ProxyTrust {
  const value = source.TRUST_PROXY?.trim();
  if (value === "vercel" || (!value && source.VERCEL === "1")) return { kind: "vercel" };
  const hops = Number(value || 0);
  return { kind: "hops", hops: Number.isInteger(hops) && hops >= 0 ? hops : 0 };
}

/** IPv4 clients on a dual-stack socket show up as ::ffff:1.2.3.4. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client in a chain of addresses, nearest last: each trusted proxy appended the address it was
 * connected from, so skipping `hops` entries from the right lands on the one the outermost trusted
 * proxy saw. Entries further left were written by the client and prove nothing.
 */
export function clientInChain(chain: string[], hops: number): string | undefined {
  const addresses = chain.map(normalizeAddress).filter(Boolean);
  return addresses[Math.max(0, addresses.length - 1 - hops)];
}

const list = (header: string | null) => (header ?? "").split(",");

// The name of the header lib/auth/peer-address.ts stamps the socket's client into, once installed.
export const PEER_HEADER_KEY = Symbol.for("minuta.peerAddressHeader");

export function peerAddressHeader(): string | undefined {
  return (globalThis as { [PEER_HEADER_KEY]?: string })[PEER_HEADER_KEY];
}

/** The caller's address as far as TRUST_PROXY lets us know it; "unknown" groups callers we can't tell apart. */
export function clientIp(headers: Headers): string {
  const trust = proxyTrust();
  if (trust.kind === "vercel") {
    // Vercel's edge overwrites these with the address it was connected from.
    const vercel = normalizeAddress(list(headers.get("x-vercel-forwarded-for"))[0] ?? "");
    return vercel || normalizeAddress(headers.get("x-real-ip") ?? "") || "unknown";
  }
  // Stamped from the socket before Next.js saw the request (lib/auth/peer-address.ts).
  const header = peerAddressHeader();
  const stamped = header ? headers.get(header) : null;
  if (stamped) return stamped;
  // Without the socket's address, only proxies' entries can be trusted: with none, nothing can.
  if (trust.hops === 0) return "unknown";
  return clientInChain(list(headers.get("x-forwarded-for")), trust.hops - 1) || "unknown";
}
