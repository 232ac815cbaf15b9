import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import {
  APP_ROLE,
  connectionUrl,
  embeddedPasswords,
  provisionAppRole,
} from "@/lib/kernel/db/embedded-credentials";
import { ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { migrate } from "@/lib/kernel/db/migrate";
import { assertLocalDatabase } from "@/tests/support/assert-local-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const SERVER_URL = "postgres://postgres@127.0.0.1:5432/test";

/** A clean schema on the chosen server: the embedded one (default) or the PostgreSQL at 127.0.0.1:5432. */
async function resetDatabase(url: string) {
  assertLocalDatabase(url);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(
      "drop schema if exists public cascade; create schema public; drop schema if exists pgboss cascade",
    );
    await sql.unsafe("grant usage on schema public to public");
    await migrate(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export default async function setup(project: TestProject) {
  const target = process.env.MINUTA_TEST_DB ?? "embedded";
  let url: string;
  let stop = async () => {};
  if (target === "server") {
    url = process.env.TEST_DATABASE_URL ?? SERVER_URL;
  } else {
    // A database of its own per run, so runs in parallel (several terminals, helpers) never collide.
    const embedded = await ensureEmbeddedDatabase(path.resolve(".data/test-embedded"));
    const name = `minuta_test_${process.pid}_${Date.now()}`;
    const admin = postgres(embedded.url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    url = embedded.url.replace(/\/minuta$/, `/${name}`);
    stop = async () => {
      const cleanup = postgres(embedded.url, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      // Another run still using the server (another terminal) keeps it up; the last one out stops it.
      const others =
        await cleanup`select count(*)::int as n from pg_database where datname like 'minuta_test_%'`.catch(
          () => [],
        );
      await cleanup.end();
      if ((others[0]?.n ?? 0) === 0) await embedded.stop();
    };
  }
  await resetDatabase(url);
  if (target !== "server" && process.env.MINUTA_TEST_DB_ROLE === "app") {
    // The suite as the app runs in production on the embedded server: as its own role, not the owner.
    const { app } = embeddedPasswords(path.resolve(".data/test-embedded"));
    await provisionAppRole(url, app);
    const parsed = new URL(url);
    url = connectionUrl(APP_ROLE, app, Number(parsed.port), parsed.pathname.slice(1));
  }
  project.provide("databaseUrl", url);
  return stop;
}
