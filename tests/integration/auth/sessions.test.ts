import "next/dist/server/node-environment-baseline.js";
import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { logOutEverywhere } from "@/app/(app)/settings/actions";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { issueToken } from "@/lib/auth/auth-tokens";
import { resetPassword } from "@/lib/auth/password-reset";
import { setPasswordByEmail } from "@/lib/auth/set-password";
import { getSql } from "@/lib/kernel/db/client";
import { deleteUserByEmail } from "@/lib/orchestration/delete-user";
import { callWithoutKey, stopServices } from "@/tests/support/api-fixtures";
import { browserHeaders, signInWithPassword, signOutThroughRoute } from "@/tests/support/auth-routes";
import { makeUser } from "@/tests/support/factories";
import { inRequestScope } from "@/tests/support/session";

/**
 * Sessions end on the server: every path that should sign a browser out does, at once, for a
 * session cookie the real sign-in set, whatever the cookie itself still says.
 */

afterAll(stopServices);

/** What the API answers the browser holding this cookie: 200 while signed in, 401 after. */
async function apiStatus(cookie: string): Promise<number> {
  const result = await callWithoutKey(meetingsRoute.GET, "GET", "/api/v1/meetings", {
    headers: browserHeaders(cookie),
  });
  return result.status;
}

async function signedIn(email: string, password: string): Promise<string> {
  const cookie = await signInWithPassword(email, password);
  if (!cookie) throw new Error(`sign-in refused for ${email}`);
  expect(await apiStatus(cookie)).toBe(200);
  return cookie;
}

describe("sessions", () => {
  it("signs in through next-auth's route with a cookie the API accepts, and records the session", async () => {
    const user = await makeUser();
    expect(await signInWithPassword(user.email, "not the password")).toBeNull();
    await signedIn(user.email, user.password);
    const [row] = await getSql()`select count(*)::int as n from user_sessions where user_id = ${user.id}`;
    expect(row?.n).toBe(1);
  });

  it("log out ends that session at once, even for a copy of its cookie, and no other", async () => {
    const user = await makeUser();
    const laptop = await signedIn(user.email, user.password);
    const phone = await signedIn(user.email, user.password);
    const response = await signOutThroughRoute(laptop);
    expect(response.status).toBe(302);
    expect(await apiStatus(laptop)).toBe(401);
    expect(await apiStatus(phone)).toBe(200);
  });

  it("log out of all devices ends every session of the user, the one asking included", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const laptop = await signedIn(user.email, user.password);
    const phone = await signedIn(user.email, user.password);
    const someoneElse = await signedIn(other.email, other.password);
    const result = await inRequestScope("/settings", browserHeaders(laptop), () => logOutEverywhere({}));
    expect(result).toEqual({ ok: true, data: null });
    expect(await apiStatus(laptop)).toBe(401);
    expect(await apiStatus(phone)).toBe(401);
    expect(await apiStatus(someoneElse)).toBe(200);
    // Signing in again works as ever.
    await signedIn(user.email, user.password);
  });

  it("a signed-out browser can't log everyone out", async () => {
    const user = await makeUser();
    const laptop = await signedIn(user.email, user.password);
    await signOutThroughRoute(laptop);
    const phone = await signedIn(user.email, user.password);
    const result = await inRequestScope("/settings", browserHeaders(laptop), () => logOutEverywhere({}));
    expect(result).toEqual({ ok: false, error: "unauthorized" });
    expect(await apiStatus(phone)).toBe(200);
  });

  it("a password change ends every session; the new password signs in", async () => {
    const user = await makeUser();
    const laptop = await signedIn(user.email, user.password);
    await setPasswordByEmail(user.email, "a brand new password");
    expect(await apiStatus(laptop)).toBe(401);
    expect(await signInWithPassword(user.email, user.password)).toBeNull();
    await signedIn(user.email, "a brand new password");
  });

  it("a password reset ends every session", async () => {
    const user = await makeUser();
    const laptop = await signedIn(user.email, user.password);
    const token = await issueToken("password_reset", user.email);
    await resetPassword({ email: user.email, token, password: "reset to this one" });
    expect(await apiStatus(laptop)).toBe(401);
    await signedIn(user.email, "reset to this one");
  });

  it("deleting the user ends their sessions", async () => {
    const user = await makeUser();
    const laptop = await signedIn(user.email, user.password);
    await deleteUserByEmail(user.email);
    expect(await apiStatus(laptop)).toBe(401);
    const [row] = await getSql()`select count(*)::int as n from user_sessions where user_id = ${user.id}`;
    expect(row?.n).toBe(0);
  });

  it("refuses a validly signed cookie that names no live session (made before sessions were recorded)", async () => {
    const user = await makeUser();
    const name = "authjs.session-token";
    const token = await encode({
      token: { sub: user.id, email: user.email },
      secret: process.env.AUTH_SECRET as string,
      salt: name,
    });
    expect(await apiStatus(`${name}=${token}`)).toBe(401);
  });
});
