import { env } from "@/lib/kernel/env";
import { clientIp } from "@/lib/kernel/http/client-ip";

// The dev inbox shows working sign-in and reset links of every outbox email, so only the person at
// this machine may read it. What the client says in headers proves nothing (X-Forwarded-For is
// theirs to write); the address comes from the socket (lib/auth/peer-address.ts), so a request
// from another machine is refused even when the dev server listens on every interface.

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopbackAddress(address: string): boolean {
  const value = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:/, "");
  return value === "::1" || /^127(\.\d{1,3}){3}$/.test(value);
}

function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  return value.split(":")[0] ?? "";
}

/** The dev inbox exists outside production only. */
export function devInboxEnabled(): boolean {
  return env().NODE_ENV !== "production";
}

/**
 * Whether a request comes from this machine: from a loopback address as the socket saw it, and
 * addressed to a loopback host (so a web page whose domain resolves to 127.0.0.1 can't read it).
 */
export function isLocalRequest(headers: Headers): boolean {
  const hosts = [headers.get("host") ?? "", headers.get("x-forwarded-host") ?? headers.get("host") ?? ""];
  if (!hosts.every((host) => LOOPBACK_HOSTS.has(hostName(host)))) return false;
  return isLoopbackAddress(clientIp(headers));
}

export function devInboxAllowed(headers: Headers): boolean {
  return devInboxEnabled() && isLocalRequest(headers);
}
