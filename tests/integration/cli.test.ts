import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { createUser } from "@/lib/auth/create-user";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { dataDir } from "@/lib/kernel/db/data-dir";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { getStorage } from "@/lib/storage/get-storage";
import { uniqueEmail } from "@/tests/support/factories";

afterAll(closeDb);

function minuta(...args: string[]) {
  return minutaWith({}, ...args);
}

function minutaWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "cli/main.ts", ...args],
    {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, ...env },
      encoding: "utf8",
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("operator CLI", () => {
  it("creates a user, then refuses the same email with exit 1", () => {
    const email = uniqueEmail("cli");
    const created = minuta("user", "create", "--email", email, "--password=long-password");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`created user ${email}`);
    const again = minuta("user", "create", "--email", email, "--password", "long-password");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(again.stdout).toBe("");
  });

  it("exits 1 on a short password and creates nothing", async () => {
    const email = uniqueEmail("short");
    const result = minuta("user", "create", "--email", email, "--password", "1234567");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("at least 8 characters");
    expect(await getSql()`select 1 from users where email = ${email}`).toHaveLength(0);
  });

  it("exits 2 on missing flags, unknown commands and flags without values", () => {
    expect(minuta("user", "create", "--email", "a@b.co").code).toBe(2);
    expect(minuta("user", "create", "--email").code).toBe(2);
    expect(minuta("frobnicate").code).toBe(2);
    expect(minuta("db", "backup").code).toBe(2);
    const result = minuta("user", "create", "--password", "long-password");
    expect(result.stderr).toContain("missing --email");
  });

  it("deletes a user and exits 1 for an unknown one", () => {
    const email = uniqueEmail("gone");
    expect(minuta("user", "create", "--email", email, "--password", "long-password").code).toBe(0);
    expect(minuta("user", "delete", "--email", email).code).toBe(0);
    const again = minuta("user", "delete", "--email", email);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("no user with that email");
  });

  it("sets a user's password, refusing short ones and unknown users", async () => {
    const email = uniqueEmail("reset");
    expect(minuta("user", "create", "--email", email, "--password", "long-password").code).toBe(0);
    const short = minuta("user", "set-password", "--email", email, "--password", "1234567");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("at least 8 characters");
    expect(await authenticateWithPassword({ email, password: "long-password" }, "cli-test")).toMatchObject({
      ok: true,
    });

    const set = minuta("user", "set-password", "--email", email, "--password", "a-new-long-password");
    expect(set.code).toBe(0);
    expect(set.stdout).toContain(`set the password of ${email}`);
    expect(
      await authenticateWithPassword({ email, password: "a-new-long-password" }, "cli-test"),
    ).toMatchObject({
      ok: true,
    });
    expect(await authenticateWithPassword({ email, password: "long-password" }, "cli-test")).toMatchObject({
      ok: false,
    });

    const unknown = minuta(
      "user",
      "set-password",
      "--email",
      uniqueEmail("nobody"),
      "--password",
      "long-password",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no user with that email");
    expect(minuta("user", "set-password", "--email", email).code).toBe(2);
  });

  it("deletes a user's recordings from storage with the user", async () => {
    const email = uniqueEmail("files");
    const user = await createUser({ email, password: "long-password" });
    const meeting = await createMeeting(user.id, { title: "Call", source: "upload" });
    const key = `meetings/${meeting.id}/recording-cli.wav`;
    await getStorage().put(key, Readable.from([Buffer.from("RIFF....WAVEfmt ")]), "audio/wav");
    await getSql()`update meetings set media_key = ${key}, status = 'ready' where id = ${meeting.id}`;
    const file = path.join(dataDir(), "files", key);
    expect(existsSync(file)).toBe(true);

    expect(minuta("user", "delete", "--email", email).code).toBe(0);
    expect(existsSync(file)).toBe(false);
    expect(await getSql()`select 1 from storage_deletions where key = ${key}`).toHaveLength(0);
  });

  it("migrates, backs up and restores the database", async () => {
    expect(minuta("db", "migrate").stdout).toContain("up to date");
    const email = uniqueEmail("backup");
    expect(minuta("user", "create", "--email", email, "--password", "long-password").code).toBe(0);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "minuta-backup-")), "backup.jsonl.gz");
    const backup = minuta("db", "backup", "--out", file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/backed up \d+ rows/);

    await getSql()`delete from users where email = ${email}`;
    const restore = minuta("db", "restore", "--in", file);
    expect(restore.code).toBe(0);
    const [row] = await getSql()`select password_hash from users where email = ${email}`;
    expect(row?.password_hash).toMatch(/^\$2[aby]\$/);
    expect(minuta("db", "restore", "--in", `${file}.missing`).code).toBe(1);
  });

  it("seeds the demo with the app's generated auth secret, so recap emails are queued", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "minuta-cli-data-"));
    writeFileSync(path.join(dir, "auth-secret"), "cli-test-generated-secret-0123456789\n", { mode: 0o600 });
    const seeded = minutaWith({ AUTH_SECRET: "", MINUTA_DATA_DIR: dir }, "demo", "seed");
    expect(seeded.stderr).not.toContain("AUTH_SECRET is not set");
    expect(seeded.stderr).not.toContain("failed");
    expect(seeded.code).toBe(0);
    const emails = await getSql()`
      select e.id from emails e join users u on u.id = e.owner_id
      where u.email = 'demo@minuta.local' and e.template = 'recap'`;
    expect(emails.length).toBeGreaterThan(0);
  });
});
