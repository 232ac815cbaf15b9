// The dev inbox shows working sign-in and reset links of every outbox email, so only the person at
// this machine may read it. Request headers can't prove that (a client can send `Host: localhost`
// and `X-Forwarded-For: 127.0.0.1` itself, and Next.js only fills X-Forwarded-For when it is
// absent), so what admits a request is how the server was started: `npm run dev` sets
// MINUTA_DEV_INBOX=1 and binds 127.0.0.1. The headers are checked as well, never alone.

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopbackAddress(address: string): boolean {
  const value = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:/, "");
  return value === "::1" || value === "localhost" || /^127(\.\d{1,3}){3}$/.test(value);
}

function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  return value.split(":")[0] ?? "";
}

/**
 * Whether the Next.js server listens on a loopback address only. Next records the address it bound
 * in __NEXT_PRIVATE_ORIGIN; it writes "localhost" both for a bare `next dev` and for 0.0.0.0, which
 * listen on every interface, so only a loopback IP literal counts. Where Next doesn't record it,
 * the flag set by the script that binds 127.0.0.1 is all there is.
 */
function boundToLoopback(): boolean {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin) return true;
  try {
    const host = new URL(origin).hostname;
    return host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

/** The dev inbox exists: never in production, and only in a server started to listen on loopback. */
export function devInboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" && process.env.MINUTA_DEV_INBOX === "1" && boundToLoopback();
}

/**
 * Whether a request says it comes from this machine: addressed to a loopback host and, through every
 * proxy that reported it, from a loopback address. Forgeable, hence only a second check.
 */
export function isLocalRequest(headers: Headers): boolean {
  const hosts = [headers.get("host") ?? "", headers.get("x-forwarded-host") ?? headers.get("host") ?? ""];
  if (!hosts.every((host) => LOOPBACK_HOSTS.has(hostName(host)))) return false;
  const hops = [...(headers.get("x-forwarded-for") ?? "").split(","), headers.get("x-real-ip") ?? ""].filter(
    (hop) => hop.trim(),
  );
  if (hops.length === 0) return false;
  return hops.every(isLoopbackAddress);
}

export function devInboxAllowed(headers: Headers): boolean {
  return devInboxEnabled() && isLocalRequest(headers);
}
