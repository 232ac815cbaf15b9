import "next/dist/server/node-environment-baseline.js";
import { jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as tokenRoute from "@/app/api/v1/realtime/token/route";
import { closeDb } from "@/lib/kernel/db/client";
import { call, makeCaller } from "@/tests/support/api";
import { callWithoutKey, expectProblem, keyWithScopes } from "@/tests/support/api-fixtures";
import { sessionHeaders } from "@/tests/support/session";

const SECRET = "super-secret-jwt-token-with-at-least-32-characters";
const PATH = "/api/v1/realtime/token";

beforeAll(() => {
  process.env.SUPABASE_JWT_SECRET = SECRET;
});

afterAll(async () => {
  delete process.env.SUPABASE_JWT_SECRET;
  await closeDb();
});

describe("GET /api/v1/realtime/token", () => {
  it("mints the signed-in browser a short-lived token for its own user", async () => {
    const ana = await makeCaller();
    const result = await callWithoutKey(tokenRoute.GET, "GET", PATH, {
      headers: await sessionHeaders({ id: ana.userId, email: ana.email }),
    });
    expect(result.status, result.text).toBe(200);
    expect(result.body).toMatchObject({ token: expect.any(String), expiresIn: 600 });
    const { payload } = await jwtVerify(result.body.token, new TextEncoder().encode(SECRET), {
      audience: "authenticated",
    });
    expect(payload).toMatchObject({ sub: ana.userId, role: "authenticated" });
  });

  // A Supabase JWT acts as the user on Supabase REST too: a read-only key must not get one.
  it("refuses API keys with 403, a read-only key and an all-scopes key alike", async () => {
    const ana = await makeCaller();
    const readOnly = await keyWithScopes(ana.userId, ["meetings:read"]);
    for (const key of [readOnly.key, ana.key]) {
      const result = await call(tokenRoute.GET, "GET", PATH, { key });
      expectProblem(result, 403);
      expect(result.text).not.toMatch(/"token"/);
    }
  });

  it("answers 401 to a caller with neither session nor key", async () => {
    expectProblem(await callWithoutKey(tokenRoute.GET, "GET", PATH), 401);
  });
});
