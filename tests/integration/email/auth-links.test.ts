import "next/dist/server/node-environment-baseline.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { EMAILS_PER_ADDRESS } from "@/lib/auth/auth-tokens";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { redeemMagicLink } from "@/lib/auth/redeem-magic-link";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { stopServices } from "@/tests/support/api-fixtures";
import { makeUser, uniqueEmail } from "@/tests/support/factories";
import { outbox } from "./email-fixtures";

/**
 * Magic-link sign-in and password reset through the outbox: hashed single-use tokens that expire in
 * 15 minutes, a limit per address, and the same answer whether or not the address has an account.
 */

afterAll(stopServices);
beforeAll(() => {
  delete process.env.RESEND_API_KEY;
});

// Each test asks from its own address so the per-IP limit of one test doesn't reach another.
const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** The link in the newest email of a kind to an address, split into the page and its query. */
async function latestLink(to: string, template: "magic_link" | "password_reset") {
  const rows = (await outbox({ to })).filter((row) => row.template === template);
  const html = rows.at(-1)?.html ?? "";
  const href = /href="(http:\/\/localhost:3000\/(?:magic-link|reset-password)\?[^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`no ${template} link in the outbox for ${to}`);
  const url = new URL(href.replaceAll("&amp;", "&"));
  return {
    path: url.pathname,
    email: url.searchParams.get("email") ?? "",
    token: url.searchParams.get("token") ?? "",
  };
}

async function expireTokens(email: string) {
  await getSql()`update verification_tokens set expires = now() - interval '1 second' where identifier like ${`%:${email}`}`;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("magic-link sign-in", () => {
  it("emails a link that signs the user in once, and stores only a hash of its token", async () => {
    const user = await makeUser();
    await requestMagicLink({ email: user.email.toUpperCase(), locale: "en", ip: ip() });

    const [email] = await outbox({ to: user.email });
    expect(email).toMatchObject({
      template: "magic_link",
      owner_id: user.id,
      subject: "Your Minuta sign-in link",
    });
    const link = await latestLink(user.email, "magic_link");
    expect(link.path).toBe("/magic-link");
    expect(link.email).toBe(user.email);
    const stored = await getSql()<{ token: string }[]>`
      select token from verification_tokens where identifier = ${`magic_link:${user.email}`}`;
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token).not.toContain(link.token);

    expect((await redeemMagicLink(link.email, link.token))?.id).toBe(user.id);
    expect(await redeemMagicLink(link.email, link.token)).toBeNull();
    const [verified] = await getSql()<{ email_verified: Date | null }[]>`
      select email_verified from users where id = ${user.id}`;
    expect(verified?.email_verified).toBeInstanceOf(Date);
  });

  it("gives the same answer for an address without an account and sends nothing", async () => {
    const nobody = uniqueEmail("nobody");
    const user = await makeUser();
    const forNobody = await requestMagicLink({ email: nobody, locale: "en", ip: ip() });
    const forUser = await requestMagicLink({ email: user.email, locale: "en", ip: ip() });
    expect(forNobody).toEqual(forUser);
    expect(await outbox({ to: nobody })).toEqual([]);
    const tokens =
      await getSql()`select 1 from verification_tokens where identifier = ${`magic_link:${nobody}`}`;
    expect(tokens).toHaveLength(0);
  });

  it("refuses an expired link, a made-up token and another address", async () => {
    const user = await makeUser();
    const other = await makeUser();
    await requestMagicLink({ email: user.email, locale: "en", ip: ip() });
    const link = await latestLink(user.email, "magic_link");
    expect(await redeemMagicLink(link.email, "made-up-token")).toBeNull();
    expect(await redeemMagicLink(other.email, link.token)).toBeNull();
    expect(await redeemMagicLink(link.email, undefined)).toBeNull();
    await expireTokens(user.email);
    expect(await redeemMagicLink(link.email, link.token)).toBeNull();
  });

  it("lets only the newest link work", async () => {
    const user = await makeUser();
    await requestMagicLink({ email: user.email, locale: "en", ip: ip() });
    const first = await latestLink(user.email, "magic_link");
    await requestMagicLink({ email: user.email, locale: "en", ip: ip() });
    const second = await latestLink(user.email, "magic_link");
    expect(second.token).not.toBe(first.token);
    expect(await redeemMagicLink(first.email, first.token)).toBeNull();
    expect((await redeemMagicLink(second.email, second.token))?.id).toBe(user.id);
  });

  it(`sends at most ${EMAILS_PER_ADDRESS} links per address in 15 minutes, silently`, async () => {
    const user = await makeUser();
    for (let request = 0; request < EMAILS_PER_ADDRESS + 2; request++) {
      await expect(requestMagicLink({ email: user.email, locale: "en", ip: ip() })).resolves.toBeUndefined();
    }
    expect(await outbox({ to: user.email })).toHaveLength(EMAILS_PER_ADDRESS);
  });

  it("refuses a caller asking for too many links, whatever the addresses", async () => {
    const caller = `192.0.2.${Math.floor(Math.random() * 250)}`;
    let refused: unknown;
    for (let request = 0; request < 25 && !refused; request++) {
      refused = await failure(requestMagicLink({ email: uniqueEmail("spray"), locale: "en", ip: caller }));
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(429);
  });

  it("writes the email in the user's language", async () => {
    const user = await makeUser();
    await getSql()`update users set locale = 'es' where id = ${user.id}`;
    await requestMagicLink({ email: user.email, locale: "en", ip: ip() });
    const [email] = await outbox({ to: user.email });
    expect(email?.locale).toBe("es");
    expect(email?.subject).toBe("Tu enlace para entrar en Minuta");
    expect(email?.html).toContain("Entrar");
  });
});

describe("password reset", () => {
  it("sets a new password once with the emailed link", async () => {
    const user = await makeUser({ password: "old password 123" });
    await requestPasswordReset({ email: user.email, locale: "en", ip: ip() });
    const link = await latestLink(user.email, "password_reset");
    expect(link.path).toBe("/reset-password");

    await resetPassword({ email: link.email, token: link.token, password: "brand new secret" });
    expect(
      (await authenticateWithPassword({ email: user.email, password: "brand new secret" }, ip())).ok,
    ).toBe(true);
    expect(
      (await authenticateWithPassword({ email: user.email, password: "old password 123" }, ip())).ok,
    ).toBe(false);

    const again = await failure(
      resetPassword({ email: link.email, token: link.token, password: "third password" }),
    );
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).message).toBe("reset_invalid");
    expect((await authenticateWithPassword({ email: user.email, password: "third password" }, ip())).ok).toBe(
      false,
    );
  });

  it("keeps the link usable when the new password is too short", async () => {
    const user = await makeUser();
    await requestPasswordReset({ email: user.email, locale: "en", ip: ip() });
    const link = await latestLink(user.email, "password_reset");
    const short = await failure(resetPassword({ email: link.email, token: link.token, password: "short" }));
    expect((short as AppError).message).toBe("password_too_short");
    await resetPassword({ email: link.email, token: link.token, password: "long enough now" });
    expect(
      (await authenticateWithPassword({ email: user.email, password: "long enough now" }, ip())).ok,
    ).toBe(true);
  });

  it("refuses an expired link and leaves the password as it was", async () => {
    const user = await makeUser({ password: "kept password 1" });
    await requestPasswordReset({ email: user.email, locale: "en", ip: ip() });
    const link = await latestLink(user.email, "password_reset");
    await expireTokens(user.email);
    const expired = await failure(
      resetPassword({ email: link.email, token: link.token, password: "never applied" }),
    );
    expect((expired as AppError).message).toBe("reset_invalid");
    expect(
      (await authenticateWithPassword({ email: user.email, password: "kept password 1" }, ip())).ok,
    ).toBe(true);
  });

  it("gives the same answer for an unknown address and sends nothing", async () => {
    const nobody = uniqueEmail("ghost");
    await expect(requestPasswordReset({ email: nobody, locale: "es", ip: ip() })).resolves.toBeUndefined();
    expect(await outbox({ to: nobody })).toEqual([]);
  });

  it("won't take a sign-in link for a reset nor a reset link for a sign-in, and a reset revokes sign-in links", async () => {
    const user = await makeUser();
    await requestMagicLink({ email: user.email, locale: "en", ip: ip() });
    await requestPasswordReset({ email: user.email, locale: "en", ip: ip() });
    const magic = await latestLink(user.email, "magic_link");
    const reset = await latestLink(user.email, "password_reset");
    expect(await redeemMagicLink(user.email, reset.token)).toBeNull();
    const crossed = await failure(
      resetPassword({ email: user.email, token: magic.token, password: "crossed link 1" }),
    );
    expect((crossed as AppError).message).toBe("reset_invalid");
    // The misused reset link still works for what it was made for; using it revokes sign-in links.
    await resetPassword({ email: user.email, token: reset.token, password: "proper reset 1" });
    expect((await authenticateWithPassword({ email: user.email, password: "proper reset 1" }, ip())).ok).toBe(
      true,
    );
    expect(await redeemMagicLink(user.email, magic.token)).toBeNull();
  });
});

describe("in production without an email provider", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("sends no sign-in or reset link nobody could read, and says so whatever the address", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const user = await makeUser();
    for (const request of [requestMagicLink, requestPasswordReset]) {
      for (const email of [user.email, uniqueEmail("nobody")]) {
        const refused = await failure(request({ email, locale: "en", ip: ip() }));
        expect(refused).toBeInstanceOf(AppError);
        expect((refused as AppError).status).toBe(503);
        expect((refused as AppError).message).toBe("email_unavailable");
      }
    }
    expect(await outbox({ to: user.email })).toEqual([]);
    const tokens =
      await getSql()`select 1 from verification_tokens where identifier like ${`%:${user.email}`}`;
    expect(tokens).toHaveLength(0);
  });

  it("sends them again as soon as a provider is configured", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("RESEND_API_KEY", "re_test_key");
    const user = await makeUser();
    await requestMagicLink({ email: user.email, locale: "en", ip: ip() });
    expect((await outbox({ to: user.email })).map((row) => row.template)).toEqual(["magic_link"]);
  });
});

describe("the outbox under row-level security", () => {
  /** A query run the way Supabase runs it for a signed-in user (role `authenticated`, their id in the claims). */
  const asUser = (userId: string, query: string) =>
    getSql().begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: "authenticated" })}, true)`;
      await tx`set local role authenticated`;
      return tx.unsafe(query);
    });

  it("shows users their own emails and unsubscribe row only, and no one the sign-in tokens", async () => {
    const ana = await makeUser();
    const bob = await makeUser();
    await requestMagicLink({ email: ana.email, locale: "en", ip: ip() });
    await getSql()`insert into email_unsubscribes (email) values (${ana.email})`;
    expect((await asUser(ana.id, 'select "to" from emails')).map((row) => row.to)).toEqual([ana.email]);
    expect(await asUser(bob.id, "select * from emails")).toHaveLength(0);
    expect(await asUser(bob.id, "select * from email_unsubscribes")).toHaveLength(0);
    expect((await asUser(ana.id, "select email from email_unsubscribes")).map((row) => row.email)).toEqual([
      ana.email,
    ]);
    await expect(asUser(ana.id, "select * from verification_tokens")).rejects.toThrow(/permission denied/);
    await expect(asUser(ana.id, "update emails set status = 'sent'")).rejects.toThrow(/permission denied/);
  });
});
