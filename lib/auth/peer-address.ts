import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { clientInChain, normalizeAddress, PEER_HEADER_KEY, proxyTrust } from "@/lib/kernel/http/client-ip";

// Next.js passes the connection's address on only as X-Forwarded-For, and only when the client
// didn't send one (base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so a route can't
// tell a forged header from a real one. This hook sees each request before Next.js does, works out
// the client from the socket and TRUST_PROXY, and hands it on in a header whose name is random per
// process: a client can't send it, and a request that missed the hook simply lacks it.

type Globals = { [PEER_HEADER_KEY]?: string };

function stamp(request: IncomingMessage, header: string): void {
  const trust = proxyTrust();
  if (trust.kind === "vercel") return;
  const forwarded = request.headers["x-forwarded-for"];
  const chain = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",");
  const peer = normalizeAddress(request.socket.remoteAddress ?? "");
  if (trust.hops === 0) {
    // No proxy: whatever the client says about addresses goes; Next.js then fills in the socket's.
    delete request.headers["x-forwarded-for"];
    delete request.headers["x-real-ip"];
  }
  const client = clientInChain([...chain, peer], trust.hops);
  if (client) request.headers[header] = client;
}

/** Installs the hook once per process (instrumentation.ts calls it at server start). */
export function stampPeerAddresses(): void {
  const globals = globalThis as Globals;
  if (globals[PEER_HEADER_KEY]) return;
  const header = `x-minuta-peer-${randomBytes(12).toString("hex")}`;
  globals[PEER_HEADER_KEY] = header;
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    const emit = prototype.emit;
    prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stamp(args[0] as IncomingMessage, header);
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
  }
}
