import "next/dist/server/node-environment-baseline.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/app/(auth)/actions";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { stampPeerAddresses } from "@/lib/auth/peer-address";
import { redeemMagicLink } from "@/lib/auth/redeem-magic-link";
import { getSql } from "@/lib/kernel/db/client";
import { peerAddressHeader } from "@/lib/kernel/http/client-ip";
import { stopServices } from "@/tests/support/api-fixtures";
import { makeUser, uniqueEmail } from "@/tests/support/factories";
import { inRequestScope } from "@/tests/support/session";
import { outbox } from "../email/email-fixtures";

/**
 * Sign-up through its server action, as the sign-up form calls it, with email delivered to the
 * outbox (no RESEND_API_KEY outside production): a new address and a taken one get the same answer,
 * and only the owner of the address learns which it was, by email.
 */

afterAll(stopServices);
beforeAll(() => {
  delete process.env.RESEND_API_KEY;
  // Lets a request say which client address it comes from, as the server's socket hook does.
  stampPeerAddresses();
});

let nextAddress = 1;
const newAddress = () => `203.0.113.${nextAddress++}`;

function signUpFrom(ip: string, input: Record<string, string>) {
  const headers = { host: "localhost", [peerAddressHeader() as string]: ip };
  return inRequestScope("/signup", headers, () => signUp(input));
}

async function sessionsOf(email: string) {
  const [row] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from user_sessions s join users u on u.id = s.user_id where u.email = ${email}`;
  return row?.n ?? 0;
}

async function linkIn(to: string) {
  const [email] = await outbox({ to });
  const href = /href="(http:\/\/localhost\/magic-link\?[^"]+)"/.exec(email?.html ?? "")?.[1] ?? "";
  const url = new URL(href.replaceAll("&amp;", "&"));
  return {
    subject: email?.subject,
    email: url.searchParams.get("email"),
    token: url.searchParams.get("token"),
  };
}

describe("sign-up", () => {
  it("answers a new address and a taken one alike, signs neither in, and emails each owner what happened", async () => {
    const taken = await makeUser();
    const fresh = uniqueEmail("fresh");
    const forFresh = await signUpFrom(newAddress(), { email: fresh, password: "a new password" });
    const forTaken = await signUpFrom(newAddress(), { email: taken.email, password: "someone else's" });
    expect(forFresh).toEqual({ ok: true, data: { checkEmail: true, devInbox: true } });
    expect(forTaken).toEqual(forFresh);
    expect(await sessionsOf(fresh)).toBe(0);
    expect(await sessionsOf(taken.email)).toBe(0);

    expect((await linkIn(fresh)).subject).toBe("Confirm your Minuta account");
    const existing = await linkIn(taken.email);
    expect(existing.subject).toBe("You already have a Minuta account");
    // The taken account is as it was: its password still works, the sign-up's does not.
    const owner = await authenticateWithPassword(taken, newAddress());
    expect(owner.ok && owner.user.id).toBe(taken.id);
    const stranger = await authenticateWithPassword(
      { email: taken.email, password: "someone else's" },
      newAddress(),
    );
    expect(stranger).toEqual({ ok: false, reason: "invalid_credentials" });
    // Its link signs the owner in.
    expect((await redeemMagicLink(existing.email, existing.token))?.id).toBe(taken.id);
  });

  it("opens a new account's password only once its owner follows the emailed link", async () => {
    const email = uniqueEmail("confirm");
    await signUpFrom(newAddress(), { email, password: "my own password", name: "Ana" });
    const before = await authenticateWithPassword({ email, password: "my own password" }, newAddress());
    expect(before).toEqual({ ok: false, reason: "invalid_credentials" });

    const link = await linkIn(email);
    const user = await redeemMagicLink(link.email, link.token);
    expect(user).toMatchObject({ email, name: "Ana" });
    const after = await authenticateWithPassword({ email, password: "my own password" }, newAddress());
    expect(after.ok && after.user.id).toBe(user?.id);
  });

  it("still explains a bad password, which says nothing about the address", async () => {
    const taken = await makeUser();
    const result = await signUpFrom(newAddress(), { email: taken.email, password: "short" });
    expect(result).toMatchObject({ ok: false, error: "password_too_short", field: "password" });
  });

  it("throttles sign-ups per client address, whatever addresses they name", async () => {
    const busy = newAddress();
    for (let i = 0; i < 20; i++) {
      const result = await signUpFrom(busy, { email: uniqueEmail("spray"), password: "long enough" });
      expect(result.ok).toBe(true);
    }
    const refused = await signUpFrom(busy, { email: uniqueEmail("spray"), password: "long enough" });
    expect(refused).toEqual({ ok: false, error: "sign_up_rate_limited" });
    const elsewhere = await signUpFrom(newAddress(), { email: uniqueEmail("calm"), password: "long enough" });
    expect(elsewhere.ok).toBe(true);
  });
});
