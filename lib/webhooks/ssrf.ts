import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { env } from "@/lib/kernel/env";
import { isPublicAddress } from "./special-purpose-addresses";

// Webhook URLs come from users, and the server sends requests to them: without these checks a
// user could make Minuta call its own database, a cloud metadata service or anything else on
// the private network. Checked at registration and again before every delivery (DNS can change),
// and the delivery connects to the very address that was checked.

export type VettedAddress = { address: string; family: 4 | 6 };

export class UnsafeTargetError extends Error {
  /** True when the name didn't resolve: DNS may answer later, so a delivery tries again. */
  readonly unresolved: boolean;

  constructor(message: string, options: { unresolved?: boolean } = {}) {
    super(message);
    this.name = "UnsafeTargetError";
    this.unresolved = options.unresolved ?? false;
  }
}

/** True when WEBHOOKS_ALLOW_PRIVATE allows http:// and private targets (tests, self-hosted networks). */
export function privateTargetsAllowed(): boolean {
  return env().WEBHOOKS_ALLOW_PRIVATE;
}

/** The URL's host without the brackets an IPv6 literal carries in a URL. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/** IPv4 first (an IPv6 answer is often unroutable from a server), otherwise in the resolver's order. */
function ipv4First(addresses: VettedAddress[]): VettedAddress[] {
  return [...addresses.filter((a) => a.family === 4), ...addresses.filter((a) => a.family === 6)];
}

/**
 * Resolves the URL's host and returns the addresses a delivery may connect to, IPv4 first. Every
 * address the name resolves to must be public (unless private targets are allowed): one private
 * answer is enough to refuse.
 */
export async function vetTarget(url: URL): Promise<VettedAddress[]> {
  const allowPrivate = privateTargetsAllowed();
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) {
    throw new UnsafeTargetError("The URL must use https.");
  }
  const host = hostOf(url);
  // One message for "doesn't resolve" and "resolves to a private address", and no addresses in
  // it, so the check can't be used to map the names on Minuta's own network.
  const message = "The URL's host must resolve to public internet addresses only.";
  let resolved: { address: string; family: number }[];
  try {
    resolved = isIP(host)
      ? [{ address: host, family: isIP(host) }]
      : await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new UnsafeTargetError(message, { unresolved: true });
  }
  const addresses = resolved
    .filter((entry) => isIP(entry.address) !== 0)
    .map((entry): VettedAddress => ({ address: entry.address, family: isIP(entry.address) === 6 ? 6 : 4 }));
  if (addresses.length === 0) throw new UnsafeTargetError(message, { unresolved: true });
  if (!allowPrivate && addresses.some((entry) => !isPublicAddress(entry.address))) {
    throw new UnsafeTargetError(message);
  }
  return ipv4First(addresses);
}
