import { afterEach, describe, expect, it } from "vitest";
import { clientInChain, clientIp, normalizeAddress, proxyTrust } from "@/lib/kernel/http/client-ip";

/** TRUST_PROXY: whose word about the caller's address counts (per-IP rate limits, login throttling). */

afterEach(() => {
  delete process.env.TRUST_PROXY;
  delete process.env.VERCEL;
});

describe("proxyTrust", () => {
  it("trusts no proxy unless told, and Vercel's edge on Vercel", () => {
    expect(proxyTrust({})).toEqual({ kind: "hops", hops: 0 });
    expect(proxyTrust({ TRUST_PROXY: "2" })).toEqual({ kind: "hops", hops: 2 });
    expect(proxyTrust({ TRUST_PROXY: "vercel" })).toEqual({ kind: "vercel" });
    expect(proxyTrust({ VERCEL: "1" })).toEqual({ kind: "vercel" });
    expect(proxyTrust({ VERCEL: "1", TRUST_PROXY: "0" })).toEqual({ kind: "hops", hops: 0 });
  });
});

describe("clientInChain", () => {
  it("skips one entry from the right per trusted proxy, ignoring what the client wrote further left", () => {
    // The client forged 6.6.6.6; the proxy appended 198.51.100.7; the socket is the proxy itself.
    const chain = ["6.6.6.6", " 198.51.100.7", "10.0.0.2"];
    expect(clientInChain(chain, 0)).toBe("10.0.0.2");
    expect(clientInChain(chain, 1)).toBe("198.51.100.7");
    expect(clientInChain(chain, 5)).toBe("6.6.6.6");
  });

  it("shows IPv4 clients of a dual-stack socket as plain IPv4", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::1")).toBe("::1");
  });
});

describe("clientIp", () => {
  it("behind one proxy, takes the address that proxy appended", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }))).toBe("198.51.100.7");
  });

  it("on Vercel, takes the edge's x-vercel-forwarded-for, then x-real-ip", () => {
    process.env.VERCEL = "1";
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6", "x-vercel-forwarded-for": "198.51.100.7" });
    expect(clientIp(headers)).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.8" }))).toBe("198.51.100.8");
  });
});
