import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stampPeerAddresses } from "@/lib/auth/peer-address";
import { clientIp } from "@/lib/kernel/http/client-ip";

/**
 * The hook that gives routes the connection's address, as the Next.js server runs it: a real HTTP
 * server whose handler turns the Node request's headers into the Headers a route gets.
 */

let server: http.Server;
let url: string;
const seen: { ip: string; forwardedFor: string | undefined }[] = [];

beforeAll(async () => {
  stampPeerAddresses();
  server = http.createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string") headers.set(name, value);
    seen.push({
      ip: clientIp(headers),
      forwardedFor: request.headers["x-forwarded-for"] as string | undefined,
    });
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.TRUST_PROXY;
  seen.length = 0;
});

describe("the socket's address, stamped before Next.js sees the request", () => {
  it("with no trusted proxy, ignores a forged X-Forwarded-For and drops it", async () => {
    await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.7" } });
    expect(seen).toEqual([{ ip: "127.0.0.1", forwardedFor: undefined }]);
  });

  it("behind one proxy (the socket), takes the address it appended", async () => {
    process.env.TRUST_PROXY = "1";
    await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.7" } });
    expect(seen).toEqual([{ ip: "198.51.100.7", forwardedFor: "6.6.6.6, 198.51.100.7" }]);
  });

  it("can't be imitated by a client sending the stamp's header name", async () => {
    const stampHeader = (globalThis as Record<symbol, string>)[Symbol.for("minuta.peerAddressHeader")];
    expect(stampHeader).toMatch(/^x-minuta-peer-[0-9a-f]{24}$/);
    await fetch(url, { headers: { "x-minuta-peer": "6.6.6.6" } });
    expect(seen[0]?.ip).toBe("127.0.0.1");
  });
});
