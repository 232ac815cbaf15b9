import { decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/kernel/env";
import { listenDatabaseUrl } from "@/lib/realtime/listener";
import {
  mintRealtimeToken,
  REALTIME_TOKEN_SECONDS,
  realtimeTokenForCaller,
} from "@/lib/realtime/supabase-token";
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
    const { token, expiresAt, expiresIn } = await mintRealtimeToken(
      "7c0b3c1e-1111-4222-8333-944444444444",
      SECRET,
      now,
    );
    expect(expiresIn).toBe(REALTIME_TOKEN_SECONDS);
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

  it("is minted for the browser session only: an API key, whatever its scopes, gets 403", async () => {
    const keyCaller = {
      id: "7c0b3c1e-1111-4222-8333-944444444444",
      email: "ana@example.test",
      via: "api_key" as const,
      scopes: ["meetings:read", "meetings:write", "chat", "email", "webhooks"] as const,
      keyId: "k1",
    };
    expect(() => realtimeTokenForCaller(keyCaller)).toThrow(expect.objectContaining({ code: "forbidden" }));
  });
});

describe("the LISTEN connection", () => {
  it("uses DATABASE_LISTEN_URL when set, else DATABASE_URL", () => {
    const session = "postgres://u@pooler.example:5432/postgres";
    expect(listenDatabaseUrl({ DATABASE_LISTEN_URL: session, DATABASE_URL: "postgres://u@db/x" })).toBe(
      session,
    );
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgres://u@db.example:6543/postgres";
    try {
      expect(listenDatabaseUrl({})).toBe("postgres://u@db.example:6543/postgres");
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  });

  it("refuses a DATABASE_LISTEN_URL that isn't a postgres URL at start", () => {
    expect(() => parseEnv({ DATABASE_LISTEN_URL: "mysql://u@db/x" })).toThrow(/DATABASE_LISTEN_URL/);
    expect(parseEnv({ DATABASE_LISTEN_URL: "postgresql://u@db/x" }).DATABASE_LISTEN_URL).toBe(
      "postgresql://u@db/x",
    );
    expect(parseEnv({ DATABASE_LISTEN_URL: "" }).DATABASE_LISTEN_URL).toBeUndefined();
  });
});
