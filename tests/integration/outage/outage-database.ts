import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/lib/kernel/db/client";
import { type EmbeddedDatabase, ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { withFileLock } from "@/lib/kernel/db/file-lock";
import { migrate } from "@/lib/kernel/db/migrate";
import { livePostmaster } from "@/lib/kernel/db/postmaster";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { closeRealtime } from "@/lib/realtime/listener";
import { assertLocalDatabase } from "@/tests/support/assert-local-database";
import { testDataDir } from "@/tests/support/test-data-dir";

// A server of its own (its own folder, see testDataDir), started by this process so this process's
// watchdog is the one that brings it back: killing it disturbs no other test run. One per target
// database, as `npm test` runs the embedded and the server runs side by side.
const DIR = testDataDir(`outage-${process.env.MINUTA_TEST_DB ?? "embedded"}`);
const CLUSTER = path.join(DIR, "postgres");

async function closeClients() {
  await stopBoss();
  await closeRealtime();
  await closeDb();
}

/** Points the app (pools, LISTEN, queue) at a fresh database on the outage server. */
export async function useOutageDatabase(): Promise<{ release: () => Promise<void> }> {
  const previousUrl = process.env.DATABASE_URL;
  await closeClients();
  const server: EmbeddedDatabase = await ensureEmbeddedDatabase(DIR);
  const name = `outage_${process.pid}_${Date.now()}`;
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = server.url.replace(/\/minuta$/, `/${name}`);
  assertLocalDatabase(url);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await migrate(sql);
  await sql.end();
  process.env.DATABASE_URL = url;
  return {
    release: async () => {
      await closeClients();
      const cleanup = postgres(server.url, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await cleanup.end();
      await server.stop();
      process.env.DATABASE_URL = previousUrl;
    },
  };
}

/** For a whole test file: the app on the outage server before its tests, back on its own after. */
export function onOutageDatabase(): void {
  let release: () => Promise<void>;
  beforeAll(async () => {
    ({ release } = await useOutageDatabase());
  }, 180_000);
  afterAll(async () => {
    await release();
  }, 120_000);
}

export function postmasterPid(): number {
  const postmaster = livePostmaster(CLUSTER);
  if (!postmaster) throw new Error("the outage server is not running");
  return postmaster.pid;
}

/** Kills the postmaster as the OOM killer or `kill -9` would: no shutdown, its lock file left behind. */
export function killPostmaster(): number {
  const pid = postmasterPid();
  process.kill(pid, "SIGKILL");
  return pid;
}

/** Waits until a fresh connection to the outage server runs a query; resolves with when it did. */
export async function serverAnswers(timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = postgres(process.env.DATABASE_URL as string, {
      max: 1,
      connect_timeout: 2,
      onnotice: () => {},
    });
    const ok = await probe`select 1`.then(
      () => true,
      () => false,
    );
    await probe.end({ timeout: 1 });
    if (ok) return performance.now();
    if (Date.now() > deadline) throw new Error("the outage server never answered again");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for a postmaster other than `killedPid` (the watchdog's); resolves with when it appeared. */
export async function restartedAfter(killedPid: number, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const postmaster = livePostmaster(CLUSTER);
    if (postmaster && postmaster.pid !== killedPid) return performance.now();
    if (Date.now() > deadline) throw new Error("the killed postmaster was not restarted");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs `work` while holding the start lock the watchdog takes before a restart, so an outage lasts
 * until `work` is done: a fast machine recovers a killed server in about a second, faster than a
 * cached probe may notice.
 */
export function holdingRestart<T>(work: () => Promise<T>): Promise<T> {
  return withFileLock(path.join(DIR, "postgres.lock"), work);
}
