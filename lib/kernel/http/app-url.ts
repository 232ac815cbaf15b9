import { env } from "@/lib/kernel/env";
import { proxyTrust } from "@/lib/kernel/http/client-ip";

// A host as a Host header carries it: a name or an IPv4 address, or a bracketed IPv6 address, and
// an optional port. Anything else (a path, credentials, spaces) is no host.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

/**
 * The origin a client reached this server at: its Host header, or the X-Forwarded-Host and
 * X-Forwarded-Proto a proxy set when TRUST_PROXY says one is in front (a client could send them
 * itself otherwise). Undefined when the request carries no usable host.
 */
export function requestOrigin(headers: Headers, protocol: "http" | "https" = "http"): string | undefined {
  const trust = proxyTrust();
  const proxied = trust.kind === "vercel" || trust.hops > 0;
  const host = (proxied && first(headers.get("x-forwarded-host"))) || headers.get("host")?.trim();
  if (!host || !HOST.test(host)) return undefined;
  const forwarded = proxied ? first(headers.get("x-forwarded-proto")) : undefined;
  const scheme = forwarded === "https" || forwarded === "http" ? forwarded : protocol;
  return `${scheme}://${host.toLowerCase()}`;
}

/** The origin a route handler's request came to (see requestOrigin). */
export function originOf(request: Request): string | undefined {
  return requestOrigin(request.headers, request.url.startsWith("https:") ? "https" : "http");
}

/**
 * An absolute URL into this deployment (links in emails, redirects): APP_URL when set, else the
 * origin of the request that led here (captured at request time, kept with the meeting for mail
 * sent later by jobs), else the local server.
 */
export function appUrl(path: string, origin?: string | null): string {
  const base = env().APP_URL || origin || `http://localhost:${env().PORT}`;
  return `${base.replace(/\/+$/, "")}${path}`;
}
