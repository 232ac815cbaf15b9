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
import { testDataDir } from "@/tests/support/test-data-dir";

declare module "vitest" {
  export interface ProvidedContext {
    /** One database per worker, indexed by VITEST_POOL_ID - 1: setup-env.ts picks the worker's own. */
    databaseUrls: string[];
  }
}

const SERVER_URL = "postgres://postgres@127.0.0.1:5432/test";

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/** A clean, migrated schema on the chosen server: the embedded one (default) or the PostgreSQL at 127.0.0.1:5432. */
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

/**
 * Copies of the migrated template, one per worker, so test files run in parallel without sharing
 * rows, queues or LISTEN channels: `create database … template …` copies files, no migration re-run.
 */
async function cloneDatabases(admin: postgres.Sql, template: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${template}_w${i + 1}`);
  for (const name of names) {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}" template "${template}"`);
  }
  return names;
}

type Shared = { url: string; users: number; stop: () => Promise<void> };
const shared = globalThis as { minutaTestServer?: Promise<Shared> };

/**
 * The embedded server, started once for the projects of this run (each project's global setup
 * calls this; the last to finish stops it, unless another run still uses it).
 */
async function sharedEmbeddedServer(): Promise<{ url: string; release: () => Promise<void> }> {
  shared.minutaTestServer ??= ensureEmbeddedDatabase(testDataDir("embedded")).then((db) => ({
    url: db.url,
    users: 0,
    stop: db.stop,
  }));
  const server = await shared.minutaTestServer;
  server.users++;
  return {
    url: server.url,
    release: async () => {
      if (--server.users > 0) return;
      shared.minutaTestServer = undefined;
      // Another run still using the server (another terminal) keeps it up; the last one out stops it.
      const cleanup = postgres(server.url, { max: 1, onnotice: () => {} });
      const others =
        await cleanup`select count(*)::int as n from pg_database where datname like 'minuta_test_%'`.catch(
          () => [],
        );
      await cleanup.end();
      if ((others[0]?.n ?? 0) === 0) await server.stop();
    },
  };
}

export default async function setup(project: TestProject) {
  const target = process.env.MINUTA_TEST_DB ?? "embedded";
  const workers = Math.max(1, project.config.maxWorkers);
  // Each project (integration, integration-alone) has a template and copies of its own.
  const suffix = project.name.replace(/\W/g, "_");
  let adminUrl: string;
  let template: string;
  let stopServer = async () => {};
  if (target === "server") {
    adminUrl = process.env.TEST_DATABASE_URL ?? SERVER_URL;
    template = `${new URL(adminUrl).pathname.slice(1)}_${suffix}`;
  } else {
    // Databases of its own per run, so runs in parallel (several terminals, helpers) never collide.
    const embedded = await sharedEmbeddedServer();
    adminUrl = embedded.url;
    template = `minuta_test_${process.pid}_${Date.now()}_${suffix}`;
    stopServer = embedded.release;
  }
  assertLocalDatabase(adminUrl);
  // Connected to the server's own database: a template must have no sessions while it is copied.
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  let clones: string[];
  try {
    await admin.unsafe(`drop database if exists "${template}" with (force)`);
    await admin.unsafe(`create database "${template}"`);
    await resetDatabase(withDatabase(adminUrl, template));
    clones = await cloneDatabases(admin, template, workers);
  } finally {
    await admin.end({ timeout: 5 });
  }
  let urls = clones.map((name) => withDatabase(adminUrl, name));
  if (target !== "server" && process.env.MINUTA_TEST_DB_ROLE === "app") {
    // The suite as the app runs in production on the embedded server: as its own role, not the owner.
    const { app } = embeddedPasswords(testDataDir("embedded"));
    const owned = urls;
    urls = [];
    for (const url of owned) {
      await provisionAppRole(url, app);
      const parsed = new URL(url);
      urls.push(connectionUrl(APP_ROLE, app, Number(parsed.port), parsed.pathname.slice(1)));
    }
  }
  project.provide("databaseUrls", urls);
  return async () => {
    const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
    for (const name of [...clones, template]) {
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    }
    await cleanup.end({ timeout: 5 }).catch(() => {});
    await stopServer();
  };
}
