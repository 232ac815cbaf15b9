import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { TLSSocket } from "node:tls";
import { type ProxyTrust, proxyTrust } from "@/lib/kernel/http/client-ip";
import { STRICT_TRANSPORT_SECURITY } from "./security-headers";

// HSTS belongs on responses that reached the browser over https. That is the connection's own
// protocol, or, behind trusted proxies (TRUST_PROXY), the X-Forwarded-Proto they wrote: without
// one, the header is the client's to write. next.config.ts can't decide this (its headers are fixed
// at build time, TRUST_PROXY at start), so a hook on the server sets it before Next.js runs.

const INSTALLED = Symbol.for("minuta.strictTransport");

/** Whether the client's request came over https, as far as TRUST_PROXY lets us know. */
export function servedOverHttps(request: IncomingMessage, trust: ProxyTrust = proxyTrust()): boolean {
  if ((request.socket as TLSSocket).encrypted) return true;
  if (trust.kind === "hops" && trust.hops === 0) return false;
  const header = request.headers["x-forwarded-proto"];
  const chain = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
  // Each trusted proxy may have appended the protocol it was reached by; the outermost one's is
  // `hops` entries from the right (Vercel's edge writes a single value).
  const hops = trust.kind === "vercel" ? 1 : trust.hops;
  return chain[Math.max(0, chain.length - hops)] === "https";
}

/** Installs the hook once per process (instrumentation.ts calls it at server start). */
export function sendStrictTransportOverHttps(): void {
  const globals = globalThis as { [INSTALLED]?: boolean };
  if (globals[INSTALLED]) return;
  globals[INSTALLED] = true;
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    const emit = prototype.emit;
    prototype.emit = function emitWithStrictTransport(this: http.Server, event: string | symbol, ...args) {
      if (event === "request" && servedOverHttps(args[0] as IncomingMessage))
        (args[1] as ServerResponse).setHeader("strict-transport-security", STRICT_TRANSPORT_SECURITY);
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
  }
}
