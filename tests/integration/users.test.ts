import { afterAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { closeDb, getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/users/create-user";
import { deleteUserByEmail } from "@/lib/users/delete-user";
import { updatePreferences } from "@/lib/users/preferences";
import { findUserById } from "@/lib/users/queries";
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

  it("refuses even the right password after repeated failures for that email", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) {
      await authenticateWithPassword(
        { email: user.email, password: `guess-${i}-xx` },
        `198.51.100.${10 + i}`,
      );
    }
    const result = await authenticateWithPassword(
      { email: user.email, password: user.password },
      "198.51.100.99",
    );
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("saves language and timezone, and rejects an unknown timezone", async () => {
    const user = await makeUser();
    await updatePreferences(user.id, { locale: "es", timezone: "Europe/Madrid" });
    const saved = await findUserById(user.id);
    expect(saved?.locale).toBe("es");
    expect(saved?.timezone).toBe("Europe/Madrid");
    await expect(updatePreferences(user.id, { timezone: "Mars/Olympus" })).rejects.toMatchObject({
      code: "validation",
    });
  });

  it("deletes a user by email and reports an unknown one", async () => {
    const user = await makeUser();
    await deleteUserByEmail(user.email);
    expect(await countUsers(user.email)).toBe(0);
    await expect(deleteUserByEmail(user.email)).rejects.toMatchObject({ code: "not_found" });
  });
});
