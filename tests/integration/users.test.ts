import { existsSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { createUser } from "@/lib/auth/create-user";
import { recordFailedLogin } from "@/lib/auth/login-throttle";
import { grantSignUpPass } from "@/lib/auth/sign-up-pass";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { dataDir } from "@/lib/kernel/db/data-dir";
import { AppError } from "@/lib/kernel/errors";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { deleteUserByEmail } from "@/lib/orchestration/delete-user";
import { DEMO_EMAIL, seedDemo } from "@/lib/orchestration/demo/seed-demo";
import { getStorage } from "@/lib/storage/get-storage";
import { updatePreferences } from "@/lib/users/preferences";
import { findUserByEmail, findUserById } from "@/lib/users/queries";
import { makeUser, uniqueEmail } from "@/tests/support/factories";

afterAll(closeDb);

async function countUsers(email: string) {
  const [row] = await getSql()`select count(*)::int as n from users where email = ${email}`;
  return row?.n as number;
}

describe("accounts", () => {
  it("creates a user with a hashed password and a lowercased email", async () => {
    const email = uniqueEmail("Ana").toUpperCase();
    const user = await createUser({ email, password: "secret-password" });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.passwordHash).not.toContain("secret-password");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
  });

  it("refuses an email that is already taken, whatever its case, and adds no row", async () => {
    const user = await makeUser();
    await expect(
      createUser({ email: user.email.toUpperCase(), password: "another-password" }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "email_taken",
    });
    expect(await countUsers(user.email)).toBe(1);
  });

  it("refuses an invalid email or a short password and writes nothing", async () => {
    await expect(createUser({ email: "nope", password: "long-enough" })).rejects.toBeInstanceOf(AppError);
    const email = uniqueEmail();
    await expect(createUser({ email, password: "short" })).rejects.toMatchObject({
      message: "password_too_short",
    });
    expect(await countUsers(email)).toBe(0);
  });

  it("answers wrong password and unknown email identically", async () => {
    const user = await makeUser();
    const wrong = await authenticateWithPassword(
      { email: user.email, password: "wrong password" },
      "198.51.100.1",
    );
    const unknown = await authenticateWithPassword(
      { email: uniqueEmail(), password: "wrong password" },
      "198.51.100.2",
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(unknown).toEqual(wrong);
    const right = await authenticateWithPassword(
      { email: user.email, password: user.password },
      "198.51.100.3",
    );
    expect(right.ok && right.user.id).toBe(user.id);
  });

  it("refuses the right password from an address that failed five times for that email", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) {
      await authenticateWithPassword({ email: user.email, password: `guess-${i}-xx` }, "198.51.100.10");
    }
    const result = await authenticateWithPassword(
      { email: user.email, password: user.password },
      "198.51.100.10",
    );
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("lets the owner sign in from their own address while a flood from many others hits the account", async () => {
    const user = await makeUser();
    for (let i = 0; i < 12; i++) {
      await authenticateWithPassword({ email: user.email, password: `guess-${i}-xx` }, `198.51.101.${i}`);
    }
    // Everything the flood can do: fill every per-address budget it used, and the account's bar.
    for (let i = 0; i < 60; i++) await recordFailedLogin(user.email, `198.51.102.${i % 12}`);
    const started = Date.now();
    const owner = await authenticateWithPassword(
      { email: user.email, password: user.password },
      "198.51.100.99",
    );
    expect(owner.ok && owner.user.id).toBe(user.id);
    // Slowed, as every attempt on a flooded account is, but not refused.
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  it("saves language and timezone, and rejects an unknown timezone", async () => {
    const user = await makeUser();
    await updatePreferences(user.id, { locale: "es", timezone: "Europe/Madrid" });
    const saved = await findUserById(user.id);
    expect(saved?.locale).toBe("es");
    expect(saved?.timezone).toBe("Europe/Madrid");
    await expect(updatePreferences(user.id, { timezone: "Mars/Olympus" })).rejects.toMatchObject({
      code: "validation",
      message: "invalid_timezone",
    });
    await updatePreferences(user.id, { timezone: "Asia/Calcutta" });
    expect((await findUserById(user.id))?.timezone).toBe("Asia/Kolkata");
  });

  it("deletes a user by email and reports an unknown one", async () => {
    const user = await makeUser();
    await deleteUserByEmail(user.email);
    expect(await countUsers(user.email)).toBe(0);
    await expect(deleteUserByEmail(user.email)).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps the browser's time zone from sign-up under its IANA name, and UTC for anything else", async () => {
    const local = await createUser({
      email: uniqueEmail(),
      password: "long-enough",
      timezone: "america/buenos_aires",
    });
    // The current IANA name, though ICU still resolves it to the old one.
    expect(local.timezone).toBe("America/Argentina/Buenos_Aires");
    for (const timezone of ["+01:00", "Mars/Olympus", "", undefined]) {
      const user = await createUser({ email: uniqueEmail(), password: "long-enough", timezone });
      expect(user.timezone).toBe("UTC");
    }
  });

  it("refuses a bare offset as the time zone in settings", async () => {
    const user = await makeUser();
    await expect(updatePreferences(user.id, { timezone: "+01:00" })).rejects.toMatchObject({
      code: "validation",
    });
    await updatePreferences(user.id, { timezone: "europe/madrid" });
    expect((await findUserById(user.id))?.timezone).toBe("Europe/Madrid");
  });

  it("signs a new account in once even from an address the failed-login throttle blocks", async () => {
    const ip = "198.51.100.200";
    for (let i = 0; i < 20; i++) {
      await authenticateWithPassword({ email: uniqueEmail("guess"), password: "wrong-password" }, ip);
    }
    const user = await makeUser();
    const blocked = await authenticateWithPassword({ email: user.email, password: user.password }, ip);
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });

    grantSignUpPass(user.email);
    const signedIn = await authenticateWithPassword({ email: user.email, password: user.password }, ip);
    expect(signedIn.ok && signedIn.user.id).toBe(user.id);
    // One sign-in only: the address is still throttled afterwards.
    const again = await authenticateWithPassword({ email: user.email, password: user.password }, ip);
    expect(again).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("still checks the password of a new account's own sign-in", async () => {
    const user = await makeUser();
    grantSignUpPass(user.email);
    const wrong = await authenticateWithPassword(
      { email: user.email, password: "not the password" },
      "198.51.100.201",
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid_credentials" });
  });
});

async function recordingOf(ownerId: string) {
  const meeting = await createMeeting(ownerId, { title: "Call", source: "upload" });
  const key = `meetings/${meeting.id}/recording-test.wav`;
  await getStorage().put(key, Readable.from([Buffer.from("RIFF....WAVEfmt ")]), "audio/wav");
  await getSql()`update meetings set media_key = ${key}, status = 'ready' where id = ${meeting.id}`;
  return path.join(dataDir(), "files", key);
}

describe("removing a user's recordings with their rows", () => {
  it("deletes a user's recordings from storage along with the user", async () => {
    const user = await makeUser();
    const files = [await recordingOf(user.id), await recordingOf(user.id)];
    expect(files.every((file) => existsSync(file))).toBe(true);
    await deleteUserByEmail(user.email);
    expect(files.some((file) => existsSync(file))).toBe(false);
    const [queued] = await getSql()`
      select count(*)::int as n from storage_deletions where key like ${"meetings/%/recording-test.wav"}`;
    expect(queued?.n).toBe(0);
  });

  it("removes the demo user's earlier recordings when the demo is seeded again", async () => {
    await seedDemo();
    const demoId = (await findUserByEmail(DEMO_EMAIL))?.id as string;
    const file = await recordingOf(demoId);
    expect(existsSync(file)).toBe(true);
    const result = await seedDemo();
    expect(existsSync(file)).toBe(false);
    const [count] = await getSql()`select count(*)::int as n from meetings where owner_id = ${demoId}`;
    expect(count?.n).toBe(result.meetings);
  }, 120_000);
});
