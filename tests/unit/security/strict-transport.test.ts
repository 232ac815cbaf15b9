import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendStrictTransportOverHttps, servedOverHttps } from "@/lib/security/strict-transport";

/** The hook as the Next.js server runs it: a real HTTP server, HSTS decided before the handler. */

let server: http.Server;
let url: string;

beforeAll(async () => {
  sendStrictTransportOverHttps();
  server = http.createServer((_request, response) => response.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.TRUST_PROXY;
});

const hsts = async (headers: Record<string, string> = {}) =>
  (await fetch(url, { headers })).headers.get("strict-transport-security");

describe("HSTS, sent when the browser reached us over https", () => {
  it("is not sent over plain http, whatever the client claims without a trusted proxy", async () => {
    expect(await hsts()).toBeNull();
    expect(await hsts({ "x-forwarded-proto": "https" })).toBeNull();
  });

  it("is sent when a trusted proxy says it was reached over https", async () => {
    process.env.TRUST_PROXY = "1";
    expect(await hsts({ "x-forwarded-proto": "https" })).toBe("max-age=63072000; includeSubDomains");
    expect(await hsts({ "x-forwarded-proto": "http" })).toBeNull();
  });

  it("believes only the trusted proxy's entry, not one the client put before it", async () => {
    process.env.TRUST_PROXY = "1";
    expect(await hsts({ "x-forwarded-proto": "https, http" })).toBeNull();
    process.env.TRUST_PROXY = "2";
    expect(await hsts({ "x-forwarded-proto": "https, http" })).toBe("max-age=63072000; includeSubDomains");
  });

  it("is sent on a TLS connection", () => {
    const request = { socket: { encrypted: true }, headers: {} } as unknown as http.IncomingMessage;
    expect(servedOverHttps(request, { kind: "hops", hops: 0 })).toBe(true);
  });
});
