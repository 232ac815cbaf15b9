import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig } from "@/lib/auth/auth.config";

type JwtCallback = (params: { token: JWT; user?: { id: string } }) => JWT;
const jwt = authConfig.callbacks.jwt as unknown as JwtCallback;

describe("a session's id", () => {
  it("is new at each sign-in and kept while the token is renewed", () => {
    const first = jwt({ token: { sub: "u1" }, user: { id: "u1" } });
    const second = jwt({ token: { sub: "u1" }, user: { id: "u1" } });
    expect(first.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.sid).not.toBe(first.sid);
    expect(jwt({ token: { ...first } }).sid).toBe(first.sid);
  });
});
