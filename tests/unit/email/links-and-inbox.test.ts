import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { appUrl } from "@/lib/email/app-url";
import { inboxDocument } from "@/lib/email/dev-inbox";
import { devInboxAllowed, devInboxEnabled, isLocalRequest } from "@/lib/email/dev-inbox-access";
import { oneClickUnsubscribeUrl, unsubscribeToken, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";

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
  const request = (headers: Record<string, string>) => isLocalRequest(new Headers(headers));

  it("admits requests from this machine to a loopback host", () => {
    expect(request({ host: "localhost:3000", "x-forwarded-for": "127.0.0.1" })).toBe(true);
    expect(request({ host: "127.0.0.1:3000", "x-forwarded-for": "::ffff:127.0.0.1" })).toBe(true);
    expect(request({ host: "[::1]:3000", "x-forwarded-for": "::1" })).toBe(true);
  });

  it("refuses other hosts, other addresses, and requests whose origin it can't tell", () => {
    expect(request({ host: "minuta.example", "x-forwarded-for": "127.0.0.1" })).toBe(false);
    expect(request({ host: "192.168.1.5:3000", "x-forwarded-for": "192.168.1.20" })).toBe(false);
    expect(request({ host: "localhost:3000", "x-forwarded-for": "127.0.0.1, 203.0.113.9" })).toBe(false);
    expect(
      request({
        host: "localhost:3000",
        "x-forwarded-host": "minuta.example",
        "x-forwarded-for": "127.0.0.1",
      }),
    ).toBe(false);
    expect(request({ host: "localhost:3000" })).toBe(false);
  });

  describe("is a feature of a development server bound to loopback, not of its headers", () => {
    const forged = new Headers({ host: "localhost", "x-forwarded-for": "127.0.0.1" });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it("stays closed to perfectly local-looking headers unless the dev script started the server", () => {
      vi.stubEnv("NODE_ENV", "development");
      vi.stubEnv("MINUTA_DEV_INBOX", undefined);
      expect(devInboxEnabled()).toBe(false);
      expect(devInboxAllowed(forged)).toBe(false);
    });

    it("opens for `npm run dev` (flag set, bound to 127.0.0.1)", () => {
      vi.stubEnv("NODE_ENV", "development");
      vi.stubEnv("MINUTA_DEV_INBOX", "1");
      vi.stubEnv("__NEXT_PRIVATE_ORIGIN", "http://127.0.0.1:3000");
      expect(devInboxAllowed(forged)).toBe(true);
      vi.stubEnv("__NEXT_PRIVATE_ORIGIN", "http://[::1]:3000");
      expect(devInboxEnabled()).toBe(true);
    });

    it("stays closed in production even with the flag", () => {
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("MINUTA_DEV_INBOX", "1");
      expect(devInboxAllowed(forged)).toBe(false);
    });

    it("stays closed when the server listens on every interface despite the flag", () => {
      vi.stubEnv("NODE_ENV", "development");
      vi.stubEnv("MINUTA_DEV_INBOX", "1");
      // What Next records for `--hostname 0.0.0.0` and for no --hostname at all.
      vi.stubEnv("__NEXT_PRIVATE_ORIGIN", "http://localhost:3000");
      expect(devInboxAllowed(forged)).toBe(false);
      vi.stubEnv("__NEXT_PRIVATE_ORIGIN", "http://192.168.1.5:3000");
      expect(devInboxEnabled()).toBe(false);
    });

    it("still wants local-looking headers when it is open", () => {
      vi.stubEnv("NODE_ENV", "development");
      vi.stubEnv("MINUTA_DEV_INBOX", "1");
      vi.stubEnv("__NEXT_PRIVATE_ORIGIN", "http://127.0.0.1:3000");
      expect(devInboxAllowed(new Headers({ host: "minuta.example", "x-forwarded-for": "203.0.113.9" }))).toBe(
        false,
      );
    });
  });

  it("opens an email's links outside the sandboxed frame", () => {
    expect(inboxDocument("<html><head></head><body><a href='x'>x</a></body></html>")).toContain(
      '<head><base target="_blank">',
    );
    expect(inboxDocument("<p>no head</p>")).toBe('<base target="_blank"><p>no head</p>');
  });
});
