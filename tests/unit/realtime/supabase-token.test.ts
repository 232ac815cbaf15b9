import { decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { mintRealtimeToken, REALTIME_TOKEN_SECONDS } from "@/lib/realtime/supabase-token";
import { realtimeTransport } from "@/lib/realtime/transport";

const SECRET = "super-secret-jwt-token-with-at-least-32-characters";

describe("Supabase Realtime", () => {
  it("is chosen only when the browser URL, anon key and JWT secret are all set", () => {
    expect(realtimeTransport({})).toBe("sse");
    expect(
      realtimeTransport({
        NEXT_PUBLIC_SUPABASE_URL: "https://x.supabase.co",
        NEXT_PUBLIC_SUPABASE_ANON_KEY: "anon",
      }),
    ).toBe("sse");
    expect(
      realtimeTransport({
        NEXT_PUBLIC_SUPABASE_URL: "https://x.supabase.co",
        NEXT_PUBLIC_SUPABASE_ANON_KEY: "anon",
        SUPABASE_JWT_SECRET: SECRET,
      }),
    ).toBe("supabase");
  });

  it("mints a short-lived HS256 token for the authenticated role with the user as subject", async () => {
    const now = Math.floor(Date.now() / 1000);
    const { token, expiresAt } = await mintRealtimeToken("7c0b3c1e-1111-4222-8333-944444444444", SECRET, now);
    expect(decodeProtectedHeader(token).alg).toBe("HS256");
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), {
      audience: "authenticated",
    });
    expect(payload).toMatchObject({
      sub: "7c0b3c1e-1111-4222-8333-944444444444",
      role: "authenticated",
      iss: "minuta",
    });
    expect(payload.exp).toBe(now + REALTIME_TOKEN_SECONDS);
    expect(new Date(expiresAt).getTime()).toBe((now + REALTIME_TOKEN_SECONDS) * 1000);
  });

  it("produces tokens another secret can't verify", async () => {
    const { token } = await mintRealtimeToken("7c0b3c1e-1111-4222-8333-944444444444", SECRET);
    await expect(jwtVerify(token, new TextEncoder().encode(`${SECRET}-other`))).rejects.toThrow();
  });

  it("refuses to mint without a secret", async () => {
    await expect(mintRealtimeToken("x", undefined)).rejects.toMatchObject({ code: "not_found" });
  });
});
