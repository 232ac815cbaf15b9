import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { type EmbeddedDatabase, ensureEmbeddedDatabase } from "@/lib/db/embedded-server";

const DIR = path.resolve(".data/bench-chat");
const DATABASE = "minuta_bench_chat";

async function dataDirectory(url: string): Promise<string> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client<
      { data_directory: string }[]
    >`select current_setting('data_directory') as data_directory`;
    return row?.data_directory ?? "";
  } finally {
    await client.end({ timeout: 1 });
  }
}

/**
 * The benchmark's own embedded server (under .data/bench-chat) and its own database in it. The
 * port recorded there may since have been taken by another embedded server (tests, e2e, dev): that
 * one is never touched; the benchmark starts its own on a free port instead.
 */
export async function openBenchDatabase(): Promise<{ url: string; server: EmbeddedDatabase }> {
  let server = await ensureEmbeddedDatabase(DIR);
  if (path.resolve(await dataDirectory(server.url)) !== path.join(DIR, "postgres")) {
    rmSync(path.join(DIR, "postgres.json"), { force: true });
    server = await ensureEmbeddedDatabase(DIR);
    if (path.resolve(await dataDirectory(server.url)) !== path.join(DIR, "postgres")) {
      throw new Error("Could not start the benchmark's own embedded PostgreSQL server.");
    }
  }
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${DATABASE}`;
    if (rows.length === 0) await admin.unsafe(`create database ${DATABASE}`);
  } finally {
    await admin.end({ timeout: 1 });
  }
  return { url: server.url.replace(/\/[^/]+$/, `/${DATABASE}`), server };
}
