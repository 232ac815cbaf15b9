import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/kernel/env";
import { NON_PAGE_POLICY, newNonce, pageOrigins, pagePolicy } from "@/lib/security/content-security-policy";
import { SECURITY_HEADERS } from "@/lib/security/security-headers";

const none = { connect: [], formAction: [] };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name as string, sources];
    }),
  );
}

describe("the pages' Content-Security-Policy", () => {
  it("runs only scripts carrying this response's nonce, and none inline or evaluated", () => {
    const policy = directives(pagePolicy("abc123==", none));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("lets React rebuild server stacks with eval in development only", () => {
    expect(directives(pagePolicy("n", none, { dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(pagePolicy("n", none)).not.toContain("unsafe-eval");
  });

  it("allows what the pages load: blob/data images, the player's media, inline styles", () => {
    const policy = directives(pagePolicy("n", none));
    expect(policy.get("img-src")).toEqual(["'self'", "blob:", "data:"]);
    expect(policy.get("media-src")).toEqual(["'self'", "blob:"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("reaches Supabase Realtime (WebSocket) and Storage when they are configured", () => {
    const origins = pageOrigins(
      parseEnv({
        NEXT_PUBLIC_SUPABASE_URL: "https://abc.supabase.co/",
        SUPABASE_URL: "https://abc.supabase.co",
        AUTH_GITHUB_ID: "id",
        AUTH_GITHUB_SECRET: "secret",
      }),
    );
    expect(origins).toEqual({
      connect: ["https://abc.supabase.co", "wss://abc.supabase.co"],
      formAction: ["https://github.com"],
    });
    const policy = directives(pagePolicy("n", origins));
    expect(policy.get("connect-src")).toEqual(["'self'", "https://abc.supabase.co", "wss://abc.supabase.co"]);
    expect(policy.get("form-action")).toEqual(["'self'", "https://github.com"]);
  });

  it("adds no outside origin by default", () => {
    expect(pageOrigins(parseEnv({}))).toEqual({ connect: [], formAction: [] });
  });

  it("draws a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("the headers of every response", () => {
  const byName = new Map(SECURITY_HEADERS.map(({ key, value }) => [key, value]));

  it("forbid sniffing, framing and full referrers, and allow the microphone to this origin only", () => {
    expect(byName.get("x-content-type-options")).toBe("nosniff");
    expect(byName.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(byName.get("x-frame-options")).toBe("DENY");
    const permissions = byName.get("permissions-policy")?.split(", ");
    expect(permissions).toContain("microphone=(self)");
    expect(permissions).toContain("camera=()");
    expect(permissions).toContain("geolocation=()");
  });

  it("let API answers and files load nothing and be framed by no one", () => {
    expect(byName.get("content-security-policy")).toBe(NON_PAGE_POLICY);
    const policy = directives(NON_PAGE_POLICY);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
  });
});
