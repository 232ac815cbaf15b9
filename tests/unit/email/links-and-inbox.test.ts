import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { inboxDocument } from "@/lib/email/dev-inbox";
import { devInboxAllowed, devInboxEnabled, isLocalRequest } from "@/lib/email/dev-inbox-access";
import { oneClickUnsubscribeUrl, unsubscribeToken, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { appUrl } from "@/lib/kernel/http/app-url";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret";
});

describe("unsubscribe tokens", () => {
  it("name the address they were made for, the same link every time", async () => {
    const token = await unsubscribeToken("Ana@Example.com");
    expect(await verifyUnsubscribeToken(token)).toBe("ana@example.com");
    expect(await unsubscribeToken("ana@example.com")).toBe(token);
  });

  it("stop working under another secret or when altered", async () => {
    const token = await unsubscribeToken("ana@example.com");
    expect(await verifyUnsubscribeToken(`${token.slice(0, -2)}xx`)).toBeNull();
    process.env.AUTH_SECRET = "another-secret-another-secret-xx";
    expect(await verifyUnsubscribeToken(token)).toBeNull();
    process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret";
  });
});

describe("links in emails", () => {
  afterEach(() => {
    delete process.env.APP_URL;
  });

  it("point at APP_URL, else the local server", async () => {
    expect(appUrl("/meetings/1")).toBe("http://localhost:3000/meetings/1");
    process.env.APP_URL = "https://minuta.example/";
    expect(appUrl("/meetings/1")).toBe("https://minuta.example/meetings/1");
    expect(await oneClickUnsubscribeUrl("a@b.test")).toMatch(
      /^https:\/\/minuta\.example\/unsubscribe\/one-click\?token=/,
    );
  });
});

describe("dev inbox access", () => {
  // What lib/auth/peer-address.ts does at server start: the socket's address in a header of its own.
  const PEER = "x-test-peer";
  beforeAll(() => {
    (globalThis as Record<symbol, string>)[Symbol.for("minuta.peerAddressHeader")] = PEER;
  });
  afterAll(() => {
    delete (globalThis as Record<symbol, string>)[Symbol.for("minuta.peerAddressHeader")];
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const request = (headers: Record<string, string>) => isLocalRequest(new Headers(headers));

  it("admits requests from this machine to a loopback host", () => {
    expect(request({ host: "localhost:3000", [PEER]: "127.0.0.1" })).toBe(true);
    expect(request({ host: "127.0.0.1:3000", [PEER]: "::ffff:127.0.0.1" })).toBe(true);
    expect(request({ host: "[::1]:3000", [PEER]: "::1" })).toBe(true);
  });

  it("refuses other machines whatever their headers say, other hosts, and requests of unknown origin", () => {
    expect(request({ host: "localhost:3000", "x-forwarded-for": "127.0.0.1", [PEER]: "203.0.113.9" })).toBe(
      false,
    );
    expect(request({ host: "minuta.example", [PEER]: "127.0.0.1" })).toBe(false);
    expect(
      request({ host: "localhost:3000", "x-forwarded-host": "minuta.example", [PEER]: "127.0.0.1" }),
    ).toBe(false);
    // Without the socket's address (the hook didn't see the request), nobody is local.
    expect(request({ host: "localhost:3000", "x-forwarded-for": "127.0.0.1" })).toBe(false);
  });

  it("exists only outside production", () => {
    const local = new Headers({ host: "localhost:3000", [PEER]: "127.0.0.1" });
    vi.stubEnv("NODE_ENV", "development");
    expect(devInboxAllowed(local)).toBe(true);
    vi.stubEnv("NODE_ENV", "production");
    expect(devInboxEnabled()).toBe(false);
    expect(devInboxAllowed(local)).toBe(false);
  });

  it("opens an email's links outside the sandboxed frame", () => {
    expect(inboxDocument("<html><head></head><body><a href='x'>x</a></body></html>")).toContain(
      '<head><base target="_blank">',
    );
    expect(inboxDocument("<p>no head</p>")).toBe('<base target="_blank"><p>no head</p>');
  });
});
